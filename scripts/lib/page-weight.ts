/** Per-page transfer weight of the built site, by type, gzipped the way a static host serves it.
 *
 *  Shared by tests/quality/budgets.test.ts and scripts/bench-lighthouse.mjs, so it is self-contained:
 *  no import of ./dist (which throws when dist/ is missing), only erasable TypeScript syntax and
 *  `node:` / bare imports, so Node 24 can load it straight from a .mjs script (type stripping).
 *
 *  Gzip: node:zlib `gzipSync` at level 9 (what `gzip -9` and most static hosts' precompression use),
 *  each file compressed on its own, as it goes over the wire.
 *
 *  JavaScript before interaction = external classic and module scripts (`<script src>`), module
 *  preloads (`<link rel="modulepreload">`), every file they import statically (`import … from`,
 *  `import "…"`, `export … from`, followed transitively), plus inline scripts (their text, gzipped
 *  together as one block). Files reached only through dynamic `import()` are not counted: they load
 *  on use. Non-JS script types (JSON-LD, import maps, speculation rules, templates) are not counted. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';

export const GZIP_LEVEL = 9;

/** Gzipped size in bytes (zlib level 9). */
export function gzipSize(data: string | Uint8Array): number {
  return gzipSync(typeof data === 'string' ? Buffer.from(data, 'utf8') : data, { level: GZIP_LEVEL }).length;
}

export interface Resource {
  /** Path relative to dist/, forward slashes; or the absolute URL when it is not in dist/. */
  file: string;
  raw: number;
  gz: number;
  /** False when the file is outside dist/ (another origin) or missing: its bytes are unknown (0). */
  found: boolean;
}

export interface PageWeight {
  /** URL path without base: `/guides/x/`, `/404.html`. */
  page: string;
  html: Resource;
  /** `<link rel="stylesheet">` files plus the CSS files they `@import`. */
  stylesheets: Resource[];
  /** Number of `<style>` elements (inline stylesheets). */
  inlineStyles: number;
  css: { raw: number; gz: number };
  /** External scripts and their static import graph, deduplicated. */
  scripts: Resource[];
  /** Inline JS scripts: count and their text gzipped as one block. */
  inlineScripts: { count: number; raw: number; gz: number };
  /** JS before interaction: external graph + inline. */
  js: { raw: number; gz: number };
  /** HTML + CSS, gzipped. */
  htmlCss: number;
  /** Files (or URLs) loaded only through dynamic import(): listed, not counted. */
  dynamicOnly: string[];
  /** Scripts or styles pointing outside dist/ (other origins), or missing files. */
  unresolved: string[];
}

export interface WeightOptions {
  /** Absolute path of the built site. */
  dist: string;
  /** Deploy base path (`/` or `/sub/`), as in hrefs of the built pages. */
  base?: string;
}

