/** OG images drawn on worker threads are the very images the renderer draws in this process. */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createOgPool } from '../../src/lib/og-pool';
import { renderOgImage, type OgImageInput } from '../../src/lib/og-image';

const pool = createOgPool(path.resolve('src/lib/og-image.ts'), 2);
afterAll(() => pool.close());

describe('OG worker pool', () => {
  it('renders each input as renderOgImage does, several at once', async () => {
    const inputs: OgImageInput[] = [
      { title: '误删了旅行 eSIM 怎么办', siteName: '站名', label: '指南', locale: 'zh-CN' },
      { title: 'Deleted a travel eSIM?', siteName: 'Site', locale: 'en' },
    ];
    const fromPool = await Promise.all(inputs.map((input) => pool.render(input)));
    for (const [i, input] of inputs.entries())
      expect(Buffer.from(fromPool[i]!).equals(Buffer.from(await renderOgImage(input)))).toBe(true);
    expect(new Set(fromPool.map((png) => png.length)).size).toBe(2);
  });

  it('fails with the renderer’s error instead of hanging', async () => {
    // No title: the layout cannot measure it.
    await expect(pool.render({ siteName: 'y', locale: 'en' })).rejects.toThrow(/OG image worker: TypeError/);
  });
});
