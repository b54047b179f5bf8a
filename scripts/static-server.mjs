// A small static file server for the built site, used by `npm start` and by the browser tests, so
// both see the site exactly as a static host serves it: `/x/` → `x/index.html`, `/x` → redirect to
// `/x/` when that is a folder, anything missing → `/404.html` with status 404, served under the base,
// with the headers of the build's `_headers` file (CSP included), as Cloudflare Pages/Netlify apply them,
// gzipped like any static host would.
import { createServer } from 'node:http';
import { createReadStream, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createGzip } from 'node:zlib';
import path from 'node:path';
import { headersFor, parseHeadersFile } from '../src/lib/security-headers.ts';

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

async function fileAt(file) {
  try {
    const info = await stat(file);
    return info;
  } catch {
    return null;
  }
}

/** @param {{ root: string, base?: string }} options */
export function createStaticServer({ root, base = '/' }) {
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
  let rules = [];
  try {
    rules = parseHeadersFile(readFileSync(path.join(root, '_headers'), 'utf8'));
  } catch {
    // A build without _headers is served without them.
  }
  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // Text is gzipped when the client accepts it, as every static host does, so local measurements
    // (Lighthouse, transfer sizes) match what readers get.
    const acceptsGzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const send = (res, status, file) => {
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      const gzip = acceptsGzip && /^(text\/|application\/(json|manifest|xml|wasm))|svg/.test(type);
      res.writeHead(status, {
        ...headersFor(rules, url.pathname),
        'content-type': type,
        vary: 'accept-encoding',
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      });
      const stream = createReadStream(file);
      (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
    };
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = url.pathname;
    }
    const notFound = () => send(res, 404, path.join(root, '404.html'));
    if (prefix && pathname !== prefix && !pathname.startsWith(`${prefix}/`)) return notFound();
    const rel = pathname.slice(prefix.length) || '/';
    const file = path.join(root, path.normalize(rel));
    if (!file.startsWith(root)) return notFound();
    const info = await fileAt(file);
    if (info?.isDirectory()) {
      if (!rel.endsWith('/')) {
        res.writeHead(301, { location: `${prefix}${rel}/${url.search}` });
        return res.end();
      }
      const index = path.join(file, 'index.html');
      return (await fileAt(index)) ? send(res, 200, index) : notFound();
    }
    if (info?.isFile()) return send(res, 200, file);
    return notFound();
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
