/** Search on the generated Traditional Chinese pages, in real Chromium against the built site: its own
 *  index, and queries typed in Traditional or Simplified characters both find the zh-Hant guide. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from '../helpers/browser';
import { searchTabs } from '../helpers/search';

let site: Site;
// One zh-Hant search page: the first query opens it as a shared /zh-hant/search/?q=… link does, the
// others are typed into its box.
let tabs: ReturnType<typeof searchTabs>;
beforeAll(async () => {
  site = await openSite();
  tabs = searchTabs(site);
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
    const { page, errors } = await tabs.tab('zh-Hant');
    const paths = await tabs.show('zh-Hant', query, 5);
    expect(paths.slice(0, 5), paths.join(', ')).toContain('/zh-hant/guides/deleted-esim/');
    // Its own index: every result is a zh-Hant page.
    expect(paths.filter((p) => !p.startsWith('/zh-hant/'))).toEqual([]);
    // The reader's words stay in the box as typed.
    await expect(page.inputValue('#search-page-input')).resolves.toBe(query);
    expect(errors).toEqual([]);
  });
});
