/** Issue 15, "answer first on a phone", in real Chromium on the built site: what a reader on a
 *  390×844 phone (and on a 1280×800 desktop) sees first, and what the language link keeps. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, pagePool, readerPage, type Site } from '../helpers/browser';
import { htmlPages } from '../helpers/dist';
import { isGuidePage } from '../../scripts/lib/page-weight';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const guides = htmlPages().filter(isGuidePage);

let site: Site;
let pool: ReturnType<typeof pagePool>;
beforeAll(async () => {
  site = await openSite();
  pool = pagePool(site);
});
afterAll(async () => {
  await site?.close();
});

/** A page at this viewport, light scheme: a pooled one (`open`) for a test that only reads and
 *  navigates, or a new one (`openFresh`, whose storage is cleared when done) for a test that stores
 *  something (the theme, checklist ticks) or resizes its page. `done()` gives it back or closes it. */
async function open(viewport: { width: number; height: number }, options: { javaScriptEnabled?: boolean } = {}) {
  const { page, release } = await pool.acquire({ viewport, colorScheme: 'light', ...options });
  return { page, done: release };
}
async function openFresh(viewport: { width: number; height: number }) {
  const { page, close } = await readerPage(site, { viewport, colorScheme: 'light' });
  return { page, done: close };
}

const TABLE_PHONE = { width: 360, height: 740 };

interface GuideLoad {
  path: string;
  /** The opening paragraph's box at 390×844, as the page first shows it. */
  opening: { y: number; height: number } | null;
  /** Each table's first-column cells at 360 px: text, content width and font size. */
  firstCells: { text: string; width: number; font: number }[];
}

/** One load per guide serves both guide-wide checks: the opening paragraph measured at 390×844 as
 *  loaded, then the same page narrowed to 360 px for its tables (table layout is CSS only, so a
 *  narrowed page lays them out as one loaded at 360 px does). Shared by the two tests that need it. */
let guideLoadsRun: Promise<GuideLoad[]> | undefined;
function guideLoads(): Promise<GuideLoad[]> {
  guideLoadsRun ??= (async () => {
    // A page of its own: it is resized.
    const { page, done } = await openFresh(PHONE);
    const out: GuideLoad[] = [];
    try {
      for (const path of guides) {
        await page.setViewportSize(PHONE);
        await page.goto(site.url(path));
        const { opening, tables } = await page.evaluate(() => {
          const p = document.querySelector('article .prose > p');
          const r = p?.getBoundingClientRect();
          return {
            opening: r ? { y: r.y, height: r.height } : null,
            tables: document.querySelectorAll('.prose table').length,
          };
        });
        if (!tables) {
          out.push({ path, opening, firstCells: [] });
          continue;
        }
        await page.setViewportSize(TABLE_PHONE);
        // page.evaluate, not $$eval: a selector call sends Playwright's 345 KB selector engine to every
        // new document (~0.1 s of CPU a load).
        const firstCells = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.prose table tr > :first-child')].map((el) => {
            const style = getComputedStyle(el);
            const width = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
            return { text: el.textContent!.trim().slice(0, 20), width, font: parseFloat(style.fontSize) };
          }),
        );
        out.push({ path, opening, firstCells });
      }
    } finally {
      await done();
    }
    return out;
  })();
  return guideLoadsRun;
}

