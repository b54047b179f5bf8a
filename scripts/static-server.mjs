// A small static file server for the built site, used by `npm start` and by the browser tests, so
// both see the site exactly as a static host serves it: `/x/` → `x/index.html`, `/x` → redirect to
// `/x/` when that is a folder, anything missing → `/404.html` with status 404, served under the base,
// with the headers of the build's `_headers` file (CSP included) on every answer, redirects and errors
// too, as Cloudflare Pages/Netlify apply them, gzipped like any static host would.
//
// No request can stop it: every handler error becomes a 500, a file that vanished (a rebuild while it
// runs) is answered as missing, streams are piped with pipeline() so an aborted download closes its
// file, and a redirect's Location is the request's own (still percent-encoded) path with one leading
// slash, so it never points at another host. Only GET and HEAD are answered; `_headers` is not served.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';
import path from 'node:path';
import { headersFor, parseHeadersFile } from '../src/lib/headers-file.ts';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** Files a host reads as configuration, never serves. */
const HIDDEN = new Set(['/_headers']);
const isHidden = (rel) => HIDDEN.has(rel.replace(/\/+$/, '').toLowerCase());

async function statOrNull(file) {
  try {
    return await stat(file);
  } catch {
    return null;
  }
}

/** A request target (path and query) made safe for a `Location` header: still percent-encoded as it
 *  came, anything outside the URL characters encoded (so no header injection, and no tab, newline or
 *  backslash a browser would drop or read as a slash), and one leading slash (so `//host` never
 *  becomes another site). */
export function safeLocation(target) {
  const encoded = target.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/%?]/gu, (c) => encodeURIComponent(c));
  return encoded.replace(/^\/+/, '/');
}

/** @param {{ root: string, base?: string }} options */
export function createStaticServer({ root, base = '/' }) {
  const dir = path.resolve(root);
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
  let rules = [];
  try {
    rules = parseHeadersFile(readFileSync(path.join(dir, '_headers'), 'utf8'));
  } catch {
    // A build without _headers is served without them.
  }
  // The site-wide rule (security headers) applies to every answer, even for paths outside the base.
  const headersOf = (sitePath) => ({ ...headersFor(rules, `${prefix}/`), ...headersFor(rules, sitePath) });

  async function handle(req, res) {
    const raw = req.url ?? '/';
    const query = raw.indexOf('?');
    const rawPath = query < 0 ? raw : raw.slice(0, query);
    const search = query < 0 ? '' : raw.slice(query);
    const plain = (status, text, extra = {}) => {
      res.writeHead(status, { ...headersOf(`${prefix}/`), 'content-type': 'text/plain; charset=utf-8', ...extra });
      res.end(req.method === 'HEAD' ? undefined : `${text}\n`);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(405, 'Method not allowed', { allow: 'GET, HEAD' });
    if (!rawPath.startsWith('/')) return plain(400, 'Bad request');
    let pathname;
    try {
      pathname = decodeURIComponent(rawPath);
    } catch {
      return plain(400, 'Bad request');
    }
    if (pathname.includes('\0')) return plain(400, 'Bad request');

    // Text is gzipped when the client accepts it, as every static host does, so local measurements
    // (Lighthouse, transfer sizes) match what readers get.
    const acceptsGzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    /** Sends a file; false (nothing sent) when it cannot be opened. */
    const send = async (status, file, sitePath) => {
      let handle;
      try {
        handle = await open(file, 'r');
        if (!(await handle.stat()).isFile()) throw new Error('not a file');
      } catch {
        await handle?.close().catch(() => {});
        return false;
      }
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      const gzip = acceptsGzip && /^(text\/|application\/(json|manifest|xml|wasm))|svg/.test(type);
      res.writeHead(status, {
        ...headersOf(sitePath),
        'content-type': type,
        vary: 'accept-encoding',
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      });
      if (req.method === 'HEAD') {
        await handle.close();
        res.end();
        return true;
      }
      // pipeline() destroys every stream when the reader aborts or a read fails; the file is closed
      // explicitly when its stream closes, whatever ended it.
      const fileStream = handle.createReadStream();
      fileStream.once('close', () => handle.close().catch(() => {}));
      pipeline([fileStream, ...(gzip ? [createGzip()] : []), res], () => {});
      return true;
    };
    const notFound = async () => {
      if (!(await send(404, path.join(dir, '404.html'), `${prefix}/404.html`))) plain(404, 'Not found');
    };

    if (prefix && pathname !== prefix && !pathname.startsWith(`${prefix}/`)) return notFound();
    const rel = path.posix.normalize(pathname.slice(prefix.length) || '/');
    const file = path.join(dir, rel);
    if ((file !== dir && !file.startsWith(dir + path.sep)) || isHidden(rel)) return notFound();
    const sitePath = `${prefix}${rel}`;
    const info = await statOrNull(file);
    if (info?.isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { ...headersOf(sitePath), location: safeLocation(`${rawPath}/${search}`) });
        return res.end();
      }
      if (await send(200, path.join(file, 'index.html'), sitePath)) return;
      return notFound();
    }
    if (info?.isFile() && (await send(200, file, sitePath))) return;
    return notFound();
  }

  return createServer((req, res) => {
    handle(req, res).catch(() => {
      if (res.headersSent) return res.destroy();
      res.writeHead(500, { ...headersOf(`${prefix}/`), 'content-type': 'text/plain; charset=utf-8' });
      res.end('Internal error\n');
    });
  });
}

/** Starts a server on `port` (0 = any free port) on loopback; resolves to its origin URL and a closer. */
export async function startStaticServer({ root, base = '/', port = 0 }) {
  const server = createStaticServer({ root: path.resolve(root), base });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: `${origin}${base.endsWith('/') ? base : `${base}/`}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
