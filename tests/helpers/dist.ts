/** Reads the built site in `dist/` for build-output tests. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = path.resolve(process.env.DIST_DIR ?? 'dist');

if (!existsSync(path.join(DIST, 'index.html'))) {
  throw new Error(`No built site in ${DIST}: run "npm run build" first (npm test does).`);
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Every file in dist/, as paths relative to it with forward slashes. */
export const allFiles = walk(DIST).map((f) => path.relative(DIST, f).split(path.sep).join('/'));

/** Built HTML pages (Pagefind's own files excluded), as URL paths: `guides/x/index.html` → `/guides/x/`. */
export const htmlPages = allFiles
  .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
  .map((f) => `/${f}`.replace(/index\.html$/, ''));

const cache = new Map<string, HTMLElement>();

/** Parses a page by URL path (`/en/faq/`). */
export function page(urlPath: string): HTMLElement {
  let doc = cache.get(urlPath);
  if (!doc) {
    const file = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
    doc = parse(readFileSync(path.join(DIST, file), 'utf8'));
    cache.set(urlPath, doc);
  }
  return doc;
}

export function exists(urlPath: string): boolean {
  const file = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return existsSync(path.join(DIST, file));
}

export function readDist(file: string): string {
  return readFileSync(path.join(DIST, file), 'utf8');
}
