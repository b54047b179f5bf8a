/** Reads a `_headers` file (the format Cloudflare Pages and Netlify apply; src/lib/security-headers.ts
 *  writes it) and answers which headers a path gets. Used by the local server (scripts/static-server.mjs),
 *  so tests and `npm start` see the production headers. Pure; erasable TypeScript only, so Node loads it
 *  straight from a .mjs script. */
import type { HeaderRule } from './security-headers';

/** Parses a `_headers` file (the subset src/lib/security-headers.ts writes) back into rules. CRLF
 *  line endings are read the same as LF. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
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
    const pattern = new RegExp(`^${rule.path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[\\s\\S]*')}$`);
    if (pattern.test(pathname)) Object.assign(out, rule.headers);
  }
  return out;
}
