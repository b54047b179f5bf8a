/** Accessibility in real Chromium, over one page of every page type in each language, with one page
 *  load per page shared by the checks below (none of them changes what the others see):
 *  - axe-core (WCAG 2.0/2.1 A+AA and 2.2 AA rules) in the light colour scheme at a phone viewport, then
 *    its colour and layout rules again with the same page switched to the dark scheme at a desktop
 *    viewport: zero violations. The themes are CSS only (light-dark() on prefers-color-scheme, no
 *    script, no transition), so a switched page is painted as one loaded dark;
 *  - keyboard: the first Tab focuses the skip link, which moves focus to #main; every element Tab
 *    reaches shows a focus indicator (an outline that is not `none`, or a box-shadow), walked on each
 *    page type in zh-CN (the other languages' pages are the same components);
 *  - target size: a, button, input, summary in header/main/footer are at least 44×44 CSS px, except
 *    inline text links inside a paragraph or list item of prose (WCAG 2.5.8's inline exception),
 *    at both viewports.
 *  The keyboard checks run last, back at the phone viewport in light: nothing before them touches focus. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtSite } from '../helpers/dist';
import { openSite, pagePool, type Site } from '../helpers/browser';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const MIN_TARGET = 44;

/** The first built page matching a pattern, preferring a known one. */
function pick(pattern: RegExp, prefer: string): string {
  const { htmlPages } = builtSite();
  if (htmlPages.includes(prefer)) return prefer;
  const found = htmlPages.find((p) => pattern.test(p));
  if (!found) throw new Error(`no built page matches ${pattern}`);
  return found;
}

const zh = {
  home: '/',
  guide: pick(/^\/guides\/[^/]+\/$/, '/guides/deleted-esim/'),
  'FAQ hub': '/faq/',
  'FAQ answer': pick(/^\/faq\/[^/]+\/$/, '/faq/reinstall-deleted-esim/'),
  topics: '/topics/',
  topic: pick(/^\/topics\/[^/]+\/$/, '/topics/esim/'),
  search: '/search/',
  about: '/about/',
  'help question': '/help/deleted-esim/',
  'help result': '/help/deleted-esim/travel/iphone/',
  'emergency card': '/help/emergency-card/',
  // One bilingual 404.html; the host serves it for any missing path.
  '404': '/404.html',
};
const en: Record<keyof typeof zh, string> = {
  ...(Object.fromEntries(Object.entries(zh).map(([k, v]) => [k, `/en${v}`])) as Record<keyof typeof zh, string>),
  '404': '/en/no-such-page/',
};
// zh-Hant pages are generated from zh-CN: the same markup, converted text (the 404 is shared).
const hant = Object.entries(zh)
  .filter(([k]) => k !== '404')
  .map(([k, v]) => [`${k} (zh-Hant)`, `/zh-hant${v}`] as const);
// The Tab walk (a key press per control, the slowest check by far) runs once per page type, on the
// zh-CN page: the en and zh-Hant pages are built from the same components and stylesheet, so their
// controls show the same focus styles. Every page still gets the skip-link check.
const PAGES = [
  ...Object.entries(zh).map(([type, path]) => ({ type, path, walk: true })),
  ...[...Object.entries(en).map(([k, v]) => [`${k} (en)`, v] as const), ...hant].map(([type, path]) => ({
    type,
    path,
    walk: false,
  })),
];

let site: Site;
beforeAll(async () => {
  site = await openSite();
  pool = pagePool(site, async (page) => {
    await page.addInitScript({ content: AXE_SOURCE });
  });
});
afterAll(async () => {
  if (report.length) console.log(`\naccessibility findings:\n${report.join('\n')}`);
  await site?.close();
});
const report: string[] = [];

const VIEWPORTS = {
  phone: { width: 412, height: 823 },
  desktop: { width: 1280, height: 800 },
};

/** Pages with axe-core already in them: given to each page as an init script, which the browser runs
 *  in each new document (sending and injecting 500 KB after the load took longer than the load
 *  itself). Init scripts are the browser's, not the page's, so the site's CSP applies as served; axe
 *  only reads the page until it is run. Pages are reused: a case's checks only read its page. */
let pool: ReturnType<typeof pagePool>;

/** One load of a page, in the light scheme at a phone viewport, and the checks that share it. */
async function checkLoad(path: string, checks: (page: Page) => Promise<string[]>): Promise<string[]> {
  return pool.use({ colorScheme: 'light', viewport: VIEWPORTS.phone }, async (page) => {
    const response = await page.goto(site.url(path));
    const expected = path.startsWith('/en/no-such') ? 404 : 200;
    expect(response?.status(), path).toBe(expected);
    return checks(page);
  });
}

/** Switches a loaded page's colour scheme and viewport (its pool's options are light and phone). */
async function show(page: Page, scheme: 'light' | 'dark', vp: keyof typeof VIEWPORTS): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize(VIEWPORTS[vp]);
}

