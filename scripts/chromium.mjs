// Which Chromium the browser tests and benchmarks drive, without downloading anything: CHROMIUM_PATH,
// else the system's (e.g. Debian's `chromium` package), else the one inside @sparticuz/chromium.
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Keeps Chromium off the network (this machine has none, and the site must need none) and quiet. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function chromiumPath() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  const system = SYSTEM_CHROMIUM.find((p) => existsSync(p));
  if (system) return system;
  // Not the package's own launch args: they are tuned for AWS Lambda (--single-process dies when a
  // context closes; --disable-web-security would hide CSP problems).
  const packaged = (await import('@sparticuz/chromium')).default;
  return packaged.executablePath();
}
