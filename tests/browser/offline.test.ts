/** Offline reading in real Chromium: the service worker, "Save for offline", offline search, the offline
 *  page, installability, and a new build replacing the old one. The worker is tried on the real build;
 *  the saves and the update tests run on the fixture site's build (the same code, a copy of 37 files
 *  per language instead of ~370: saving the real one took ~7 s). That the real build's copies hold
 *  every page and search file of their language, all present, with the bytes they state, is checked
 *  file by file in tests/build/manifest.test.ts.
 *
 *  "Offline" here is the host refusing every connection plus `context.setOffline(true)`: Playwright's
 *  offline emulation does not reach a service worker's own fetches, a host that drops them does. The
 *  host is ours (not openSite's) so it can go down, come back and switch builds on one port. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { createStaticServer } from '../../scripts/static-server.mjs';
import { cspViolations, leaseBrowser, recordCspViolations, type BrowserLease } from '../helpers/browser';
import { DIST } from '../helpers/dist';
import { FIXTURE_BASE, fixtureSite } from '../helpers/fixture-site';
import { serviceWorker } from '../../src/integrations/service-worker';
import { t } from '../../src/i18n';
import { formatBytes, savedKey, type OfflineList } from '../../src/lib/offline';

const list = (locale: 'zh-CN' | 'en', dist = DIST): OfflineList =>
  JSON.parse(readFileSync(path.join(dist, 'offline', `${locale}.json`), 'utf8'));

/** The fixture site's build (tests/fixtures/site, made for /guide/), served from the same host. */
async function fixtureBuild() {
  const dir = (await fixtureSite()).dir;
  host.bases.set(dir, FIXTURE_BASE);
  return { dir, at: (p: string) => url(`${FIXTURE_BASE}${p.replace(/^\//, '')}`) };
}

/** The host, on one port for the whole file (same origin, so the same worker and caches, as for a
 *  reader whose connection comes and goes). "Down" drops every open connection and resets new ones, so
 *  the browser and its service worker see no network; `root` is the build it serves (a deploy switches
 *  it). Never closed and reopened, so no other process can take the port in between. */
const host = {
  root: DIST,
  down: true,
  sites: new Map<string, Server>(),
  /** Builds made for a base path other than '/' (the fixture site's), by folder. */
  bases: new Map<string, string>(),
  server: createServer((req, res) => {
    let site = host.sites.get(host.root);
    if (!site) {
      site = createStaticServer({ root: path.resolve(host.root), base: host.bases.get(host.root) ?? '/' });
      host.sites.set(host.root, site);
    }
    site.emit('request', req, res);
  }),
  stop() {
    host.down = true;
    host.server.closeAllConnections();
  },
  serve(root: string) {
    host.root = root;
    host.down = false;
  },
};
host.server.on('connection', (socket) => {
  if (host.down) socket.destroy();
});

let browser: BrowserLease;
/** Closes the previous reader if a failed test left it open. */
let closeLast: (() => Promise<void>) | undefined;
let port: number;
const url = (p: string) => `http://127.0.0.1:${port}${p}`;

beforeAll(async () => {
  browser = await leaseBrowser();
  await new Promise<void>((resolve) => host.server.listen(0, '127.0.0.1', resolve));
  port = (host.server.address() as { port: number }).port;
});
afterAll(async () => {
  await closeLast?.();
  await browser?.release();
  host.stop();
  await new Promise((resolve) => host.server.close(resolve));
});

/** A fresh reader (no worker, no caches) on the site served from `root`. */
async function reader(root = DIST, options: { javaScriptEnabled?: boolean } = {}) {
  await closeLast?.();
  host.serve(root);
  const context: BrowserContext = await browser.newContext({ colorScheme: 'light', ...options });
  // The host serves the build's headers, CSP included: saveOffline checks that nothing is blocked.
  await recordCspViolations(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  const close = async () => {
    closeLast = undefined;
    await context.close().catch(() => {});
    host.stop();
  };
  closeLast = close;
  return {
    context,
    page,
    errors,
    close,
    async offline() {
      host.stop();
      await context.setOffline(true);
    },
    async online(from = root) {
      await context.setOffline(false);
      host.serve(from);
    },
  };
}

const controlled = (page: Page) =>
  page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
const ownCaches = (page: Page) =>
  page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('site-offline ')));
const isOfflinePage = (page: Page) =>
  page
    .locator('[data-offline-page]')
    .count()
    .then((n) => n > 0);
const styled = (page: Page) =>
  page.evaluate(() => [...document.styleSheets].some((s) => s.href?.includes('/_astro/') && s.cssRules.length > 0));

/** Taps "Save for offline" and waits until the copy is saved, under the site's CSP (no violation). */
async function saveOffline(page: Page) {
  const control = page.locator('main save-offline');
  await control.locator('[data-action="save"]').click();
  await control.locator('[data-action="remove"]').waitFor({ state: 'visible', timeout: 60_000 });
  expect(await cspViolations(page)).toEqual([]);
  return control;
}

