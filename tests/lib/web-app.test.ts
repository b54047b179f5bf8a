import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { APP_ICONS, THEME_COLORS, buildManifest, manifestPath } from '../../src/lib/web-app';
import { iconSvg, pngToIco, renderIcon } from '../../src/lib/app-icons';

const SOURCE = readFileSync('src/assets/icon.svg', 'utf8');
const STRINGS = { name: 'Long name', shortName: 'Short', description: 'What it is' };

describe('web manifest', () => {
  it('lives in each language’s root', () => {
    expect(manifestPath('zh-CN')).toBe('/manifest.webmanifest');
    expect(manifestPath('en')).toBe('/en/manifest.webmanifest');
  });

  it('starts on the language’s home page, covers the whole site, and lists the icons under the base', () => {
    const m = buildManifest('en', '/guide/', STRINGS);
    expect(m).toMatchObject({
      id: '/guide/en/',
      name: 'Long name',
      short_name: 'Short',
      lang: 'en',
      start_url: '/guide/en/',
      scope: '/guide/',
      display: 'standalone',
      background_color: THEME_COLORS.light,
      theme_color: THEME_COLORS.light,
    });
    expect(m.icons.map((i) => [i.src, i.sizes, i.purpose])).toEqual([
      ['/guide/icons/icon-192.png', '192x192', 'any'],
      ['/guide/icons/icon-512.png', '512x512', 'any'],
      ['/guide/icons/maskable-512.png', '512x512', 'maskable'],
    ]);
    expect(buildManifest('zh-CN', '/', STRINGS).start_url).toBe('/');
  });
});

describe('icons', () => {
  it('are rendered at their sizes from the one source drawing', () => {
    for (const icon of APP_ICONS) {
      const png = PNG.sync.read(renderIcon(SOURCE, icon.size, icon.kind));
      expect([png.width, png.height]).toEqual([icon.size, icon.size]);
      const cornerAlpha = png.data[3];
      expect(cornerAlpha, icon.path).toBe(icon.kind === 'any' ? 0 : 255);
    }
  });

  it('keep the drawing inside the maskable safe zone (central circle of radius 40 %)', () => {
    const size = 200;
    const png = PNG.sync.read(renderIcon(SOURCE, size, 'maskable'));
    // Every pixel that is not the white plate lies within the safe circle.
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const i = (y * size + x) * 4;
        const white = png.data[i]! > 250 && png.data[i + 1]! > 250 && png.data[i + 2]! > 250;
        if (!white) expect(Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2)).toBeLessThanOrEqual(size * 0.4);
      }
    }
  });

  it('wraps the source for plated kinds and refuses a source without a viewBox', () => {
    expect(iconSvg(SOURCE, 'any')).toBe(SOURCE);
    expect(iconSvg(SOURCE, 'apple')).toContain('<rect width="1000" height="1000" fill="#ffffff"/>');
    expect(() => iconSvg('<svg><rect/></svg>', 'maskable')).toThrow(/viewBox/);
  });

  it('packs a PNG into an ICO container', () => {
    const png = renderIcon(SOURCE, 32);
    const ico = pngToIco(png, 32);
    expect([ico.readUInt16LE(2), ico.readUInt16LE(4), ico[6], ico[7]]).toEqual([1, 1, 32, 32]);
    expect(ico.readUInt32LE(14)).toBe(png.length);
    expect(ico.subarray(22).equals(png)).toBe(true);
  });
});
