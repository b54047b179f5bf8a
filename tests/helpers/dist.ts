/** Reads a built site (by default `dist/`, or DIST_DIR) for build-output tests. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

export interface BuiltSite {
  dir: string;
  /** Every file, relative to the site root, with forward slashes. */
  allFiles: string[];
  /** Built HTML pages (Pagefind's own files excluded), as URL paths: `guides/x/index.html` → `/guides/x/`. */
  htmlPages: string[];
  /** Parses a page by URL path (`/en/faq/`), cached. */
  page: (urlPath: string) => HTMLElement;
  exists: (urlPath: string) => boolean;
  readDist: (file: string) => string;
}

export function readSite(dir: string): BuiltSite {
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`No built site in ${dir}: run "npm run build" first (npm test does).`);
  }
  const allFiles = walk(dir).map((f) => path.relative(dir, f).split(path.sep).join('/'));
  const htmlPages = allFiles
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .map((f) => `/${f}`.replace(/index\.html$/, ''));
  const cache = new Map<string, HTMLElement>();
  const fileOf = (urlPath: string) => (urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
  return {
    dir,
    allFiles,
    htmlPages,
    page(urlPath) {
      let doc = cache.get(urlPath);
      if (!doc) {
        doc = parse(readFileSync(path.join(dir, fileOf(urlPath)), 'utf8'));
        cache.set(urlPath, doc);
      }
      return doc;
    },
    exists: (urlPath) => existsSync(path.join(dir, fileOf(urlPath))),
    readDist: (file) => readFileSync(path.join(dir, file), 'utf8'),
  };
}

export const DIST = path.resolve(process.env.DIST_DIR ?? 'dist');

let dist: BuiltSite | undefined;
/** The built site in DIST, read on first use (not at import: a file that imports this helper but
 *  needs no build still loads without one). */
export function builtSite(): BuiltSite {
  dist ??= readSite(DIST);
  return dist;
}
export const htmlPages = () => builtSite().htmlPages;
export const allFiles = () => builtSite().allFiles;
export const page = (urlPath: string) => builtSite().page(urlPath);
export const exists = (urlPath: string) => builtSite().exists(urlPath);
export const readDist = (file: string) => builtSite().readDist(file);
