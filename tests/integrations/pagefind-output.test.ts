/** The indexing step with the real Pagefind, on a tiny site under a base path: what it leaves in
 *  `pagefind/` after recutting the word index (every chunk the metadata lists exists, no other), and
 *  the preload links it writes into the search page only, each naming a file that exists. */
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/integrations/pagefind';
import { metaChunks } from '../../src/lib/search-index-chunks';

const words = (seed: number) =>
  Array.from({ length: 3000 }, (_, i) => `词${String.fromCodePoint(0x4e00 + ((i * 31 + seed) % 2000))}`).join(' ');
const guide = (lang: string, n: number) =>
  `<html lang="${lang}"><head><title>g</title></head><body><article data-pagefind-body><h1>Guide ${n}</h1><p>${words(n)}</p></article></body></html>`;
const config = (lang: string) =>
  JSON.stringify({ base: '/base/', lang, queryMap: lang === 'zh-hant' ? '/base/search-maps/zh-Hant.json' : undefined })
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;');
const searchPage = (lang: string) =>
  `<html lang="${lang}"><head><title>s</title></head><body><div data-search-page><div data-search-results data-search-config="${config(lang.toLowerCase())}"></div></div></body></html>`;

let site: string;
const read = (rel: string) => readFile(path.join(site, rel), 'utf8');
beforeAll(async () => {
  site = await mkdtemp(path.join(os.tmpdir(), 'pagefind-output-'));
  const pages: Record<string, string> = {
    'guides/a/index.html': guide('zh-CN', 1),
    'guides/b/index.html': guide('zh-CN', 2),
    'zh-hant/guides/a/index.html': guide('zh-Hant', 3),
    'search/index.html': searchPage('zh-CN'),
    'zh-hant/search/index.html': searchPage('zh-Hant'),
  };
  for (const [rel, html] of Object.entries(pages)) {
    await mkdir(path.dirname(path.join(site, rel)), { recursive: true });
    await writeFile(path.join(site, rel), html);
  }
  await buildSearchIndex(site, '/base/');
}, 120_000);
afterAll(() => rm(site, { recursive: true, force: true }));

describe('the built search index', () => {
  it('has exactly the chunks its metadata lists, several per language', async () => {
    const entry = JSON.parse(await read('pagefind/pagefind-entry.json')) as {
      languages: Record<string, { hash: string }>;
    };
    const listed: string[] = [];
    for (const { hash } of Object.values(entry.languages)) {
      const meta = gunzipSync(await readFile(path.join(site, 'pagefind', `pagefind.${hash}.pf_meta`))).subarray(12);
      const chunks = metaChunks(new Uint8Array(meta)).map((c) => c.hash);
      expect(chunks.length).toBeGreaterThan(1);
      listed.push(...chunks.map((c) => `${c}.pf_index`));
    }
    expect((await readdir(path.join(site, 'pagefind/index'))).sort()).toEqual(listed.sort());
    const metas = (await readdir(path.join(site, 'pagefind'))).filter((f) => f.endsWith('.pf_meta'));
    expect(metas).toHaveLength(Object.keys(entry.languages).length);
  });

  it('ships Pagefind’s script minified, still exporting its API', async () => {
    const script = await read('pagefind/pagefind.js');
    expect(script).toMatch(/export\s*\{[^}]*createInstance/);
    expect(script.split('\n').length).toBeLessThan(20);
  });

  it('writes the index entry into the script, so a search does not fetch it', async () => {
    const script = await read('pagefind/pagefind.js');
    const entry = JSON.parse(await read('pagefind/pagefind-entry.json')) as {
      languages: Record<string, { hash: string }>;
    };
    for (const { hash } of Object.values(entry.languages)) expect(script).toMatch(new RegExp(`"?hash"?:"${hash}"`));
    expect(script).not.toMatch(/throttledFetch\(\w+\)\)?\.json\(\)/);
  });
});

describe('search page preloads', () => {
  const links = (html: string) => [...html.matchAll(/<link rel="(?:modulepreload|preload)"[^>]*href="([^"]+)"/g)];

  it.each([
    ['search/index.html', 'zh-cn'],
    ['zh-hant/search/index.html', 'zh-hant'],
  ])('%s preloads Pagefind’s script, WASM and its language’s metadata, all existing files', async (rel, lang) => {
    const html = await read(rel);
    const hrefs = links(html).map((m) => m[1]!);
    expect(hrefs).toContain('/base/pagefind/pagefind.js');
    expect(hrefs).toContain('/base/pagefind/wasm.unknown.pagefind');
    expect(hrefs.some((h) => new RegExp(`^/base/pagefind/pagefind\\.${lang}_\\w+\\.pf_meta$`).test(h))).toBe(true);
    // The entry is written into pagefind.js: nothing fetches it.
    expect(hrefs.join()).not.toContain('pagefind-entry.json');
    for (const href of hrefs.filter((h) => h.startsWith('/base/pagefind/')))
      expect(existsSync(path.join(site, href.replace('/base/', '').replace(/\?.*$/, '')))).toBe(true);
    if (lang === 'zh-hant') expect(hrefs).toContain('/base/search-maps/zh-Hant.json');
    else expect(hrefs.join()).not.toContain('search-maps');
  });

  it('leaves every other page without them', async () => {
    expect(links(await read('guides/a/index.html'))).toEqual([]);
  });
});
