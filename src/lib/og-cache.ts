/** Rendered Open Graph images kept across builds, keyed by a hash of everything that shapes the
 *  picture: the image's input, the renderer's own source and the versions of satori, resvg and the
 *  font. A rebuild with nothing changed renders none; a changed title renders only its image. The
 *  files live in Astro's cache directory, so hosts and CI that keep it between builds benefit too. */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface OgCache {
  /** The cached PNG for `input`, rendering and storing it first when there is none. */
  get: (input: unknown) => Promise<Uint8Array<ArrayBuffer>>;
}

export function ogCacheKey(input: unknown, rendererFingerprint: string): string {
  return createHash('sha256').update(rendererFingerprint).update('\0').update(JSON.stringify(input)).digest('hex');
}

export function createOgCache(
  dir: string,
  rendererFingerprint: string,
  render: (input: never) => Promise<Uint8Array<ArrayBuffer>>,
): OgCache {
  return {
    async get(input) {
      const file = path.join(dir, `${ogCacheKey(input, rendererFingerprint)}.png`);
      try {
        return new Uint8Array(await readFile(file));
      } catch {
        // Not cached yet (or unreadable): render below.
      }
      const png = await render(input as never);
      await mkdir(dir, { recursive: true });
      // Write then rename: a build killed mid-write never leaves a truncated image behind.
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, png);
      await rename(tmp, file);
      return png;
    },
  };
}
