#!/usr/bin/env node
// Search benchmark (prints figures; not a test). For every query of the relevance suites
// (tests/fixtures/search-queries.json and tests/fixtures/search-queries.extra.json) it measures,
// in real Chromium against the built site served locally:
//   - cold: a fresh browser context (empty cache) runs the query through Pagefind the way the site's
//     search does; time from the search starting (loading pagefind.js, its WASM and index chunks) to
//     the first result's data, and the bytes fetched from /pagefind/ for that first query;
//   - warm: the next query in the same context (index code loaded, new chunks as needed);
//   - deep link: a fresh context opens /search/?q=…; time from navigation start to the first result
//     on screen.
//
//   npm run bench:search                  DIST_DIR=… to measure another build
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.mjs';
import { DIST, ROOT, ensureBuilt } from './built-site.mjs';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs';
import { normalizeQuery } from '../src/lib/search-query.ts';
import { SEARCH_RANKING } from '../src/scripts/search/constants.ts';

ensureBuilt();

const suites = [
  path.join(ROOT, 'tests/fixtures/search-queries.json'),
  path.join(ROOT, 'tests/fixtures/search-queries.extra.json'),
];
const queries = suites.filter((f) => existsSync(f)).flatMap((f) => JSON.parse(readFileSync(f, 'utf8')).queries);

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const ms = (v) => `${v.toFixed(0)} ms`;
const kib = (v) => `${(v / 1024).toFixed(1)} KiB`;

/** Runs one query in the page as the site does; resolves to ms until the first result's data. */
const timeQuery = (page, q) =>
  page.evaluate(`(async () => {
    const base = document.documentElement.dataset.base || '/';
    const t0 = performance.now();
    const pf = await import(base + 'pagefind/pagefind.js');
    await pf.options({ baseUrl: base, ranking: ${JSON.stringify(SEARCH_RANKING)}, noWorker: true });
    const search = await pf.search(${JSON.stringify(normalizeQuery(q))});
    if (search.results.length) await search.results[0].data();
    return performance.now() - t0;
  })()`);

const server = await startStaticServer({ root: DIST });
const browser = await chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_FLAGS });
const cold = [];
const warm = [];
const firstBytes = [];
const firstBytesGz = [];
const deepLink = [];
try {
  for (const [i, query] of queries.entries()) {
    const next = queries[(i + 1) % queries.length];
    const start = query.lang === 'en' ? 'en/topics/' : 'topics/';

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url + start);
    const bodies = [];
    page.on('response', async (r) => {
      if (r.url().includes('/pagefind/'))
        bodies.push(
          r
            .body()
            .then((b) => b)
            .catch(() => Buffer.alloc(0)),
        );
    });
    cold.push(await timeQuery(page, query.q));
    const fetched = await Promise.all(bodies);
    firstBytes.push(fetched.reduce((n, b) => n + b.length, 0));
    firstBytesGz.push(fetched.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0));
    warm.push(await timeQuery(page, next.q));
    await context.close();

    const linkContext = await browser.newContext();
    const linkPage = await linkContext.newPage();
    await linkPage.goto(`${server.url}${query.lang === 'en' ? 'en/' : ''}search/?q=${encodeURIComponent(query.q)}`);
    await linkPage.locator('[data-search-page] .search-result, [data-search-page] .search-none').first().waitFor();
    deepLink.push(await linkPage.evaluate(() => performance.now()));
    await linkContext.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const row = (name, values, fmt) =>
  `${name.padEnd(34)} ${fmt(percentile(values, 50)).padStart(10)} ${fmt(percentile(values, 95)).padStart(10)}`;
console.log(`\nSearch benchmark: ${queries.length} queries, ${DIST}\n`);
console.log(`${''.padEnd(34)} ${'median'.padStart(10)} ${'p95'.padStart(10)}`);
console.log(row('first results, cold (fresh cache)', cold, ms));
console.log(row('first results, warm (next query)', warm, ms));
console.log(row('deep link ?q= to results on screen', deepLink, ms));
console.log(row('bytes for the first query (raw)', firstBytes, kib));
console.log(row('bytes for the first query (gzip)', firstBytesGz, kib));
