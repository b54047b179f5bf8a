/** The installable web app and offline files in the built site: both web manifests, their icons (real
 *  PNGs of the stated sizes), the favicons, theme colours on every page, every page linking its own
 *  language's manifest, the service worker and the per-language offline lists. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { DIST, allFiles, exists, htmlPages, page, readDist } from '../helpers/dist';
import { LOCALES, localizePath, splitLocalePath, type Locale } from '../../src/i18n/locales';
import { normalizeBase, withBase } from '../../src/lib/urls';
import { offlineListPath, offlinePagePath, type OfflineList } from '../../src/lib/offline';
import { t } from '../../src/i18n';

const BASE = normalizeBase(process.env.BASE_PATH);
/** A base-prefixed URL path → the file in dist/. */
const fileOf = (url: string) => path.join(DIST, decodeURIComponent(url.slice(BASE.length)));

function pngSize(file: string): { width: number; height: number } {
  const buf = readFileSync(file);
  expect(buf.subarray(1, 4).toString(), file).toBe('PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** Alpha of the top-left pixel. */
const cornerAlpha = (file: string) => PNG.sync.read(readFileSync(file)).data[3];

interface Manifest {
  id: string;
  name: string;
  short_name: string;
  start_url: string;
  scope: string;
  display: string;
  lang: string;
  background_color: string;
  theme_color: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
}

const manifestUrl = (locale: Locale) => localizePath('/manifest.webmanifest', locale);
const manifest = (locale: Locale): Manifest => JSON.parse(readDist(manifestUrl(locale).slice(1)));

describe.each(LOCALES)('the %s web manifest', (locale) => {
  const m = manifest(locale);

  it('names the app from the dictionary and starts on its language’s home page', () => {
    expect(m.name).toBe(t(locale, 'site.name'));
    expect(m.short_name).toBe(t(locale, 'site.shortName'));
    expect(m.lang).toBe(locale);
    expect(m.start_url).toBe(withBase(localizePath('/', locale), BASE));
    expect(m.id).toBe(m.start_url);
    expect(m.scope).toBe(BASE);
    expect(m.display).toBe('standalone');
    expect(m.background_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(m.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('has 192 and 512 icons and a maskable 512, each a PNG of its stated size', () => {
    const sizes = (purpose: string) =>
      m.icons.filter((i) => (i.purpose ?? 'any').split(' ').includes(purpose)).map((i) => i.sizes);
    expect(sizes('any')).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(sizes('maskable')).toContain('512x512');
    for (const icon of m.icons) {
      expect(icon.type).toBe('image/png');
      expect(icon.src.startsWith(BASE)).toBe(true);
      const [w, h] = icon.sizes.split('x').map(Number);
      expect(pngSize(fileOf(icon.src))).toEqual({ width: w, height: h });
    }
  });
});

describe('icons in the page head', () => {
  const head = page('/');

  it('an apple-touch-icon of 180 × 180, opaque (iOS paints transparency black)', () => {
    const href = head.querySelector('link[rel="apple-touch-icon"]')!.getAttribute('href')!;
    expect(pngSize(fileOf(href))).toEqual({ width: 180, height: 180 });
    expect(cornerAlpha(fileOf(href))).toBe(255);
  });

  it('the maskable icon is full-bleed (its corners are painted)', () => {
    const icon = manifest('zh-CN').icons.find((i) => i.purpose === 'maskable')!;
    expect(cornerAlpha(fileOf(icon.src))).toBe(255);
  });

  it('an SVG favicon and /favicon.ico (PNG inside ICO)', () => {
    const svg = head.querySelector('link[rel="icon"][type="image/svg+xml"]')!.getAttribute('href')!;
    expect(readFileSync(fileOf(svg), 'utf8')).toMatch(/^<svg[^>]+viewBox/);
    const ico = readFileSync(path.join(DIST, 'favicon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 1]);
    expect(ico.subarray(23, 26).toString()).toBe('PNG');
    expect(head.querySelector('link[rel="icon"][sizes="32x32"]')!.getAttribute('href')).toBe(
      withBase('/favicon.ico', BASE),
    );
  });
});

describe('every page', () => {
  it.each(htmlPages())('%s links its language’s manifest and both theme colours', (p) => {
    const doc = page(p);
    const lang = doc.querySelector('html')!.getAttribute('lang') as Locale;
    expect(p === '/404.html' ? 'zh-CN' : splitLocalePath(p).locale).toBe(lang);
    const links = doc.querySelectorAll('link[rel="manifest"]');
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute('href')).toBe(withBase(manifestUrl(lang), BASE));
    const colours = Object.fromEntries(
      doc.querySelectorAll('meta[name="theme-color"]').map((m) => [m.getAttribute('media'), m.getAttribute('content')]),
    );
    expect(colours).toEqual({ '(prefers-color-scheme: light)': '#ffffff', '(prefers-color-scheme: dark)': '#14171b' });
  });
});

describe('offline reading files', () => {
  it('the service worker is at the root of the base with a fetch handler and this build’s settings', () => {
    const sw = readDist('sw.js');
    expect(sw).toMatch(/^const CONFIG = \{/);
    expect(sw).toContain("addEventListener('fetch'");
    const config = JSON.parse(/^const CONFIG = (.*);$/m.exec(sw)![1]!);
    expect(config.base).toBe(BASE);
    for (const url of config.precache as string[]) expect(exists(url.slice(BASE.length - 1)), url).toBe(true);
    expect(config.precache.some((u: string) => u.endsWith('.css'))).toBe(true);
  });

  it.each(LOCALES)('the %s offline page exists, is noindex and has a way home', (locale) => {
    const doc = page(offlinePagePath(locale));
    expect(doc.querySelector('meta[name=robots]')!.getAttribute('content')).toContain('noindex');
    expect(doc.querySelector('[data-offline-page] a[href]')!.getAttribute('href')).toBe(
      withBase(localizePath('/', locale), BASE),
    );
  });

  it.each(LOCALES)(
    'the %s offline list holds every guide and FAQ page of its language and only its search files',
    (locale) => {
      const list: OfflineList = JSON.parse(readDist(offlineListPath(locale).slice(1)));
      const own = (section: string) =>
        htmlPages()
          .filter((p) => new RegExp(`^${localizePath(`/${section}/`, locale)}[^/]+/$`).test(p))
          .map((p) => withBase(p, BASE));
      expect(own('guides').length).toBeGreaterThan(0);
      expect(list.urls).toEqual(expect.arrayContaining([...own('guides'), ...own('faq')]));
      for (const url of list.urls) expect(exists(url.slice(BASE.length - 1)), url).toBe(true);
      const lang = locale.toLowerCase();
      const search = list.urls.filter((u) => u.includes('/pagefind/'));
      for (const dir of ['index', 'fragment', 'filter']) {
        const inDist = allFiles()
          .filter((f) => f.startsWith(`pagefind/${dir}/${lang}_`))
          .map((f) => withBase(`/${f}`, BASE));
        expect(inDist.length, dir).toBeGreaterThan(0);
        expect(search.filter((u) => u.includes(`/pagefind/${dir}/`)).sort()).toEqual(inDist.sort());
      }
      const entry = JSON.parse(readDist('pagefind/pagefind-entry.json'));
      expect(search).toContain(withBase(`/pagefind/pagefind.${entry.languages[lang].hash}.pf_meta`, BASE));
      const bytes = list.urls.reduce(
        (n, u) => n + readFileSync(fileOf(u.endsWith('/') ? `${u}index.html` : u)).length,
        0,
      );
      expect(list.bytes).toBe(bytes);
    },
  );
});
