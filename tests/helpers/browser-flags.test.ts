/** The test Chromium starts with the flags tests/helpers/browser.ts means it to: Playwright's own list
 *  of disabled features kept, RenderDocument added to it, in the one --disable-features Chromium reads. */
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leaseBrowser, playwrightDisabledFeatures, type BrowserLease } from './browser';

let lease: BrowserLease;
beforeAll(async () => {
  lease = await leaseBrowser();
});
afterAll(async () => {
  await lease?.release();
});

describe('the test Chromium', () => {
  it("finds Playwright's list of disabled features", () => {
    // Empty when Playwright moves the list: the tests would then run without RenderDocument off.
    expect(playwrightDisabledFeatures().length).toBeGreaterThan(3);
  });

  it('runs with RenderDocument off and every feature Playwright turns off still off', async () => {
    const cdp = await lease.browser.newBrowserCDPSession();
    const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
    await cdp.detach();
    const pid = processInfo.find((p) => p.type === 'browser')!.id;
    // (Browser.getBrowserCommandLine needs --enable-automation, which the tests do not set.)
    const args = execFileSync('ps', ['-ww', '-o', 'args=', '-p', String(pid)], { encoding: 'utf8' })
      .trim()
      .split(/\s+/);
    // Chromium reads the last one.
    const last = args.filter((a) => a.startsWith('--disable-features=')).at(-1) ?? '';
    const disabled = last.slice('--disable-features='.length).split(',');
    expect(disabled).toContain('RenderDocument');
    expect(disabled).toEqual(expect.arrayContaining(playwrightDisabledFeatures()));
  });
});
