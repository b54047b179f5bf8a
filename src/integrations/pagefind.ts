/** Builds the Pagefind index over the finished `dist/` as the last content step of `astro build`,
 *  through Pagefind's Node API (no index is ever copied into `public/`). Pages opt in with
 *  `data-pagefind-body`. Each page's search keywords travel in an inert `<template data-search-keywords>`:
 *  the indexed copy of the page gets them as text, the published page loses them, so keyword lists
 *  reach the index and never the public HTML. */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { transform } from 'esbuild';
import {
  INDEX_EXCLUDE,
  inlinePagefindEntry,
  searchPageConfig,
  splitSearchKeywords,
  withSearchPreloads,
} from '../lib/search-index-html';
import { metaChunks, rechunkIndex } from '../lib/search-index-chunks';

// Pagefind also writes its ready-made UIs, a web worker and a highlighter; this site has its own UI
// (src/scripts/search), searches without the worker and marks matches itself, so they go.
const UNUSED = [
  'pagefind-worker.js',
  'pagefind-highlight.js',
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
];

/** Word positions per index chunk (Pagefind's own chunks hold 20 000, ~30 KB gzipped in Chinese).
 *  A query loads one chunk per word, so smaller chunks mean fewer bytes per query, while the metadata
 *  every search loads grows by one entry (~17 B) per chunk. For this site (~160 000 positions in
 *  Chinese, 3–4 words a query), chunk + metadata bytes per query by units: Pagefind's 20 000 → 95 KB,
 *  3000 → 21 KB, 1000 → 11 KB (chunks ~2 KB, up to 9 KB where a family of words may not be cut;
 *  metadata 3.4 KB). The relevance suites rank identically on both indexes. */
export const CHUNK_UNITS = 1000;

const SIGNATURE = new TextEncoder().encode('pagefind_dcd');

/** A Pagefind file's payload: gunzipped, signature checked and dropped. */
function unpack(file: string, data: Uint8Array): Uint8Array {
  const raw = data[0] === 0x1f && data[1] === 0x8b ? gunzipSync(data) : data;
  if (!SIGNATURE.every((b, i) => raw[i] === b)) throw new Error(`${file}: not a Pagefind file`);
  return raw.subarray(SIGNATURE.length);
}

const pack = (payload: Uint8Array) => gzipSync(Buffer.concat([SIGNATURE, payload]), { level: 9 });
const shortHash = (data: Uint8Array, length: number) =>
  createHash('sha256').update(data).digest('hex').slice(0, length);

interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null }>;
}

/** Pagefind's script with the entry file inlined (src/lib/search-index-html.ts), then minified (its
 *  build ships it readable): one request and ~2 KB less on the first search. */
async function finishScript(outDir: string): Promise<void> {
  const file = path.join(outDir, 'pagefind.js');
  const entry = await readFile(path.join(outDir, 'pagefind-entry.json'), 'utf8');
  const script = inlinePagefindEntry(await readFile(file, 'utf8'), entry);
  const { code } = await transform(script, { minify: true, format: 'esm', target: 'es2022' });
  await writeFile(file, code);
}

/** Adds the preload links (src/lib/search-index-html.ts) to each built search page. */
async function preloadOnSearchPages(site: string, base: string, pages: string[]): Promise<void> {
  const outDir = path.join(site, 'pagefind');
  const entry = JSON.parse(await readFile(path.join(outDir, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  const url = (file: string) => `${base.replace(/\/?$/, '/')}pagefind/${file}`;
  for (const file of pages) {
    const html = await readFile(file, 'utf8');
    const config = searchPageConfig(html);
    const info = config && entry.languages[config.lang];
    if (!config || !info) throw new Error(`${file}: no search index for its language (${config?.lang})`);
    const fetches = [
      url(`wasm.${info.wasm ?? 'unknown'}.pagefind`),
      url(`pagefind.${info.hash}.pf_meta`),
      ...(config.queryMap ? [config.queryMap] : []),
    ];
    await writeFile(file, withSearchPreloads(html, { scripts: [url('pagefind.js')], fetches }));
  }
}

/** Recuts every language's word index into chunks of CHUNK_UNITS (src/lib/search-index-chunks.ts):
 *  new chunk files, a new metadata file (new name: files are cached by name), the entry pointing to it. */
export async function recutIndexChunks(outDir: string, units = CHUNK_UNITS): Promise<void> {
  const entryFile = path.join(outDir, 'pagefind-entry.json');
  const entry = JSON.parse(await readFile(entryFile, 'utf8')) as PagefindEntry;
  for (const [lang, info] of Object.entries(entry.languages)) {
    const metaFile = path.join(outDir, `pagefind.${info.hash}.pf_meta`);
    const meta = unpack(metaFile, await readFile(metaFile));
    const oldFiles = metaChunks(meta).map(({ hash }) => path.join(outDir, 'index', `${hash}.pf_index`));
    const payloads = await Promise.all(oldFiles.map(async (f) => unpack(f, await readFile(f))));
    // Pagefind's own naming: seven hex digits, one more on a clash.
    const taken = new Set<string>();
    const name = (payload: Uint8Array) => {
      let hash = `${lang}_${shortHash(payload, 7)}`;
      for (let n = 8; taken.has(hash); n++) hash = `${lang}_${shortHash(payload, n)}`;
      taken.add(hash);
      return hash;
    };
    const recut = rechunkIndex(meta, payloads, units, name);
    await Promise.all(oldFiles.map((f) => rm(f)));
    for (const [hash, payload] of recut.chunks)
      await writeFile(path.join(outDir, 'index', `${hash}.pf_index`), pack(payload));
    const hash = `${lang}_${shortHash(recut.meta, 13)}`;
    await rm(metaFile);
    await writeFile(path.join(outDir, `pagefind.${hash}.pf_meta`), pack(recut.meta));
    info.hash = hash;
  }
  await writeFile(entryFile, JSON.stringify(entry));
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Indexes every page of `site` that has a search body, and strips the keyword blocks from all pages. */
export async function buildSearchIndex(site: string, base = '/'): Promise<number> {
  const fail = (stage: string, errors: string[]) => {
    throw new Error(`Pagefind ${stage} failed:\n${errors.join('\n')}`);
  };
  let count = 0;
  const searchPages: string[] = [];
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: [...INDEX_EXCLUDE] });
    if (!index || errors.length) fail('start', errors);
    for (const file of await htmlFiles(site)) {
      const html = await readFile(file, 'utf8');
      const { published, indexed } = splitSearchKeywords(html);
      if (published !== html) await writeFile(file, published);
      if (searchPageConfig(published)) searchPages.push(file);
      if (!indexed.includes('data-pagefind-body')) continue;
      const added = await index!.addHTMLFile({ sourcePath: path.relative(site, file), content: indexed });
      if (added.errors.length) fail(`indexing ${path.relative(site, file)}`, added.errors);
      count++;
    }
    const written = await index!.writeFiles({ outputPath: path.join(site, 'pagefind') });
    if (written.errors.length) fail('writing', written.errors);
    await recutIndexChunks(path.join(site, 'pagefind'));
    await finishScript(path.join(site, 'pagefind'));
  } finally {
    await pagefind.close();
  }
  await Promise.all(UNUSED.map((f) => rm(path.join(site, 'pagefind', f), { force: true })));
  await preloadOnSearchPages(site, base, searchPages);
  return count;
}

export function pagefindIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'site:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const count = await buildSearchIndex(fileURLToPath(dir), base);
        logger.info(`indexed ${count} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
