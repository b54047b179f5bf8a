/** Builds the Pagefind index over the finished `dist/` as the last step of `astro build`, through
 *  Pagefind's Node API (no index is ever copied into `public/`). Pages opt in with
 *  `data-pagefind-body`, so headers, nav and footers stay out of the index. */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';

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
        logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
