/** Pagefind ran as part of the build and indexed exactly the guide and FAQ pages and the help pages
 *  (flow steps, the help list, the emergency card). */
import { describe, expect, it } from 'vitest';
import { exists, htmlPages, page, readDist } from '../helpers/dist';
import { readContent } from '../helpers/content';

describe('Pagefind index', () => {
  const entry = JSON.parse(readDist('pagefind/pagefind-entry.json')) as {
    languages: Record<string, { page_count: number }>;
  };
  const isHelp = (p: string) => /^(\/en)?\/help\//.test(p);
  const helpPages = (locale: string) =>
    htmlPages.filter((p) => isHelp(p) && p.startsWith('/en/') === (locale === 'en'));
  const count = (locale: string) =>
    (['guides', 'faq'] as const).reduce(
      (n, c) => n + readContent(c).filter((e) => e.locale === locale && !e.data.draft).length,
      0,
    ) + helpPages(locale).length;

  it('exists with the search script', () => {
    expect(exists('/pagefind/pagefind.js')).toBe(true);
  });

  it('has one index per language covering every guide and FAQ', () => {
    expect(entry.languages['zh-cn']?.page_count).toBe(count('zh-CN'));
    expect(entry.languages['en']?.page_count).toBe(count('en'));
  });

  it('indexes page bodies only, tagged with type and topic filters', () => {
    const indexed = htmlPages.filter((p) => page(p).querySelector('[data-pagefind-body]'));
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
