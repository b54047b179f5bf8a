/* global CONFIG */
/* The service worker: offline reading. src/integrations/service-worker.ts writes it to dist/sw.js
   with one line above this file, `const CONFIG = {…}`: this build's cache name, base path, precache
   list, offline pages and offline-copy lists. Hand-written (no Workbox runtime) so the whole policy
   is on this page:

   - One cache per build, named with the build's version (a hash of every file in it).
   - Install: precache the site's CSS/JS (`_astro/`) and the offline pages; then carry the reader's
     offline copy over to this build: each saved language is saved again from this build's list (it
     must all arrive, or the install fails and the old build keeps serving), and every other page the
     old cache held is fetched again, as are the pages open right now (the page a reader lands on
     loads before any worker runs). Old HTML is never copied: a page is replaced as a whole.
   - The new worker then waits until no tab of the old build is open (no skipWaiting): an open old
     page keeps its old worker and cache, so its lazily loaded scripts are still there offline.
   - A save made while this worker waits goes into its cache too (src/scripts/offline/save.ts asks
     both workers), so the reader's copy survives the switch.
   - Activate: a language the old cache holds but this one lacks (saved while this worker was still
     installing) is saved again from this build; then every other build's cache is deleted (only this
     site's: caches named with its base).
   - Pages: network first, each answer cached; no network (or none within 4 s when a copy exists):
     the cached copy, else the offline page of the page's language.
   - `_astro/` (hashed, never changing): cache first, cached on first use.
   - `pagefind/`: what "Save for offline" stored (any ?ts= ignored), else the network; not cached
     on the way, so a language's index is in the cache whole or not at all.
   - Other precached files (the favicon): cache first. Anything else: not touched. */

const NETWORK_TIMEOUT = 4000;
const CACHE = CONFIG.cache;

const inScope = (url) => url.origin === location.origin && url.pathname.startsWith(CONFIG.base);
const openCache = () => caches.open(CACHE);
const ownCaches = async () => (await caches.keys()).filter((name) => name.startsWith(CONFIG.prefix));

/** The offline page for a path: the first whose language prefix matches (longest first). */
const offlinePage = (path) => CONFIG.offline.find(([prefix]) => path.startsWith(prefix))[1];

async function fetchOk(url) {
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok || response.redirected) throw new Error(`${response.status} ${url}`);
  return response;
}

/** Saves one language's offline copy into `cache` from this build's list, four files at a time. The
 *  list itself goes in last: a language counts as saved only once all of its files are in. */
async function save(cache, listUrl, report = () => {}) {
  const listResponse = await fetchOk(listUrl);
  const { urls } = await listResponse.clone().json();
  const total = urls.length;
  let next = 0;
  let done = 0;
  let bytes = 0;
  const lane = async () => {
    while (next < total) {
      const url = urls[next++];
      const response = await fetchOk(url);
      const { size } = await response.clone().blob();
      await cache.put(url, response);
      bytes += size;
      report({ done: ++done, total, bytes });
    }
  };
  await Promise.all([lane(), lane(), lane(), lane()]);
  await cache.put(listUrl, listResponse);
  return { done, total, bytes };
}

/** Removes one language's offline copy, keeping the files another saved language still lists
 *  (Pagefind's shared loader and entry file). */
async function remove(listUrl) {
  for (const name of await ownCaches()) {
    const cache = await caches.open(name);
    const listed = await cache.match(listUrl);
    if (!listed) continue;
    const keep = new Set();
    for (const other of CONFIG.lists) {
      const saved = other !== listUrl && (await cache.match(other));
      if (saved) for (const url of (await saved.json()).urls) keep.add(url);
    }
    const { urls } = await listed.json();
    await Promise.all(urls.filter((url) => !keep.has(url)).map((url) => cache.delete(url)));
    await cache.delete(listUrl);
  }
  return {};
}

