/** The HTTP headers the site ships with, as a `_headers` file (Cloudflare Pages, Netlify) that the local
 *  server applies too (src/lib/headers-file.ts reads it), so a CSP mistake shows up in tests rather than
 *  in production. The CSP allows exactly the site's own inline scripts, hashed from their source. Pure. */
import { createHash } from 'node:crypto';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

/** CSP source for an inline script's exact text. */
export function scriptHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

/** Script types a browser runs; anything else is a data block (JSON-LD) or an import map. */
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

export interface InlineScript {
  /** The `type` attribute, lower-cased and trimmed ('' when absent). */
  type: string;
  text: string;
}

type Node = DefaultTreeAdapterTypes.Node;

/** Every inline `<script>` of a page (with no `src`), found the way a browser's parser finds them:
 *  script-like text in an attribute, a title or a comment is not a script. */
export function pageInlineScripts(html: string): InlineScript[] {
  const out: InlineScript[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node && node.tagName === 'script' && !node.attrs.some((a) => a.name === 'src')) {
      const type =
        node.attrs
          .find((a) => a.name === 'type')
          ?.value.trim()
          .toLowerCase() ?? '';
      const text = node.childNodes.map((c) => ('value' in c && c.nodeName === '#text' ? c.value : '')).join('');
      out.push({ type, text });
    }
    if ('content' in node && node.content) walk(node.content);
    if ('childNodes' in node) node.childNodes.forEach(walk);
  };
  walk(parse(html));
  return out;
}

/** Inline scripts that execute (not JSON-LD or other data blocks), from a page's HTML. */
export function inlineScripts(html: string): string[] {
  return pageInlineScripts(html)
    .filter((s) => JS_TYPES.has(s.type))
    .map((s) => s.text);
}

/** Inline scripts a page holds that are not the site's own (by hash) and not JSON-LD data: any of
 *  them means something put a script into a page, and the build must fail rather than trust it. */
export function foreignInlineScripts(html: string, ownHashes: ReadonlySet<string>): InlineScript[] {
  return pageInlineScripts(html).filter((s) => s.type !== 'application/ld+json' && !ownHashes.has(scriptHash(s.text)));
}

export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    // Pagefind's search runs WebAssembly: 'wasm-unsafe-eval' allows compiling it, not JS eval.
    `script-src 'self' 'wasm-unsafe-eval' ${[...new Set(scriptHashes)].sort().join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The same policy for a `<meta http-equiv>` tag, for hosts that cannot send headers (GitHub Pages).
 *  Browsers ignore frame-ancestors in a meta policy, so it is left out there. */
export function metaContentSecurityPolicy(scriptHashes: readonly string[]): string {
  return contentSecurityPolicy(scriptHashes)
    .split('; ')
    .filter((d) => !d.startsWith('frame-ancestors'))
    .join('; ');
}

/** Inserts the meta policy right after `<meta charset>`, before any script. */
export function withMetaCsp(html: string, policy: string): string {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}">`;
  return html.replace(/<meta charset="utf-8"\s*\/?>/i, (m) => `${m}${tag}`);
}

export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
}

export function headerRules(base: string, scriptHashes: readonly string[]): HeaderRule[] {
  const b = base.endsWith('/') ? base : `${base}/`;
  return [
    {
      path: `${b}*`,
      headers: {
        'Content-Security-Policy': contentSecurityPolicy(scriptHashes),
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        'X-Content-Type-Options': 'nosniff',
        'X-Frame-Options': 'DENY',
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
      },
    },
    // No Cache-Control on `/*`: hosts join the values of every matching rule, so it would contradict
    // the rules below. HTML is revalidated by the hosts' default (max-age=0, must-revalidate).
    // Hashed build assets never change under the same name.
    { path: `${b}_astro/*`, headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
    // Some search-index files keep their names across builds: revalidate.
    { path: `${b}pagefind/*`, headers: { 'Cache-Control': 'public, max-age=0, must-revalidate' } },
    { path: `${b}og/*`, headers: { 'Cache-Control': 'public, max-age=86400' } },
    // The service worker must always be checked, or a deploy could wait a day to reach readers.
    { path: `${b}sw.js`, headers: { 'Cache-Control': 'no-cache' } },
  ];
}

/** `_headers` file text: a path line, then indented `Name: value` lines. */
export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  return rules
    .map((r) => [r.path, ...Object.entries(r.headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n'))
    .join('\n\n')
    .concat('\n');
}
