/** Runs queries through the built site's own search page (/search/?q=…, /en/search/?q=…) in a real
 *  page, so relevance is measured on exactly what readers get: the query's words, relaxation and
 *  ranking included. */
import type { Page } from 'playwright-core';

export interface RelevanceQuery {
  lang: 'zh-CN' | 'en';
  q: string;
  expect: string[];
  top: number;
  /** A question typed the way people ask it, not keywords. */
  natural?: boolean;
}

const SETTLED = '[data-search-page] .search-result, [data-search-page] .search-none, [data-search-page] .search-error';

/** Opens the search page for `query` and waits for its results or its empty state. */
export async function searchPage(page: Page, siteUrl: (path: string) => string, lang: string, query: string) {
  await page.goto(siteUrl(`${lang === 'en' ? '/en' : ''}/search/?q=${encodeURIComponent(query)}`));
  await page.locator(SETTLED).first().waitFor();
}

/** Result paths shown on the search page (locale prefix, base, query and hash removed, e.g.
 *  `/guides/x/`), in the order shown. */
export async function rankedPaths(page: Page, siteUrl: (path: string) => string, lang: string, query: string) {
  await searchPage(page, siteUrl, lang, query);
  return page.locator('[data-search-page] [data-search-results] > ol .search-result-title').evaluateAll((links) =>
    links.map((a) => {
      const base = document.documentElement.dataset.base || '/';
      return new URL((a as HTMLAnchorElement).href).pathname.slice(base.length - 1).replace(/^\/en\//, '/');
    }),
  );
}
