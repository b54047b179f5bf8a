#!/usr/bin/env node
// Lighthouse benchmark of the built site (a benchmark, not a test: it always exits 0 once it ran).
//
//   npm run bench:lighthouse                 3 runs per page (median reported)
//   npm run bench:lighthouse -- --runs 1     quicker
//   npm run bench:lighthouse -- --json out.json   also write every run's figures
//   npm run bench:lighthouse -- --scheme both      light and dark colour schemes (default: light)
//   npm run bench:lighthouse -- --only search      only the pages whose name or path matches (a regex)
//   DIST_DIR=/path/to/dist npm run bench:lighthouse   benchmark another build output
//
// Builds dist/ if it is missing, serves it on loopback with scripts/static-server.mjs, launches
// Chromium (CHROMIUM_PATH, the system's, or the one inside @sparticuz/chromium) with a remote
// debugging port through chrome-launcher, and runs Lighthouse's Node API with its defaults: mobile
// form factor, simulated throttling, all four categories. For each page it prints the median of the
// four scores, LCP, TBT, CLS and transferred bytes by resource type.
//
// Transfer sizes are as the local static server sends them, which is without compression; the
// "gz" columns are the same files gzipped (-9), from scripts/lib/page-weight.ts, which is what a
// host with compression would send.
import { writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { startStaticServer } from './static-server.mjs';
import { DIST, ensureBuilt } from './built-site.mjs';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs';
import { createWeigher } from './lib/page-weight.ts';

// Lighthouse and chrome-launcher (about 150 MB) serve only this benchmark, so they are not project
// dependencies: the first run installs these pinned versions into node_modules without saving them.
const ON_DEMAND = { lighthouse: '13.5.0', 'chrome-launcher': '1.2.1' };
const missing = [];
for (const name of Object.keys(ON_DEMAND)) await import(name).catch(() => missing.push(name));
if (missing.length) {
  const specs = missing.map((name) => `${name}@${ON_DEMAND[name]}`);
  console.log(`Installing ${specs.join(', ')} for this benchmark (not saved to package.json)…`);
  const r = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', ...specs], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`npm install ${specs.join(' ')} failed`);
  // Node caches a failed import for the life of the process: run again in a fresh one.
  const again = spawnSync(process.execPath, process.argv.slice(1), { stdio: 'inherit' });
  process.exit(again.status ?? 1);
}
const { default: lighthouse } = await import('lighthouse');
const chromeLauncher = await import('chrome-launcher');

const args = process.argv.slice(2);
const argValue = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const RUNS = Math.max(1, Number(argValue('--runs', '3')) || 3);
const JSON_OUT = argValue('--json', null);
const SCHEME = argValue('--scheme', 'light');
const ONLY = argValue('--only', null);
const SCHEMES = SCHEME === 'both' ? ['light', 'dark'] : [SCHEME];
if (!SCHEMES.every((s) => s === 'light' || s === 'dark')) throw new Error(`--scheme light|dark|both, got ${SCHEME}`);
/** Chromium's preferred colour scheme (0 dark, 1 light), what `prefers-color-scheme` then reports. */
const schemeFlag = (scheme) => `--blink-settings=preferredColorScheme=${scheme === 'dark' ? 0 : 1}`;

const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];

/** Which pages: one of each type, both languages. The 404 is requested at a missing path (status 404,
 *  as a host serves it), so Lighthouse is told to accept the status code there. */
