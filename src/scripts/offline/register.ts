/** Registers the service worker (dist/sw.js, written by src/integrations/service-worker.ts) once the
 *  page has loaded, so it never competes with the page itself. Nothing happens without support, in
 *  private modes that refuse it, or in `astro dev` (which has no worker): the site works as before.
 *  Called by the footer's <save-offline> module (./save-offline.ts), present on every page, so one
 *  small module does both; an import-free script of its own would be inlined into every page. */
let registered = false;

/** `onWaiting` hears of a newer build's worker installed and waiting (it waits while a page of the old
 *  build is open; see sw.js), so the page can offer to reload into it. */
export function registerServiceWorker(url: string, onWaiting?: (worker: ServiceWorker) => void): void {
  if (registered || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  registered = true;
  addEventListener('load', () => {
    navigator.serviceWorker.register(url).then(
      (registration) => {
        // Stubbed register()s (privacy add-ons, test browsers that block workers) resolve with nothing.
        if (!onWaiting || !registration) return;
        const waiting = () => {
          if (registration.waiting && navigator.serviceWorker.controller) onWaiting(registration.waiting);
        };
        waiting();
        registration.addEventListener('updatefound', () =>
          registration.installing?.addEventListener('statechange', waiting),
        );
      },
      () => {},
    );
  });
}
