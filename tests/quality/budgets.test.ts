/** Byte budgets over every page of the built site (dist/), gzipped with node:zlib at level 9
 *  (see tests/helpers/page-weight.ts for exactly what is counted):
 *  - guide pages, HTML + CSS: median ≤ 14 KiB, max ≤ 18 KiB;
 *  - JavaScript loaded before any interaction ≤ 3 KiB on every page (external scripts + their static
 *    imports, transitively, + inline scripts; dynamic import() targets excluded);
 *  - exactly one stylesheet per page, ≤ 8 KiB;
 *  - no web fonts; every <img> has width and height; images below the first screen are lazy. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allFiles, DIST, htmlPages, page, readDist } from '../helpers/dist';
import { createWeigher, isGuidePage, kib, KiB, median, type PageWeight } from '../../scripts/lib/page-weight';
import { normalizeBase } from '../../src/lib/urls';

const BASE = normalizeBase(process.env.BASE_PATH);
const weigher = createWeigher({ dist: DIST, base: BASE });
const weights = new Map<string, PageWeight>(htmlPages().map((p) => [p, weigher.weigh(p)]));
const all = [...weights.values()];
const guides = all.filter((w) => isGuidePage(w.page));

const BUDGET = {
  guideHtmlCssMedian: 14 * KiB,
  guideHtmlCssMax: 18 * KiB,
  jsBeforeInteraction: 3 * KiB,
  stylesheet: 8 * KiB,
};

const bytes = (n: number) => `${n} B (${kib(n)})`;

afterAll(() => {
  // A summary for the log, whatever passed or failed.
  const htmlCss = guides.map((g) => g.htmlCss);
  const js = all.map((w) => w.js.gz);
  const css = [...new Map(all.flatMap((w) => w.stylesheets.map((s) => [s.file, s.gz] as const))).entries()];
  console.log(
    [
      `page weight (gzip level 9) over ${all.length} pages, ${guides.length} guides:`,
      `  guide HTML+CSS median ${bytes(median(htmlCss))}, max ${bytes(Math.max(...htmlCss))} (${guides.find((g) => g.htmlCss === Math.max(...htmlCss))?.page})`,
      `  guide HTML alone median ${bytes(median(guides.map((g) => g.html.gz)))}, max ${bytes(Math.max(...guides.map((g) => g.html.gz)))}`,
      `  JS before interaction max ${bytes(Math.max(...js))} (${all.find((w) => w.js.gz === Math.max(...js))?.page}), median ${bytes(median(js))}`,
      ...css.map(([file, gz]) => `  stylesheet ${file}: ${bytes(gz)}`),
    ].join('\n'),
  );
});

describe('guide pages: HTML + CSS (gzip -9)', () => {
  it('there are guide pages to weigh', () => {
    expect(guides.length).toBeGreaterThan(0);
  });

  it(`median ≤ ${kib(BUDGET.guideHtmlCssMedian)}`, () => {
    const m = median(guides.map((g) => g.htmlCss));
    expect(m, `median guide HTML+CSS is ${bytes(m)} over ${guides.length} guides`).toBeLessThanOrEqual(
      BUDGET.guideHtmlCssMedian,
    );
  });

  it(`every guide ≤ ${kib(BUDGET.guideHtmlCssMax)}`, () => {
    const over = guides
      .filter((g) => g.htmlCss > BUDGET.guideHtmlCssMax)
      .map((g) => `${g.page}: ${bytes(g.htmlCss)} (HTML ${g.html.gz} + CSS ${g.css.gz})`);
    expect(over).toEqual([]);
  });
});

describe('JavaScript before interaction (gzip -9)', () => {
  it(`≤ ${kib(BUDGET.jsBeforeInteraction)} on every page`, () => {
    const over = all
      .filter((w) => w.js.gz > BUDGET.jsBeforeInteraction)
      .map(
        (w) =>
          `${w.page}: ${bytes(w.js.gz)} = inline ${w.inlineScripts.gz} B (${w.inlineScripts.count} scripts)` +
          w.scripts.map((s) => ` + ${s.file} ${s.gz} B`).join(''),
      );
    expect(over).toEqual([]);
  });

  it('every script a page loads is in dist/ (none from other origins, none missing)', () => {
    const bad = all.filter((w) => w.unresolved.length).map((w) => `${w.page}: ${w.unresolved.join(', ')}`);
    expect(bad).toEqual([]);
  });
});

describe('stylesheet', () => {
  it('exactly one stylesheet per page (one <link rel="stylesheet">, no @import, no <style>)', () => {
    const bad = all
      .filter((w) => w.stylesheets.length !== 1 || w.inlineStyles > 0)
      .map(
        (w) =>
          `${w.page}: ${w.stylesheets.length} linked (${w.stylesheets.map((s) => s.file).join(', ') || 'none'}), ${w.inlineStyles} <style>`,
      );
    expect(bad).toEqual([]);
  });

  it(`each stylesheet ≤ ${kib(BUDGET.stylesheet)}`, () => {
    const over = all.flatMap((w) =>
      w.stylesheets.filter((s) => s.gz > BUDGET.stylesheet).map((s) => `${w.page}: ${s.file} ${bytes(s.gz)}`),
    );
    expect(over).toEqual([]);
  });
});

const FONT_FILE = /\.(?:woff2?|ttf|otf|eot)(?:[?#]|$)/i;

describe('no web fonts', () => {
  it('no @font-face or font files in any stylesheet a page uses', () => {
    const bad = all.flatMap((w) =>
      w.stylesheets
        .filter((s) => s.found)
        .flatMap((s) => {
          const css = readFileSync(path.join(DIST, s.file), 'utf8');
          const issues: string[] = [];
          if (/@font-face/i.test(css)) issues.push(`${w.page}: ${s.file} has @font-face`);
          for (const m of css.matchAll(/url\(\s*["']?([^"')]+)/g))
            if (FONT_FILE.test(m[1]!)) issues.push(`${w.page}: ${s.file} loads ${m[1]}`);
          return issues;
        }),
    );
    expect([...new Set(bad)]).toEqual([]);
  });

  it('no page links or preloads a font, or has @font-face inline', () => {
    const bad = htmlPages().flatMap((p) => {
      const doc = page(p);
      const issues = doc
        .querySelectorAll('link[href]')
        .filter((l) => l.getAttribute('as') === 'font' || FONT_FILE.test(l.getAttribute('href')!))
        .map((l) => `${p}: <link rel="${l.getAttribute('rel')}" href="${l.getAttribute('href')}">`);
      if (doc.querySelectorAll('style').some((s) => /@font-face/i.test(s.rawText)))
        issues.push(`${p}: inline @font-face`);
      return issues;
    });
    expect(bad).toEqual([]);
  });
});

describe('images', () => {
  const imgs = htmlPages().flatMap((p) =>
    page(p)
      .querySelectorAll('img')
      .map((img) => ({ page: p, img })),
  );

  it('every <img> has numeric width and height attributes', () => {
    const bad = imgs
      .filter(
        ({ img }) => !/^\d+$/.test(img.getAttribute('width') ?? '') || !/^\d+$/.test(img.getAttribute('height') ?? ''),
      )
      .map(
        ({ page: p, img }) =>
          `${p}: <img src="${img.getAttribute('src')}"> width=${img.getAttribute('width')} height=${img.getAttribute('height')}`,
      );
    expect(bad).toEqual([]);
  });

  // "Below the first screen" is a layout question, so it is answered in Chromium, only for pages that
  // have an image not marked lazy: an image already lazy passes wherever it is laid out (the share
  // bar's QR code on every guide and FAQ page is). That holds while no client script adds images; if
  // one ever does, every page with images is loaded again. None may be left: then no browser starts.
  // An image counts as below the first screen when its top is below the viewport at both a phone size
  // (Lighthouse's 412×823) and a desktop size.
  it('images below the first screen are loading="lazy"', { timeout: 300_000 }, async () => {
    const scriptsAddImages = allFiles()
      .filter((f) => f.endsWith('.js'))
      .some((f) => /createElement\(["'`]img|new Image\b|<img/i.test(readDist(f)));
    const pagesWithImages = [
      ...new Set(
        imgs.filter(({ img }) => scriptsAddImages || img.getAttribute('loading') !== 'lazy').map((i) => i.page),
      ),
    ];
    if (!pagesWithImages.length) return;
    const { openSite } = await import('../helpers/browser');
    const site = await openSite();
    const bad: string[] = [];
    try {
      const viewports = [
        { width: 412, height: 823 },
        { width: 1350, height: 940 },
      ];
      const below = new Map<string, number>();
      for (const viewport of viewports) {
        const context = await site.newContext({ viewport });
        const tab = await context.newPage();
        for (const p of pagesWithImages) {
          await tab.goto(site.url(p));
          const found = await tab.evaluate(() =>
            [...document.images].map((img, i) => ({
              i,
              src: img.getAttribute('src') ?? '',
              lazy: img.getAttribute('loading') === 'lazy',
              below: img.getBoundingClientRect().top + scrollY >= innerHeight,
            })),
          );
          for (const f of found) {
            const key = `${p}\u0000${f.i}\u0000${f.src}\u0000${f.lazy}`;
            if (f.below) below.set(key, (below.get(key) ?? 0) + 1);
          }
        }
        await context.close();
      }
      for (const [key, n] of below) {
        const [p, i, src, lazy] = key.split('\u0000');
        if (n === viewports.length && lazy === 'false')
          bad.push(`${p}: img #${i} src="${src}" is below the first screen, not lazy`);
      }
    } finally {
      await site.close();
    }
    expect(bad).toEqual([]);
  });
});

// The counter itself, on a tiny fixture site: static imports are followed, dynamic ones are not.
describe('page-weight counter', () => {
  it('follows static imports transitively and skips dynamic import()', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(path.join(tmpdir(), 'page-weight-'));
    try {
      mkdirSync(path.join(dir, 'x', '_a'), { recursive: true });
      const w = (f: string, s: string) => writeFileSync(path.join(dir, 'x', f), s);
      w(
        'index.html',
        '<!doctype html><link rel="stylesheet" href="/x/_a/s.css"><script type="module" src="/x/_a/entry.js"></script><script>var a=1</script><script type="application/ld+json">{"a":1}</script>',
      );
      w('_a/s.css', '@import "t.css";body{color:red}');
      w('_a/t.css', 'p{margin:0}');
      w(
        '_a/entry.js',
        'import{a as b}from"./dep.js";import"./side.js";export*from"./re.js";const u=()=>import("./lazy.js");',
      );
      w('_a/dep.js', 'import x from "./deep.js";export const a=1;');
      w('_a/deep.js', 'export default 1;');
      w('_a/side.js', 'console.log(1);');
      w('_a/re.js', 'export const r=1;');
      w('_a/lazy.js', 'import"./lazy-dep.js";');
      w('_a/lazy-dep.js', 'export {};');
      const wt = createWeigher({ dist: path.join(dir, 'x'), base: '/x/' }).weigh('/');
      expect(wt.scripts.map((s) => s.file).sort()).toEqual([
        '_a/deep.js',
        '_a/dep.js',
        '_a/entry.js',
        '_a/re.js',
        '_a/side.js',
      ]);
      expect(wt.dynamicOnly).toEqual(['_a/lazy.js']);
      expect(wt.inlineScripts.count).toBe(1);
      expect(wt.stylesheets.map((s) => s.file)).toEqual(['_a/s.css', '_a/t.css']);
      expect(wt.unresolved).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
