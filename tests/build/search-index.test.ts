/** Pagefind ran as part of the build and indexed exactly the guide and FAQ pages and the help pages
 *  (flow steps, the help list, the emergency card). */
import { describe, expect, it } from 'vitest';
import { allFiles, exists, htmlPages, page, readDist } from '../helpers/dist';
import { readContent } from '../helpers/content';
import { authoredLocale, splitLocalePath, type Locale } from '../../src/i18n/locales';
import { t } from '../../src/i18n';

describe('Pagefind index', () => {
  const entry = JSON.parse(readDist('pagefind/pagefind-entry.json')) as {
    languages: Record<string, { page_count: number }>;
  };
  const isHelp = (p: string) => splitLocalePath(p).path.startsWith('/help/');
  const helpPages = (locale: Locale) => htmlPages().filter((p) => isHelp(p) && splitLocalePath(p).locale === locale);
  // A generated locale (zh-Hant) indexes the pages of the language it is converted from.
  const count = (locale: Locale) =>
    (['guides', 'faq'] as const).reduce(
      (n, c) => n + readContent(c).filter((e) => e.locale === authoredLocale(locale) && !e.data.draft).length,
      0,
    ) + helpPages(locale).length;

  it('exists with the search script', () => {
    expect(exists('/pagefind/pagefind.js')).toBe(true);
  });

  it('has one index per language covering every guide and FAQ', () => {
    expect(entry.languages['zh-cn']?.page_count).toBe(count('zh-CN'));
    expect(entry.languages['en']?.page_count).toBe(count('en'));
    expect(entry.languages['zh-hant']?.page_count).toBe(count('zh-Hant'));
  });

  it('indexes page bodies only, tagged with type and topic filters', () => {
    const indexed = htmlPages().filter((p) => page(p).querySelector('[data-pagefind-body]'));
    expect(indexed.every((p) => /\/(guides|faq)\/[^/]+\/$/.test(p) || isHelp(p))).toBe(true);
    expect(helpPages('zh-CN').length).toBeGreaterThan(10);
    for (const p of indexed) {
      const body = page(p).querySelector('[data-pagefind-body]')!;
      expect(body.closest('header, nav, footer')).toBeNull();
      if (isHelp(p)) {
        expect(body.getAttribute('data-pagefind-meta') ?? 'type:help').toBe('type:help');
        continue;
      }
      expect(body.getAttribute('data-pagefind-filter')).toMatch(/^type:(guide|faq)$/);
      expect(body.querySelectorAll('[data-pagefind-filter^="topic:"]').length).toBeGreaterThan(0);
    }
  });
});

describe('keywords and search strings in the published pages', () => {
  it('no page carries a keyword list: keywords reach the index only', () => {
    const entries = (['guides', 'faq'] as const).flatMap((c) => readContent(c)).filter((e) => !e.data.draft);
    const withKeywords = entries.filter((e) => ((e.data.keywords as string[] | undefined) ?? []).length >= 3);
    expect(withKeywords.length).toBeGreaterThan(10);
    const html = (p: string) => readDist(p.endsWith('/') ? `${p}index.html` : p);
    // Collected, then asserted once: an expect() per page and list (~70,000) took seconds.
    const found: string[] = [];
    for (const p of htmlPages()) {
      const text = html(p);
      if (text.includes('data-search-keywords')) found.push(`${p} has data-search-keywords`);
      if (/class="sr-only" aria-hidden="true"/.test(text)) found.push(`${p} has a hidden sr-only list`);
      for (const e of withKeywords) {
        if (text.includes((e.data.keywords as string[]).join(' / '))) found.push(`${p} has the keywords of ${e.file}`);
      }
    }
    expect(found).toEqual([]);
  });

  it("each page hands the search code only its own language's strings, and the search code carries none", () => {
    const config = (p: string) =>
      JSON.parse(page(p).querySelector('[data-search-config]')!.getAttribute('data-search-config')!) as {
        strings: Record<string, string>;
      };
    const zh = config('/search/index.html').strings;
    const en = config('/en/search/index.html').strings;
    expect(zh['search.more']).toBe('更多结果');
    expect(en['search.more']).toBe('More results');
    const scripts = allFiles()
      .filter((f) => f.startsWith('_astro/') && f.endsWith('.js'))
      .map((f) => readDist(f));
    const searchCode = scripts.filter((s) => s.includes('search-result-title'));
    expect(searchCode.length).toBeGreaterThan(0);
    for (const code of searchCode) {
      // The longer sentences of both dictionaries (short ones like "FAQ" also occur as code).
      for (const key of ['search.hint', 'search.none', 'search.loadError', 'search.suggest', 'search.relaxed']) {
        expect(code).not.toContain(zh[key]);
        expect(code).not.toContain(en[key]);
      }
    }
  });
});

describe('the search page as first painted', () => {
  it.each([
    ['/search/', 'zh-CN'],
    ['/en/search/', 'en'],
    ['/zh-hant/search/', 'zh-Hant'],
  ] as const)('%s prints the typing hint; other pages’ search dialogs carry none', (path, locale) => {
    const status = page(path).querySelector('[data-search-page] [data-search-status]');
    expect(status?.textContent).toBe(t(locale, 'search.hint'));
    const guide = htmlPages().find((p) => splitLocalePath(p).locale === locale && /\/guides\/[^/]+\/$/.test(p))!;
    expect(page(guide).querySelector('dialog [data-search-status]')?.textContent).toBe('');
  });

  it('lists the engine files in an inert template, which its script adds after the first render', () => {
    const templates = page('/search/').querySelectorAll('head template[data-search-preloads]');
    expect(templates).toHaveLength(1);
    expect(templates[0]!.querySelectorAll('link[rel="preload"]').length).toBeGreaterThanOrEqual(3);
    expect(page('/search/').querySelectorAll('head > link[rel="preload"]')).toHaveLength(0);
  });
});
