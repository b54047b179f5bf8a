/** Search in real Chromium against the built site, through the site's own search page and dialog:
 *  relevance for real queries (keywords and natural questions), the empty state, Traditional
 *  characters (and the zh-Hant pages' own search), what excerpts may show, the keyboard, a phone-sized dialog, the highlight on the
 *  opened page, and no search bytes before the reader asks. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage, openSite, readerPage, type Site } from '../helpers/browser';
import { searchPage, searchTabs, type RelevanceQuery } from '../helpers/search';

// The product's query suite, vendored from the shared reference (keep in sync by hand when it changes).
const SUITE = path.resolve('tests/fixtures/search-queries.json');
const readQueries = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { queries: RelevanceQuery[] }).queries;
const sharedQueries = readQueries(SUITE);
// Our own suites: search-queries.<name>.json, one per body of content (natural questions included).
const FIXTURES = path.resolve('tests/fixtures');
const ownQueries = readdirSync(FIXTURES)
  .filter((f) => /^search-queries\.[a-z0-9-]+\.json$/.test(f))
  .flatMap((f) => readQueries(path.join(FIXTURES, f)));

let site: Site;
// One search page per language for the queries below; each query after the first is typed.
let tabs: ReturnType<typeof searchTabs>;
beforeAll(async () => {
  site = await openSite();
  tabs = searchTabs(site);
});
afterAll(async () => {
  await site?.close();
});

const ranked = (lang: string, q: string, top = 0) => tabs.ranked(lang, q, top);

// A shared /search/?q=… link opens the page with its results; these loads also open the search page
// of each language that the checks below type into.
describe('a shared search link', () => {
  it('shows results for a ?q= deep link on load, Chinese query, expected guide first', async () => {
    const { page: p, errors } = await tabs.tab('zh-CN');
    await p.goto(site.url(`/search/?q=${encodeURIComponent('误删 eSIM')}`));
    const first = p.locator('[data-search-page] .search-result-title').first();
    await first.waitFor();
    expect(new URL((await first.getAttribute('href'))!, site.url('/')).pathname).toBe('/guides/deleted-esim/');
    await expect(p.inputValue('#search-page-input')).resolves.toBe('误删 eSIM');
    expect(errors).toEqual([]);
  });

  it('English query, and typing updates ?q= without new history entries', async () => {
    const { page: p, errors } = await tabs.tab('en');
    await p.goto(site.url('/en/search/?q=lost+phone+japan'));
    await p.locator('[data-search-page] .search-result-title').first().waitFor();
    const historyLength = await p.evaluate(() => history.length);
    await p.fill('#search-page-input', 'iCloud backup');
    await expect.poll(() => new URL(p.url()).searchParams.get('q')).toBe('iCloud backup');
    expect(await p.evaluate(() => history.length)).toBe(historyLength);
    expect(errors).toEqual([]);
  });
});

describe('relevance', () => {
  it('the vendored query suite is present (tests/fixtures/search-queries.json)', () => {
    expect(sharedQueries.length).toBeGreaterThan(0);
  });

  it('our own suite has at least 20 natural-language questions per language', () => {
    for (const lang of ['zh-CN', 'en']) {
      expect(ownQueries.filter((q) => q.lang === lang && q.natural).length).toBeGreaterThanOrEqual(20);
    }
  });

  it.each([...sharedQueries, ...ownQueries].map((q) => [`${q.lang} "${q.q}"`, q] as const))(
    '%s ranks an expected page in its top N',
    async (_, query) => {
      const paths = await ranked(query.lang, query.q, query.top);
      const position = paths.findIndex((p) => query.expect.includes(p));
      expect(position, `got ${paths.join(', ')}`).toBeGreaterThanOrEqual(0);
      expect(position + 1, `got ${paths.join(', ')}`).toBeLessThanOrEqual(query.top);
    },
  );
});

describe('what a query may match', () => {
  it.each([
    ['zh-CN', '火星探测器'],
    ['zh-CN', '红烧肉做法'],
    ['en', 'xyzzyq'],
  ])('%s "%s" (nothing on the site) shows the empty state with its suggestions', async (lang, q) => {
    const page = await tabs.page(lang);
    await tabs.show(lang, q);
    await expect(page.locator('[data-search-page] .search-none').count()).resolves.toBe(1);
    await expect(page.locator('[data-search-page] .search-suggest a').count()).resolves.toBe(2);
    await expect(page.locator('[data-search-page] [data-search-results] > ol').count()).resolves.toBe(0);
  });

  it.each([
    ['刪除 eSIM', '删除 eSIM'],
    ['備份', '备份'],
    ['網卡', '网卡'],
  ])('Traditional "%s" finds what Simplified "%s" finds', async (traditional, simplified) => {
    const expected = await ranked('zh-CN', simplified);
    expect(expected.length).toBeGreaterThan(0);
    await expect(ranked('zh-CN', traditional)).resolves.toEqual(expected);
  });

  it('marks the words of the query, not single characters inside other words', async () => {
    const page = await tabs.page('zh-CN');
    await tabs.show('zh-CN', '流量卡');
    const marked = await page.locator('[data-search-page] mark').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    expect(new Set(marked.map((m) => m.toLowerCase()))).toEqual(new Set(['流量卡']));
  });

  it('never draws a sub-result or excerpt from a sources list, and a source-only word finds nothing', async () => {
    for (const [lang, q] of [
      ['zh-CN', '备份'],
      ['zh-CN', 'Apple'],
      ['en', 'support'],
      ['en', 'Google'],
    ] as const) {
      const page = await tabs.page(lang);
      await tabs.show(lang, q);
      const sections = await page.locator('[data-search-page] .search-result-section').allTextContents();
      expect(sections.join('|')).not.toMatch(/资料来源|Sources/);
      const excerpts = await page.locator('[data-search-page] .search-result-excerpt').allTextContents();
      // A source line reads "Title (host.name)".
      expect(excerpts.join('|')).not.toMatch(/\((?:[a-z0-9-]+\.)+[a-z]{2,}\)/);
    }
    // A host name that appears only in source lists.
    const page = await tabs.page('zh-CN');
    await tabs.show('zh-CN', 'arogyadarpan');
    await expect(page.locator('[data-search-page] .search-none').count()).resolves.toBe(1);
  });

  it('finds a page by a keyword that its public HTML does not contain', async () => {
    const html = await (await fetch(site.url('/guides/deleted-esim/'))).text();
    expect(html).not.toContain('二维码只能扫一次');
    await expect(ranked('zh-CN', '二维码只能扫一次')).resolves.toContain('/guides/deleted-esim/');
  });

  it('labels each result with its type and interleaves guides and FAQ answers by relevance', async () => {
    const page = await tabs.page('zh-CN');
    await tabs.show('zh-CN', 'iCloud 备份 eSIM');
    const types = await page
      .locator('[data-search-page] .search-result')
      .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.type));
    expect(types[0]).toBe('faq');
    expect(new Set(types)).toEqual(new Set(['faq', 'guide']));
    const labels = await page.locator('[data-search-page] .search-type').allTextContents();
    expect(labels.length).toBe(types.length);
    expect(new Set(labels)).toEqual(new Set(['问答', '指南']));
  });
});

async function openDialogWith(p: Page, keys: string) {
  await p.keyboard.press(keys);
  await expect
    .poll(() => p.evaluate(() => document.querySelector('dialog.search-dialog')?.hasAttribute('open')))
    .toBe(true);
  await expect.poll(() => p.evaluate(() => document.activeElement?.id)).toBe('search-dialog-input');
}

describe('search dialog', () => {
  // A guide page whose dialog each shortcut opens and Esc closes again (the header is the same on
  // every page); the scripts that upgrade the header run before DOMContentLoaded.
  let guide: Page;
  beforeAll(async () => {
    guide = (await readerPage(site)).page;
    await guide.goto(site.url('/guides/deleted-esim/'), { waitUntil: 'domcontentloaded' });
  });

  it.each(['/', 'Control+k', 'Meta+k'])('opens with %s, focuses the box, and Esc closes it', async (keys) => {
    await openDialogWith(guide, keys);
    await guide.keyboard.press('Escape');
    await expect
      .poll(() => guide.evaluate(() => document.querySelector('dialog.search-dialog')?.hasAttribute('open')))
      .toBe(false);
  });

  it('traps focus while open and returns it to the button when closed', async () => {
    const { page: p, close } = await readerPage(site);
    await p.goto(site.url('/en/'), { waitUntil: 'domcontentloaded' });
    await p.focus('[data-search-open]');
    await p.keyboard.press('Enter');
    await expect.poll(() => p.evaluate(() => document.activeElement?.id)).toBe('search-dialog-input');
    await p.keyboard.type('esim');
    await p.waitForSelector('dialog .search-result');
    // After each Tab (its default action, the focus move, is done by keyup): is focus still inside?
    await p.evaluate(() => {
      const inside: boolean[] = [];
      (window as unknown as { focusLog: boolean[] }).focusLog = inside;
      document.addEventListener(
        'keyup',
        (e) => e.key === 'Tab' && inside.push(!!document.activeElement?.closest('dialog.search-dialog')),
        true,
      );
    });
    for (let i = 0; i < 40; i++) await p.keyboard.press(i % 7 === 0 ? 'Shift+Tab' : 'Tab');
    const log = await p.evaluate(() => (window as unknown as { focusLog: boolean[] }).focusLog);
    expect(log).toEqual(Array(40).fill(true));
    await p.keyboard.press('Escape');
    await expect.poll(() => p.evaluate(() => document.activeElement?.hasAttribute('data-search-open'))).toBe(true);
    await close();
  });

  it('Enter with no result chosen opens the search page for the query', async () => {
    const { page: p, close } = await readerPage(site);
    await p.goto(site.url('/en/'), { waitUntil: 'domcontentloaded' });
    await openDialogWith(p, '/');
    await p.keyboard.type('lost phone');
    await p.keyboard.press('Enter');
    await p.waitForURL((u) => u.pathname === '/en/search/' && u.searchParams.get('q') === 'lost phone', {
      waitUntil: 'commit',
    });
    await p.locator('[data-search-page] .search-result').first().waitFor();
    await close();
  });

  it('shows at least three results at 390×500 (a phone with its keyboard up)', async () => {
    const { page: p, close } = await readerPage(site, { viewport: { width: 390, height: 500 }, hasTouch: true });
    await p.goto(site.url('/'), { waitUntil: 'domcontentloaded' });
    await p.click('[data-search-open]');
    await p.keyboard.type('备份');
    await p.locator('dialog .search-result').nth(2).waitFor();
    const visible = await p.locator('dialog .search-result-title').evaluateAll((as) => {
      const dialog = document.querySelector('dialog')!.getBoundingClientRect();
      const bottom = Math.min(dialog.bottom, innerHeight);
      return as.filter((a) => {
        const r = a.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= bottom && r.width > 0;
      }).length;
    });
    expect(visible).toBeGreaterThanOrEqual(3);
    await close();
  });

  it('is labelled for screen readers', async () => {
    const label = await guide.getAttribute('dialog.search-dialog', 'aria-label');
    expect(label).toBeTruthy();
    await expect(guide.getAttribute('[data-search-open]', 'aria-haspopup')).resolves.toBe('dialog');
  });

  it('↑/↓ move through the results (aria-activedescendant) and Enter opens the highlighted one', async () => {
    // Last on the shared guide page: Enter leaves it.
    const p = guide;
    await openDialogWith(p, '/');
    await p.keyboard.type('eSIM 二维码');
    // The results of the whole query (a shorter one's, still arriving, would replace them).
    await p.locator('dialog [data-search-results]:not([aria-busy]) .search-result').nth(2).waitFor();
    const ids = await p.locator('dialog .search-result-title').evaluateAll((as) => as.map((a) => a.id));
    const active = () => p.getAttribute('#search-dialog-input', 'aria-activedescendant');
    await p.keyboard.press('ArrowDown');
    await expect(active()).resolves.toBe(ids[0]);
    await p.keyboard.press('ArrowDown');
    await p.keyboard.press('ArrowDown');
    await p.keyboard.press('ArrowUp');
    await expect(active()).resolves.toBe(ids[1]);
    const target = new URL((await p.locator(`#${ids[1]}`).getAttribute('href'))!, site.url('/'));
    await p.keyboard.press('Enter');
    // The query in the link (the words to mark) tells the result apart from the page it was opened on.
    expect(target.searchParams.has('highlight')).toBe(true);
    await p.waitForURL((u) => u.pathname === target.pathname && u.search === target.search, { waitUntil: 'commit' });
  });
});

describe('search page', () => {
  it('links the matching section, marks the words and counts the results', async () => {
    const page = await tabs.page('zh-CN');
    // The guide on codes abroad has a section on authenticator apps: its result links straight to it.
    await tabs.show('zh-CN', '身份验证器');
    await expect(
      page.locator('[data-search-page] .search-result-title[href*="#authenticator-apps"]').count(),
    ).resolves.toBe(1);
    expect(await page.locator('[data-search-page] .search-result-excerpt mark').count()).toBeGreaterThan(0);
    await expect(page.locator('[data-search-page] [data-search-status]').textContent()).resolves.toMatch(/\d+/);
  });

  it('loads a few results at first and more on demand', async () => {
    const page = await tabs.page('zh-CN');
    await tabs.show('zh-CN', '备份');
    const first = await page.locator('[data-search-page] .search-result').count();
    expect(first).toBe(4);
    await page.click('[data-search-page] .search-more');
    await expect.poll(() => page.locator('[data-search-page] .search-result').count()).toBeGreaterThan(first);
  });

  it('the topic filter narrows the results and stays in the URL', async () => {
    const page = await tabs.page('zh-CN');
    const count = async () => {
      const status = page.locator('[data-search-page] [data-search-status]');
      await expect.poll(() => status.textContent()).toMatch(/\d+/);
      return Number(/\d+/.exec((await status.textContent())!)![0]);
    };
    await tabs.show('zh-CN', '备份');
    const before = await count();
    await page.locator('[data-search-page] [data-search-topic]').selectOption('chat-apps');
    await expect.poll(() => new URL(page.url()).searchParams.get('topic')).toBe('chat-apps');
    await expect.poll(count).toBeLessThan(before);
    const hrefs = await page
      .locator('[data-search-page] .search-result-title')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.some((h) => /chat|line|wechat|whatsapp/.test(h))).toBe(true);
    await page.locator('[data-search-page] [data-search-topic]').selectOption('');
  });

  it('an empty result offers the other language', async () => {
    const page = await tabs.page('en');
    await tabs.show('en', '误删');
    await page.locator('[data-search-page] [data-type="other-language"] .search-result').first().waitFor();
  });

  it('renders a hostile query as text', async () => {
    const { page: p, close } = await readerPage(site);
    let alerted = false;
    p.on('dialog', async (d) => {
      alerted = true;
      await d.dismiss();
    });
    await searchPage(p, site.url, 'zh-CN', '<img src=x onerror=alert(1)>');
    expect(alerted).toBe(false);
    expect(await p.locator('[data-search-page] [data-search-results] img').count()).toBe(0);
    await close();
  });

  it('says so clearly when the index cannot load', async () => {
    const { page: p, context } = await newPage(site);
    await p.route('**/pagefind/**', (route) => route.abort());
    await p.goto(site.url('/search/?q=esim'));
    await expect(p.locator('[data-search-page] .search-error').textContent()).resolves.toBeTruthy();
    await context.close();
  });
});

describe('the page a result opens', () => {
  it('marks the words in the article body only, scrolls to them, and the marks can be cleared', async () => {
    // The zh-CN search page the tests above typed into; a result's link leaves it.
    const p = await tabs.page('zh-CN');
    await tabs.show('zh-CN', '二维码');
    const first = p.locator('[data-search-page] .search-result-title').first();
    await first.click();
    await p.waitForURL(/highlight=/, { waitUntil: 'commit' });
    const marks = p.locator('mark.search-hit');
    await marks.first().waitFor();
    const outside = await marks.evaluateAll((ms) => ms.filter((m) => !m.closest('.prose')).length);
    expect(outside).toBe(0);
    await expect
      .poll(() =>
        marks.evaluateAll((ms) =>
          ms.some((m) => {
            const r = m.getBoundingClientRect();
            return r.top >= 0 && r.bottom <= innerHeight;
          }),
        ),
      )
      .toBe(true);
    await p.click('[data-highlight-bar] button');
    await expect.poll(() => marks.count()).toBe(0);
    await expect(p.locator('[data-highlight-bar]').isHidden()).resolves.toBe(true);
    expect(new URL(p.url()).searchParams.has('highlight')).toBe(false);
  });
});

describe('cost', () => {
  it('a guide page fetches no search code, WASM or index before the reader opens search', async () => {
    const { page: p, context } = await newPage(site);
    const requested: string[] = [];
    p.on('request', (r) => requested.push(r.url()));
    await p.goto(site.url('/guides/sim-is-not-a-backup/'));
    await p.waitForLoadState('networkidle');
    const scriptsInHtml = await p.locator('script[src]').evaluateAll((s) => s.map((e) => (e as HTMLScriptElement).src));
    expect(requested.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    const loadedJs = requested.filter((u) => u.endsWith('.js'));
    // Only the page's own small module(s) and what they import statically.
    expect(loadedJs.length).toBeLessThanOrEqual(scriptsInHtml.length + 2);
    await p.keyboard.press('/');
    await expect.poll(() => requested.some((u) => u.includes('/pagefind/'))).toBe(true);
    await context.close();
  });

  it.each([
    ['zh-CN', '/search/', '备份 微信'],
    ['en', '/en/search/', 'back up wechat'],
  ])(
    'the %s search page fetches the engine once as it opens; a query then fetches only small index chunks and its results',
    async (_, path, q) => {
      const { page: p, context } = await newPage(site);
      const fetched: { url: string; size: number }[] = [];
      p.on('requestfinished', async (r) => {
        const size = (await r.sizes()).responseBodySize;
        fetched.push({ url: new URL(r.url()).pathname, size });
      });
      await p.goto(site.url(path));
      // Pagefind's entry file is written into pagefind.js by the build: nothing fetches it.
      const engine = ['pagefind.js', 'wasm.', '.pf_meta'];
      await expect.poll(() => engine.every((f) => fetched.some((r) => r.url.includes(f)))).toBe(true);
      await p.waitForLoadState('networkidle');
      // Each engine file once: the preloads are the requests Pagefind makes, not extra ones.
      for (const f of engine)
        expect(
          fetched.filter((r) => r.url.includes(f)),
          f,
        ).toHaveLength(1);
      const before = fetched.length;
      await searchPage(p, site.url, path.startsWith('/en/') ? 'en' : 'zh-CN', q);
      const query = fetched.slice(before);
      expect(
        query.every((r) => /\.pf_(index|fragment)$/.test(r.url)),
        query.map((r) => r.url).join(),
      ).toBe(true);
      const chunks = query.filter((r) => r.url.endsWith('.pf_index'));
      expect(chunks.length).toBeGreaterThan(0);
      for (const chunk of chunks) expect(chunk.size, chunk.url).toBeLessThan(8 * 1024);
      expect(fetched.map((r) => r.url).join()).not.toContain('pagefind-entry.json');
      await context.close();
    },
  );
});

// The generated Traditional Chinese pages: their own index, and queries typed in Traditional or
// Simplified characters both find the zh-Hant guide (one zh-Hant page: the first query opens it as a
// shared /zh-hant/search/?q=… link does, the others are typed into its box).
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
