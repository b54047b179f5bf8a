/** Builds the Pagefind index over the finished `dist/` as the last content step of `astro build`,
 *  through Pagefind's Node API (no index is ever copied into `public/`). Pages opt in with
 *  `data-pagefind-body`. Each page's search keywords travel in an inert `<template data-search-keywords>`:
 *  the indexed copy of the page gets them as text, the published page loses them, so keyword lists
 *  reach the index and never the public HTML. */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import * as pagefind from 'pagefind';
import { INDEX_EXCLUDE, splitSearchKeywords } from '../lib/search-index-html';

// Pagefind also writes its ready-made UIs; this site has its own (src/scripts/search), so they go.
// (Its worker and highlighter are unused too, but src/lib/offline.ts still lists them for offline saves.)
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
];

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Indexes every page of `site` that has a search body, and strips the keyword blocks from all pages. */
export async function buildSearchIndex(site: string): Promise<number> {
  const fail = (stage: string, errors: string[]) => {
    throw new Error(`Pagefind ${stage} failed:\n${errors.join('\n')}`);
  };
  let count = 0;
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: [...INDEX_EXCLUDE] });
    if (!index || errors.length) fail('start', errors);
    for (const file of await htmlFiles(site)) {
      const html = await readFile(file, 'utf8');
      const { published, indexed } = splitSearchKeywords(html);
      if (published !== html) await writeFile(file, published);
      if (!indexed.includes('data-pagefind-body')) continue;
      const added = await index!.addHTMLFile({ sourcePath: path.relative(site, file), content: indexed });
      if (added.errors.length) fail(`indexing ${path.relative(site, file)}`, added.errors);
      count++;
    }
    const written = await index!.writeFiles({ outputPath: path.join(site, 'pagefind') });
    if (written.errors.length) fail('writing', written.errors);
  } finally {
    await pagefind.close();
  }
  await Promise.all(UNUSED.map((f) => rm(path.join(site, 'pagefind', f), { force: true })));
  return count;
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'site:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const count = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`indexed ${count} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
