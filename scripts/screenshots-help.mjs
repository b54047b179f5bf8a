// Screenshots of the help flows, the provider rules table and the emergency card at 390×844, for
// docs/ (issue 17). Serves dist/ on loopback: run `npx astro build` first, then
// `npx node scripts/screenshots-help.mjs`.
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.mjs';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs';

const SHOTS = [
  ['/help/deleted-esim/', 'help-flow-question.png'],
  ['/help/deleted-esim/travel/iphone/', 'help-flow-result.png'],
  ['/en/help/lost-phone/iphone/home-number/', 'help-flow-result-en.png'],
  ['/guides/esim-provider-rules/#table', 'help-provider-rules.png'],
  ['/help/emergency-card/', 'help-emergency-card.png'],
];

const server = await startStaticServer({ root: 'dist' });
const browser = await chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_FLAGS, headless: true });
try {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  for (const [path, file] of SHOTS) {
    await page.goto(new URL(path.slice(1), server.url).href, { waitUntil: 'load' });
    if (file === 'help-emergency-card.png') {
      await page.waitForSelector('[data-card-actions]:not([hidden])');
      await page.fill('#card-eid', '89049032000000000000000000000000');
      await page.fill('#card-esims', 'Example seller, order 12345');
      await page.evaluate(() => {
        document.activeElement?.blur();
        window.scrollTo(0, 0);
      });
    }
    await page.screenshot({ path: `docs/${file}` });
    console.log(`docs/${file}`);
  }
} finally {
  await browser.close();
  await server.close();
}
