#!/usr/bin/env node
// Search benchmark (prints figures; not a test), through the site's own search page (/search/ and
// /en/search/) in real Chromium against the built site served locally (gzipped, as a static host):
//   - first query, cold cache: a fresh browser context opens the search page and waits until it is
//     idle; then the query is typed. Counted from that moment until results are on screen and the
//     network is quiet: requests and bytes on the wire (CDP encodedDataLength, headers included),
//     and the time to the first result on screen. Once unthrottled, once at 400 kbps / 400 ms RTT
//     (Chromium CDP Network.emulateNetworkConditions).
//   - warm: in one context, every query of the language after the first; time from the input event
//     to its results (or empty state) on screen.
// Service workers are blocked: the site's worker would fetch on the page's behalf, out of reach of the
// page's byte count and throttling.
// Queries: the relevance suites (tests/fixtures/search-queries*.json).
//
//   npm run bench:search                    DIST_DIR=… to measure another build; COLD=n cold runs per language
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.mjs';
import { DIST, ROOT, ensureBuilt } from './built-site.mjs';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs';

ensureBuilt();

const suites = readdirSync(path.join(ROOT, 'tests/fixtures'))
  .filter((f) => /^search-queries(\.[a-z0-9-]+)?\.json$/.test(f))
  .map((f) => `tests/fixtures/${f}`)
  .map((f) => path.join(ROOT, f));
const queries = suites.filter((f) => existsSync(f)).flatMap((f) => JSON.parse(readFileSync(f, 'utf8')).queries);
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
  let lastChange = Date.now();
  cdp.on('Network.requestWillBeSent', (e) => {
    inflight.add(e.requestId);
    requests++;
    lastChange = Date.now();
  });
  const finish = (e) => {
    inflight.delete(e.requestId);
    bytes += e.encodedDataLength ?? 0;
    lastChange = Date.now();
  };
  cdp.on('Network.loadingFinished', finish);
  cdp.on('Network.loadingFailed', (e) => finish({ ...e, encodedDataLength: 0 }));
  return {
    cdp,
    reset() {
      requests = 0;
      bytes = 0;
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
const searchUrl = (lang) => `${server.url}${lang === 'en' ? 'en/' : ''}search/`;

/** Opens the search page and waits until its script is listening (it then shows its hint). */
async function openSearchPage(page, lang) {
  await page.goto(searchUrl(lang));
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.querySelector('[data-search-page] [data-search-status]')?.textContent);
}

async function coldRun(lang, q, throttle) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const meter = await networkMeter(page);
  await openSearchPage(page, lang);
  await meter.quiet();
  if (throttle) await meter.cdp.send('Network.emulateNetworkConditions', THROTTLED);
  const pageLoad = { requests: meter.requests, bytes: meter.bytes };
  meter.reset();
  const firstResult = await typeAndTime(page, q);
  await meter.quiet();
  const out = { firstResult, requests: meter.requests, bytes: meter.bytes, pageLoad };
  await context.close();
  return out;
}

const report = [];
try {
  for (const lang of ['zh-CN', 'en']) {
    const own = queries.filter((q) => q.lang === lang).map((q) => q.q);
    const sample = own.slice(0, COLD_RUNS);
    const fast = [];
    const slow = [];
    for (const q of sample) fast.push(await coldRun(lang, q, false));
    for (const q of sample.slice(0, Math.max(1, Math.ceil(COLD_RUNS / 2)))) slow.push(await coldRun(lang, q, true));

    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await openSearchPage(page, lang);
    await typeAndTime(page, own[0]);
    const warm = [];
    for (const q of own.slice(1)) warm.push(await typeAndTime(page, q));
    await context.close();
    console.error(`${lang}: done`);
    report.push({ lang, fast, slow, warm, cold: sample.length });
  }
} finally {
  await browser.close();
  await server.close();
}

const kib = (v) => `${(v / 1024).toFixed(1)} KiB`;
const msf = (v) => `${v.toFixed(0)} ms`;
console.log(`\nSearch benchmark through the search page, ${DIST}\n`);
for (const { lang, fast, slow, warm, cold } of report) {
  console.log(`${lang}  (${cold} cold queries; median / max)`);
  const line = (name, vals, fmt) =>
    console.log(`  ${name.padEnd(44)} ${fmt(median(vals)).padStart(10)} ${fmt(max(vals)).padStart(10)}`);
  line(
    'search page load: requests',
    fast.map((r) => r.pageLoad.requests),
    String,
  );
  line(
    'search page load: bytes on the wire',
    fast.map((r) => r.pageLoad.bytes),
    kib,
  );
  line(
    'first query: requests',
    fast.map((r) => r.requests),
    String,
  );
  line(
    'first query: bytes on the wire',
    fast.map((r) => r.bytes),
    kib,
  );
  line(
    'first result, unthrottled',
    fast.map((r) => r.firstResult),
    msf,
  );
  line(
    'first result, 400 kbps / 400 ms RTT',
    slow.map((r) => r.firstResult),
    msf,
  );
  line(`warm query (${warm.length} queries)`, warm, msf);
}
