import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createOgCache } from '../../src/lib/og-cache';
import { rendererFingerprint } from '../../src/lib/og-image';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function counting() {
  const calls: unknown[] = [];
  const render = async (input: unknown) => {
    calls.push(input);
    return new TextEncoder().encode(`png of ${JSON.stringify(input)}`);
  };
  return { calls, render };
}

describe('OG image cache', () => {
  it('renders an input once, then serves the stored file, also to a later build', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'og-cache-'));
    dirs.push(dir);
    const first = counting();
    const png = await createOgCache(dir, 'v1', first.render).get({ title: 'A' });
    expect(await createOgCache(dir, 'v1', first.render).get({ title: 'A' })).toEqual(png);
    const later = counting();
    expect(await createOgCache(dir, 'v1', later.render).get({ title: 'A' })).toEqual(png);
    expect([first.calls.length, later.calls.length]).toEqual([1, 0]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.png'))).toHaveLength(1);
  });

  it('renders again when the input or the renderer changes', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'og-cache-'));
    dirs.push(dir);
    const r = counting();
    await createOgCache(dir, 'v1', r.render).get({ title: 'A' });
    await createOgCache(dir, 'v1', r.render).get({ title: 'B' });
    await createOgCache(dir, 'v2', r.render).get({ title: 'A' });
    expect(r.calls).toHaveLength(3);
  });

  it('prepare draws every image not cached yet ahead of time; get then waits for it instead of drawing again', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'og-cache-'));
    dirs.push(dir);
    const r = counting();
    await createOgCache(dir, 'v1', r.render).get({ title: 'cached' });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = counting();
    const cache = createOgCache(dir, 'v1', async (input: never) => {
      await gate;
      return slow.render(input);
    });
    await cache.prepare([{ title: 'cached' }, { title: 'new' }, { title: 'new' }]);
    // Started at once, only for the missing image, once.
    expect(slow.calls).toEqual([]);
    const pending = cache.get({ title: 'new' });
    release();
    expect(new TextDecoder().decode(await pending)).toBe('png of {"title":"new"}');
    await cache.get({ title: 'cached' });
    expect(slow.calls).toEqual([{ title: 'new' }]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.png'))).toHaveLength(2);
  });

  it('fingerprints the renderer by its source and its packages’ versions', () => {
    const a = rendererFingerprint('source A');
    expect(a).toMatch(/satori@\d/);
    expect(a).toMatch(/@resvg\/resvg-js@\d/);
    expect(rendererFingerprint('source B')).not.toBe(a);
  });
});
