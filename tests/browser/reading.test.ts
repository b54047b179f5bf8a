/** The built site in real Chromium: what a reader sees and does. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, readerPage, type Site } from '../helpers/browser';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe('home', () => {
  it.each(['/', '/en/'])('%s loads with no console errors and lists guides', async (path) => {
    const { page, close, errors } = await readerPage(site);
    const response = await page.goto(site.url(path));
    expect(response?.status()).toBe(200);
    await expect(page.locator('#before-you-go + ul li').count()).resolves.toBeGreaterThanOrEqual(3);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('language switch', () => {
  it('lands on the same guide in the other language and back', async () => {
    const { page, close } = await readerPage(site);
    await page.goto(site.url('/guides/deleted-esim/'));
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await page.click('[data-lang-switch][hreflang=en]');
    await page.waitForURL('**/en/guides/deleted-esim/');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await page.click('[data-lang-switch][hreflang=zh-CN]');
    await page.waitForURL((u) => u.pathname === '/guides/deleted-esim/');
    await close();
  });

  it('keeps the FAQ hub when switching', async () => {
    const { page, close } = await readerPage(site);
    await page.goto(site.url('/en/faq/'));
    await page.click('[data-lang-switch][hreflang=zh-CN]');
    await page.waitForURL((u) => u.pathname === '/faq/');
    await close();
  });
});

describe('FAQ hub', () => {
  it('opens the answer a #fragment points at, on load and on in-page navigation', async () => {
    const { page, close, errors } = await readerPage(site);
    const first = await (async () => {
      await page.goto(site.url('/faq/'));
      return page.locator('details.faq-item').nth(3).getAttribute('id');
    })();
    await page.goto(site.url(`/faq/#${first}`));
    await expect(page.locator(`details[id="${first}"]`).evaluate((d: HTMLDetailsElement) => d.open)).resolves.toBe(
      true,
    );
    // Another answer stays closed until its link is followed.
    const other = await page.locator('details.faq-item').nth(5).getAttribute('id');
    await expect(page.locator(`details[id="${other}"]`).evaluate((d: HTMLDetailsElement) => d.open)).resolves.toBe(
      false,
    );
    await page.evaluate((id) => (location.hash = id!), other);
    await expect
      .poll(() => page.locator(`details[id="${other}"]`).evaluate((d: HTMLDetailsElement) => d.open))
      .toBe(true);
    expect(errors).toEqual([]);
    await close();
  });
});

const DARK = 'rgb(20, 23, 27)';
const LIGHT = 'rgb(255, 255, 255)';

describe('dark mode', () => {
  const bg = (page: import('playwright-core').Page) =>
    page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

  it('follows the system by default', async () => {
    const { page, close } = await readerPage(site, { colorScheme: 'dark' });
    await page.goto(site.url('/'));
    expect(await bg(page)).toBe(DARK);
    await close();
  });

  it('the toggle switches theme and the choice persists across navigation with no flash', async () => {
    const { page, close } = await readerPage(site, { colorScheme: 'light' });
    await page.goto(site.url('/'));
    expect(await bg(page)).toBe(LIGHT);
    const toggle = page.locator('theme-toggle button');
    await toggle.click();
    expect(await bg(page)).toBe(DARK);
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    // On the next page the theme is set before first paint: check at DOMContentLoaded, before any module runs.
    await page.goto(site.url('/en/faq/'), { waitUntil: 'commit' });
    await page.waitForFunction(() => document.readyState !== 'loading');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await bg(page)).toBe(DARK);
    await close();
  });
});

describe('pre-trip checklist', () => {
  it('remembers ticks on this device and can be reset', async () => {
    const { page, close } = await readerPage(site);
    await page.goto(site.url('/guides/pre-trip-backup-checklist/'));
    const boxes = page.locator('check-list input[type=checkbox]');
    // A list writes its progress line once it has restored its ticks: wait for that, as a reader would.
    const progress = page.locator('check-list [data-progress]').first();
    const restored = () => expect.poll(() => progress.textContent()).not.toBe('');
    expect(await boxes.count()).toBeGreaterThan(10);
    await restored();
    await boxes.nth(0).check();
    await boxes.nth(2).check();
    await page.reload();
    await restored();
    await expect(boxes.nth(0).isChecked()).resolves.toBe(true);
    await expect(boxes.nth(1).isChecked()).resolves.toBe(false);
    await expect(boxes.nth(2).isChecked()).resolves.toBe(true);
    await page.locator('check-list [data-reset]').first().click();
    await page.reload();
    await restored();
    await expect(boxes.nth(0).isChecked()).resolves.toBe(false);
    await close();
  });
});

describe('without JavaScript', () => {
  it('a guide still reads, with its table of contents and sources', async () => {
    const { page, close } = await readerPage(site, { javaScriptEnabled: false });
    await page.goto(site.url('/en/guides/sim-is-not-a-backup/'));
    await expect(page.locator('article h1').isVisible()).resolves.toBe(true);
    await expect(page.locator('.prose p').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('#sources').isVisible()).resolves.toBe(true);
    await close();
  });
});

describe('Traditional Chinese', () => {
  it('reads like the Simplified page: a Traditional cut of the font first, the same line height', async () => {
    const { page, close } = await readerPage(site);
    const style = async (path: string) => {
      await page.goto(site.url(path));
      return page.evaluate(() => {
        const s = getComputedStyle(document.querySelector('main p')!);
        return { font: getComputedStyle(document.documentElement).fontFamily, lineHeight: s.lineHeight };
      });
    };
    const zh = await style('/guides/deleted-esim/');
    const hant = await style('/zh-hant/guides/deleted-esim/');
    expect(zh.font).toMatch(/^"?PingFang SC/);
    expect(hant.font).toMatch(/^"?PingFang TC/);
    expect(hant.lineHeight).toBe(zh.lineHeight);
    await close();
  });
});