describe('service worker', () => {
  it('a visited guide reads offline after a reload; an unvisited page shows the offline page listing it', async () => {
    const r = await reader();
    const { page } = r;
    await page.goto(url('/guides/deleted-esim/'));
    await controlled(page);
    const title = (await page.locator('article h1').textContent())!.trim();
    await r.offline();

    await page.reload();
    await expect(page.locator('article h1').textContent()).resolves.toBe(title);
    expect(await styled(page)).toBe(true);
    expect(await isOfflinePage(page)).toBe(false);

    // ?query does not matter: the same page.
    await page.goto(url('/guides/deleted-esim/?highlight=eSIM'));
    await expect(page.locator('article h1').textContent()).resolves.toBe(title);

    await page.goto(url('/guides/lost-phone-in-japan/'));
    expect(await isOfflinePage(page)).toBe(true);
    await expect(page.locator('h1').textContent()).resolves.toBe(t('zh-CN', 'offline.title'));
    expect(await styled(page)).toBe(true);
    const available = page.locator('[data-offline-available] li:not([hidden]) a');
    await expect.poll(() => available.allTextContents()).toEqual([title]);

    await page.goto(url('/en/faq/'));
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('h1').textContent()).resolves.toBe(t('en', 'offline.title'));
    await expect.poll(() => page.locator('[data-offline-none]').isVisible()).toBe(true);
    expect(r.errors).toEqual([]);
    await r.close();
  });

  it('the site is installable: manifest parses, icons load, a worker controls the page', async () => {
    const r = await reader();
    const { page, context } = r;
    await page.goto(url('/en/'));
    await controlled(page);
    const cdp = await context.newCDPSession(page);
    const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[] };
    expect(new URL(manifest.url).pathname).toBe('/en/manifest.webmanifest');
    expect(manifest.errors).toEqual([]);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    // Browser contexts are off-the-record profiles, where Chrome never offers installation.
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    await r.close();
  });
});

describe('Save for offline', () => {
  it(
    'keeps every page and the search of its language, shows progress, and can be removed',
    { timeout: 180_000 },
    async () => {
      const { dir, at } = await fixtureBuild();
      const zh = list('zh-CN', dir);
      const r = await reader(dir);
      const { page } = r;
      await page.goto(at('/'));
      // No JavaScript needed to read the page, and the control is a plain button once defined.
      const control = page.locator('main save-offline');
      await expect(control.locator('[data-action="save"]').isVisible()).resolves.toBe(true);
      await page.evaluate(() => {
        const seen: string[] = ((window as unknown as { progress: string[] }).progress = []);
        const el = document.querySelector('main save-offline [data-progress]')!;
        new MutationObserver(() => el.textContent && seen.push(el.textContent)).observe(el, {
          childList: true,
          characterData: true,
          subtree: true,
        });
      });
      await saveOffline(page);
      const progress = await page.evaluate(() => (window as unknown as { progress: string[] }).progress);
      expect(progress.length).toBeGreaterThan(0);
      expect(progress.at(-1)).toMatch(new RegExp(`^${zh.urls.length} / ${zh.urls.length} 个文件`));
      const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), savedKey('zh-CN'));
      expect(saved.bytes).toBe(zh.bytes);
      await expect(control.locator('[data-status]').textContent()).resolves.toContain(formatBytes(zh.bytes, 'zh-CN'));
      // The footer's control says so too.
      await expect(page.locator('footer save-offline [data-action="remove"]').isVisible()).resolves.toBe(true);

      await r.offline();
      const pages = zh.urls.filter((u) => !u.startsWith(`${FIXTURE_BASE}pagefind/`));
      const inSite = (u: string) => u.slice(FIXTURE_BASE.length - 1);
      expect(pages.filter((u) => /^\/(guides|faq)\/[^/]+\/$/.test(inSite(u))).length).toBeGreaterThanOrEqual(5);
      // Every page is in the saved copy, as the page itself (a heading, not the offline page)…
      const unreadable = await page.evaluate(async (paths) => {
        const caches_ = await Promise.all(
          (await caches.keys()).filter((k) => k.startsWith('site-offline ')).map((k) => caches.open(k)),
        );
        const out: string[] = [];
        for (const p of paths) {
          let html = '';
          for (const cache of caches_) html ||= (await (await cache.match(p))?.text()) ?? '';
          if (!/<h1[\s>]/.test(html) || html.includes('data-offline-page')) out.push(p);
        }
        return out;
      }, pages);
      expect(unreadable).toEqual([]);
      // …and opening one with no network shows it: one page of each kind (the worker answers every
      // page the same way).
      const kindOf = (p: string) => {
        const parts = inSite(p).split('/').filter(Boolean);
        return `${parts[0] ?? ''}:${parts.length}`;
      };
      const kinds = new Map(pages.map((p) => [kindOf(p), p]));
      expect(kinds.size).toBeGreaterThan(5);
      for (const p of kinds.values()) {
        const response = await page.goto(url(p));
        expect(response?.status(), p).toBe(200);
        const shown = await page.evaluate(() => ({
          offlinePage: !!document.querySelector('[data-offline-page]'),
          headings: document.querySelectorAll('h1').length,
        }));
        expect(shown.offlinePage, p).toBe(false);
        expect(shown.headings, p).toBeGreaterThan(0);
      }

      // Search with no network: the search page…
      await page.goto(at(`/search/?q=${encodeURIComponent('两种语言')}`));
      const first = page.locator('[data-search-page] .search-result-title').first();
      await first.waitFor({ timeout: 20_000 });
      expect(new URL((await first.getAttribute('href'))!, url('/')).pathname).toBe(`${FIXTURE_BASE}guides/translated/`);
      // …and the header's dialog.
      await page.goto(at('/guides/with-image/'));
      await page.click('[data-search-open]');
      await page.fill('#search-dialog-input', '只有中文');
      await page.locator('dialog .search-result-title').first().waitFor({ timeout: 20_000 });
      await expect(page.locator('dialog .search-error').count()).resolves.toBe(0);

      // The saved state lasts, and Remove deletes the copy.
      await r.online();
      await page.goto(at('/'));
      await control.locator('[data-action="remove"]').waitFor({ state: 'visible' });
      await control.locator('[data-action="remove"]').click();
      await control.locator('[data-action="save"]').waitFor({ state: 'visible' });
      await expect(control.locator('[data-status]').textContent()).resolves.toBe(t('zh-CN', 'offline.removed'));
      expect(await page.evaluate((key) => localStorage.getItem(key), savedKey('zh-CN'))).toBeNull();
      const left = await page.evaluate(async () => {
        const out: string[] = [];
        for (const k of (await caches.keys()).filter((k) => k.startsWith('site-offline ')))
          for (const req of await (await caches.open(k)).keys()) out.push(new URL(req.url).pathname);
        return out;
      });
      expect(left.map(inSite).filter((p) => /^\/(pagefind|offline\/zh|guides)\//.test(p))).toEqual([]);
      await r.offline();
      await page.goto(at('/guides/with-image/'));
      expect(await isOfflinePage(page)).toBe(true);
      expect(r.errors).toEqual([]);
      await r.close();
    },
  );
});