async function install() {
  const cache = await openCache();
  await cache.addAll(CONFIG.precache.map((url) => new Request(url, { cache: 'reload' })));
  const lists = new Set();
  const pages = new Set();
  for (const name of await ownCaches()) {
    if (name === CACHE) continue;
    for (const request of await (await caches.open(name)).keys()) {
      const { pathname } = new URL(request.url);
      if (CONFIG.lists.includes(pathname)) lists.add(pathname);
      else if (pathname.endsWith('/')) pages.add(pathname);
    }
  }
  // The page(s) the reader landed on loaded before this worker existed: keep them too.
  for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
    const url = new URL(client.url);
    if (inScope(url) && url.pathname.endsWith('/')) pages.add(url.pathname);
  }
  for (const list of lists) await save(cache, list);
  await Promise.all(
    [...pages].map(async (url) => {
      try {
        if (!(await cache.match(url))) await cache.put(url, await fetchOk(url));
      } catch {
        // Gone from the new build, or unreachable right now: left out.
      }
    }),
  );
}

self.addEventListener('install', (event) => event.waitUntil(install()));

/** Saves again from this build every language an older cache holds and this one does not yet. Without
 *  a network it is left out: old HTML is never copied (a page is replaced as a whole). */
async function carryOver() {
  const cache = await openCache();
  for (const name of await ownCaches()) {
    if (name === CACHE) continue;
    const old = await caches.open(name);
    for (const list of CONFIG.lists) {
      if (!(await old.match(list)) || (await cache.match(list))) continue;
      try {
        await save(cache, list);
      } catch {
        // No network right now: this language's copy is gone with the old build.
      }
    }
  }
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await carryOver();
      for (const name of await ownCaches()) if (name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

/** "Save for offline" and "Remove", asked by the page (src/scripts/offline/save.ts) through a
 *  MessageChannel: progress and the result go back on the port. */
self.addEventListener('message', (event) => {
  const { type, list } = event.data ?? {};
  // The reader chose "Reload" on a page that said a newer version is waiting (save-offline.ts).
  if (type === 'skip-waiting') return void self.skipWaiting();
  const port = event.ports[0];
  if (!port || !CONFIG.lists.includes(list)) return;
  const task =
    type === 'save'
      ? openCache().then((cache) => save(cache, list, (p) => port.postMessage({ type: 'progress', ...p })))
      : type === 'remove'
        ? remove(list)
        : null;
  if (!task) return;
  event.waitUntil(
    task.then(
      (result) => port.postMessage({ type: 'done', ...result }),
      (error) => port.postMessage({ type: 'error', message: String(error) }),
    ),
  );
});

/** A page: network first (the answer is cached, ?query ignored); else the cached copy; else the
 *  offline page. With a cached copy, a network slower than NETWORK_TIMEOUT loses to it (the answer
 *  still refreshes the cache when it comes). */
function page(event, url) {
  const key = url.origin + url.pathname;
  const network = fetch(event.request);
  // Cloned as soon as it arrives, before the page reads the body.
  const copy = network.then((r) => (r.ok && !r.redirected && r.type === 'basic' ? r.clone() : null));
  event.waitUntil(copy.then(async (c) => c && (await openCache()).put(key, c)).catch(() => {}));
  event.respondWith(
    (async () => {
      const cache = await openCache();
      const cached = await cache.match(key);
      if (!cached) return network.catch(async () => (await cache.match(offlinePage(url.pathname))) ?? Response.error());
      const late = new Promise((resolve) => setTimeout(resolve, NETWORK_TIMEOUT, cached));
      return Promise.race([network.catch(() => cached), late]);
    })(),
  );
}

async function cacheFirst(request, store) {
  const cache = await openCache();
  const hit = await cache.match(request, { ignoreSearch: !store });
  if (hit) return hit;
  const response = await fetch(request);
  if (store && response.ok && response.type === 'basic') await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || !inScope(url)) return;
  if (request.mode === 'navigate') page(event, url);
  else if (url.pathname.startsWith(`${CONFIG.base}_astro/`)) event.respondWith(cacheFirst(request, true));
  else if (url.pathname.startsWith(`${CONFIG.base}pagefind/`)) event.respondWith(cacheFirst(request, false));
  else if (CONFIG.precache.includes(url.pathname)) event.respondWith(cacheFirst(request, false));
});
