import { describe, expect, it } from 'vitest';
import {
  inlinePagefindEntry,
  searchPageConfig,
  splitSearchKeywords,
  withSearchPreloads,
} from '../../src/lib/search-index-html';

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
    fetches: ['/pagefind/wasm.en.pagefind', '/pagefind/pagefind.en_1.pf_meta'],
  };

  it('adds CORS script and fetch preloads at the end of <head>, in a template the page script adds', () => {
    const html = withSearchPreloads('<html><head><title>t</title></head><body></body></html>', preloads);
    expect(html).toBe(
      '<html><head><title>t</title><template data-search-preloads>' +
        '<link rel="preload" as="script" crossorigin href="/pagefind/pagefind.js">' +
        '<link rel="preload" as="fetch" crossorigin href="/pagefind/wasm.en.pagefind">' +
        '<link rel="preload" as="fetch" crossorigin href="/pagefind/pagefind.en_1.pf_meta">' +
        '</template></head><body></body></html>',
    );
  });

  it('escapes what it writes into attributes', () => {
    const html = withSearchPreloads('<head></head>', { scripts: ['/a"b&c'], fetches: [] });
    expect(html).toContain('href="/a&quot;b&amp;c"');
  });

  it('fails on a page without a head', () => {
    expect(() => withSearchPreloads('<p>no head</p>', preloads)).toThrow(/head/);
  });
});

describe('inlinePagefindEntry', () => {
  const script =
    'class P{async loadEntry(){let entryUrl=`${this.basePath}pagefind-entry.json`;' +
    'let entry_response=await this.throttledFetch(entryUrl);let entry_json=await entry_response.json();' +
    'return entry_json;}}';
  const entry = '{"version":"1.6.0","languages":{"en":{"hash":"en_1","wasm":"en","page_count":2}}}';

  it('writes the entry into the script in place of its fetch', async () => {
    const out = inlinePagefindEntry(script, entry);
    expect(out).not.toContain('throttledFetch(entryUrl)');
    // The patched method returns the entry itself.
    const P = new Function(`${out}; return P;`)() as new () => { loadEntry(): Promise<unknown> };
    await expect(new P().loadEntry()).resolves.toEqual(JSON.parse(entry));
  });

  it('keeps a $ pattern in the entry as it is', () => {
    const out = inlinePagefindEntry(script, '{"version":"$&$1","languages":{}}');
    expect(out).toContain('"version":"$&$1"');
  });

  it('fails the build when the script has no such fetch (a Pagefind that changed)', () => {
    expect(() => inlinePagefindEntry('export const x = 1;', entry)).toThrow(/entry fetch was not found/);
  });

  it('fails on an entry that is not JSON', () => {
    expect(() => inlinePagefindEntry(script, '{version: 1}')).toThrow();
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
