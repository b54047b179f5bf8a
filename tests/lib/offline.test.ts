import { describe, expect, it } from 'vitest';
import {
  buildOfflineList,
  cacheName,
  cachePrefix,
  formatBytes,
  offlineFallbacks,
  offlineListPath,
  offlinePagePath,
  offlinePagesFor,
  pagePathOf,
  pagefindFilesFor,
  precacheUrls,
  savedKey,
  type PagefindEntry,
} from '../../src/lib/offline';

const ENTRY: PagefindEntry = {
  languages: {
    en: { hash: 'en_d12df1668a', wasm: 'en', page_count: 60 },
    'zh-cn': { hash: 'zh-cn_76f0229959b1d', wasm: null, page_count: 60 },
  },
};

const FILES = [
  'index.html',
  '404.html',
  'about/index.html',
  'guides/deleted-esim/index.html',
  'faq/index.html',
  'faq/reinstall/index.html',
  'search/index.html',
  'offline/index.html',
  'offline/zh-CN.json',
  'en/index.html',
  'en/404/index.html',
  'en/guides/deleted-esim/index.html',
  'en/offline/index.html',
  'og/guides/deleted-esim.png',
  'rss.xml',
  'favicon.svg',
  '_astro/BaseLayout.abc.css',
  '_astro/ui.def.js',
  '_astro/logo.123.png',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind-highlight.js',
  'pagefind/pagefind-ui.js',
  'pagefind/pagefind.en_d12df1668a.pf_meta',
  'pagefind/pagefind.zh-cn_76f0229959b1d.pf_meta',
  'pagefind/wasm.en.pagefind',
  'pagefind/wasm.unknown.pagefind',
  'pagefind/index/en_408deb6.pf_index',
  'pagefind/index/zh-cn_18e0c76.pf_index',
  'pagefind/fragment/en_10dd59b.pf_fragment',
  'pagefind/fragment/zh-cn_2a1b3c4.pf_fragment',
  'pagefind/filter/en_3d16481.pf_filter',
  'pagefind/filter/zh-cn_3d16481.pf_filter',
];

describe('paths', () => {
  it('puts the offline pages and lists in one place per language', () => {
    expect(offlinePagePath('zh-CN')).toBe('/offline/');
    expect(offlinePagePath('en')).toBe('/en/offline/');
    expect(offlineListPath('zh-CN')).toBe('/offline/zh-CN.json');
    expect(offlineListPath('en')).toBe('/offline/en.json');
    expect(savedKey('zh-CN')).not.toBe(savedKey('en'));
  });

  it('maps built HTML files to page paths', () => {
    expect(pagePathOf('index.html')).toBe('/');
    expect(pagePathOf('en/guides/x/index.html')).toBe('/en/guides/x/');
    expect(pagePathOf('404.html')).toBeNull();
    expect(pagePathOf('rss.xml')).toBeNull();
  });

  it('sends each language to its own offline page, longest prefix first, under the base', () => {
    expect(offlineFallbacks('/')).toEqual([
      ['/zh-hant/', '/zh-hant/offline/'],
      ['/en/', '/en/offline/'],
      ['/', '/offline/'],
    ]);
    expect(offlineFallbacks('/guide/')).toEqual([
      ['/guide/zh-hant/', '/guide/zh-hant/offline/'],
      ['/guide/en/', '/guide/en/offline/'],
      ['/guide/', '/guide/offline/'],
    ]);
  });

  it('names caches by base and build, so sites sharing an origin never touch each other’s', () => {
    expect(cacheName('/', 'abc')).toBe('site-offline / abc');
    expect(cacheName('guide', 'abc')).toBe('site-offline /guide/ abc');
    expect(cacheName('/guide/', 'abc').startsWith(cachePrefix('/guide/'))).toBe(true);
    expect(cacheName('/guide/', 'abc').startsWith(cachePrefix('/'))).toBe(false);
  });
});

