/** Real Chromium for browser tests, from (in order): CHROMIUM_PATH, the system's Chromium, or the
 *  Chromium that @sparticuz/chromium ships inside its npm package (no download at run time). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { CHROMIUM_FLAGS, chromiumPath } from '../../scripts/chromium.mjs';
import { DIST } from './dist';

/** Chromium features Playwright turns off (its launcher's list). Chromium reads only the last
 *  `--disable-features` switch, so a list of ours has to repeat Playwright's. Read from its bundle:
 *  an empty result (Playwright reorganised it) is caught by tests/helpers/browser-flags.test.ts. */
export function playwrightDisabledFeatures(): string[] {
  const bundle = readFileSync(createRequire(import.meta.url).resolve('playwright-core/lib/coreBundle'), 'utf8');
  const start = bundle.indexOf('disabledFeatures = [');
  if (start < 0) return [];
  const list = bundle.slice(start, bundle.indexOf('].filter(Boolean)', start));
  return [...list.matchAll(/^\s*"(\w+)",?$/gm)].map((m) => m[1]!);
}

/** Tests only (benchmarks keep Chromium's defaults):
 *  - a page's first navigation, from about:blank to the site, reuses the page's renderer instead of
 *    starting another process; ~250 ms a load on this kind of machine. Browser contexts still never
 *    share a renderer.
 *  - V8 without its background compiler and GC threads: the suite keeps both cores busy on its own, and
 *    those threads only added switching (the accessibility file's renderers used ~20% less CPU).
 *  - RenderDocument off: a navigation within the site reuses the page's frame and widget instead of
 *    building new ones for each document (about a quarter less CPU a load here: 115 → 82 ms over 80
 *    guide loads). It changes how Chromium hosts a document, not what the document sees. If
 *    Playwright's own list cannot be read, the flag is left out rather than dropping Playwright's. */
function testFlags(): string[] {
  const playwrights = playwrightDisabledFeatures();
  const disable = playwrights.length ? [`--disable-features=${[...playwrights, 'RenderDocument'].join(',')}`] : [];
  return [...CHROMIUM_FLAGS, '--renderer-process-limit=1', '--js-flags=--single-threaded', ...disable];
}
const TEST_FLAGS = testFlags();

async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumPath(), args: TEST_FLAGS, headless: true });
}

/** A use of the worker's Chromium: the contexts opened through it are closed on `release()`. */
export interface BrowserLease {
  browser: Browser;
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
  release: () => Promise<void>;
}

/** The worker's Chromium, shared by the test files that run in it one after another (the pooled
 *  project does not isolate files): a launch, with its first page, costs ~1.1 s of CPU and there are
 *  ten browser test files. Launched on first use; closed when its last user releases it and no other
 *  file takes it up within a minute (files that build a site in between can take ~20 s on a busy
 *  machine; an idle browser costs memory, not CPU). A worker that exits first takes it down too
 *  (Playwright kills its browsers on exit). */
let shared: { browser: Promise<Browser>; users: number; closing?: ReturnType<typeof setTimeout> } | undefined;
const IDLE_CLOSE_MS = 60_000;

export async function leaseBrowser(): Promise<BrowserLease> {
  if (!shared) {
    const launched = launchBrowser();
    shared = { browser: launched, users: 0 };
    // A failed launch is not kept for the next file.
    launched.catch(() => (shared = undefined));
  }
  const entry = shared;
  clearTimeout(entry.closing);
  entry.users++;
  const browser = await entry.browser;
  const contexts = new Set<BrowserContext>();
  let released = false;
  return {
    browser,
    async newContext(options) {
      const context = await browser.newContext(options);
      contexts.add(context);
      context.on('close', () => contexts.delete(context));
      return context;
    },
    async release() {
      if (released) return;
      released = true;
      await Promise.all([...contexts].map((c) => c.close().catch(() => {})));
      if (--entry.users > 0) return;
      entry.closing = setTimeout(() => {
        if (shared === entry) shared = undefined;
        void browser.close().catch(() => {});
      }, IDLE_CLOSE_MS);
      // The timer never keeps a finished worker alive.
      entry.closing.unref();
    },
  };
}

export interface Site {
  /** Absolute URL for a site path: url('/en/faq/'). */
  url: (path: string) => string;
  /** A browser context with the site's service worker blocked, unless `serviceWorkers: 'allow'`. The
   *  worker precaches the site's scripts, styles and offline pages on every page's first visit: work
   *  only the offline and CSP tests look at. */
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
  /** The context this file keeps for these options (see readerPage), and how to wipe what a test
   *  left in it. */
  keptContext: (options: BrowserContextOptions) => Promise<KeptContext>;
  /** Closes this file's contexts and its server, and gives the browser back. */
  close: () => Promise<void>;
}

