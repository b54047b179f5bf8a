#!/usr/bin/env node
// Search benchmark (prints figures; not a test), through the site's own search page (/search/ and
// /en/search/) in real Chromium against the built site served locally (gzipped, as a static host):
//   - first query, cold cache: a fresh browser context opens the search page and waits until it is
//     idle; then the query is typed. Counted from that moment until results are on screen and the
//     network is quiet: requests and bytes on the wire (CDP encodedDataLength, headers included),
//     and the time to the first result on screen. Once unthrottled, once at 400 kbps / 400 ms RTT
//     (Chromium CDP Network.emulateNetworkConditions).
//   - from a link: a cold, throttled navigation to /search/?q=… until the first result (everything counted).
//   - warm: in one context, every query of the language after the first; time from the input event
//     to its results (or empty state) on screen.
// Service workers are blocked: the site's worker would fetch on the page's behalf, out of reach of the
// page's byte count and throttling.
// Queries: the relevance suites (tests/fixtures/search-queries*.json); zh-Hant types the zh-CN ones
// in Traditional characters (OpenCC, as a Taiwan reader would).
// Also printed: the first query's bytes by kind of file (median over the cold runs), and the request
// chain of one throttled first query (when each request started and ended after the keystroke), to
// see which round trips wait on which.
//
//   npm run bench:search                    DIST_DIR=… to measure another build; COLD=n cold runs per language
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import OpenCC from 'opencc-js';
import { startStaticServer } from './static-server.mjs';
import { DIST, ROOT, ensureBuilt } from './built-site.mjs';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs';

ensureBuilt();

const suites = readdirSync(path.join(ROOT, 'tests/fixtures'))
  .filter((f) => /^search-queries(\.[a-z0-9-]+)?\.json$/.test(f))
  .map((f) => `tests/fixtures/${f}`)
  .map((f) => path.join(ROOT, f));
const queries = suites.filter((f) => existsSync(f)).flatMap((f) => JSON.parse(readFileSync(f, 'utf8')).queries);
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'twp' });
const LANGS = (process.env.LANGS ?? 'zh-CN,en,zh-Hant').split(',');
const queriesFor = (lang) =>
  lang === 'zh-Hant' ? queriesFor('zh-CN').map(toTraditional) : queries.filter((q) => q.lang === lang).map((q) => q.q);

const isSearchFile = (url) => /\/(pagefind|search-maps)\//.test(new URL(url).pathname);

/** What a request fetched, for the breakdown (Pagefind's file names carry hashes). */
function kindOf(url) {
  const { pathname } = new URL(url);
  const file = pathname.split('/').pop();
  if (pathname.includes('/pagefind/')) {
    if (file === 'pagefind.js') return 'pagefind.js';
    if (file === 'pagefind-entry.json') return 'pagefind-entry.json';
    if (file.startsWith('wasm.')) return `wasm (${file.split('.')[1]})`;
    if (file.endsWith('.pf_meta')) return 'meta';
    if (file.endsWith('.pf_index')) return 'index chunks';
    if (file.endsWith('.pf_filter')) return 'filter chunks';
    if (file.endsWith('.pf_fragment')) return 'fragments';
    return `pagefind/${file}`;
  }
  if (pathname.includes('/search-maps/')) return 'zh-Hant query map';
  if (file.endsWith('.js')) return 'site JS chunks';
  return file || 'page';
}
const COLD_RUNS = Number(process.env.COLD ?? 4);
const THROTTLED = { offline: false, latency: 400, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const max = (values) => Math.max(...values);

/** Types `q` into the search page's box (one input event, as a paste) and resolves, in the page, to
 *  the ms until a result or the empty state of this query is on screen. */
const typeAndTime = (page, q) =>
  page.evaluate(async (q) => {
    const root = document.querySelector('[data-search-page]');
    const input = root.querySelector('input[type=search]');
    const box = root.querySelector('[data-search-results]');
    const old = new Set(box.querySelectorAll('*'));
    const done = () =>
      [...box.querySelectorAll('.search-result, .search-none')].some((n) => !old.has(n) && n.isConnected);
    const t0 = performance.now();
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => {
      if (done()) return resolve();
      const mo = new MutationObserver(() => {
        if (done()) {
          mo.disconnect();
          resolve();
        }
      });
      mo.observe(box, { childList: true, subtree: true });
    });
    return performance.now() - t0;
  }, q);