/** In-page: a short CSS path for an element, for failure messages. */
const DESCRIBE = `(el) => {
  const parts = [];
  let n = el;
  while (n && n.nodeType === 1 && n !== document.body && parts.length < 5) {
    let s = n.tagName.toLowerCase();
    if (n.id) { parts.unshift(s + '#' + CSS.escape(n.id)); break; }
    const cls = [...n.classList].slice(0, 2);
    if (cls.length) s += '.' + cls.map((c) => CSS.escape(c)).join('.');
    const sibs = n.parentElement ? [...n.parentElement.children].filter((c) => c.tagName === n.tagName) : [];
    if (sibs.length > 1) s += ':nth-of-type(' + (sibs.indexOf(n) + 1) + ')';
    parts.unshift(s);
    n = n.parentElement;
  }
  const text = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('placeholder') || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
  const href = el.getAttribute('href');
  return parts.join(' > ') + (href ? ' href="' + href + '"' : '') + (text ? ' "' + text + '"' : '');
}`;

/** The rules whose outcome depends on colours or on the viewport: all the dark, desktop load has to run.
 *  The markup is the same in both schemes, so every other rule answers as on the light load. */
const AXE_DARK_DESKTOP_RULES = ['color-contrast', 'link-in-text-block', 'target-size', 'scrollable-region-focusable'];

async function axeProblems(page: Page, path: string, scheme: 'light' | 'dark'): Promise<string[]> {
  const runOnly =
    scheme === 'light' ? { type: 'tag', values: AXE_TAGS } : { type: 'rule', values: AXE_DARK_DESKTOP_RULES };
  const results = await page.evaluate(async (runOnly) => {
    // @ts-expect-error axe is put in by the pool's init script
    const r = await window.axe.run(document, { runOnly, resultTypes: ['violations'] });
    return (
      r.violations as Array<{
        id: string;
        impact: string;
        help: string;
        nodes: Array<{ target: unknown[]; failureSummary?: string }>;
      }>
    ).map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: JSON.stringify(n.target), summary: n.failureSummary ?? '' })),
    }));
  }, runOnly);
  return results.flatMap((v) =>
    v.nodes.map(
      (n) => `axe ${v.id} (${v.impact}) ${path} [${scheme}] ${n.target} — ${v.help}; ${n.summary.replace(/\s+/g, ' ')}`,
    ),
  );
}

async function activeDescription(page: Page): Promise<string> {
  return page.evaluate(`(${DESCRIBE})(document.activeElement)`);
}

/** The first Tab focuses the skip link, which moves focus to #main, and the next Tab stays in <main>. */
async function skipLinkProblems(page: Page, path: string): Promise<string[]> {
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const r = el?.getBoundingClientRect();
    return {
      href: el?.getAttribute('href') ?? null,
      tag: el?.tagName ?? null,
      visible: !!r && r.width > 1 && r.height > 1 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight,
    };
  });
  const problems: string[] = [];
  if (first.tag !== 'A' || first.href !== '#main') {
    problems.push(`${path}: first Tab focused ${await activeDescription(page)}, not the skip link (a[href="#main"])`);
    return problems;
  }
  if (!first.visible) problems.push(`${path}: the focused skip link is not visible on screen`);
  await page.keyboard.press('Enter');
  const focused = await page.evaluate(() => document.activeElement?.id ?? null);
  if (focused !== 'main')
    problems.push(`${path}: after the skip link, focus is on ${await activeDescription(page)}, not #main`);
  // And the next Tab continues from the main content, not from the top of the page.
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => !!document.activeElement?.closest('main'));
  if (!inMain)
    problems.push(`${path}: Tab after the skip link went to ${await activeDescription(page)}, outside <main>`);
  return problems;
}

/** Every element Tab reaches shows a focus indicator; Tab reaches something. Real Tab presses, in
 *  batches: a keyup listener installed once records, after each press, what has focus and whether it
 *  shows an outline or box-shadow at that moment, and one read per batch collects the records (an
 *  evaluate per press cost a round trip and a script compile each, hundreds per page). */
