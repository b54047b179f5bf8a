/** The offline page: lists the guides and FAQ answers this device holds, read from the service worker's
 *  cache. The page renders every guide and answer of its language as hidden list items; those found in
 *  the cache are shown. Without JavaScript the page's plain message and home link stand alone. The
 *  cache-name prefix comes from the markup (src/lib/offline.ts `cachePrefix`). This page has no "Save
 *  for offline" control, so it registers the worker itself (for a reader who opens it directly). */
import { registerServiceWorker } from './register';

async function showAvailable(root: HTMLElement) {
  const cached = new Set<string>();
  for (const name of await caches.keys()) {
    if (!name.startsWith(root.dataset.cachePrefix!)) continue;
    for (const request of await (await caches.open(name)).keys()) cached.add(new URL(request.url).pathname);
  }
  let any = false;
  for (const group of root.querySelectorAll<HTMLElement>('[data-offline-group]')) {
    let shown = 0;
    for (const item of group.querySelectorAll<HTMLElement>('li[data-path]')) {
      item.hidden = !cached.has(item.dataset.path!);
      if (!item.hidden) shown++;
    }
    group.hidden = shown === 0;
    any ||= shown > 0;
  }
  root.querySelector<HTMLElement>('[data-offline-none]')!.hidden = any;
  root.hidden = false;
}

const root = document.querySelector<HTMLElement>('[data-offline-available]');
if (root && 'caches' in window) {
  registerServiceWorker(root.dataset.sw!);
  void showAvailable(root).catch(() => {});
}
