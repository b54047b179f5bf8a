import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  contentSecurityPolicy,
  foreignInlineScripts,
  formatHeadersFile,
  headerRules,
  inlineScripts,
  metaContentSecurityPolicy,
  withMetaCsp,
  scriptHash,
} from '../../src/lib/security-headers';
import { headersFor, parseHeadersFile } from '../../src/lib/headers-file';
import { OWN_INLINE_SCRIPTS, ownScriptHashes } from '../../src/integrations/security-headers';

describe('CSP', () => {
  it('hashes inline scripts exactly as browsers do (sha256, base64)', () => {
    // echo -n "alert(1)" | openssl dgst -sha256 -binary | base64
    expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });

  it('finds executable inline scripts and skips external and data blocks', () => {
    const html =
      '<script>a()</script><script type="module">b()</script><script src="/x.js"></script><script type="application/ld+json">{"c":1}</script>';
    expect(inlineScripts(html)).toEqual(['a()', 'b()']);
  });

  it('finds scripts as the browser parses them: script-like text in attributes, titles or comments is not one', () => {
    // A page title of `</script><script>alert(1)</script>`, escaped in the text but not in attributes.
    const title = '</script><script>alert(1)</script>';
    const html =
      `<html><head><title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>` +
      `<meta property="og:title" content="${title}"><!-- <script>alert(2)</script> --></head>` +
      `<body><textarea><script>alert(3)</script></textarea><template><script>t()</script></template></body></html>`;
    expect(inlineScripts(html)).toEqual(['t()']);
  });

  it("reports every inline script that is not the site's own, JSON-LD excepted", () => {
    const own = new Set([scriptHash('theme()')]);
    const html =
      '<head><script>theme()</script><script type="application/ld+json">{"a":1}</script></head>' +
      '<body><div><script>document.title="x"</script></div><svg><script>s()</script></svg>' +
      '<script type="importmap">{}</script><script src="/_astro/x.js"></script></body>';
    expect(foreignInlineScripts(html, own)).toEqual([
      { type: '', text: 'document.title="x"' },
      { type: '', text: 's()' },
      { type: 'importmap', text: '{}' },
    ]);
    expect(foreignInlineScripts('<script>theme()</script>', own)).toEqual([]);
  });

  it("hashes the site's own inline scripts from their source files, not from built pages", async () => {
    const hashes = await ownScriptHashes(new URL(`file://${process.cwd()}/`));
    expect(hashes).toEqual(OWN_INLINE_SCRIPTS.map((f) => scriptHash(readFileSync(f, 'utf8'))));
    expect(hashes).toHaveLength(1);
  });

  it('is strict: no unsafe-inline or eval for scripts, no framing, no plugins, base locked', () => {
    const csp = contentSecurityPolicy(["'sha256-abc'"]);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-abc'/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/'unsafe-eval'/);
    for (const d of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"]) expect(csp).toContain(d);
  });
});

describe('_headers', () => {
  const rules = headerRules('/guide/', ["'sha256-abc'"]);
  it('round-trips through the file format', () => {
    expect(parseHeadersFile(formatHeadersFile(rules))).toEqual(rules);
  });

  it('applies security headers everywhere and long caching only to hashed assets', () => {
    const page = headersFor(rules, '/guide/faq/');
    expect(page['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(page['X-Content-Type-Options']).toBe('nosniff');
    expect(page['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(page['Permissions-Policy']).toContain('camera=()');
    expect(page['Cache-Control']).toBeUndefined();
    expect(headersFor(rules, '/guide/_astro/a.B1.js')['Cache-Control']).toContain('immutable');
    expect(headersFor(rules, '/guide/pagefind/pagefind.js')['Cache-Control']).toContain('must-revalidate');
    expect(headersFor(rules, '/guide/sw.js')['Cache-Control']).toBe('no-cache');
    expect(headersFor(rules, '/other/')).toEqual({});
  });

  it('matches paths holding a newline (a decoded %0a), so such a request still gets the CSP', () => {
    expect(headersFor(rules, '/guide/x\n/')['X-Frame-Options']).toBe('DENY');
  });

  it('reads a file saved with CRLF line endings the same', () => {
    expect(parseHeadersFile(formatHeadersFile(rules).replace(/\n/g, '\r\n'))).toEqual(rules);
  });
});

describe('meta CSP for hosts without headers', () => {
  it('drops frame-ancestors (ignored in meta) and goes right after the charset', () => {
    const policy = metaContentSecurityPolicy(["'sha256-abc'"]);
    expect(policy).not.toContain('frame-ancestors');
    expect(policy).toContain("'sha256-abc'");
    const html = withMetaCsp('<head><meta charset="utf-8"><script>x()</script>', policy);
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf('<script>'));
  });
});
