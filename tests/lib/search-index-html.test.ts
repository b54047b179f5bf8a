import { describe, expect, it } from 'vitest';
import { searchPageConfig, splitSearchKeywords, withSearchPreloads } from '../../src/lib/search-index-html';

describe('splitSearchKeywords', () => {
  it('separates table cells in the indexed copy only, so excerpts do not run cells together', () => {
    const html = '<table><tr><th>Google 备份会保存</th><th>不在 Google 备份里</th></tr></table>';
    const { published, indexed } = splitSearchKeywords(html);
    expect(published).toBe(html);
    expect(indexed).toBe('<table><tr><th>Google 备份会保存 </th><th>不在 Google 备份里 </th></tr></table>');
  });
});

describe('withSearchPreloads', () => {
  const preloads = {
    scripts: ['/pagefind/pagefind.js'],
    fetches: ['/pagefind/pagefind-entry.json?ts=abc', '/pagefind/wasm.en.pagefind'],
    entryTag: 'abc',
  };

  it('adds CORS script and fetch preloads at the end of <head>; the entry link carries its tag', () => {
    const html = withSearchPreloads('<html><head><title>t</title></head><body></body></html>', preloads);
    expect(html).toBe(
      '<html><head><title>t</title>' +
        '<link rel="preload" as="script" crossorigin href="/pagefind/pagefind.js">' +
        '<link rel="preload" as="fetch" crossorigin href="/pagefind/pagefind-entry.json?ts=abc" data-pagefind-entry="abc">' +
        '<link rel="preload" as="fetch" crossorigin href="/pagefind/wasm.en.pagefind">' +
        '</head><body></body></html>',
    );
  });

  it('escapes what it writes into attributes', () => {
    const html = withSearchPreloads('<head></head>', { scripts: ['/a"b&c'], fetches: [], entryTag: '' });
    expect(html).toContain('href="/a&quot;b&amp;c"');
  });

  it('fails on a page without a head', () => {
    expect(() => withSearchPreloads('<p>no head</p>', preloads)).toThrow(/head/);
  });
});

describe('searchPageConfig', () => {
  it('reads the settings of a search page', () => {
    const html =
      '<div data-search-page><div data-search-config="{&quot;lang&quot;:&quot;zh-hant&quot;,&quot;queryMap&quot;:&quot;/m.json&quot;}"></div></div>';
    expect(searchPageConfig(html)).toEqual({ lang: 'zh-hant', queryMap: '/m.json' });
  });

  it('is null on a page whose only search panel is the header dialog', () => {
    expect(
      searchPageConfig('<dialog><div data-search-config="{&quot;lang&quot;:&quot;en&quot;}"></div></dialog>'),
    ).toBeNull();
  });
});
