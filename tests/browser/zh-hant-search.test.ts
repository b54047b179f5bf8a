/** Search on the generated Traditional Chinese pages, in real Chromium against the built site: its own
 *  index, and queries typed in Traditional or Simplified characters both find the zh-Hant guide. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPage, openSite, type Site } from '../helpers/browser';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe('zh-Hant search page', () => {
  it.each([
    ['Traditional', '刪除 eSIM'],
    ['Simplified', '删除 eSIM'],
    ['Simplified reader word', '误删 二维码'],
  ])('a %s query (%s) finds the zh-Hant deleted-eSIM guide first', async (_, query) => {
    const { page, context, errors } = await newPage(site);
    await page.goto(site.url(`/zh-hant/search/?q=${encodeURIComponent(query)}`));
    const first = page.locator('[data-search-page] .search-result-title').first();
    await first.waitFor();
    expect(new URL((await first.getAttribute('href'))!, site.url('/')).pathname).toBe('/zh-hant/guides/deleted-esim/');
    // The reader's words stay in the box as typed.
    await expect(page.inputValue('#search-page-input')).resolves.toBe(query);
    expect(errors).toEqual([]);
    await context.close();
  });
});
