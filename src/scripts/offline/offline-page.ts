/** The offline page: lists the guides and FAQ answers this device holds, read from the service worker's
 *  cache. The page renders every guide and answer of its language as hidden list items; those found in
 *  the cache are shown. Without JavaScript the page's plain message and home link stand alone. */
import { cachePrefix } from '../../lib/offline';

async function showAvailable(root: HTMLElement) {
  const prefix = cachePrefix(document.documentElement.dataset.base ?? '/');
  const cached = new Set<string>();
  for (const name of await caches.keys()) {
    if (!name.startsWith(prefix)) continue;
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
if (root && 'caches' in window) void showAvailable(root).catch(() => {});
