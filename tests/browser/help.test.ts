/** The provider rules table and the emergency card in real Chromium (the help flows' plain-link walk
 *  reads the built HTML: tests/build/help-flows.test.ts). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, readerPage, type Site } from '../helpers/browser';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe('provider rules table', () => {
  it.each(['/guides/esim-provider-rules/', '/en/guides/esim-provider-rules/'])(
    '%s shows every cell with its checked date and source link',
    async (path) => {
      const { page, close } = await readerPage(site);
      await page.goto(site.url(path));
      const table = page.locator('[data-fact-group="provider-rules"]');
      const subjects = await table.locator('.fact-subject').count();
      expect(subjects).toBeGreaterThanOrEqual(10);
      const cells = await table.locator('dd').evaluateAll((dds) =>
        dds.map((dd) => ({
          text: dd.textContent?.trim() ?? '',
          date: dd.querySelector('time[datetime]')?.getAttribute('datetime') ?? '',
          source: dd.querySelector('a[href^="https://"]')?.getAttribute('href') ?? '',
        })),
      );
      expect(cells).toHaveLength(subjects * 7);
      for (const cell of cells) {
        expect(cell.text.length).toBeGreaterThan(5);
        expect(cell.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(cell.source).toMatch(/^https:\/\//);
      }
      // The jump list leads to each provider.
      await page.locator('.fact-jump a').nth(1).click();
      await expect(page.evaluate(() => location.hash)).resolves.toBe('#provider-rules-holafly');
      await close();
    },
  );
});

describe('emergency card', () => {
  it('fills, saves, makes an image and prints with no network request, and "clear" removes it', async () => {
    const { page, close, errors } = await readerPage(site);
    await page.goto(site.url('/en/help/emergency-card/'));
    await page.waitForSelector('[data-card-actions]:not([hidden])');
    const requests: string[] = [];
    page.on('request', (r) => {
      if (/^https?:/.test(r.url())) requests.push(r.url());
    });

    await page.fill('#card-eid', '89049032000000000000000000000001');
    await page.fill('#card-imei', '350000000000001');
    await page.fill('#card-esims', 'Example seller, order 12345');
    await page.click('[data-card-action="save"]');
    await expect(page.evaluate(() => localStorage.getItem('emergency-card:v1'))).resolves.toContain('order 12345');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-card-action="image"]')]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    expect(download.url()).toMatch(/^blob:/);

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-card-actions]').isVisible()).resolves.toBe(false);
    await expect(page.locator('#card-eid').isVisible()).resolves.toBe(true);
    await page.pdf();
    await page.emulateMedia({ media: 'screen' });
    expect(requests).toEqual([]);

    // A new visit shows what was saved; "clear" empties the fields and the storage.
    await page.reload();
    await page.waitForSelector('[data-card-actions]:not([hidden])');
    await expect(page.inputValue('#card-eid')).resolves.toBe('89049032000000000000000000000001');
    await page.click('[data-card-action="clear"]');
    await expect(page.evaluate(() => localStorage.length)).resolves.toBe(0);
    await page.reload();
    await page.waitForSelector('[data-card-actions]:not([hidden])');
    for (const id of ['#card-eid', '#card-imei', '#card-esims']) await expect(page.inputValue(id)).resolves.toBe('');
    expect(errors).toEqual([]);
    await close();
  });

  it('is a plain printable form without JavaScript', async () => {
    const { page, close } = await readerPage(site, { javaScriptEnabled: false });
    await page.goto(site.url('/help/emergency-card/'));
    await expect(page.locator('emergency-card input, emergency-card textarea').count()).resolves.toBe(7);
    await expect(page.locator('emergency-card form, form:has(#card-eid)').count()).resolves.toBe(0);
    await page.fill('#card-eid', '8904');
    await expect(page.inputValue('#card-eid')).resolves.toBe('8904');
    await close();
  });
});
