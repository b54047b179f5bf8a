/** Search in real Chromium against the built site: relevance for real queries, the dialog's keyboard
 *  behaviour, deep links, filters, escaping, and no search bytes before the reader asks. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage, openSite, type Site } from '../helpers/browser';
import { rankedPaths, type RelevanceQuery } from '../helpers/search';

// The product's query suite, vendored from the shared reference (keep in sync by hand when it changes).
const SUITE = path.resolve('tests/fixtures/search-queries.json');
const readQueries = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { queries: RelevanceQuery[] }).queries;
const sharedQueries = readQueries(SUITE);
const ownQueries = readQueries(path.resolve('tests/fixtures/search-queries.extra.json'));

let site: Site;
const pages: Record<string, Page> = {};
beforeAll(async () => {
  site = await openSite();
  for (const lang of ['zh-CN', 'en'] as const) {
    pages[lang] = (await newPage(site)).page;
    await pages[lang]!.goto(site.url(lang === 'en' ? '/en/topics/' : '/topics/'));
  }
});
afterAll(async () => {
  await site?.close();
});

describe('relevance', () => {
  it('the vendored query suite is present (tests/fixtures/search-queries.json)', () => {
    expect(sharedQueries.length).toBeGreaterThan(0);
  });

  it.each([...sharedQueries, ...ownQueries].map((q) => [`${q.lang} "${q.q}"`, q] as const))(
    '%s ranks an expected page in its top N',
    async (_, query) => {
      const ranked = await rankedPaths(pages[query.lang]!, query.q, Math.max(query.top, 5));
      const position = ranked.findIndex((p) => query.expect.includes(p));
      expect(position, `got ${ranked.join(', ')}`).toBeGreaterThanOrEqual(0);
      expect(position + 1, `got ${ranked.join(', ')}`).toBeLessThanOrEqual(query.top);
    },
  );
});

async function openDialogWith(page: Page, keys: string) {
  await page.keyboard.press(keys);
  await expect
    .poll(() => page.evaluate(() => document.querySelector('dialog.search-dialog')?.hasAttribute('open')))
    .toBe(true);
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-input');
}

describe('search dialog', () => {
  it.each(['/', 'Control+k', 'Meta+k'])('opens with %s, focuses the box, and Esc closes it', async (keys) => {
    const { page, context } = await newPage(site);
    await page.goto(site.url('/guides/deleted-esim/'));
    await openDialogWith(page, keys);
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.evaluate(() => document.querySelector('dialog.search-dialog')?.hasAttribute('open')))
      .toBe(false);
    await context.close();
  });

  it('traps focus while open and returns it to the button when closed', async () => {
    const { page, context } = await newPage(site);
    await page.goto(site.url('/en/'));
    await page.focus('[data-search-open]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-input');
    await page.keyboard.type('esim');
    await page.waitForSelector('dialog .search-result');
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press(i % 7 === 0 ? 'Shift+Tab' : 'Tab');
      const inside = await page.evaluate(() => !!document.activeElement?.closest('dialog.search-dialog'));
      expect(inside).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-search-open'))).toBe(true);
    await context.close();
  });

  it('is labelled for screen readers', async () => {
    const { page, context } = await newPage(site);
    await page.goto(site.url('/'));
    const label = await page.getAttribute('dialog.search-dialog', 'aria-label');
    expect(label).toBeTruthy();
    await expect(page.getAttribute('[data-search-open]', 'aria-haspopup')).resolves.toBe('dialog');
    await context.close();
  });
});

describe('search page', () => {
  it('shows results for a ?q= deep link on load, Chinese query, expected guide first', async () => {
    const { page, context, errors } = await newPage(site);
    await page.goto(site.url(`/search/?q=${encodeURIComponent('误删 eSIM')}`));
    const first = page.locator('[data-search-page] .search-result-title').first();
    await first.waitFor();
    expect(new URL((await first.getAttribute('href'))!, site.url('/')).pathname).toBe('/guides/deleted-esim/');
    await expect(page.inputValue('#search-page-input')).resolves.toBe('误删 eSIM');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('English query, expected guide first, and typing updates ?q= without new history entries', async () => {
    const { page, context } = await newPage(site);
    await page.goto(site.url('/en/search/?q=lost+phone+japan'));
    const first = page.locator('[data-search-page] .search-result-title').first();
    await first.waitFor();
    expect(new URL((await first.getAttribute('href'))!, site.url('/')).pathname).toBe(
      '/en/guides/lost-phone-in-japan/',
    );
    const historyLength = await page.evaluate(() => history.length);
    await page.fill('#search-page-input', 'iCloud backup');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('iCloud backup');
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    await context.close();
  });

  it('labels results by type and links the matching section', async () => {
    const { page, context } = await newPage(site);
    await page.goto(site.url(`/search/?q=${encodeURIComponent('备份')}`));
    await page.locator('[data-search-page] .search-result').first().waitFor();
    const types = await page
      .locator('[data-search-page] .search-group')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-type')));
    expect(types).toEqual(['guide', 'faq']);
    expect(await page.locator('[data-search-page] .search-result-section[href*="#"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-search-page] .search-result-excerpt mark').count()).toBeGreaterThan(0);
    await expect(page.locator('[data-search-page] [data-search-status]').textContent()).resolves.toMatch(/\d+/);
    await context.close();
  });

  it('a topic filter narrows the results', async () => {
    const { page, context } = await newPage(site);
    await page.goto(site.url(`/search/?q=${encodeURIComponent('备份')}`));
    await page.locator('[data-search-page] .search-result').first().waitFor();
    const before = await page.locator('[data-search-page] .search-result').count();
    await page.click('[data-search-page] .chip[data-topic="chat-apps"]');
    await expect
      .poll(() => page.locator('[data-search-page] .chip[data-topic="chat-apps"]').getAttribute('aria-pressed'))
      .toBe('true');
    await expect.poll(() => page.locator('[data-search-page] .search-result').count()).toBeLessThan(before);
    const after = await page
      .locator('[data-search-page] .search-result-title')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(after.length).toBeGreaterThan(0);
    expect(
      after.some(
        (h) =>
          h!.includes('chat-history-backup') || h!.includes('line') || h!.includes('wechat') || h!.includes('whatsapp'),
      ),
    ).toBe(true);
    await context.close();
  });

  it('an empty result suggests topics and the FAQ, and offers the other language', async () => {
    const { page, context } = await newPage(site);
    await page.goto(site.url('/en/search/?q=' + encodeURIComponent('酒店')));
    await page.locator('[data-search-page] .search-none').waitFor();
    await expect(page.locator('[data-search-page] .search-suggest a').count()).resolves.toBe(2);
    await page.locator('[data-search-page] [data-type="other-language"] .search-result').first().waitFor();
    await context.close();
  });

  it('renders a hostile query as text', async () => {
    const { page, context } = await newPage(site);
    let alerted = false;
    page.on('dialog', async (d) => {
      alerted = true;
      await d.dismiss();
    });
    const evil = '<img src=x onerror=alert(1)>';
    await page.goto(site.url(`/search/?q=${encodeURIComponent(evil)}`));
    await page.locator('[data-search-page] .search-none, [data-search-page] .search-result').first().waitFor();
    await page.waitForTimeout(300);
    expect(alerted).toBe(false);
    expect(await page.locator('[data-search-page] [data-search-results] img').count()).toBe(0);
    await context.close();
  });

  it('says so clearly when the index cannot load', async () => {
    const { page, context } = await newPage(site);
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(site.url('/search/?q=esim'));
    await expect(page.locator('[data-search-page] .search-error').textContent()).resolves.toBeTruthy();
    await context.close();
  });

  it('opening a result highlights the searched words on the page', async () => {
    const { page, context } = await newPage(site);
    await page.goto(site.url(`/search/?q=${encodeURIComponent('二维码')}`));
    const first = page.locator('[data-search-page] .search-result-title').first();
    await first.waitFor();
    await first.click();
    await page.waitForURL(/highlight=/);
    await expect.poll(() => page.locator('mark.pagefind-highlight').count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('cost', () => {
  it('a guide page fetches no search code, WASM or index before the reader opens search', async () => {
    const { page, context } = await newPage(site);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(site.url('/guides/sim-is-not-a-backup/'));
    await page.waitForLoadState('networkidle');
    const scriptsInHtml = await page
      .locator('script[src]')
      .evaluateAll((s) => s.map((e) => (e as HTMLScriptElement).src));
    expect(requested.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    const loadedJs = requested.filter((u) => u.endsWith('.js'));
    // Only the page's own small module(s) and what they import statically.
    expect(loadedJs.length).toBeLessThanOrEqual(scriptsInHtml.length + 2);
    await page.keyboard.press('/');
    await expect.poll(() => requested.some((u) => u.includes('/pagefind/'))).toBe(true);
    await context.close();
  });
});