/** Counts requests and encoded bytes through CDP; `quiet()` waits until nothing is in flight. */
async function networkMeter(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const inflight = new Set();
  let requests = 0;
  let bytes = 0;
  let log = new Map();
  let lastChange = Date.now();
  cdp.on('Network.requestWillBeSent', (e) => {
    inflight.add(e.requestId);
    requests++;
    log.set(e.requestId, { url: e.request.url, start: e.timestamp, end: e.timestamp, bytes: 0 });
    lastChange = Date.now();
  });
  const finish = (e) => {
    inflight.delete(e.requestId);
    bytes += e.encodedDataLength ?? 0;
    const entry = log.get(e.requestId);
    if (entry) Object.assign(entry, { end: e.timestamp, bytes: e.encodedDataLength ?? 0 });
    lastChange = Date.now();
  };
  // Bytes received when the headers were in: a response's header size (HTTP/1.1 here; HTTP/2 hosts
  // compress repeated headers, which this server's per-file security headers mostly are).
  cdp.on('Network.responseReceived', (e) => {
    const entry = log.get(e.requestId);
    if (entry) entry.headers = e.response.encodedDataLength ?? 0;
  });
  cdp.on('Network.loadingFinished', finish);
  cdp.on('Network.loadingFailed', (e) => finish({ ...e, encodedDataLength: 0 }));
  return {
    cdp,
    reset() {
      requests = 0;
      bytes = 0;
      log = new Map();
    },
    /** Every request since the last reset: url, CDP start/end (seconds), encoded bytes. */
    get log() {
      return [...log.values()];
    },
    get requests() {
      return requests;
    },
    get bytes() {
      return bytes;
    },
    async quiet(ms = 500) {
      while (inflight.size || Date.now() - lastChange < ms) await new Promise((r) => setTimeout(r, 50));
    },
  };
}

const server = await startStaticServer({ root: DIST });
const browser = await chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_FLAGS });
const searchUrl = (lang) => `${server.url}${lang === 'zh-CN' ? '' : `${lang.toLowerCase()}/`}search/`;

/** Opens the search page and waits until its script is listening (it marks the panel data-search-ready). */
async function openSearchPage(page, lang) {
  await page.goto(searchUrl(lang));
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.querySelector('[data-search-page]')?.hasAttribute('data-search-ready'));
}

async function coldRun(lang, q, throttle) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const meter = await networkMeter(page);
  await openSearchPage(page, lang);
  await meter.quiet();
  if (throttle) await meter.cdp.send('Network.emulateNetworkConditions', THROTTLED);
  // Search files the page fetched as it opened (its preloads) belong to the first query's cost.
  const preloaded = meter.log.filter((e) => isSearchFile(e.url));
  const pageLoad = {
    requests: meter.requests - preloaded.length,
    bytes: meter.bytes - preloaded.reduce((s, e) => s + e.bytes, 0),
  };
  meter.reset();
  const firstResult = await typeAndTime(page, q);
  await meter.quiet();
  const out = {
    q,
    firstResult,
    requests: meter.requests + preloaded.length,
    bytes: meter.bytes + preloaded.reduce((s, e) => s + e.bytes, 0),
    pageLoad,
    preloaded,
    log: [...preloaded, ...meter.log],
    afterTyping: meter.log,
  };
  await context.close();
  return out;
}

/** A shared link (or the dialog's Enter): a cold, throttled navigation to /search/?q=…, timed from
 *  the navigation to the first result (or empty state) on screen; requests and bytes of everything. */
async function linkRun(lang, q) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const meter = await networkMeter(page);
  await meter.cdp.send('Network.emulateNetworkConditions', THROTTLED);
  const t0 = Date.now();
  await page.goto(`${searchUrl(lang)}?q=${encodeURIComponent(q)}`, { waitUntil: 'commit' });
  await page.locator('[data-search-page] [data-search-results] :is(.search-result, .search-none)').first().waitFor();
  const firstResult = Date.now() - t0;
  await meter.quiet();
  const out = { firstResult, requests: meter.requests, bytes: meter.bytes };
  await context.close();
  return out;
}