export interface KeptContext {
  context: BrowserContext;
  /** Clears the site's storage of every kind (local, session, IndexedDB, caches), its cookies and the
   *  permissions granted. */
  clear: () => Promise<void>;
}

/** Serves dist/ on loopback and leases the worker's browser. Call in beforeAll; close in afterAll. */
export async function openSite(): Promise<Site> {
  const server = await startStaticServer({ root: DIST });
  const lease = await leaseBrowser();
  const newContext = (options?: BrowserContextOptions) => lease.newContext({ serviceWorkers: 'block', ...options });
  const kept = new Map<string, Promise<KeptContext>>();
  const keep = async (options: BrowserContextOptions): Promise<KeptContext> => {
    const context = await newContext(options);
    // Open for as long as the context: pages opened beside it share its renderer process.
    const anchor = await context.newPage();
    const cdp = await context.newCDPSession(anchor);
    const origin = new URL(server.url).origin;
    return {
      context,
      async clear() {
        await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
        await context.clearCookies();
        await context.clearPermissions();
      },
    };
  };
  return {
    url: (path) => new URL(path.replace(/^\//, ''), server.url).href,
    newContext,
    keptContext: (options) => {
      const key = JSON.stringify(options);
      if (!kept.has(key)) kept.set(key, keep(options));
      return kept.get(key)!;
    },
    close: async () => {
      await lease.release();
      await server.close();
    },
  };
}

/** The console errors and uncaught exceptions of a page, as they happen. */
function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

/** A new page in a new browser context, recording console errors. For a test that counts requests
 *  (a fresh context starts with empty caches) or changes the context itself (routes, init scripts). */
export async function newPage(site: Site, options: BrowserContextOptions = {}) {
  const context = await site.newContext({ colorScheme: 'light', ...options });
  const page: Page = await context.newPage();
  return { page, context, errors: recordErrors(page), close: () => context.close() };
}

/** A new page for one test, as a new reader opens the site, at a fraction of newPage's cost: it opens
 *  in a context this file keeps per set of options, beside a page that keeps the context's renderer
 *  process alive (a new context starts one: ~0.2 s a page here). `close()` closes it and clears what
 *  it left: the site's storage, cookies and permissions. Not for tests that count requests (pages of
 *  one renderer share its memory cache) or that change the context (routes, init scripts). */
export async function readerPage(site: Site, options: BrowserContextOptions = {}) {
  const { context, clear } = await site.keptContext({ colorScheme: 'light', ...options });
  const page: Page = await context.newPage();
  return {
    page,
    context,
    errors: recordErrors(page),
    close: async () => {
      await page.close();
      await clear();
    },
  };
}

/** Records, in every page of `context` from its next document on, what the page's Content-Security-
 *  Policy blocks; `cspViolations` reads it. */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
}

/** The CSP violations of the page so far (see recordCspViolations). Violation events are queued as
 *  tasks: one rendering frame and a task later, all have arrived. */
export async function cspViolations(page: Page): Promise<string[]> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
  return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

/** Open pages kept for reuse, in the file's kept context for each set of options (site.keptContext):
 *  navigating an open page costs a fraction of a new context and page (a renderer process each). Only
 *  for checks that leave nothing behind the next navigation would not clear (no storage, no
 *  permissions); a page whose check failed is closed, not reused. */
export function pagePool(site: Site, prepare: (page: Page) => Promise<void> = async () => {}) {
  const idle = new Map<string, Page[]>();
  /** A page of its own until `release()`, in the file's kept context for these options. */
  async function acquire(options: BrowserContextOptions) {
    const key = JSON.stringify(options);
    const free = idle.get(key) ?? [];
    idle.set(key, free);
    let page = free.pop();
    if (!page) {
      page = await (await site.keptContext(options)).context.newPage();
      await prepare(page);
    }
    const taken = page;
    return { page: taken, release: async () => void free.push(taken) };
  }
  return {
    acquire,
    async use<T>(options: BrowserContextOptions, check: (page: Page) => Promise<T>): Promise<T> {
      const { page, release } = await acquire(options);
      try {
        const result = await check(page);
        await release();
        return result;
      } catch (error) {
        await page.close();
        throw error;
      }
    },
  };
}
