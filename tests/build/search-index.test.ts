/** Pagefind ran as part of the build and indexed exactly the guide and FAQ pages. */
import { describe, expect, it } from 'vitest';
import { exists, htmlPages, page, readDist } from '../helpers/dist';
import { readContent } from '../helpers/content';

describe('Pagefind index', () => {
  const entry = JSON.parse(readDist('pagefind/pagefind-entry.json')) as {
    languages: Record<string, { page_count: number }>;
  };
  const count = (locale: string) =>
    (['guides', 'faq'] as const).reduce(
      (n, c) => n + readContent(c).filter((e) => e.locale === locale && !e.data.draft).length,
      0,
    );

  it('exists with the search script', () => {
    expect(exists('/pagefind/pagefind.js')).toBe(true);
  });

  it('has one index per language covering every guide and FAQ', () => {
    expect(entry.languages['zh-cn']?.page_count).toBe(count('zh-CN'));
    expect(entry.languages['en']?.page_count).toBe(count('en'));
    // zh-Hant is generated from zh-CN: the same pages, its own index.
    expect(entry.languages['zh-hant']?.page_count).toBe(count('zh-CN'));
  });

  it('indexes page bodies only, tagged with type and topic filters', () => {
    const indexed = htmlPages().filter((p) => page(p).querySelector('[data-pagefind-body]'));
    expect(indexed.every((p) => /\/(guides|faq)\/[^/]+\/$/.test(p))).toBe(true);
    for (const p of indexed) {
      const body = page(p).querySelector('[data-pagefind-body]')!;
      expect(body.closest('header, nav, footer')).toBeNull();
      expect(body.getAttribute('data-pagefind-filter')).toMatch(/^type:(guide|faq)$/);
      expect(body.querySelectorAll('[data-pagefind-filter^="topic:"]').length).toBeGreaterThan(0);
    }
  });
});