const report = [];
try {
  for (const lang of LANGS) {
    const own = queriesFor(lang);
    const sample = own.slice(0, COLD_RUNS);
    const fast = [];
    const slow = [];
    for (const q of sample) fast.push(await coldRun(lang, q, false));
    const slowSample = sample.slice(0, Math.max(1, Math.ceil(COLD_RUNS / 2)));
    for (const q of slowSample) slow.push(await coldRun(lang, q, true));
    const links = [];
    for (const q of slowSample) links.push(await linkRun(lang, q));

    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await openSearchPage(page, lang);
    await typeAndTime(page, own[0]);
    const warm = [];
    for (const q of own.slice(1)) warm.push(await typeAndTime(page, q));
    await context.close();
    console.error(`${lang}: done`);
    report.push({ lang, fast, slow, links, warm, cold: sample.length });
  }
} finally {
  await browser.close();
  await server.close();
}

const kib = (v) => `${(v / 1024).toFixed(1)} KiB`;
const msf = (v) => `${v.toFixed(0)} ms`;
console.log(`\nSearch benchmark through the search page, ${DIST}\n`);
for (const { lang, fast, slow, links, warm, cold } of report) {
  console.log(`${lang}  (${cold} cold queries; median / max)`);
  const line = (name, vals, fmt) =>
    console.log(`  ${name.padEnd(44)} ${fmt(median(vals)).padStart(10)} ${fmt(max(vals)).padStart(10)}`);
  const rows = [
    ['search page load: requests', fast.map((r) => r.pageLoad.requests), String],
    ['search page load: bytes on the wire', fast.map((r) => r.pageLoad.bytes), kib],
    ['first query: requests', fast.map((r) => r.requests), String],
    ['first query: bytes on the wire', fast.map((r) => r.bytes), kib],
    ['first result, unthrottled', fast.map((r) => r.firstResult), msf],
    ['first result, 400 kbps / 400 ms RTT', slow.map((r) => r.firstResult), msf],
    ['first query: of which response headers', fast.map((r) => r.log.reduce((s, e) => s + (e.headers ?? 0), 0)), kib],
    ['first query: of which preloaded with the page', fast.map((r) => r.preloaded.length), String],
    ['link /search/?q=, 400 kbps: first result', links.map((r) => r.firstResult), msf],
    ['link /search/?q=, 400 kbps: requests (all)', links.map((r) => r.requests), String],
    ['link /search/?q=, 400 kbps: bytes (all)', links.map((r) => r.bytes), kib],
  ];
  for (const [name, vals, fmt] of rows) line(name, vals, fmt);
  line(`warm query (${warm.length} queries)`, warm, msf);
}

/** Bytes by kind of file: median per kind over the cold runs (a kind a run did not fetch counts 0). */
function breakdown(runs) {
  const kinds = [...new Set(runs.flatMap((r) => r.log.map((e) => kindOf(e.url))))];
  return kinds
    .map((kind) => {
      const of = runs.map((r) => r.log.filter((e) => kindOf(e.url) === kind));
      return {
        kind,
        requests: median(of.map((l) => l.length)),
        bytes: median(of.map((l) => l.reduce((s, e) => s + e.bytes, 0))),
      };
    })
    .sort((a, b) => b.bytes - a.bytes);
}

for (const { lang, fast, slow } of report) {
  console.log(`\n${lang}: first query by kind of file (median of ${fast.length} cold runs)`);
  for (const { kind, requests, bytes } of breakdown(fast))
    console.log(`  ${kind.padEnd(44)} ${String(requests).padStart(4)} req ${kib(bytes).padStart(10)}`);
  const run = slow[0];
  if (run.preloaded.length)
    console.log(`${lang}: preloaded with the page: ${run.preloaded.map((e) => kindOf(e.url)).join(', ')}`);
  const t0 = Math.min(...run.afterTyping.map((e) => e.start));
  console.log(`${lang}: request chain of the throttled first query "${run.q}" (ms after its first request)`);
  for (const e of [...run.afterTyping].sort((a, b) => a.start - b.start)) {
    const name = new URL(e.url).pathname.split('/').slice(-2).join('/');
    console.log(
      `  ${String(Math.round((e.start - t0) * 1000)).padStart(6)} → ${String(Math.round((e.end - t0) * 1000)).padStart(6)}  ${kib(e.bytes).padStart(9)}  ${name}`,
    );
  }
  console.log(`  first result on screen at ${msf(run.firstResult)} after the keystroke`);
}
