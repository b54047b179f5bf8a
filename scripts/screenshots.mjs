// Screenshots of the built site for docs/: a guide and the home page at a phone size (390×844) and a
// desktop size (1280×800), first screen only. Usage: npm run screenshots (builds first if needed).
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';
import { DIST, ROOT, ensureBuilt } from './built-site.mjs';

const SHOTS = [
  { name: 'home', path: '/' },
  { name: 'guide', path: '/guides/choosing-a-japan-sim/' },
];
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
];

ensureBuilt();
const server = await startStaticServer({ root: DIST });
const browser = await chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_FLAGS, headless: true });
try {
  for (const size of SIZES) {
    const context = await browser.newContext({
      viewport: { width: size.width, height: size.height },
      colorScheme: 'light',
    });
    const page = await context.newPage();
    for (const shot of SHOTS) {
      await page.goto(new URL(shot.path.slice(1), server.url).href, { waitUntil: 'networkidle' });
      const file = path.join(ROOT, 'docs', `${shot.name}-${size.width}x${size.height}.png`);
      await page.screenshot({ path: file });
      console.log(path.relative(ROOT, file));
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
