import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  formatHeadersFile,
  headerRules,
  headersFor,
  inlineScripts,
  metaContentSecurityPolicy,
  parseHeadersFile,
  withMetaCsp,
  scriptHash,
} from '../../src/lib/security-headers';

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