describe('Save for offline in English', () => {
  it('keeps the English pages and the English search (fixture site)', { timeout: 120_000 }, async () => {
    const { dir, at } = await fixtureBuild();
    const en = list('en', dir);
    const r = await reader(dir);
    const { page } = r;
    await page.goto(at('/en/'));
    const control = await saveOffline(page);
    const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), savedKey('en'));
    expect(saved.bytes).toBe(en.bytes);
    await expect(control.locator('[data-status]').textContent()).resolves.toBe(
      t('en', 'offline.saved')
        .replace('{size}', formatBytes(en.bytes, 'en'))
        .replace('{date}', new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(Date.now())),
    );
    await r.offline();
    await page.goto(at('/en/faq/only-english/'));
    expect(await isOfflinePage(page)).toBe(false);
    await page.goto(at(`/en/search/?q=${encodeURIComponent('translation')}`));
    const first = page.locator('[data-search-page] .search-result-title').first();
    await first.waitFor({ timeout: 20_000 });
    expect(new URL((await first.getAttribute('href'))!, url('/')).pathname).toMatch(/^\/guide\/en\/(guides|faq)\//);
    // The Chinese copy was not saved: its pages are not there.
    await page.goto(at('/guides/with-image/'));
    expect(await isOfflinePage(page)).toBe(true);
    await r.close();
  });
});

describe('without JavaScript', () => {
  it('shows no Save control, and the offline page is a plain message with a way home', async () => {
    const r = await reader(DIST, { javaScriptEnabled: false });
    const { page } = r;
    await page.goto(url('/'));
    await expect(page.locator('save-offline').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('save-offline button').first().isVisible()).resolves.toBe(false);
    await page.goto(url('/en/offline/'));
    await expect(page.locator('h1').textContent()).resolves.toBe(t('en', 'offline.title'));
    await expect(page.locator('[data-offline-page] a[href="/en/"]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-offline-available]').isVisible()).resolves.toBe(false);
    await r.close();
  });
});

/** A second deploy of `first` (a fixtureBuild) made without a second `astro build`: a copy with one
 *  guide changed (a sentence added), then the build's last step run over the copy as `astro build` runs
 *  it (src/integrations/service-worker.ts: the offline lists, and a worker whose cache name is a hash
 *  of every file of the build, so the reader's browser finds a new worker, as after a real deploy). */
