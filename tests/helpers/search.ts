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

/** Shows `query` on the search page of `lang`: the first time by opening /search/?q=…, then by typing
 *  into the page's box (as a reader does; the index stays loaded). Resolves once this query's results
 *  or empty state are on screen. */
export async function searchPage(page: Page, siteUrl: (path: string) => string, lang: string, query: string) {
  const path = `${lang === 'en' ? '/en' : ''}/search/`;
  if (new URL(page.url() === 'about:blank' ? 'http://x/' : page.url()).pathname !== path) {
    await page.goto(siteUrl(`${path}?q=${encodeURIComponent(query)}`));
    await page.locator(SETTLED).first().waitFor();
    return;
  }
  await page.evaluate(async (q) => {
    const root = document.querySelector('[data-search-page]')!;
    const input = root.querySelector<HTMLInputElement>('input[type=search]')!;
    const box = root.querySelector('[data-search-results]')!;
    const old = new Set(box.querySelectorAll('*'));
    const settled = () =>
      [...box.querySelectorAll('.search-result, .search-none, .search-error')].some((n) => !old.has(n));
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise<void>((resolve) => {
      const check = () => (settled() && !box.hasAttribute('aria-busy') ? resolve() : requestAnimationFrame(check));
      check();
    });
  }, query);
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
