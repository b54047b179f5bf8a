/** Runs queries through the built Pagefind index inside a real page, as the site's search UI does. */
import type { Page } from 'playwright-core';
import { normalizeQuery } from '../../src/lib/search-query';
import { SEARCH_RANKING } from '../../src/scripts/search/constants';

export interface RelevanceQuery {
  lang: 'zh-CN' | 'en';
  q: string;
  expect: string[];
  top: number;
}

/** Result paths (locale prefix and base removed, e.g. `/guides/x/`) in Pagefind's ranking order. */
export async function rankedPaths(page: Page, query: string, limit = 10): Promise<string[]> {
  // A string, so the test runner does not rewrite the browser-side dynamic import.
  const script = `(async () => {
    const base = document.documentElement.dataset.base || '/';
    const pf = await import(base + 'pagefind/pagefind.js');
    await pf.options({ baseUrl: base, ranking: ${JSON.stringify(SEARCH_RANKING)}, noWorker: true });
    const search = await pf.search(${JSON.stringify(normalizeQuery(query))});
    const data = await Promise.all(search.results.slice(0, ${limit}).map((r) => r.data()));
    return data.map((d) => new URL(d.url, location.href).pathname.slice(base.length - 1).replace(/^\\/en\\//, '/'));
  })()`;
  return page.evaluate(script) as Promise<string[]>;
}
