/** Runs queries through the built site's own search page (/search/?q=…, /en/search/?q=…) in a real
 *  page, so relevance is measured on exactly what readers get: the query's words, relaxation and
 *  ranking included. */
import type { Page } from 'playwright-core';
import { localizePath, type Locale } from '../../src/i18n/locales';
import { readerPage, type Site } from './browser';

export interface RelevanceQuery {
  lang: 'zh-CN' | 'en';
  q: string;
  expect: string[];
  top: number;
  /** A question typed the way people ask it, not keywords. */
  natural?: boolean;
}

type SiteUrl = (path: string) => string;

const SETTLED = '[data-search-page] .search-result, [data-search-page] .search-none, [data-search-page] .search-error';

/** In the page: types `q` into the search page's box (unless null: the query is already on screen),
 *  waits until *its* results or empty state are rendered, opens "more" until `top` results show (or
 *  there are no more), and returns the first list's result paths (base removed, locale kept).
 *  Self-contained: Playwright runs it in the page. */
async function showInPage({ q, top }: { q: string | null; top: number }): Promise<string[]> {
  const box = document.querySelector<HTMLElement>('[data-search-page] [data-search-results]')!;
  const until = (done: () => boolean) =>
    new Promise<void>((resolve) => {
      if (done()) return resolve();
      const observer = new MutationObserver(() => {
        if (!done()) return;
        observer.disconnect();
        resolve();
      });
      observer.observe(box, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
    });
  const outcomes = () => box.querySelectorAll('.search-result, .search-none, .search-error');
  if (q !== null) {
    // Nodes already on screen belong to the previous query, even when this one gives the same list.
    const previous = new Set(outcomes());
    const input = document.querySelector<HTMLInputElement>('[data-search-page] input[type=search]')!;
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => !box.hasAttribute('aria-busy') && [...outcomes()].some((n) => !previous.has(n)));
  }
  const shown = () => box.querySelectorAll(':scope > ol > .search-result').length;
  for (let count = shown(); count < top; count = shown()) {
    const more = box.querySelector<HTMLButtonElement>(':scope > .search-more:not(:disabled)');
    if (!more) break;
    more.click();
    // The button goes once its batch is rendered (or dropped); a new one follows if there are more.
    await until(() => shown() > count || !more.isConnected);
  }
  const base = document.documentElement.dataset.base || '/';
  return [...box.querySelectorAll<HTMLAnchorElement>(':scope > ol .search-result-title')].map((a) =>
    new URL(a.href).pathname.slice(base.length - 1),
  );
}

/** Shows `query` on the search page of `lang`: opened with /search/?q=… when the page is elsewhere (a
 *  shared link), else typed into the page's box, as a reader searching again does (the index stays
 *  loaded). Resolves once this query's results or empty state are on screen, with at least `top`
 *  results where the query has them; returns the first list's paths (locale prefix kept). */
export async function searchPage(page: Page, siteUrl: SiteUrl, lang: string, query: string, top = 0) {
  const path = localizePath('/search/', lang as Locale);
  const here = page.url() === 'about:blank' ? null : new URL(page.url()).pathname;
  if (here !== new URL(siteUrl(path)).pathname) {
    await page.goto(siteUrl(`${path}?q=${encodeURIComponent(query)}`));
    await page.locator(SETTLED).first().waitFor();
    return page.evaluate(showInPage, { q: null, top });
  }
  return page.evaluate(showInPage, { q: query, top });
}

/** Result paths shown on the search page (locale prefix, base, query and hash removed, e.g.
 *  `/guides/x/`), in the order shown; at least `top` where the query has that many. */
export async function rankedPaths(page: Page, siteUrl: SiteUrl, lang: string, query: string, top = 0) {
  const paths = await searchPage(page, siteUrl, lang, query, top);
  return paths.map((p) => p.replace(/^\/en\//, '/'));
}

/** One search page per language, opened on first use and kept: each query after the first is typed
 *  into its box instead of loading the page and starting the engine again. */
export function searchTabs(site: Site) {
  const tabs = new Map<string, Promise<Awaited<ReturnType<typeof readerPage>>>>();
  const tab = (lang: string) => {
    if (!tabs.has(lang)) tabs.set(lang, readerPage(site));
    return tabs.get(lang)!;
  };
  return {
    /** The page, console errors included, that searches in `lang`. */
    tab,
    page: async (lang: string) => (await tab(lang)).page,
    show: async (lang: string, query: string, top = 0) =>
      searchPage((await tab(lang)).page, site.url, lang, query, top),
    ranked: async (lang: string, query: string, top = 0) =>
      rankedPaths((await tab(lang)).page, site.url, lang, query, top),
  };
}
