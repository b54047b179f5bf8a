/** Registers the service worker (dist/sw.js, written by src/integrations/service-worker.ts) once the
 *  page has loaded, so it never competes with the page itself. Nothing happens without support, in
 *  private modes that refuse it, or in `astro dev` (which has no worker): the site works as before.
 *  Called by the footer's <save-offline> module (./save-offline.ts), present on every page, so one
 *  small module does both; an import-free script of its own would be inlined into every page. */
let registered = false;

export function registerServiceWorker(url: string): void {
  if (registered || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  registered = true;
  addEventListener('load', () => {
    navigator.serviceWorker.register(url).catch(() => {});
  });
}
