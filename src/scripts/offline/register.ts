/** Registers the service worker (dist/sw.js, written by src/integrations/service-worker.ts) once the
 *  page has loaded, so it never competes with the page itself. Nothing happens without support, in
 *  private modes that refuse it, or in `astro dev` (which has no worker): the site works as before. */
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  addEventListener('load', () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => {});
  });
}
