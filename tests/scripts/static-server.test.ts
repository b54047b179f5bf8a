/** The local server (`npm start`, browser tests) never falls over and never sends a reader elsewhere:
 *  hostile paths, other methods, a missing 404 page and aborted downloads, against a small site in a
 *  temporary folder. Requests go over raw TCP so paths arrive exactly as written (no client
 *  normalising them first). The server runs in this process, so its open files can be counted. */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeLocation, startStaticServer } from '../../scripts/static-server.mjs';
import { formatHeadersFile, headerRules } from '../../src/lib/security-headers';

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends one raw HTTP/1.1 request and reads the whole answer. */
function request(origin: string, target: string, method = 'GET', extra = ''): Promise<Answer> {
  const { port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(10_000, () => socket.destroy(new Error(`no answer to ${method} ${target}`)));
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const [head = '', body = ''] = text.split('\r\n\r\n', 2);
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
      );
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body });
    });
    socket.write(`${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${extra}\r\n`);
  });
}

const openFiles = () => readdirSync('/proc/self/fd').length;

function makeSite(with404: boolean): string {
  const root = mkdtempSync(path.join(tmpdir(), 'static-server-'));
  for (const dir of ['guides', '中文', 'big']) mkdirSync(path.join(root, dir));
  writeFileSync(path.join(root, 'index.html'), '<h1>home</h1>');
  writeFileSync(path.join(root, 'guides/index.html'), '<h1>guides</h1>');
  writeFileSync(path.join(root, '中文/index.html'), '<h1>zh</h1>');
  // Large enough that a download is still running when the reader goes away.
  writeFileSync(path.join(root, 'big/file.bin'), Buffer.alloc(16 * 1024 * 1024, 1));
  if (with404) writeFileSync(path.join(root, '404.html'), '<h1>not found</h1>');
  writeFileSync(path.join(root, '_headers'), formatHeadersFile(headerRules('/', ["'sha256-abc'"])));
  return root;
}

let root: string;
let site: Awaited<ReturnType<typeof startStaticServer>>;
beforeAll(async () => {
  root = makeSite(true);
  site = await startStaticServer({ root });
});
afterAll(async () => {
  await site?.close();
  rmSync(root, { recursive: true, force: true });
});

const secured = (a: Answer) => {
  expect(a.headers['content-security-policy']).toContain("default-src 'self'");
  expect(a.headers['x-content-type-options']).toBe('nosniff');
};

describe('the local server', () => {
  it('serves pages and the 404 page with the security headers', async () => {
    const home = await request(site.origin, '/');
    expect(home.status).toBe(200);
    expect(home.body).toContain('home');
    secured(home);
    const missing = await request(site.origin, '/nope/');
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('not found');
    secured(missing);
  });

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS'])('answers %s with 405, GET and HEAD allowed', async (method) => {
    const a = await request(site.origin, '/guides/', method, 'Content-Length: 0\r\n');
    expect(a.status).toBe(405);
    expect(a.headers.allow).toBe('GET, HEAD');
    expect(a.body).not.toContain('guides');
    secured(a);
  });

  it('answers HEAD with headers only', async () => {
    const a = await request(site.origin, '/guides/', 'HEAD');
    expect(a.status).toBe(200);
    expect(a.body).toBe('');
  });

  it.each(['/_headers', '/_HEADERS', '/_headers/', '/%5fheaders', '/x/../_headers'])(
    'does not serve the headers file at %s',
    async (target) => {
      const a = await request(site.origin, target);
      expect(a.status).toBe(404);
      expect(a.body).not.toContain('Content-Security-Policy');
    },
  );

  it('redirects a folder to its trailing slash with the security headers, keeping the query', async () => {
    const a = await request(site.origin, '/guides?q=1');
    expect(a.status).toBe(301);
    expect(a.headers.location).toBe('/guides/?q=1');
    secured(a);
  });

  it('redirects a non-ASCII folder without a trailing slash (it used to stop the server)', async () => {
    const a = await request(site.origin, '/%E4%B8%AD%E6%96%87');
    expect(a.status).toBe(301);
    expect(a.headers.location).toBe('/%E4%B8%AD%E6%96%87/');
    expect((await request(site.origin, a.headers.location!)).body).toContain('zh');
  });

  it('keeps CR/LF out of the Location header (it used to stop the server)', async () => {
    const a = await request(site.origin, '/x%0d%0a%2f..%2fguides');
    expect(a.status).toBe(301);
    expect(a.headers.location).toBe('/x%0d%0a%2f..%2fguides/');
    expect((await request(site.origin, '/')).status).toBe(200);
  });

  it.each([
    '/%2fexample.org%2f..%2fguides',
    '/%5cexample.org%2f..%2fguides',
    '//example.org/../guides',
    '///example.org/../guides',
    '/\\example.org/../guides',
  ])('never redirects off the site: %s', async (target) => {
    const a = await request(site.origin, target);
    expect(a.status).toBe(301);
    const location = a.headers.location!;
    expect(location).toMatch(/^\/[^/\\]/);
    // Resolved the way a browser resolves it, the redirect stays on this origin.
    expect(new URL(location, site.origin).origin).toBe(site.origin);
  });

  it('answers a missing 404 page (a rebuild while serving) with a plain 404 and keeps running', async () => {
    const bare = makeSite(false);
    const server = await startStaticServer({ root: bare });
    try {
      const a = await request(server.origin, '/no-such-page/');
      expect(a.status).toBe(404);
      secured(a);
      expect((await request(server.origin, '/guides/')).status).toBe(200);
    } finally {
      await server.close();
      rmSync(bare, { recursive: true, force: true });
    }
  });
});

