/** Prints the size of each language's offline copy into the "Save for offline" control, so a reader
 *  knows it before saving. The size is only known once the site is built and the service-worker
 *  integration has listed the copy (`offline/<locale>.json`), so the control renders a token
 *  (`offlineSizeToken`) that this step replaces in every page. Register after serviceWorker(). */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LOCALES } from '../lib/i18n';
import { formatBytes, offlineListPath, offlineSizeToken, type OfflineList } from '../lib/offline';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name));
}

export function offlineSize(): AstroIntegration {
  return {
    name: 'site:offline-size',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const sizes = LOCALES.map((locale) => {
          const file = path.join(root, offlineListPath(locale));
          let list: OfflineList;
          try {
            list = JSON.parse(readFileSync(file, 'utf8')) as OfflineList;
          } catch {
            throw new Error(`${file} is missing: register offlineSize() after serviceWorker()`);
          }
          return [offlineSizeToken(locale), formatBytes(list.bytes, locale)] as const;
        });
        let changed = 0;
        for (const file of htmlFiles(root)) {
          const html = readFileSync(file, 'utf8');
          const out = sizes.reduce((text, [token, size]) => text.replaceAll(token, size), html);
          if (out !== html) {
            writeFileSync(file, out);
            changed++;
          }
        }
        logger.info(`offline copy size printed on ${changed} pages (${sizes.map(([, s]) => s).join(', ')})`);
      },
    },
  };
}
