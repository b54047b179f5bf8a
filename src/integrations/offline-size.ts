/** Prints the size of each language's offline copy into the "Save for offline" control, so a reader
 *  knows it before saving. The size is only known once the site is built, so the control renders a
 *  token (`offlineSizeToken`) that this step replaces in every page, with the size of the same list the
 *  service worker saves (`buildOfflineList`). It runs before serviceWorker(), which then lists and
 *  hashes the finished pages, and after pagefindIndex(), whose files are part of the copy. */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LOCALES } from '../i18n/locales';
import { buildOfflineList, formatBytes, offlineSizeToken, type BuiltFile, type PagefindEntry } from '../lib/offline';

function builtFiles(root: string): BuiltFile[] {
  return readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const full = path.join(e.parentPath, e.name);
      return { path: path.relative(root, full).split(path.sep).join('/'), size: statSync(full).size };
    });
}

export function offlineSize(): AstroIntegration {
  let base = '/';
  return {
    name: 'site:offline-size',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const entryFile = path.join(root, 'pagefind', 'pagefind-entry.json');
        let entry: PagefindEntry;
        try {
          entry = JSON.parse(readFileSync(entryFile, 'utf8')) as PagefindEntry;
        } catch {
          throw new Error(`${entryFile} is missing: register offlineSize() after pagefindIndex()`);
        }
        const files = builtFiles(root);
        const sizes = LOCALES.map(
          (locale) =>
            [
              offlineSizeToken(locale),
              formatBytes(buildOfflineList(locale, files, entry, base).bytes, locale),
            ] as const,
        );
        let changed = 0;
        for (const file of files.filter((f) => f.path.endsWith('.html'))) {
          const full = path.join(root, file.path);
          const html = readFileSync(full, 'utf8');
          const out = sizes.reduce((text, [token, size]) => text.replaceAll(token, size), html);
          if (out !== html) {
            writeFileSync(full, out);
            changed++;
          }
        }
        logger.info(`offline copy size printed on ${changed} pages (${sizes.map(([, s]) => s).join(', ')})`);
      },
    },
  };
}
