/** Every page type, served with the production headers (dist/_headers), used the way a reader uses
 *  it: no Content-Security-Policy violation, no console error. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cspViolations, newPage, openSite, readerPage, recordCspViolations, type Site } from '../helpers/browser';
import { ownScriptHashes } from '../../src/integrations/security-headers';

let site: Site;
beforeAll(async () => {
  site = await openSite();
  // The pages of every case but /en/'s open in one kept context (readerPage), recording violations.
  await recordCspViolations((await site.keptContext(READER)).context);
});
const READER = { colorScheme: 'light' } as const;
afterAll(async () => {
  await site?.close();
});

type Interaction = (page: Page) => Promise<void>;
const none: Interaction = async () => {};

const cases: [string, Interaction][] = [
  [
    '/',
    async (p) => {
      await p.click('theme-toggle button');
      await p.keyboard.press('/');
      await p.keyboard.type('esim');
      await p.locator('dialog .search-result').first().waitFor();
      await p.keyboard.press('Escape');
    },
  ],
  [
    '/en/',
    async (p) => {
      // Offline features: the service worker takes over (saving a copy is checked under the CSP by
      // offline.test.ts, which saves every language's copy anyway).
      await p.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
      await p.goto(p.url().replace(/\/en\/$/, '/en/offline/'));
    },
  ],
  [
    '/guides/pre-trip-backup-checklist/',
    async (p) => {
      await p.locator('check-list input[type=checkbox]').first().check();
      await p.click('share-bar [data-copy]');
      await p.click('.wechat-qr summary');
      await p.locator('.prose h2 a.heading-anchor').first().click();
    },
  ],
  [
    '/en/guides/deleted-esim/?highlight=esim',
    async (p) => {
      await p.locator('mark.search-hit').first().waitFor();
    },
  ],
  [
    '/faq/',
    async (p) => {
      await p.locator('details.faq-item summary').first().click();
    },
  ],
  ['/en/faq/reinstall-deleted-esim/', none],
  ['/topics/', none],
  ['/en/topics/esim/', none],
  [
    '/search/?q=%E5%A4%87%E4%BB%BD',
    async (p) => {
      await p.locator('[data-search-page] .search-result').first().waitFor();
      await p.locator('[data-search-page] [data-search-topic]').selectOption('esim');
    },
  ],
  [
    '/en/search/?q=%E9%85%92%E5%BA%97',
    async (p) => {
      await p.locator('[data-type="other-language"] .search-result').first().waitFor();
    },
  ],
  ['/about/', none],
  ['/no-such-page/', none],
];

describe('Content-Security-Policy', () => {
  it('the HTML is served with the CSP and security headers', async () => {
    const { page, context } = await newPage(site);
    const response = await page.goto(site.url('/guides/deleted-esim/'));
    const headers = response!.headers();
    const csp = headers['content-security-policy']!;
    expect(csp).not.toContain('unsafe-inline');
    // The policy trusts exactly the site's own inline scripts (hashed from their source), nothing a
    // built page happens to contain.
    const scriptSrc = csp
      .split(/;\s*/)
      .find((d) => d.startsWith('script-src '))!
      .split(' ');
    expect(scriptSrc.slice(0, 3)).toEqual(['script-src', "'self'", "'wasm-unsafe-eval'"]);
    expect(scriptSrc.slice(3).sort()).toEqual((await ownScriptHashes(new URL(`file://${process.cwd()}/`))).sort());
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    await context.close();
  });

  it.each(cases)('%s: no violation while reading and interacting', async (path, interact) => {
    // The service worker registers on every page the same way; /en/ lets it, in a context of its own
    // (its worker and caches would outlive the case), and waits for it.
    const worker = path === '/en/';
    const { page, context, errors, close } = worker
      ? await newPage(site, { serviceWorkers: 'allow' })
      : await readerPage(site, READER);
    if (worker) await recordCspViolations(context);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url('/')).origin });
    await page.goto(site.url(path));
    await interact(page);
    expect(await cspViolations(page)).toEqual([]);
    // The 404 page's own status is logged by Chromium as a failed resource: that one is expected.
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
    await close();
  });
});