async function focusIndicatorProblems(page: Page, path: string): Promise<string[]> {
  await page.evaluate(`(() => {
    const describe = ${DESCRIBE};
    const log = (window.__focusLog = []);
    addEventListener('keyup', (e) => {
      if (e.key !== 'Tab') return;
      const el = document.activeElement;
      if (!el || el === document.body) return log.push(null);
      const cs = getComputedStyle(el);
      const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
      const shadow = cs.boxShadow !== 'none' && cs.boxShadow !== '';
      const r = el.getBoundingClientRect();
      const desc = describe(el);
      log.push({ desc, key: desc + '@' + Math.round(r.top + scrollY) + ',' + Math.round(r.left),
        outline, shadow, style: cs.outlineStyle + ' ' + cs.outlineWidth + ' / ' + cs.boxShadow });
    }, true);
    // Focus leaving the page for the browser's own controls.
    addEventListener('blur', (e) => e.target === window && log.push(null));
  })()`);
  type FocusState = { desc: string; key: string; outline: boolean; shadow: boolean; style: string } | null;
  const problems: string[] = [];
  const seen = new Set<string>();
  const BATCH = 20;
  let read = 0;
  let done = false;
  for (let pressed = 0; pressed < 600 && !done;) {
    for (let i = 0; i < BATCH && pressed < 600; i++, pressed++) await page.keyboard.press('Tab');
    const states = (await page.evaluate(`window.__focusLog.slice(${read})`)) as FocusState[];
    read += states.length;
    // A press that left no record moved focus out of the page (no keyup reached it).
    if (read < pressed) done = true;
    for (const state of states) {
      if (!state || seen.has(state.key)) {
        done = true; // focus left the page or wrapped around
        break;
      }
      seen.add(state.key);
      if (!state.outline && !state.shadow)
        problems.push(`${path}: no focus indicator on ${state.desc} (outline/box-shadow: ${state.style})`);
    }
  }
  if (seen.size === 0) problems.push(`${path}: Tab reached nothing`);
  return problems;
}

/** Interactive elements in header, main and footer of at least MIN_TARGET px, at this viewport. */
async function targetSizeProblems(page: Page, path: string, vp: keyof typeof VIEWPORTS): Promise<string[]> {
  const small = (await page.evaluate(`(() => {
    const describe = ${DESCRIBE};
    const MIN = ${MIN_TARGET};
    const out = [];
    const blockOf = (el) => {
      let n = el.parentElement;
      while (n && getComputedStyle(n).display.startsWith('inline')) n = n.parentElement;
      return n;
    };
    const textOutside = (block, el) => {
      let text = '';
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) if (!el.contains(walker.currentNode)) text += walker.currentNode.textContent;
      return text.replace(/[\\s·|,，、:：;；()（）]/g, '').length > 0;
    };
    const seen = new Set();
    for (const region of document.querySelectorAll('header, main, footer')) {
      for (const el of region.querySelectorAll('a[href], button, input:not([type="hidden"]), summary, select, textarea')) {
        if (seen.has(el)) continue;
        seen.add(el);
        const cs = getComputedStyle(el);
        let r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0 || cs.visibility === 'hidden') continue; // not rendered
        if (r.width <= 1 && r.height <= 1) continue; // visually hidden (sr-only)
        // A checkbox or radio is also hit through its label.
        if (el.tagName === 'INPUT' && el.labels && el.labels.length) {
          for (const label of el.labels) {
            const l = label.getBoundingClientRect();
            const left = Math.min(r.left, l.left), top = Math.min(r.top, l.top);
            r = { left, top, width: Math.max(r.right, l.right) - left, height: Math.max(r.bottom, l.bottom) - top, right: 0, bottom: 0 };
          }
        }
        if (r.width >= MIN - 0.5 && r.height >= MIN - 0.5) continue;
        // WCAG 2.5.8 inline exception: a text link in a sentence, or in a paragraph or list item of prose.
        if (el.tagName === 'A' && cs.display === 'inline') {
          const block = blockOf(el);
          if (block && (block.tagName === 'P' || block.tagName === 'LI') && (textOutside(block, el) || block.closest('.prose'))) continue;
        }
        out.push(describe(el) + ' ' + Math.round(r.width * 10) / 10 + '×' + Math.round(r.height * 10) / 10 + ' (' + cs.display + ')');
      }
    }
    return out;
  })()`)) as string[];
  return small.map((s) => `target ${path} [${vp} ${VIEWPORTS[vp].width}px]: ${s}`);
}

// Concurrent: each case has a page of its own while it runs (and its own focus), and a case spends most
// of its time waiting on the browser, so a few at once keep both cores busy.
describe.concurrent('accessibility: axe-core (WCAG 2.0/2.1 A+AA, 2.2 AA), keyboard, target size', () => {
  it.for(PAGES)('$type $path', { timeout: 180_000 }, async ({ path, walk }, { expect }) => {
    const problems = await checkLoad(path, async (page) => {
      const light = [...(await axeProblems(page, path, 'light')), ...(await targetSizeProblems(page, path, 'phone'))];
      await show(page, 'dark', 'desktop');
      const dark = [...(await axeProblems(page, path, 'dark')), ...(await targetSizeProblems(page, path, 'desktop'))];
      await show(page, 'light', 'phone');
      const keyboard = [
        ...(await skipLinkProblems(page, path)),
        ...(walk ? await focusIndicatorProblems(page, path) : []),
      ];
      return [...light, ...dark, ...keyboard];
    });
    report.push(...problems);
    expect(problems).toEqual([]);
  });
});