function pagesToRun(weigher) {
  const all = weigher.pages();
  const pick = (re, prefer) => (all.includes(prefer) ? prefer : all.find((p) => re.test(p)));
  const guide = pick(/^\/guides\/[^/]+\/$/, '/guides/deleted-esim/');
  const faq = pick(/^\/faq\/[^/]+\/$/, '/faq/reinstall-deleted-esim/');
  const zh = [
    { name: 'home', path: '/' },
    { name: 'guide', path: guide },
    { name: 'FAQ hub', path: '/faq/' },
    { name: 'FAQ answer', path: faq },
    { name: 'search', path: '/search/' },
    { name: '404', path: '/no-such-page/', file: '/404.html', notFound: true },
  ];
  // The other languages: same pages under their prefix; each has its own 404 page.
  const other = (prefix, label) =>
    zh.map((p) => ({
      ...p,
      name: `${p.name} (${label})`,
      path: `${prefix}${p.path}`,
      file: p.notFound ? `${prefix}/404/` : undefined,
    }));
  const only = ONLY ? new RegExp(ONLY) : null;
  return [...zh, ...other('/en', 'en'), ...other('/zh-hant', 'zh-Hant')]
    .filter((p) => p.path)
    .filter((p) => !only || only.test(p.name) || only.test(p.path));
}

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const TYPES = ['document', 'stylesheet', 'script', 'font', 'image', 'other', 'total'];

function figures(lhr) {
  const score = (id) => (lhr.categories[id]?.score == null ? NaN : Math.round(lhr.categories[id].score * 100));
  const num = (id) => lhr.audits[id]?.numericValue ?? NaN;
  const bytes = Object.fromEntries(TYPES.map((t) => [t, 0]));
  for (const item of lhr.audits['resource-summary']?.details?.items ?? []) {
    if (item.resourceType in bytes) bytes[item.resourceType] = item.transferSize;
  }
  // Below-100 reasons: the weighted audits that did not score 1, and what moved (layout-shifts audit).
  const below = {};
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) below[`${id}:${ref.id}`] = audit.score;
    }
  }
  const shifts = {};
  for (const item of lhr.audits['layout-shifts']?.details?.items ?? []) {
    const node = item.node?.selector ?? item.node?.snippet ?? '?';
    shifts[node] = Math.max(shifts[node] ?? 0, Number(item.score ?? 0));
  }
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])),
    lcp: num('largest-contentful-paint'),
    tbt: num('total-blocking-time'),
    cls: num('cumulative-layout-shift'),
    bytes,
    below,
    shifts,
    runtimeError: lhr.runtimeError?.code,
    warnings: lhr.runWarnings ?? [],
  };
}

function pad(s, n, right = false) {
  s = String(s);
  return right ? s.padStart(n) : s.padEnd(n);
}

