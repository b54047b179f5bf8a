/** Real Chromium for browser tests, from (in order): CHROMIUM_PATH, the system's Chromium, or the
 *  Chromium that @sparticuz/chromium ships inside its npm package (no download at run time). */
import { chromium, type Browser, type Page } from 'playwright-core';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { CHROMIUM_FLAGS, chromiumPath } from '../../scripts/chromium.mjs';
import { DIST } from './dist';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_FLAGS, headless: true });
}

export interface Site {
  browser: Browser;
  /** Absolute URL for a site path: url('/en/faq/'). */
  url: (path: string) => string;
  close: () => Promise<void>;
}

/** Serves dist/ on loopback and opens a browser. Call in beforeAll; close in afterAll. */
export async function openSite(): Promise<Site> {
  const server = await startStaticServer({ root: DIST });
  const browser = await launchBrowser();
  return {
    browser,
    url: (path) => new URL(path.replace(/^\//, ''), server.url).href,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** A new page that records console errors and failed requests. */
export async function newPage(site: Site, options: { colorScheme?: 'light' | 'dark' } = {}) {
  const context = await site.browser.newContext({ colorScheme: options.colorScheme ?? 'light' });
  const page: Page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return { page, context, errors };
}
