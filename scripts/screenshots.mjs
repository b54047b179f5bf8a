// Screenshots of the built site for docs/: a guide and the home page at a phone size (390×844) and a
// desktop size (1280×800), first screen only. Usage: npm run screenshots (builds first if needed).
// Test machines often have no CJK font, so Chromium gets a fontconfig that adds Noto Sans SC from npm
// (the font the Open Graph images use); without it the Chinese text would be empty boxes.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';
import { DIST, ROOT, ensureBuilt } from './built-site.mjs';

const SHOTS = [
  { name: 'home', path: '/' },
  { name: 'guide', path: '/guides/choosing-a-japan-sim/' },
  { name: 'guide-zh-hant', path: '/zh-hant/guides/choosing-a-japan-sim/' },
];
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
];

function fontConfig() {
  const notoSansSc = path.dirname(
    createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-sc/package.json'),
  );
  const dir = mkdtempSync(path.join(tmpdir(), 'screenshots-fonts-'));
  const file = path.join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${notoSansSc}</dir>
  <cachedir>${dir}/cache</cachedir>
</fontconfig>
`,
  );
  return file;
}

ensureBuilt();
const server = await startStaticServer({ root: DIST });
const browser = await chromium.launch({
  executablePath: await chromiumPath(),
  args: CHROMIUM_FLAGS,
  headless: true,
  env: { ...process.env, FONTCONFIG_FILE: fontConfig() },
});
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
