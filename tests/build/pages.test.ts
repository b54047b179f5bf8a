/** The built site: every route of the URL contract, in both languages, with complete head tags. */
import { describe, expect, it } from 'vitest';
import { exists, htmlPages, page } from '../helpers/dist';
import { readContent } from '../helpers/content';
import { LOCALES, authoredLocale, localizePath, splitLocalePath } from '../../src/i18n/locales';
import { TOPIC_IDS } from '../../src/lib/topics';

const guideSlugs = [
  ...new Set(
    readContent('guides')
      .filter((g) => !g.data.draft)
      .map((g) => g.slug),
  ),
];
const faqSlugs = [
  ...new Set(
    readContent('faq')
      .filter((f) => !f.data.draft)
      .map((f) => f.slug),
  ),
];

const contractPaths = [
  '/',
  '/faq/',
  '/topics/',
  '/search/',
  '/about/',
  ...TOPIC_IDS.map((t) => `/topics/${t}/`),
  ...guideSlugs.map((s) => `/guides/${s}/`),
  ...faqSlugs.map((s) => `/faq/${s}/`),
];

describe('URL contract', () => {
  it.each(LOCALES)('builds every route in %s', (locale) => {
    const missing = contractPaths.map((p) => localizePath(p, locale)).filter((p) => !exists(p));
    expect(missing).toEqual([]);
  });

  it('has a 404 page', () => {
    expect(exists('/404.html')).toBe(true);
  });
});

describe('every page', () => {
  const pages = htmlPages();
  it('is more than a handful', () => {
    expect(pages.length).toBeGreaterThanOrEqual(contractPaths.length * 2);
  });

  it.each(pages)('%s has lang, title, description, canonical and hreflang', (path) => {
    const doc = page(path);
    const lang = doc.querySelector('html')?.getAttribute('lang');
    expect(LOCALES).toContain(lang);
    expect(path === '/404.html' ? 'zh-CN' : splitLocalePath(path).locale).toBe(lang);
    expect(doc.querySelector('title')?.text.trim()).toBeTruthy();
    expect(doc.querySelector('meta[name=description]')?.getAttribute('content')?.trim()).toBeTruthy();
    const canonical = doc.querySelector('link[rel=canonical]')?.getAttribute('href') ?? '';
    expect(canonical).toMatch(/^https:\/\//);
    const noindex = doc.querySelector('meta[name=robots]')?.getAttribute('content')?.includes('noindex');
    const alternates = doc.querySelectorAll('link[rel=alternate][hreflang]');
    if (noindex) {
      expect(alternates).toHaveLength(0);
    } else {
      const langs = alternates.map((a) => a.getAttribute('hreflang'));
      expect(langs).toContain(lang);
      expect(langs).toContain('x-default');
      for (const a of alternates) expect(a.getAttribute('href')).toMatch(/^https:\/\//);
      // Canonical is this page itself.
      expect(new URL(canonical).pathname).toBe(path);
    }
  });
});

describe('guides', () => {
  it.each(guideSlugs)('%s shows title, dates, reading time, TOC and sources', (slug) => {
    const doc = page(`/guides/${slug}/`);
    expect(doc.querySelector('article h1')?.text.trim()).toBeTruthy();
    expect(doc.querySelector('[data-verified] time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(doc.querySelector('article')?.text).toMatch(/约 \d+ 分钟读完/);
    expect(doc.querySelectorAll('#sources + ol li').length).toBeGreaterThan(0);
    const headings = doc.querySelectorAll('.prose h2[id], .prose h3[id]');
    for (const h of headings) {
      expect(h.getAttribute('id')).toMatch(/^[a-z0-9-]+$/);
      expect(h.querySelector('a.heading-anchor')?.getAttribute('href')).toBe(`#${h.getAttribute('id')}`);
    }
    if (headings.length > 1)
      expect(doc.querySelectorAll('nav[aria-labelledby=toc-heading] a').length).toBe(headings.length);
  });
});

describe('FAQ hub', () => {
  it.each(LOCALES)('lists every %s question in a details element with its slug as id', (locale) => {
    const doc = page(localizePath('/faq/', locale));
    const own = readContent('faq').filter((f) => f.locale === authoredLocale(locale) && !f.data.draft);
    const ids = doc.querySelectorAll('details.faq-item').map((d) => d.getAttribute('id'));
    expect(ids.sort()).toEqual(own.map((f) => f.slug).sort());
  });
});
