/** Builds the Pagefind index over the finished `dist/` as the last step of `astro build`, through
 *  Pagefind's Node API (no index is ever copied into `public/`). Pages opt in with
 *  `data-pagefind-body`, so headers, nav and footers stay out of the index. */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { rm } from 'node:fs/promises';
import * as pagefind from 'pagefind';

// Pagefind also writes its ready-made UIs; this site has its own (src/scripts/search), so they go.
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
];

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'site:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const fail = (stage: string, errors: string[]) => {
          throw new Error(`Pagefind ${stage} failed:\n${errors.join('\n')}`);
        };
        const { index, errors } = await pagefind.createIndex({});
        if (!index || errors.length) fail('start', errors);
        const added = await index!.addDirectory({ path: site });
        if (added.errors.length) fail('indexing', added.errors);
        const written = await index!.writeFiles({ outputPath: path.join(site, 'pagefind') });
        if (written.errors.length) fail('writing', written.errors);
        await pagefind.close();
        await Promise.all(UNUSED.map((f) => rm(path.join(site, 'pagefind', f), { force: true })));
        logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
