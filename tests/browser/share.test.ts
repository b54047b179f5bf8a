/** Sharing in real Chromium: copy link (and heading links), the WeChat QR code, and no third-party requests. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { newPage, openSite, readerPage, type Site } from '../helpers/browser';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

async function clipboardPage(path: string) {
  const { page, context, close } = await readerPage(site);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url('/')).origin });
  await page.goto(site.url(path));
  return { page, close };
}

describe('copy link', () => {
  it('the share bar copies the canonical URL and says so', async () => {
    const { page, close } = await clipboardPage('/guides/deleted-esim/?utm_source=somewhere');
    const canonical = await page.getAttribute('link[rel=canonical]', 'href');
    await page.click('share-bar [data-copy]');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    await expect(page.locator('[data-copy-status]').textContent()).resolves.toBe('链接已复制');
    await expect(page.locator('[data-copy-status]').isVisible()).resolves.toBe(true);
    await close();
  });

  it('a heading’s anchor copies the canonical URL with that heading’s fragment', async () => {
    const { page, close } = await clipboardPage('/en/guides/deleted-esim/');
    const canonical = await page.getAttribute('link[rel=canonical]', 'href');
    const heading = page.locator('.prose h2[id]').nth(1);
    const id = await heading.getAttribute('id');
    await heading.hover();
    await heading.locator('a.heading-anchor').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${canonical}#${id}`);
    expect(new URL(page.url()).hash).toBe(`#${id}`);
    await close();
  });

  it('an FAQ hub permalink copies the link to that question', async () => {
    const { page, close } = await clipboardPage('/faq/');
    const item = page.locator('details.faq-item').first();
    const id = await item.getAttribute('id');
    await item.locator('summary').click();
    await item.locator('a[data-copy-link]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/faq/#${id}$`));
    await close();
  });
});

describe('WeChat QR code', () => {
  it('decodes to the page URL', async () => {
    const { page, context } = await newPage(site);
    const qrRequests: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/qr/')) qrRequests.push(r.url());
    });
    await page.goto(site.url('/guides/lost-phone-in-japan/'), { waitUntil: 'load' });
    const canonical = await page.getAttribute('link[rel=canonical]', 'href');
    // Nobody pays for the code until they open it.
    expect(qrRequests).toEqual([]);
    await page.click('.wechat-qr summary');
    await expect
      .poll(() =>
        page.locator('.wechat-qr img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
      )
      .toBe(true);
    expect(qrRequests).toHaveLength(1);
    const shot = await page.locator('.wechat-qr img').screenshot();
    const png = PNG.sync.read(shot);
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(code?.data).toBe(canonical);
    await context.close();
  });
});

describe('privacy', () => {
  it.each(['/guides/sim-is-not-a-backup/', '/en/faq/', '/en/search/?q=esim'])(
    '%s makes no request to another host',
    async (path) => {
      const { page, context } = await newPage(site);
      const hosts = new Set<string>();
      page.on('request', (r) => hosts.add(new URL(r.url()).host));
      await page.goto(site.url(path));
      await page.waitForLoadState('networkidle');
      expect([...hosts]).toEqual([new URL(site.url('/')).host]);
      await context.close();
    },
  );
});