async function deployWithChange(first: string, sentence: string): Promise<{ dist: string; remove: () => void }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'site-deploy-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    cpSync(first, dir, { recursive: true });
    const file = path.join(dir, 'guides/translated/index.html');
    const html = readFileSync(file, 'utf8');
    const prose = html.indexOf('<div class="prose');
    const end = prose < 0 ? -1 : html.indexOf('</p>', prose);
    if (end < 0) throw new Error(`no prose paragraph in ${file}`);
    const at = end + '</p>'.length;
    writeFileSync(file, `${html.slice(0, at)}<p>${sentence}</p>${html.slice(at)}`);
    const { hooks } = serviceWorker();
    const configDone = hooks['astro:config:done'] as unknown as (o: { config: { base: string; root: URL } }) => void;
    const buildDone = hooks['astro:build:done'] as unknown as (o: {
      dir: URL;
      logger: { info: (message: string) => void };
    }) => Promise<void>;
    configDone({ config: { base: FIXTURE_BASE, root: pathToFileURL(`${process.cwd()}/`) } });
    await buildDone({ dir: pathToFileURL(`${dir}/`), logger: { info: () => {} } });
  } catch (error) {
    remove();
    throw error;
  }
  return { dist: dir, remove };
}

describe('a new build', () => {
  const MARK = '这一句只在第二次构建里';
  let at: (p: string) => string;
  let first: string;
  let second: { dist: string; remove: () => void };
  beforeAll(async () => {
    ({ dir: first, at } = await fixtureBuild());
    second = await deployWithChange(first, `${MARK}。`);
    host.bases.set(second.dist, FIXTURE_BASE);
  }, 300_000);
  afterAll(() => second?.remove());

  /** Asks the browser for the site's worker update and waits until the new build's worker waits. */
  const newWorkerWaiting = async (page: Page) => {
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await expect
      .poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting), {
        timeout: 120_000,
      })
      .toBe(true);
  };

  /** A new reader on the first build, its page controlled by that build's worker. */
  async function controlledReader() {
    const r = await reader(first);
    await r.page.goto(at('/'));
    await controlled(r.page);
    return r;
  }

  /** Once no tab of the old build is open, the new worker takes over and deletes the old cache; then,
   *  offline, the saved copy comes from the new build: the changed guide, a page never visited, search. */
  async function takeOverThenReadOffline(r: Awaited<ReturnType<typeof reader>>, oldPage: Page, oldCache: string) {
    await oldPage.close();
    const page = await r.context.newPage();
    await page.goto(at('/faq/'));
    await expect.poll(() => ownCaches(page), { timeout: 30_000 }).toHaveLength(1);
    expect((await ownCaches(page))[0]).not.toBe(oldCache);
    await r.offline();
    await page.goto(at('/guides/translated/'));
    expect(await page.content()).toContain(MARK);
    expect(await styled(page)).toBe(true);
    await page.goto(at('/guides/with-image/'));
    expect(await isOfflinePage(page)).toBe(false);
    await page.goto(at(`/search/?q=${encodeURIComponent('两种语言')}`));
    await page.locator('[data-search-page] .search-result-title').first().waitFor({ timeout: 20_000 });
    expect(await page.evaluate((key) => localStorage.getItem(key), savedKey('zh-CN'))).not.toBeNull();
  }

  it(
    'keeps a copy saved while the new build waits to take over (it used to go with the old cache)',
    { timeout: 240_000 },
    async () => {
      const r = await controlledReader();
      const [before] = await ownCaches(r.page);
      // A deploy: the new worker installs and waits, while this page (old build) is still open…
      await r.online(second.dist);
      await newWorkerWaiting(r.page);
      // …and now the reader taps "Save for offline" on it.
      await saveOffline(r.page);
      await takeOverThenReadOffline(r, r.page, before!);
      await r.close();
    },
  );

  it(
    'is served as soon as the reader is online, and replaces the saved copy as a whole',
    { timeout: 240_000 },
    async () => {
      const r = await controlledReader();
      const { page } = r;
      await saveOffline(page);
      await page.goto(at('/guides/translated/'));
      expect(await page.content()).not.toContain(MARK);
      const before = await ownCaches(page);
      expect(before).toHaveLength(1);

      // The host now serves the second build, on the same origin.
      await r.offline();
      await r.online(second.dist);
      await page.reload();
      expect(await page.content()).toContain(MARK);
      expect(await styled(page)).toBe(true);

      // The new worker installs alongside (saving the reader's copy again from the new build) and takes
      // over once no tab of the old build is open.
      await newWorkerWaiting(page);
      await takeOverThenReadOffline(r, page, before[0]!);
      await r.close();
    },
  );
});
