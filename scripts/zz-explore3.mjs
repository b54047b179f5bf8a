import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.mjs';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs';
const server = await startStaticServer({ root: 'dist' });
const browser = await chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_FLAGS });
const page = await browser.newPage();
page.on('console', (m) => m.type() === 'error' && console.log('ERR', m.text()));
page.on('pageerror', (e) => console.log('PAGEERR', e.message));
for (const [lang, q] of JSON.parse(process.argv[2])) {
  await page.goto(server.url + (lang === 'en' ? 'en/' : '') + 'search/?q=' + encodeURIComponent(q));
  await page.locator('[data-search-page] .search-result, [data-search-page] .search-none, [data-search-page] .search-error').first().waitFor();
  const r = await page.evaluate(() => [...document.querySelectorAll('[data-search-page] .search-result')].slice(0, 5).map((li) => li.dataset.type[0] + ' ' + li.querySelector('a').getAttribute('href').replace(/\?.*/, '') + ' | ' + li.querySelector('.search-result-excerpt').innerHTML.slice(0, 70)));
  const st = await page.locator('[data-search-page] [data-search-status]').textContent();
  console.log(`${lang} ${q} [${st}]\n  ` + r.join('\n  '));
}
await browser.close(); await server.close();
