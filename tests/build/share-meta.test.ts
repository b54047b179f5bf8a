/** Link previews and machine-readable metadata on every page of the built site. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { DIST, exists, htmlPages, page, readDist } from '../helpers/dist';
import { readContent } from '../helpers/content';
import { LOCALES, authoredLocale, localizePath } from '../../src/i18n/locales';
import { ogImagePath } from '../../src/lib/og-routes';

const meta = (p: string, key: string) =>
  page(p).querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const buf = readFileSync(file);
  expect(buf.subarray(1, 4).toString()).toBe('PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

const SITE = new URL(page('/').querySelector('link[rel=canonical]')!.getAttribute('href')!).origin;
const guides = readContent('guides');
const guideSlugs = [...new Set(guides.map((g) => g.slug))];

describe('Open Graph and Twitter tags', () => {
  it.each(htmlPages())('%s has title, description, URL and an image that exists at 1200×630', (p) => {
    for (const key of [
      'og:title',
      'og:description',
      'og:url',
      'og:type',
      'og:site_name',
      'og:locale',
      'og:image:alt',
      'twitter:card',
    ]) {
      expect(meta(p, key), key).toBeTruthy();
    }
    expect(meta(p, 'twitter:card')).toBe('summary_large_image');
    const image = meta(p, 'og:image')!;
    expect(image.startsWith(`${SITE}/`)).toBe(true);
    // X reads title, description and image from the og: tags (developer.x.com/cards/markup): no copies.
    for (const key of ['twitter:title', 'twitter:description', 'twitter:image'])
      expect(meta(p, key), key).toBeUndefined();
    const file = path.join(DIST, decodeURIComponent(new URL(image).pathname));
    expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
    expect(meta(p, 'og:image:width')).toBe('1200');
    expect(meta(p, 'og:image:height')).toBe('630');
    expect(meta(p, 'og:url')).toBe(page(p).querySelector('link[rel=canonical]')!.getAttribute('href'));
  });

  it('guides are articles with their dates and their own image', () => {
    for (const slug of guideSlugs) {
      for (const locale of LOCALES) {
        const p = localizePath(`/guides/${slug}/`, locale);
        expect(meta(p, 'og:type')).toBe('article');
        expect(meta(p, 'article:published_time')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
        expect(meta(p, 'article:modified_time')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
        expect(meta(p, 'og:image')).toContain(ogImagePath(p));
      }
    }
  });
});

describe('JSON-LD', () => {
  const blocks = (p: string) =>
    page(p)
      .querySelectorAll('script[type="application/ld+json"]')
      // Loosely typed on purpose: each test reads the fields of the type it checks.
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      .map((s) => JSON.parse(s.textContent) as Record<string, any> & { '@type': string });

  it('every block on every page parses and names schema.org', () => {
    for (const p of htmlPages()) for (const b of blocks(p)) expect(b['@context']).toBe('https://schema.org');
  });

  it('guides carry Article and BreadcrumbList with the required fields', () => {
    for (const slug of guideSlugs) {
      const p = `/en/guides/${slug}/`;
      const article = blocks(p).find((b) => b['@type'] === 'Article')!;
      expect(article).toMatchObject({ inLanguage: 'en', url: `${SITE}${p}` });
      for (const key of ['headline', 'description', 'datePublished', 'dateModified', 'author', 'publisher', 'image'])
        expect(article[key], key).toBeTruthy();
      const crumbs = blocks(p).find((b) => b['@type'] === 'BreadcrumbList')!;
      expect(crumbs.itemListElement.at(-1)).toMatchObject({ item: `${SITE}${p}` });
      crumbs.itemListElement.forEach((c: { position: number }, i: number) => expect(c.position).toBe(i + 1));
    }
  });

  it('the FAQ hub and each FAQ page carry FAQPage with accepted answers', () => {
    for (const locale of LOCALES) {
      const hub = blocks(localizePath('/faq/', locale)).find((b) => b['@type'] === 'FAQPage')!;
      expect(hub.mainEntity.length).toBe(readContent('faq').filter((f) => f.locale === authoredLocale(locale)).length);
      for (const q of hub.mainEntity) {
        expect(q.name).toBeTruthy();
        expect(q.acceptedAnswer.text.length).toBeGreaterThan(20);
      }
    }
    for (const f of readContent('faq')) {
      const p = localizePath(`/faq/${f.slug}/`, f.locale);
      const types = blocks(p).map((b) => b['@type']);
      expect(types).toEqual(expect.arrayContaining(['FAQPage', 'BreadcrumbList']));
    }
  });

  it('home pages describe the site with a search action', () => {
    for (const locale of LOCALES) {
      const site = blocks(localizePath('/', locale)).find((b) => b['@type'] === 'WebSite')!;
      expect(site.potentialAction.target.urlTemplate).toBe(
        `${SITE}${localizePath('/search/', locale)}?q={search_term_string}`,
      );
    }
  });
});

describe('share bar', () => {
  it('guides and FAQ answers link LINE, X and Weibo with the canonical URL and offer a WeChat QR code', () => {
    for (const p of [`/guides/${guideSlugs[0]}/`, '/en/faq/reinstall-deleted-esim/']) {
      const canonical = page(p).querySelector('link[rel=canonical]')!.getAttribute('href')!;
      const links = page(p).querySelectorAll('share-bar a[data-share]');
      expect(links.map((a) => a.getAttribute('data-share'))).toEqual(['line', 'x', 'weibo']);
      for (const a of links) expect([...new URL(a.getAttribute('href')!).searchParams.values()]).toContain(canonical);
      // The code is an image file of its own, fetched only when the reader opens the disclosure.
      const qr = page(p).querySelector('share-bar details.wechat-qr img[loading=lazy]');
      expect(qr?.getAttribute('alt')).toBeTruthy();
      expect(exists(qr!.getAttribute('src')!)).toBe(true);
    }
  });
});

describe('feeds and crawl files', () => {
  const xml = (file: string) => parse(readDist(file));

  it.each(LOCALES)('the %s RSS feed lists every guide of its language with absolute links', (locale) => {
    const feed = xml(localizePath('/rss.xml', locale).slice(1));
    expect(feed.querySelector('language')?.text).toBe(locale.toLowerCase());
    const links = feed.querySelectorAll('item guid').map((g) => g.text);
    const expected = guides
      .filter((g) => g.locale === authoredLocale(locale))
      .map((g) => `${SITE}${localizePath(`/guides/${g.slug}/`, locale)}`);
    expect(links.sort()).toEqual(expected.sort());
  });

  it('the sitemap lists every guide in every language, with hreflang alternates', () => {
    expect(exists('/sitemap-index.xml')).toBe(true);
    const index = xml('sitemap-index.xml');
    const urls = index
      .querySelectorAll('sitemap loc')
      .flatMap((loc) => xml(new URL(loc.text).pathname.slice(1)).querySelectorAll('url'));
    const locs = urls.map((u) => u.querySelector('loc')!.text);
    for (const slug of guideSlugs) {
      for (const locale of LOCALES) expect(locs).toContain(`${SITE}${localizePath(`/guides/${slug}/`, locale)}`);
    }
    const withAlternates = urls.filter((u) => u.querySelectorAll('xhtml\\:link').length === LOCALES.length);
    expect(withAlternates.length).toBeGreaterThan(guideSlugs.length);
    expect(locs.some((l) => l.endsWith('/404.html'))).toBe(false);
  });

  it('robots.txt points at the sitemap', () => {
    expect(readDist('robots.txt')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });
});
