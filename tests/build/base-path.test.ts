/** A build served under a sub-path (as on GitHub Pages) keeps every link, asset, feed, image,
 *  canonical and the search index correct. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuiltSite } from '../helpers/dist';
import { fixtureSite, FIXTURE_BASE as BASE, FIXTURE_SITE as SITE } from '../helpers/fixture-site';
import { findBrokenLinks } from '../helpers/links';
import { leaseBrowser } from '../helpers/browser';
import { startStaticServer } from '../../scripts/static-server.mjs';

let site: BuiltSite;

// The fixture site is built with BASE_PATH=/guide/ (tests/helpers/fixture-site.ts).
beforeAll(async () => {
  site = await fixtureSite();
}, 240_000);

describe(`a build with base ${BASE}`, () => {
  it('has no broken internal link, asset or #fragment', () => {
    expect(findBrokenLinks(site, BASE)).toEqual([]);
  });

  it('gives canonical, hreflang, og:image and feed links under the base', () => {
    for (const p of site.htmlPages) {
      const doc = site.page(p);
      const urls = [
        doc.querySelector('link[rel=canonical]')!.getAttribute('href')!,
        ...doc.querySelectorAll('link[rel=alternate]').map((l) => l.getAttribute('href')!),
        doc.querySelector('meta[property="og:image"]')!.getAttribute('content')!,
      ];
      for (const u of urls) expect(u.startsWith(`${SITE}${BASE}`) || u.startsWith(BASE), `${p}: ${u}`).toBe(true);
    }
    expect(site.readDist('rss.xml')).toContain(`<link>${SITE}${BASE}</link>`);
    expect(site.readDist('robots.txt')).toContain(`${SITE}${BASE}sitemap-index.xml`);
    expect(site.readDist('sitemap-0.xml')).toContain(`<loc>${SITE}${BASE}guides/`);
  });

  it('searches from under the base and links results under it', async () => {
    const server = await startStaticServer({ root: site.dir, base: BASE });
    const browser = await leaseBrowser();
    try {
      const page = await (await browser.newContext()).newPage();
      await page.goto(`${server.url}search/?q=${encodeURIComponent('两种语言')}`);
      const first = page.locator('[data-search-page] .search-result-title').first();
      await first.waitFor();
      expect(new URL((await first.getAttribute('href'))!, server.url).pathname).toBe(`${BASE}guides/translated/`);
    } finally {
      await browser.release();
      await server.close();
    }
  });
});