describe('hostile input', () => {
  /** A small deterministic generator, so a failure can be reproduced. */
  function* randomPaths(count: number, seed = 12) {
    const pieces = ['/', '//', '\\', '..', '.', '%', '%2f', '%2F', '%5c', '%00', '%0d', '%0a', '%ff', '%c0%ae', '%e4%b8', '%zz',
      '?', '#', 'guides', '中文', '_headers', '%E4%B8%AD', ':', '@', 'example.org', '~', ';', '%25', '%%', '\u00e9']; // prettier-ignore
    let state = seed;
    const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < count; i++) {
      let p = '/';
      const length = 1 + Math.floor(next() * 8);
      for (let j = 0; j < length; j++) p += pieces[Math.floor(next() * pieces.length)];
      yield p;
    }
  }
  const fixed = [
    '/%', '/%zz', '/%00', '/%00/', '/a%00b', '/%ff', '/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd',
    '/..%2f..%2f..%2fetc%2fpasswd', '/../../etc/passwd', '/..\\..\\etc\\passwd', '/guides/../../..',
    `/${'a'.repeat(5000)}`, `/${'a/'.repeat(2000)}`, `/${'%2e%2e%2f'.repeat(200)}etc/passwd`, '/?%', '/?a=%0d%0a',
    '*', 'http://example.org/', 'example.org', '/%E4%B8%AD%E6%96%87?x=\u00e9', '/big%2ffile.bin/',
  ]; // prettier-ignore

  it('answers every malformed or hostile path, leaks nothing, and keeps serving', async () => {
    const targets = [...fixed, ...randomPaths(300)];
    for (const target of targets) {
      const a = await request(site.origin, target);
      expect([200, 301, 400, 404], target).toContain(a.status);
      expect(a.body, target).not.toContain('root:x:0:0');
      expect(a.body, target).not.toContain('Content-Security-Policy');
      if (a.headers.location) expect(new URL(a.headers.location, site.origin).origin, target).toBe(site.origin);
      if (a.status !== 400) secured(a);
    }
    const home = await request(site.origin, '/');
    expect(home.status).toBe(200);
    expect(home.body).toContain('home');
  });

  it('closes the file of every aborted download (200 aborts, no descriptor left open)', async () => {
    const before = openFiles();
    const abortOne = () =>
      new Promise<void>((resolve, reject) => {
        const socket = connect(Number(new URL(site.origin).port), '127.0.0.1');
        socket.on('error', reject);
        socket.once('data', () => {
          socket.destroy();
          resolve();
        });
        socket.write('GET /big/file.bin HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
      });
    for (let i = 0; i < 200; i += 20) await Promise.all(Array.from({ length: 20 }, abortOne));
    // Closing happens as the server notices each reset: wait for it, then count.
    await expect.poll(openFiles, { timeout: 15_000 }).toBeLessThanOrEqual(before + 2);
    expect((await request(site.origin, '/')).status).toBe(200);
  });
});

describe('safeLocation', () => {
  it('keeps percent-encoding, encodes what a header or a browser would misread, and keeps one leading slash', () => {
    expect(safeLocation('/a%20b/?q=1')).toBe('/a%20b/?q=1');
    expect(safeLocation('//example.org/')).toBe('/example.org/');
    expect(safeLocation('/\\example.org/')).toBe('/%5Cexample.org/');
    expect(safeLocation('/\t/example.org/')).toBe('/%09/example.org/');
    expect(safeLocation('/x\r\nSet-Cookie: a')).toBe('/x%0D%0ASet-Cookie:%20a');
    expect(safeLocation('/中文/')).toBe('/%E4%B8%AD%E6%96%87/');
  });
});
