/** Real Chromium for browser tests, from (in order): CHROMIUM_PATH, the system's Chromium, or the
 *  Chromium that @sparticuz/chromium ships inside its npm package (no download at run time). */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { DIST } from './dist';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

// Keeps Chromium off the network: this machine has none, and the site must need none.
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function resolveChromium(): Promise<{ executablePath: string; args: string[] }> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return { executablePath: fromEnv, args: QUIET_FLAGS };
  }
  const system = SYSTEM_CHROMIUM.find((p) => existsSync(p));
  if (system) return { executablePath: system, args: QUIET_FLAGS };
  const packaged = (await import('@sparticuz/chromium')).default;
  // Not the package's own args: they are tuned for AWS Lambda (--single-process, which dies when a
  // context closes, and --disable-web-security, which would hide CSP and CORS problems).
  return { executablePath: await packaged.executablePath(), args: QUIET_FLAGS };
}

export async function launchBrowser(): Promise<Browser> {
  const { executablePath, args } = await resolveChromium();
  return chromium.launch({ executablePath, args, headless: true });
}

export interface Site {
  browser: Browser;
  /** Absolute URL for a site path: url('/en/faq/'). */
  url: (path: string) => string;
  close: () => Promise<void>;
}

/** Serves dist/ on loopback and opens a browser. Call in beforeAll; close in afterAll. */
export async function openSite(): Promise<Site> {
  const server = await startStaticServer({ root: DIST });
  const browser = await launchBrowser();
  return {
    browser,
    url: (path) => new URL(path.replace(/^\//, ''), server.url).href,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** A new page that records console errors and failed requests. */
export async function newPage(site: Site, options: { colorScheme?: 'light' | 'dark' } = {}) {
  const context = await site.browser.newContext({ colorScheme: options.colorScheme ?? 'light' });
  const page: Page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return { page, context, errors };
}