describe('at 390×844', () => {
  it('there are guides in both languages to check', () => {
    expect(guides.filter((p) => p.startsWith('/en/')).length).toBeGreaterThan(5);
    expect(guides.filter((p) => !p.startsWith('/en/')).length).toBeGreaterThan(5);
  });

  it(
    'every guide shows at least 120 px of its opening paragraph on the first screen',
    { timeout: 240_000 },
    async () => {
      const late: string[] = [];
      const tops: [number, string][] = [];
      for (const { path, opening: box } of await guideLoads()) {
        const visible = box ? Math.min(box.y + box.height, PHONE.height) - box.y : 0;
        if (box) tops.push([Math.round(box.y), path]);
        if (!box || visible < 120) late.push(`${path}: opening paragraph at y=${box?.y}, ${visible} px visible`);
      }
      tops.sort((a, b) => a[0] - b[0]);
      console.log(
        `opening paragraph top at 390×844 over ${tops.length} guides: lowest y=${tops[0]?.[0]}, ` +
          `median y=${tops[tops.length >> 1]?.[0]}, highest y=${tops.at(-1)?.[0]} (${tops.at(-1)?.[1]})`,
      );
      expect(late).toEqual([]);
    },
  );

  it.each(['/', '/en/', '/guides/choosing-a-japan-sim/', '/en/guides/glossary/', '/faq/', '/en/search/'])(
    'the header of %s is one row, at most 72 px tall',
    async (path) => {
      const { page, done } = await open(PHONE);
      await page.goto(site.url(path));
      const box = await page.locator('body > header').boundingBox();
      expect(box!.height).toBeLessThanOrEqual(72);
      await done();
    },
  );

  it('the header stays on screen while reading, without covering a heading a #fragment opens', async () => {
    const { page, done } = await open(PHONE);
    await page.goto(site.url('/guides/deleted-esim/#what-to-do-now'));
    const header = (await page.locator('body > header').boundingBox())!;
    const heading = (await page.locator('#what-to-do-now').boundingBox())!;
    expect(header.y).toBe(0);
    expect(heading.y).toBeGreaterThanOrEqual(header.y + header.height);
    expect(heading.y).toBeLessThan(PHONE.height / 2);
    await done();
  });

  it('the table of contents is a closed disclosure on a phone, and opens', async () => {
    const { page, done } = await open(PHONE);
    await page.goto(site.url('/en/guides/glossary/'));
    const toc = page.locator('nav.toc details');
    await expect(toc.evaluate((d: HTMLDetailsElement) => d.open)).resolves.toBe(false);
    await expect(toc.locator('a').first().isVisible()).resolves.toBe(false);
    await toc.locator('summary').click();
    await expect(toc.locator('a').first().isVisible()).resolves.toBe(true);
    await done();
  });

  it.each(['/', '/en/'])('%s shows a search field on the first screen, then the four emergencies', async (path) => {
    const { page, done } = await open(PHONE);
    await page.goto(site.url(path));
    const field = page.locator('main form[role=search] input[name=q]');
    const box = (await field.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    const emergencies = page.locator('[data-emergency]');
    await expect(
      emergencies.evaluateAll((links) => links.map((a) => (a as HTMLElement).dataset.emergency)),
    ).resolves.toEqual(['deleted-esim', 'lost-phone', 'no-signal', 'no-sms-code']);
    const first = (await emergencies.first().boundingBox())!;
    expect(first.y).toBeGreaterThan(box.y);
    expect(first.y).toBeLessThan(PHONE.height);
    await done();
  });

  it('the home page lists guides by purpose, the editors\' order, "before you go" first', async () => {
    const { page, done } = await open(PHONE);
    await page.goto(site.url('/'));
    const headings = await page.locator('main section h2').evaluateAll((hs) => hs.map((h) => h.id));
    expect(headings.slice(0, 3)).toEqual(['emergency', 'before-you-go', 'backup']);
    await expect(page.locator('#before-you-go + ul a').first().getAttribute('href')).resolves.toBe(
      '/guides/pre-trip-backup-checklist/',
    );
    await done();
  });

  it('the home search works without JavaScript: a GET form to the search page', async () => {
    const { page, done } = await open(PHONE, { javaScriptEnabled: false });
    await page.goto(site.url('/en/'));
    await page.fill('main form[role=search] input[name=q]', 'deleted esim');
    await page.press('main form[role=search] input[name=q]', 'Enter');
    await page.waitForURL((u) => u.pathname === '/en/search/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('deleted esim');
    await done();
  });
});

describe('at 360 px, tables', () => {
  it('no first-column cell is narrower than four characters, in either language', { timeout: 240_000 }, async () => {
    const narrow: string[] = [];
    let cells = 0;
    for (const { path, firstCells } of await guideLoads()) {
      cells += firstCells.length;
      for (const f of firstCells) if (f.width < 4 * f.font) narrow.push(`${path} "${f.text}": ${f.width} px`);
    }
    expect(cells).toBeGreaterThan(20);
    expect(narrow).toEqual([]);
  });

  it('a table wider than the screen scrolls inside its own box, not the page', async () => {
    const { page, done } = await open(TABLE_PHONE);
    await page.goto(site.url('/en/guides/choosing-a-japan-sim/'));
    const table = page.locator('.prose table').first();
    const { scrollWidth, clientWidth, overflow } = await table.evaluate((t) => ({
      scrollWidth: t.scrollWidth,
      clientWidth: t.clientWidth,
      overflow: getComputedStyle(t).overflowX,
    }));
    expect(overflow).toBe('auto');
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
    await done();
  });
});

describe('language switch keeps the context', () => {
  it('keeps ?q= on the search page', async () => {
    const { page, done } = await open(PHONE);
    await page.goto(site.url(`/search/?q=${encodeURIComponent('删除eSIM')}`));
    await page.click('[data-lang-switch][hreflang=en]');
    await page.waitForURL((u) => u.pathname === '/en/search/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('删除eSIM');
    await done();
  });

  it('keeps the #section on a guide, also one reached after the page loaded', async () => {
    const { page, done } = await open(PHONE);
    await page.goto(site.url('/guides/deleted-esim/#what-to-do-now'));
    await expect(page.locator('[data-lang-switch][hreflang=en]').getAttribute('href')).resolves.toBe(
      '/en/guides/deleted-esim/#what-to-do-now',
    );
    await expect(page.locator('[data-lang-switch][hreflang=zh-Hant]').getAttribute('href')).resolves.toBe(
      '/zh-hant/guides/deleted-esim/#what-to-do-now',
    );
    await page.evaluate(() => (location.hash = 'prevent-it'));
    await page.click('[data-lang-switch][hreflang=en]');
    await page.waitForURL((u) => u.pathname === '/en/guides/deleted-esim/');
    expect(new URL(page.url()).hash).toBe('#prevent-it');
    await done();
  });

  it('keeps the #question on the FAQ hub, which opens it', async () => {
    const { page, done } = await open(PHONE);
    await page.goto(site.url('/faq/#factory-reset-esim'));
    await page.click('[data-lang-switch][hreflang=en]');
    await page.waitForURL((u) => u.pathname === '/en/faq/');
    expect(new URL(page.url()).hash).toBe('#factory-reset-esim');
    await expect
      .poll(() => page.locator('details[id="factory-reset-esim"]').evaluate((d: HTMLDetailsElement) => d.open), {
        timeout: 10_000,
      })
      .toBe(true);
    await done();
  });

  it('is a plain link to the same page without JavaScript', async () => {
    const { page, done } = await open(PHONE, { javaScriptEnabled: false });
    await page.goto(site.url('/guides/deleted-esim/'));
    await page.click('[data-lang-switch][hreflang=en]');
    await page.waitForURL((u) => u.pathname === '/en/guides/deleted-esim/');
    await done();
  });
});

describe('at 1280×800', () => {
  it('a guide has its table of contents in the right column, sticky, marking the section read', async () => {
    const { page, done } = await open(DESKTOP);
    await page.goto(site.url('/guides/lost-phone-in-japan/'));
    const list = page.locator('nav.toc .toc-list');
    const text = (await page.locator('article .prose').boundingBox())!;
    const toc = (await list.boundingBox())!;
    expect(toc.x).toBeGreaterThan(text.x + text.width);
    expect(toc.y).toBeLessThan(DESKTOP.height / 2);
    await expect(page.locator('nav.toc details').evaluate((d: HTMLDetailsElement) => d.open)).resolves.toBe(true);
    await page.locator('#accounts-and-data').evaluate((h) => h.scrollIntoView());
    await expect
      .poll(() => list.locator('a[aria-current="location"]').getAttribute('href'), { timeout: 10_000 })
      .toBe('#accounts-and-data');
    const after = (await list.boundingBox())!;
    expect(after.y).toBeGreaterThanOrEqual(0);
    expect(after.y).toBeLessThan(DESKTOP.height);
    await done();
  });

  it('without JavaScript the table of contents is a plain, visible list in the right column', async () => {
    const { page, done } = await open(DESKTOP, { javaScriptEnabled: false });
    await page.goto(site.url('/en/guides/lost-phone-in-japan/'));
    const link = page.locator('nav.toc .toc-list a').first();
    await expect(link.isVisible()).resolves.toBe(true);
    const text = (await page.locator('article .prose').boundingBox())!;
    expect((await link.boundingBox())!.x).toBeGreaterThan(text.x + text.width);
    await done();
  });
});

describe('smaller things', () => {
  it('the theme toggle shows a different icon in each state', async () => {
    const { page, done } = await openFresh(PHONE);
    await page.goto(site.url('/'));
    const visibleIcon = () =>
      page
        .locator('theme-toggle svg > *')
        .evaluateAll((parts) =>
          parts.filter((p) => getComputedStyle(p).display !== 'none').map((p) => p.getAttribute('class')),
        );
    await expect(visibleIcon()).resolves.toEqual(['theme-icon-moon']);
    await page.click('theme-toggle button');
    await expect(visibleIcon()).resolves.toEqual(['theme-icon-sun']);
    await done();
  });

  it('the share bar comes before the sources', async () => {
    const { page, done } = await open(PHONE);
    await page.goto(site.url('/guides/deleted-esim/'));
    const share = (await page.locator('#share-title').boundingBox())!;
    const sources = (await page.locator('#sources').boundingBox())!;
    expect(share.y).toBeLessThan(sources.y);
    await done();
  });

  it.each([
    ['/404.html', 'zh-CN', '/en/404/'],
    ['/en/404/', 'en', '/404.html'],
  ])('%s is in one language, with a search field and a link to the other', async (path, lang, other) => {
    const { page, done } = await open(PHONE);
    await page.goto(site.url(path));
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang);
    await expect(page.locator('main [lang]').count()).resolves.toBe(0);
    await expect(page.locator('main form[role=search] input[name=q]').isVisible()).resolves.toBe(true);
    await expect(page.locator(`main a[href="${other}"]`).count()).resolves.toBe(1);
    await done();
  });

  it('the checklist counts every list, leaves out the other platform, dims ticked items and prints', async () => {
    const { page, done } = await openFresh(PHONE);
    await page.goto(site.url('/en/guides/pre-trip-backup-checklist/'));
    const overall = page.locator('checklist-summary [data-overall]');
    const total = await page.locator('check-list input[type=checkbox]').count();
    // The checklist script is imported after the page loads: wait for its first count, as a reader would.
    await expect.poll(() => overall.textContent(), { timeout: 10_000 }).toBe(`0 of ${total} done in all`);
    const iphone = page.locator('check-list[data-platform="iphone"] input');
    const iphoneItems = await iphone.count();
    const androidItems = await page.locator('check-list[data-platform="android"] input').count();
    await iphone.first().check();
    // Ticking an iPhone list takes the Android lists out of the count.
    await expect(overall.textContent()).resolves.toBe(`1 of ${total - androidItems} done in all`);
    expect(iphoneItems).toBeGreaterThan(0);
    const colour = (n: number) =>
      page
        .locator('check-list li')
        .nth(n)
        .evaluate((li) => getComputedStyle(li).color);
    expect(await colour(0)).not.toBe(await colour(1));
    await page.evaluate(() => {
      (window as unknown as { printed: boolean }).printed = false;
      window.print = () => ((window as unknown as { printed: boolean }).printed = true);
    });
    await page.click('checklist-summary [data-print]');
    await expect(page.evaluate(() => (window as unknown as { printed: boolean }).printed)).resolves.toBe(true);
    await done();
  });

  it('"Save for offline" states the size of the copy before saving', async () => {
    const { page, done } = await open(PHONE);
    await page.goto(site.url('/'));
    const size = await page.locator('main save-offline [data-size]').textContent();
    expect(size).toMatch(/约 [\d.]+ MB/);
    await done();
  });
});
