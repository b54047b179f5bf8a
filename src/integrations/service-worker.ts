/** Offline reading, as the last step of `astro build` (register it after pagefindIndex(): the search
 *  index must exist to be listed). Over the finished output folder it writes:
 *  - `offline/<locale>.json`: each language's offline copy (its pages and the Pagefind files its
 *    search needs, with their total size), which "Save for offline" and the worker read;
 *  - `sw.js`: src/scripts/offline/sw.js with this build's settings above it, among them the cache
 *    name, versioned by a hash of every file of the build (so any change makes a new worker).
 *  Why not Workbox: generateSW's smallest output for the same routes is ~17 KB and still lacks the
 *  per-build replacement of the reader's saved copy; the hand-written worker is a few KB. */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { LOCALES } from '../i18n/locales';
import { withBase } from '../lib/urls';
import {
  SW_FILE,
  buildOfflineList,
  cacheName,
  cachePrefix,
  formatBytes,
  offlineFallbacks,
  offlineListPath,
  precacheUrls,
  type BuiltFile,
  type PagefindEntry,
} from '../lib/offline';

function walk(root: string, dir = root): BuiltFile[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const info = statSync(full);
    return info.isDirectory()
      ? walk(root, full)
      : [{ path: path.relative(root, full).split(path.sep).join('/'), size: info.size }];
  });
}

/** A short hash of every file's path and content: the build's version. */
function buildVersion(root: string, files: readonly BuiltFile[]): string {
  const hash = createHash('sha256');
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    hash
      .update(f.path)
      .update('\0')
      .update(readFileSync(path.join(root, f.path)))
      .update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}

export function serviceWorker(): AstroIntegration {
  let base = '/';
  let source: URL;
  return {
    name: 'site:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        source = new URL('src/scripts/offline/sw.js', config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const entryFile = path.join(root, 'pagefind', 'pagefind-entry.json');
        if (!existsSync(entryFile))
          throw new Error('No Pagefind index to list: register serviceWorker() after pagefindIndex()');
        const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as PagefindEntry;

        const built = walk(root).filter((f) => f.path !== SW_FILE);
        const summary: string[] = [];
        for (const locale of LOCALES) {
          const list = buildOfflineList(locale, built, entry, base);
          const file = path.join(root, offlineListPath(locale));
          mkdirSync(path.dirname(file), { recursive: true });
          writeFileSync(file, `${JSON.stringify(list)}\n`);
          summary.push(
            `${locale} ${list.pages} pages + ${list.urls.length - list.pages} search files, ${formatBytes(list.bytes, 'en')} (${list.bytes} B)`,
          );
        }

        const files = walk(root).filter((f) => f.path !== SW_FILE);
        const version = buildVersion(root, files);
        const config = {
          cache: cacheName(base, version),
          prefix: cachePrefix(base),
          base,
          precache: precacheUrls(
            files.map((f) => f.path),
            base,
          ),
          offline: offlineFallbacks(base),
          lists: LOCALES.map((l) => withBase(offlineListPath(l), base)),
        };
        const worker = `const CONFIG = ${JSON.stringify(config)};\n${readFileSync(source, 'utf8')}`;
        writeFileSync(path.join(root, SW_FILE), worker);
        const size = Buffer.byteLength(worker);
        logger.info(
          `${SW_FILE} ${size} B (${gzipSync(worker, { level: 9 }).length} B gzip), version ${version}, ${config.precache.length} files precached`,
        );
        logger.info(`offline copies: ${summary.join('; ')}`);
      },
    },
  };
}