async function main() {
  ensureBuilt();
  const weigher = createWeigher({ dist: DIST, base: '/' });
  const pages = pagesToRun(weigher);
  const server = await startStaticServer({ root: DIST });
  const chromePath = await chromiumPath();
  console.log(
    `Lighthouse ${RUNS} run(s) × ${pages.length} pages × ${SCHEMES.join(' and ')} scheme, mobile, default (simulated) throttling; Chromium ${chromePath}`,
  );
  const results = [];
  const started = performance.now();
  for (const scheme of SCHEMES) {
    const chrome = await chromeLauncher.launch({
      chromePath,
      chromeFlags: [...CHROME_FLAGS, schemeFlag(scheme)],
      logLevel: 'silent',
    });
    try {
      for (const page of pages) {
        const p = SCHEMES.length > 1 ? { ...page, name: `${page.name} [${scheme}]` } : page;
        const runs = [];
        for (let i = 0; i < RUNS; i++) {
          const url = new URL(p.path.slice(1), server.url).href;
          try {
            const result = await lighthouse(url, {
              port: chrome.port,
              output: 'json',
              logLevel: 'error',
              onlyCategories: CATEGORIES,
              ignoreStatusCode: !!p.notFound,
            });
            runs.push(figures(result.lhr));
          } catch (err) {
            runs.push({ error: String(err?.message ?? err) });
          }
        }
        const ok = runs.filter((r) => !r.error);
        const w = weigher.weigh(p.file ?? p.path);
        const row = {
          ...p,
          runs,
          scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(ok.map((r) => r.scores[c]))])),
          lcp: median(ok.map((r) => r.lcp)),
          tbt: median(ok.map((r) => r.tbt)),
          cls: median(ok.map((r) => r.cls)),
          bytes: Object.fromEntries(TYPES.map((t) => [t, median(ok.map((r) => r.bytes[t]))])),
          gz: { html: w.html.gz, css: w.css.gz, js: w.js.gz },
          // Worst over the runs: lowest audit score, largest shift per element.
          below: ok.reduce((acc, r) => {
            for (const [k, v] of Object.entries(r.below)) acc[k] = Math.min(acc[k] ?? 1, v);
            return acc;
          }, {}),
          shifts: ok.reduce((acc, r) => {
            for (const [k, v] of Object.entries(r.shifts)) acc[k] = Math.max(acc[k] ?? 0, v);
            return acc;
          }, {}),
          errors: runs
            .filter((r) => r.error)
            .map((r) => r.error)
            .concat(ok.map((r) => r.runtimeError).filter(Boolean)),
        };
        results.push(row);
        process.stdout.write(
          `  ${p.name} ${p.path}: perf ${row.scores.performance} a11y ${row.scores.accessibility} bp ${row.scores['best-practices']} seo ${row.scores.seo}\n`,
        );
      }
    } finally {
      chrome.kill();
    }
  }
  await server.close();

  const kb = (n) => (Number.isFinite(n) ? (n / 1024).toFixed(1) : '—');
  const header = [
    pad('page', 26),
    pad('perf', 4, true),
    pad('a11y', 4, true),
    pad('bp', 4, true),
    pad('seo', 4, true),
    pad('LCP ms', 7, true),
    pad('TBT ms', 6, true),
    pad('CLS', 6, true),
    pad('doc KiB', 8, true),
    pad('css KiB', 8, true),
    pad('js KiB', 7, true),
    pad('font', 5, true),
    pad('img', 5, true),
    pad('other', 6, true),
    pad('total', 7, true),
    pad('gz html/css/js B', 18, true),
  ].join(' ');
  console.log(
    `\nMedian of ${RUNS} run(s); transfer sizes uncompressed as served locally, gz = gzip -9 of the same files.\n`,
  );
  console.log(header);
  console.log('-'.repeat(header.length));
  for (const r of results) {
    console.log(
      [
        pad(`${r.name}`, 26),
        pad(r.scores.performance, 4, true),
        pad(r.scores.accessibility, 4, true),
        pad(r.scores['best-practices'], 4, true),
        pad(r.scores.seo, 4, true),
        pad(Math.round(r.lcp), 7, true),
        pad(Math.round(r.tbt), 6, true),
        pad(Number.isFinite(r.cls) ? r.cls.toFixed(3) : '—', 6, true),
        pad(kb(r.bytes.document), 8, true),
        pad(kb(r.bytes.stylesheet), 8, true),
        pad(kb(r.bytes.script), 7, true),
        pad(kb(r.bytes.font), 5, true),
        pad(kb(r.bytes.image), 5, true),
        pad(kb(r.bytes.other), 6, true),
        pad(kb(r.bytes.total), 7, true),
        pad(`${r.gz.html}/${r.gz.css}/${r.gz.js}`, 18, true),
      ].join(' '),
    );
  }
  const flagged = results.filter((r) => Object.keys(r.below).length || Object.keys(r.shifts).length || r.errors.length);
  if (flagged.length) {
    console.log(
      '\nBelow full marks (worst over the runs): category:audit score; layout shifts: element (score); errors:',
    );
    for (const r of flagged) {
      const audits = Object.entries(r.below).map(([k, v]) => `${k} ${v}`);
      const shifts = Object.entries(r.shifts).map(([k, v]) => `shift ${k} (${v.toFixed(3)})`);
      console.log(`  ${r.path}: ${[...audits, ...shifts].join('; ')}`);
      for (const e of r.errors) console.log(`  ${r.path}: ERROR ${e}`);
    }
  }
  console.log(`\n${results.length} pages × ${RUNS} run(s) in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  if (JSON_OUT) {
    writeFileSync(JSON_OUT, JSON.stringify(results, null, 2));
    console.log(`Wrote ${JSON_OUT}`);
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