describe('Pagefind files of a language', () => {
  it('are the shared loader files, its own meta and wasm, and its own chunks', () => {
    expect(pagefindFilesFor('en', FILES, ENTRY)).toEqual([
      'pagefind/filter/en_3d16481.pf_filter',
      'pagefind/fragment/en_10dd59b.pf_fragment',
      'pagefind/index/en_408deb6.pf_index',
      'pagefind/pagefind.en_d12df1668a.pf_meta',
      'pagefind/pagefind.js',
      'pagefind/wasm.en.pagefind',
    ]);
  });

  it('use the "unknown" wasm when Pagefind has no stemmer for the language', () => {
    const zh = pagefindFilesFor('zh-CN', FILES, ENTRY);
    expect(zh).toContain('pagefind/wasm.unknown.pagefind');
    expect(zh).toContain('pagefind/index/zh-cn_18e0c76.pf_index');
    expect(zh.some((f) => f.includes('/en_') || f.includes('.en_') || f.includes('wasm.en'))).toBe(false);
    expect(zh).not.toContain('pagefind/pagefind-ui.js');
  });

  it('are none when the index has no such language', () => {
    expect(pagefindFilesFor('en', FILES, { languages: {} })).toEqual([]);
  });
});

describe('offline copy of a language', () => {
  it('holds its pages but not the offline page, the 404, images or the other language', () => {
    expect(offlinePagesFor('zh-CN', FILES)).toEqual([
      '/',
      '/about/',
      '/faq/',
      '/faq/reinstall/',
      '/guides/deleted-esim/',
      '/search/',
    ]);
    expect(offlinePagesFor('en', FILES)).toEqual(['/en/', '/en/guides/deleted-esim/']);
  });

  it('lists pages then search files under the base, with their total size', () => {
    const files = FILES.map((path) => ({ path, size: 10 }));
    const list = buildOfflineList('en', files, ENTRY, '/guide/');
    expect(list.pages).toBe(2);
    expect(list.urls.slice(0, 2)).toEqual(['/guide/en/', '/guide/en/guides/deleted-esim/']);
    expect(list.urls).toContain('/guide/pagefind/pagefind.js');
    expect(list.urls).toHaveLength(2 + 6);
    expect(list.bytes).toBe(10 * list.urls.length);
  });

  it('takes a generated locale’s query map along, so Simplified queries work offline too', () => {
    const files = [...FILES, 'search-maps/zh-Hant.json', 'zh-hant/index.html'].map((path) => ({ path, size: 10 }));
    expect(buildOfflineList('zh-Hant', files, ENTRY, '/').urls).toContain('/search-maps/zh-Hant.json');
    expect(buildOfflineList('en', files, ENTRY, '/').urls).not.toContain('/search-maps/zh-Hant.json');
  });
});

describe('offline copy and the help pages', () => {
  it('holds every help flow page and the emergency card of its language', () => {
    const files = [
      'help/index.html',
      'help/deleted-esim/travel/iphone/index.html',
      'help/emergency-card/index.html',
      'en/help/no-sms-code/not-in-phone/index.html',
      'og/help/deleted-esim.png',
    ];
    expect(offlinePagesFor('zh-CN', files)).toEqual([
      '/help/',
      '/help/deleted-esim/travel/iphone/',
      '/help/emergency-card/',
    ]);
    expect(offlinePagesFor('en', files)).toEqual(['/en/help/no-sms-code/not-in-phone/']);
  });
});

describe('precache', () => {
  it('is the site’s CSS and JS, the offline pages and the favicon, under the base', () => {
    expect(precacheUrls(FILES, '/')).toEqual([
      '/_astro/BaseLayout.abc.css',
      '/_astro/ui.def.js',
      '/offline/',
      '/en/offline/',
      '/favicon.svg',
    ]);
    expect(precacheUrls(FILES, '/guide/')[0]).toBe('/guide/_astro/BaseLayout.abc.css');
  });
});

describe('formatBytes', () => {
  it('shows KB below a megabyte and MB with one decimal above', () => {
    expect(formatBytes(0, 'en')).toBe('1 KB');
    expect(formatBytes(850_400, 'en')).toBe('850 KB');
    expect(formatBytes(2_068_554, 'en')).toBe('2.1 MB');
    expect(formatBytes(2_068_554, 'zh-CN')).toBe('2.1 MB');
    expect(formatBytes(12_345_678, 'en')).toBe('12.3 MB');
  });
});