const JS_TYPES = new Set([
  '',
  'module',
  'text/javascript',
  'application/javascript',
  'text/ecmascript',
  'application/ecmascript',
]);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Every HTML page in dist/ (Pagefind's files excluded) as URL paths without base. */
export function listPages(dist: string): string[] {
  return walk(dist)
    .map((f) => path.relative(dist, f).split(path.sep).join('/'))
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .map((f) => `/${f}`.replace(/index\.html$/, ''))
    .sort();
}

/** A guide page in any language: `/guides/x/`, `/en/guides/x/`, `/zh-hant/guides/x/`. */
export const isGuidePage = (p: string): boolean => /^\/(?:[a-z]{2}(?:-[a-z]{2,4})?\/)?guides\/[^/]+\/$/i.test(p);

const ORIGIN = 'http://page-weight.invalid';

function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

function fileOfPage(urlPath: string): string {
  return urlPath.endsWith('/') ? `${urlPath.slice(1)}index.html` : urlPath.slice(1);
}

/** Static import specifiers of an ES module's source (not dynamic `import()`, not `import.meta`). */
export function staticImports(source: string): string[] {
  const out: string[] = [];
  // import "x" | import x from "x" | import {a as b} from "x" | import * as x from "x" | export {a} from "x" | export * from "x"
  const re = /(?<![\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?(["'`])([^"'`\n]+)\1/g;
  for (const m of source.matchAll(re)) {
    const head = m[0];
    // `export default "x"` or `export const a = "x"` would not match the class above ("=" is excluded),
    // but `export"x"` never occurs; only import or re-export forms reach here.
    if (/^export\s*["'`]/.test(head)) continue;
    out.push(m[2]!);
  }
  return out;
}

/** Dynamic `import("x")` specifiers with a literal argument. */
export function dynamicImports(source: string): string[] {
  return [...source.matchAll(/(?<![\w$.])import\s*\(\s*(["'`])([^"'`\n]+)\1/g)].map((m) => m[2]!);
}

/** Resolves a URL found in a page or file (at `fromUrl`) to a dist-relative file, or null when it
 *  is on another origin or outside the base. */
function toDistFile(ref: string, fromUrl: string, base: string): string | null {
  let url: URL;
  try {
    url = new URL(ref, fromUrl);
  } catch {
    return null;
  }
  if (url.origin !== ORIGIN || !url.pathname.startsWith(base)) return null;
  let rel = decodeURIComponent(url.pathname.slice(base.length));
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  return rel;
}

function resource(dist: string, file: string, cache: Map<string, Resource>): Resource {
  let r = cache.get(file);
  if (!r) {
    const full = path.join(dist, file);
    if (existsSync(full) && statSync(full).isFile()) {
      const buf = readFileSync(full);
      r = { file, raw: buf.length, gz: gzipSize(buf), found: true };
    } else {
      r = { file, raw: 0, gz: 0, found: false };
    }
    cache.set(file, r);
  }
  return r;
}

/** Weighs pages; keeps one cache of file sizes across calls. */
export function createWeigher(options: WeightOptions) {
  const dist = path.resolve(options.dist);
  const base = normalizeBase(options.base);
  const cache = new Map<string, Resource>();
  const text = (file: string) => readFileSync(path.join(dist, file), 'utf8');

  function weigh(urlPath: string): PageWeight {
    const htmlFile = fileOfPage(urlPath);
    const html = resource(dist, htmlFile, cache);
    if (!html.found) throw new Error(`No such page in ${dist}: ${urlPath}`);
    const doc: HTMLElement = parse(text(htmlFile), { comment: false });
    const pageUrl = `${ORIGIN}${base}${urlPath.slice(1)}`;
    const unresolved: string[] = [];

    // CSS: <link rel="stylesheet"> and the CSS files they @import.
    const cssFiles: string[] = [];
    const addCss = (ref: string, from: string) => {
      const file = toDistFile(ref, from, base);
      if (!file) return unresolved.push(ref);
      if (cssFiles.includes(file)) return;
      cssFiles.push(file);
      const r = resource(dist, file, cache);
      if (!r.found) return unresolved.push(ref);
      const fileUrl = `${ORIGIN}${base}${file}`;
      for (const m of text(file).matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)/g)) addCss(m[1]!, fileUrl);
    };
    for (const link of doc.querySelectorAll('link')) {
      const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
      const href = link.getAttribute('href');
      if (href && rel.includes('stylesheet')) addCss(href, pageUrl);
    }
    const stylesheets = cssFiles.map((f) => resource(dist, f, cache));
    const css = {
      raw: stylesheets.reduce((n, r) => n + r.raw, 0),
      gz: stylesheets.reduce((n, r) => n + r.gz, 0),
    };

    // JS: external scripts, module preloads, inline scripts; static imports followed transitively.
    const jsFiles: string[] = [];
    const dynamicRefs = new Set<string>();
    const follow = (source: string, fromUrl: string) => {
      for (const spec of staticImports(source)) addJs(spec, fromUrl);
      for (const spec of dynamicImports(source)) {
        // A computed specifier (template literal with ${…}) cannot be resolved statically: keep it as written.
        const file = spec.includes('${') ? null : toDistFile(spec, fromUrl, base);
        dynamicRefs.add(file ?? spec);
      }
    };
    const addJs = (ref: string, from: string) => {
      const file = toDistFile(ref, from, base);
      if (!file) return unresolved.push(ref);
      if (jsFiles.includes(file)) return;
      jsFiles.push(file);
      const r = resource(dist, file, cache);
      if (!r.found) return unresolved.push(ref);
      follow(text(file), `${ORIGIN}${base}${file}`);
    };
    const inline: string[] = [];
    for (const script of doc.querySelectorAll('script')) {
      const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
      if (!JS_TYPES.has(type)) continue;
      const src = script.getAttribute('src');
      if (src) addJs(src, pageUrl);
      else {
        inline.push(script.rawText);
        follow(script.rawText, pageUrl);
      }
    }
    for (const link of doc.querySelectorAll('link')) {
      const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
      const href = link.getAttribute('href');
      if (href && rel.includes('modulepreload')) addJs(href, pageUrl);
    }
    const scripts = jsFiles.map((f) => resource(dist, f, cache));
    const inlineText = inline.join('\n');
    const inlineScripts = {
      count: inline.length,
      raw: Buffer.byteLength(inlineText),
      gz: inline.length ? gzipSize(inlineText) : 0,
    };
    const js = {
      raw: scripts.reduce((n, r) => n + r.raw, 0) + inlineScripts.raw,
      gz: scripts.reduce((n, r) => n + r.gz, 0) + inlineScripts.gz,
    };

    return {
      page: urlPath,
      html,
      stylesheets,
      inlineStyles: doc.querySelectorAll('style').length,
      css,
      scripts,
      inlineScripts,
      js,
      htmlCss: html.gz + css.gz,
      dynamicOnly: [...dynamicRefs].filter((f) => !jsFiles.includes(f)),
      unresolved,
    };
  }

  return { dist, base, weigh, pages: () => listPages(dist) };
}

/** One-off: the weight of one page. */
export function pageWeight(urlPath: string, options: WeightOptions): PageWeight {
  return createWeigher(options).weigh(urlPath);
}

export function median(values: readonly number[]): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export const KiB = 1024;
export const kib = (bytes: number): string => `${(bytes / KiB).toFixed(2)} KiB`;
