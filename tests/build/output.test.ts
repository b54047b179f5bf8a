/** What gets published: no source maps, no oversized files, nothing loaded from other hosts (drafts:
 *  tests/build/fixture-site.test.ts, whose fixture has some). */
import { statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, allFiles, htmlPages, page, readDist } from '../helpers/dist';

/** Largest single file we publish; the biggest today is Pagefind's WebAssembly (~60 KB). */
const MAX_FILE_BYTES = 300 * 1024;

/** URLs that appear inside third-party library code but are never requested. */
const HARMLESS_JS_URLS: Record<string, string> = {
  'https://example.com': 'Pagefind parses relative URLs against this placeholder base',
  'https://markjs.io': 'license comment in Pagefind’s highlighter',
  'https://git.io': 'license comment in Pagefind’s highlighter',
};

describe('published files', () => {
  it('include no source maps', () => {
    expect(allFiles().filter((f) => f.endsWith('.map'))).toEqual([]);
  });

  it(`have no file over ${MAX_FILE_BYTES / 1024} KiB`, () => {
    const big = allFiles()
      .map((f) => ({ f, size: statSync(path.join(DIST, f)).size }))
      .filter((x) => x.size > MAX_FILE_BYTES)
      .map((x) => `${x.f}: ${x.size} bytes`);
    expect(big).toEqual([]);
  });

  it('load nothing from another host: HTML resources, CSS url()s and JS stay on the site', () => {
    const offenders: string[] = [];
    for (const p of htmlPages()) {
      const doc = page(p);
      const resources = [
        ...doc
          .querySelectorAll('script[src], img[src], iframe[src], source[src], video[src], audio[src]')
          .map((e) => e.getAttribute('src')!),
        ...doc
          .querySelectorAll('link[href]')
          .filter((l) => !/\b(canonical|alternate)\b/.test(l.getAttribute('rel') ?? ''))
          .map((l) => l.getAttribute('href')!),
      ];
      for (const r of resources) if (/^(https?:)?\/\//.test(r)) offenders.push(`${p}: ${r}`);
    }
    for (const f of allFiles().filter((x) => x.endsWith('.css'))) {
      for (const m of readDist(f).matchAll(/url\(\s*['"]?((?:https?:)?\/\/[^'")]+)/g)) offenders.push(`${f}: ${m[1]}`);
    }
    for (const f of allFiles().filter((x) => /\.m?js$/.test(x))) {
      for (const m of readDist(f).matchAll(/https?:\/\/[a-z0-9.-]+/gi))
        if (!(m[0] in HARMLESS_JS_URLS)) offenders.push(`${f}: ${m[0]}`);
    }
    expect(offenders).toEqual([]);
  });

  it('skip Pagefind’s unused ready-made UIs', () => {
    expect(allFiles().filter((f) => /^pagefind\/pagefind-(component-|modular-)?ui\./.test(f))).toEqual([]);
  });
});
