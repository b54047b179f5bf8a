/** The HTTP headers the site ships with, as a `_headers` file (Cloudflare Pages, Netlify) that the local
 *  server applies too, so a CSP mistake shows up in tests rather than in production. Pure. */
import { createHash } from 'node:crypto';

/** CSP source for an inline script's exact text. */
export function scriptHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

/** Inline scripts that execute (not JSON-LD or other data blocks), from a page's HTML. */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? '';
    if (/\bsrc\s*=/.test(attrs)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    if (type && type !== 'module' && type !== 'text/javascript' && type !== 'application/javascript') continue;
    out.push(m[2] ?? '');
  }
  return out;
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

/** Parses a `_headers` file (the subset written above) back into rules. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: {} });
    else {
      const i = line.indexOf(':');
      if (i > 0 && rules.length) rules.at(-1)!.headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return rules;
}

/** Headers for a request path: every matching rule applies, later rules override earlier ones. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    const pattern = new RegExp(`^${rule.path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    if (pattern.test(pathname)) Object.assign(out, rule.headers);
  }
  return out;
}
