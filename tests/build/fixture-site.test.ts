/** What the real content may not have yet, on the fixture site (tests/fixtures/site): untranslated
 *  pages, drafts and an image. */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuiltSite } from '../helpers/dist';
import { FIXTURE_BASE, FIXTURE_CONTENT, FIXTURE_SITE, fixtureBuildOutput, fixtureSite } from '../helpers/fixture-site';
import { publishedIds, sitemapFilter } from '../../src/integrations/sitemap-filter';

let site: BuiltSite;
beforeAll(async () => {
  site = await fixtureSite();
}, 240_000);

/** Untranslated pages of the fixture: shown in the other language, under a notice. */
const FALLBACKS = [
  { path: '/en/guides/only-chinese/', original: '/guides/only-chinese/', lang: 'zh-CN' },
  { path: '/faq/only-english/', original: '/en/faq/only-english/', lang: 'en' },
  // The Chinese translation is a draft, so the Chinese page shows the English original.
  { path: '/guides/translated-draft/', original: '/en/guides/translated-draft/', lang: 'en' },
];

describe('a page missing a translation', () => {
  it.each(FALLBACKS)('$path shows the $lang original under a notice linking it', ({ path: p, original, lang }) => {
    const doc = site.page(p);
    const notice = doc.querySelector('[data-fallback-notice]');
    expect(notice, p).toBeTruthy();
    expect(notice!.querySelector('a')!.getAttribute('href')).toBe(`${FIXTURE_BASE}${original.slice(1)}`);
    expect(doc.querySelector('article')!.getAttribute('lang')).toBe(lang);
  });

  it.each(FALLBACKS)('$path is noindex, outside hreflang and outside the search index', ({ path: p, original }) => {
    const doc = site.page(p);
    expect(doc.querySelector('meta[name=robots]')?.getAttribute('content')).toContain('noindex');
    expect(doc.querySelector('[data-pagefind-body]')).toBeNull();
    expect(doc.querySelectorAll('link[rel=alternate][hreflang]')).toHaveLength(0);
    // The original lists only itself: the fallback is not a translation.
    const hreflangs = site.page(original).querySelectorAll('link[rel=alternate][hreflang]');
    expect(hreflangs.map((l) => l.getAttribute('href'))).not.toContain(`${FIXTURE_SITE}${FIXTURE_BASE}${p.slice(1)}`);
  });

  it('is left out of the sitemap, which keeps every translated page', () => {
    const sitemap = site.readDist('sitemap-0.xml');
    for (const { path: p, original } of FALLBACKS) {
      expect(sitemap).not.toContain(`<loc>${FIXTURE_SITE}${FIXTURE_BASE}${p.slice(1)}</loc>`);
      expect(sitemap).toContain(`<loc>${FIXTURE_SITE}${FIXTURE_BASE}${original.slice(1)}</loc>`);
    }
    expect(sitemap).toContain(`<loc>${FIXTURE_SITE}${FIXTURE_BASE}en/guides/translated/</loc>`);
  });
});

describe('the sitemap filter', () => {
  const keep = sitemapFilter(FIXTURE_CONTENT, FIXTURE_BASE);
  const url = (p: string) => `${FIXTURE_SITE}${FIXTURE_BASE}${p.slice(1)}`;

  it('drops fallback, offline and 404 pages and keeps the rest', () => {
    for (const { path: p, original } of FALLBACKS) {
      expect(keep(url(p)), p).toBe(false);
      expect(keep(url(original)), original).toBe(true);
    }
    for (const p of ['/offline/', '/en/offline/', '/404.html']) expect(keep(url(p)), p).toBe(false);
    for (const p of ['/', '/en/', '/guides/translated/', '/en/faq/both/']) expect(keep(url(p)), p).toBe(true);
  });

  it('reads published entries only: drafts are not translations', () => {
    const ids = publishedIds(path.join(FIXTURE_CONTENT, 'guides')).map((e) => e.id);
    expect(ids).toContain('en/translated-draft');
    expect(ids).not.toContain('zh-CN/translated-draft');
    expect(ids.filter((id) => id.endsWith('/draft-guide'))).toEqual([]);
  });
});

describe('drafts', () => {
  it('are not published: no page, no trace in any file', () => {
    expect(site.exists('/guides/draft-guide/')).toBe(false);
    expect(site.exists('/en/guides/draft-guide/')).toBe(false);
    const text = site.allFiles.filter((f) => /\.(html|xml|json|txt)$/.test(f));
    expect(text.filter((f) => site.readDist(f).includes('DRAFT-MARKER'))).toEqual([]);
  });
});

describe('images in content', () => {
  const images = () =>
    ['/guides/with-image/', '/en/guides/with-image/'].flatMap((p) =>
      site
        .page(p)
        .querySelectorAll('article img')
        // Content images only: the share bar's QR code is the site's own SVG, not an authored image.
        .filter((img) => !img.closest('.wechat-qr'))
        .map((img) => ({ p, img })),
    );

  it('are optimised files with numeric width and height, lazy and with alt text', () => {
    expect(images()).toHaveLength(2);
    for (const { p, img } of images()) {
      expect(img.getAttribute('width'), p).toMatch(/^\d+$/);
      expect(img.getAttribute('height'), p).toMatch(/^\d+$/);
      expect(img.getAttribute('loading'), p).toBe('lazy');
      expect(img.getAttribute('alt'), p).toMatch(/\S/);
      const src = img.getAttribute('src')!;
      expect(src.startsWith(`${FIXTURE_BASE}_astro/`), `${p}: ${src}`).toBe(true);
      expect(site.exists(`/${src.slice(FIXTURE_BASE.length)}`), src).toBe(true);
    }
  });
});

describe('the build log', () => {
  it('prints no flood of the harmless module-level directive warning, so real warnings stand out', async () => {
    expect(await fixtureBuildOutput()).not.toContain('MODULE_LEVEL_DIRECTIVE');
  });
});
