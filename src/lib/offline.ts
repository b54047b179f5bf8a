/** Offline reading: what a language's offline copy is made of, where its list and the offline pages
 *  live, how the service worker names its cache, and how sizes are shown. Pure: no Astro or DOM, so
 *  the build integration, the client code and the unit tests share it. */
import { LOCALES, localizePath, splitLocalePath, type Locale } from '../i18n/locales';
import { normalizeBase, withBase } from './urls';
import { NOT_FOUND_PATHS } from './not-found';

/** The service worker script, at the root of the base (its scope is the whole site). */
export const SW_FILE = 'sw.js';

/** The page shown for a page that is neither online nor saved: `/offline/`, `/en/offline/`. */
export function offlinePagePath(locale: Locale): string {
  return localizePath('/offline/', locale);
}

/** The build-time list of a language's offline copy: `/offline/zh-CN.json`, `/offline/en.json`. */
export function offlineListPath(locale: Locale): string {
  return `/offline/${locale}.json`;
}

/** Stands for the size of a language's offline copy in built pages until the build knows it
 *  (src/integrations/offline-size.ts replaces it). */
export function offlineSizeToken(locale: Locale): string {
  return `%offline-size:${locale}%`;
}

/** localStorage key of the "saved" state of a language's offline copy. */
export function savedKey(locale: Locale): string {
  return `offline:${locale}`;
}

/** Cache Storage is per origin, and several sites may share one (GitHub Pages: /a/, /b/): the
 *  service worker only ever touches caches named with its own base. */
export function cachePrefix(base: string): string {
  return `site-offline ${normalizeBase(base)} `;
}

export function cacheName(base: string, version: string): string {
  return cachePrefix(base) + version;
}

/** A file of the built site: path relative to the output folder (forward slashes) and size in bytes. */
export interface BuiltFile {
  path: string;
  size: number;
}

/** The map a generated locale's search reads to understand Simplified queries (zh-Hant), built by
 *  src/pages/search-maps/[locale].json.ts; root-relative, base-free. */
export function searchMapPath(locale: Locale): string {
  return `/search-maps/${locale}.json`;
}

/** The part of `pagefind/pagefind-entry.json` that says which files belong to which language. */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null; page_count?: number }>;
}

/** Pagefind's name for a locale's index (it lower-cases `<html lang>`): zh-CN → zh-cn. */
export function pagefindLanguage(locale: Locale): string {
  return locale.toLowerCase();
}

/** The Pagefind file shared by every language that this site's search loads: the script, which carries
 *  the entry (src/integrations/pagefind.ts). Pagefind's worker, highlighter and entry file are not
 *  fetched (the search runs without the worker and marks matches itself), so a saved copy leaves them. */
const PAGEFIND_SHARED = ['pagefind.js'];

/** Every Pagefind file one language's search needs, as dist-relative paths: the shared files, that
 *  language's meta file and wasm (`unknown` when Pagefind has no stemmer for it), and its index,
 *  fragment and filter chunks, which Pagefind names `<language>_<hash>`. */
export function pagefindFilesFor(locale: Locale, files: readonly string[], entry: PagefindEntry): string[] {
  const lang = pagefindLanguage(locale);
  const info = entry.languages[lang];
  if (!info) return [];
  const own = new Set(
    [...PAGEFIND_SHARED, `pagefind.${info.hash}.pf_meta`, `wasm.${info.wasm ?? 'unknown'}.pagefind`].map(
      (f) => `pagefind/${f}`,
    ),
  );
  const chunk = (f: string) => {
    const m = /^pagefind\/(index|fragment|filter)\/([^/]+)_[^/_]+\.pf_(index|fragment|filter)$/.exec(f);
    return !!m && m[1] === m[3] && m[2] === lang;
  };
  return files.filter((f) => own.has(f) || chunk(f)).sort();
}

/** The URL path of a built HTML file: `guides/x/index.html` → `/guides/x/`; null for other files. */
export function pagePathOf(file: string): string | null {
  if (file === 'index.html') return '/';
  return file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : null;
}

/** The pages of one language's offline copy: every page built under that language's URLs (home,
 *  every guide and FAQ answer, the FAQ hub, topics, search, about), but not the offline page (the
 *  service worker precaches it), not the 404 pages and not Pagefind's, Open Graph or other non-page files. */
export function offlinePagesFor(locale: Locale, files: readonly string[]): string[] {
  const skip = new Set([...LOCALES.map(offlinePagePath), ...Object.values(NOT_FOUND_PATHS)]);
  return files
    .map(pagePathOf)
    .filter((p): p is string => !!p && !skip.has(p) && !p.startsWith('/pagefind/') && !p.startsWith('/og/'))
    .filter((p) => splitLocalePath(p).locale === locale)
    .sort();
}

export interface OfflineList {
  locale: Locale;
  /** Base-prefixed URL paths: pages first, then the search files (Pagefind's, and a query map). */
  urls: string[];
  pages: number;
  /** Sum of the files' sizes as built (what a host serves uncompressed). */
  bytes: number;
}

/** The offline copy of one language, for `/offline/<locale>.json`. */
export function buildOfflineList(
  locale: Locale,
  files: readonly BuiltFile[],
  entry: PagefindEntry,
  base: string,
): OfflineList {
  const paths = files.map((f) => f.path);
  const size = new Map(files.map((f) => [f.path, f.size]));
  const pages = offlinePagesFor(locale, paths);
  // Search offline needs Pagefind's files and, for a generated locale, its query map.
  const map = searchMapPath(locale).slice(1);
  const search = [...pagefindFilesFor(locale, paths, entry), ...(paths.includes(map) ? [map] : [])];
  const fileOf = (p: string) => `${p.slice(1)}index.html`;
  const bytes =
    pages.reduce((n, p) => n + (size.get(fileOf(p)) ?? 0), 0) + search.reduce((n, f) => n + (size.get(f) ?? 0), 0);
  return {
    locale,
    urls: [...pages.map((p) => withBase(p, base)), ...search.map((f) => withBase(`/${f}`, base))],
    pages: pages.length,
    bytes,
  };
}

/** The files every visitor's service worker caches when it installs: the site's CSS and JS (hashed
 *  names under `_astro/`), the offline pages and the favicon. Dist-relative paths in, base-prefixed
 *  URL paths out. */
export function precacheUrls(files: readonly string[], base: string): string[] {
  const offline = LOCALES.map(offlinePagePath);
  return [
    ...files
      .filter((f) => /^_astro\/.+\.(?:css|js)$/.test(f))
      .sort()
      .map((f) => `/${f}`),
    ...offline.filter((p) => files.includes(`${p.slice(1)}index.html`)),
    ...(files.includes('favicon.svg') ? ['/favicon.svg'] : []),
  ].map((p) => withBase(p, base));
}

/** For the service worker: [language home, that language's offline page], base-prefixed, longest
 *  prefix first, so `/en/x/` finds the English offline page and everything else the default one. */
export function offlineFallbacks(base: string): [string, string][] {
  return LOCALES.map((l): [string, string] => [
    withBase(localizePath('/', l), base),
    withBase(offlinePagePath(l), base),
  ]).sort((a, b) => b[0].length - a[0].length);
}

/** "850 KB", "1.4 MB" (decimal units, as phones show storage), in the reader's language. */
export function formatBytes(bytes: number, locale: Locale): string {
  const mb = bytes >= 1e6;
  const value = mb ? bytes / 1e6 : Math.max(1, Math.round(bytes / 1e3));
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: mb ? 1 : 0 }).format(value);
  return `${number} ${mb ? 'MB' : 'KB'}`;
}
