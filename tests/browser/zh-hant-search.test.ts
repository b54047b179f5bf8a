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
    ['Simplified', '误删'],
    ['Simplified reader word', '误删 二维码'],
  ])('a %s query (%s) finds the zh-Hant deleted-eSIM guide among the first results', async (_, query) => {
    const { page, context, errors } = await newPage(site);
    await page.goto(site.url(`/zh-hant/search/?q=${encodeURIComponent(query)}`));
    const titles = page.locator('[data-search-page] .search-result-title');
    await titles.first().waitFor();
    const paths = (await titles.evaluateAll((links) => links.map((a) => a.getAttribute('href')!))).map(
      (href) => new URL(href, site.url('/')).pathname,
    );
    expect(paths.slice(0, 5), paths.join(', ')).toContain('/zh-hant/guides/deleted-esim/');
    // Its own index: every result is a zh-Hant page.
    expect(paths.filter((p) => !p.startsWith('/zh-hant/'))).toEqual([]);
    // The reader's words stay in the box as typed.
    await expect(page.inputValue('#search-page-input')).resolves.toBe(query);
    expect(errors).toEqual([]);
    await context.close();
  });
});
