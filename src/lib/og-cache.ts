/** Rendered Open Graph images kept across builds, keyed by a hash of everything that shapes the
 *  picture: the image's input, the renderer's own source and the versions of satori, resvg and the
 *  font. A rebuild with nothing changed renders none; a changed title renders only its image. The
 *  files live in Astro's cache directory, so hosts and CI that keep it between builds benefit too. */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface OgCache {
  /** The cached PNG for `input`, rendering and storing it first when there is none. */
  get: (input: unknown) => Promise<Uint8Array<ArrayBuffer>>;
  /** Starts rendering every input not cached yet, without waiting: a renderer that works off the main
   *  thread (src/lib/og-pool.ts) then draws the images while the pages are built; `get` waits for
   *  the one it asks for. */
  prepare: (inputs: readonly unknown[]) => Promise<void>;
}

export function ogCacheKey(input: unknown, rendererFingerprint: string): string {
  return createHash('sha256').update(rendererFingerprint).update('\0').update(JSON.stringify(input)).digest('hex');
}

export function createOgCache(
  dir: string,
  rendererFingerprint: string,
  render: (input: never) => Promise<Uint8Array<ArrayBuffer>>,
): OgCache {
  const file = (input: unknown) => path.join(dir, `${ogCacheKey(input, rendererFingerprint)}.png`);
  const pending = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
  const renderAndStore = async (target: string, input: unknown) => {
    const png = await render(input as never);
    await mkdir(dir, { recursive: true });
    // Write then rename: a build killed mid-write never leaves a truncated image behind.
    const tmp = `${target}.${process.pid}.tmp`;
    await writeFile(tmp, png);
    await rename(tmp, target);
    return png;
  };
  const start = (target: string, input: unknown) => {
    let job = pending.get(target);
    if (!job) {
      job = renderAndStore(target, input);
      pending.set(target, job);
      // A failure is reported by the `get` that waits for it, not as an unhandled rejection here.
      job.catch(() => {});
    }
    return job;
  };
  return {
    async get(input) {
      const target = file(input);
      const job = pending.get(target);
      if (job) {
        pending.delete(target);
        return job;
      }
      try {
        return new Uint8Array(await readFile(target));
      } catch {
        // Not cached yet (or unreadable): render below.
      }
      return start(target, input);
    },
    async prepare(inputs) {
      const targets = new Map(inputs.map((input) => [file(input), input]));
      const cached = new Set(existsSync(dir) ? (await readdir(dir)).map((name) => path.join(dir, name)) : []);
      for (const [target, input] of targets) if (!cached.has(target)) start(target, input);
    },
  };
}
