/** Replaces Vite's dynamic-import preload helper with a one-liner in the browser build. Vite wraps
 *  every import() in a helper (~0.9 KB gzipped) that preloads the imported chunk's CSS and
 *  dependencies; it lands in the entry script of every page. This site's lazy chunks (search UI,
 *  saving for offline, Pagefind's own files) carry no CSS, so plain import() does the same job. */
import type { Plugin } from 'vite';

const HELPER_ID = '\0vite/preload-helper.js';

export function tinyPreloadHelper(): Plugin {
  return {
    name: 'site:tiny-preload-helper',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      if (id === HELPER_ID) return 'export const __vitePreload = (load) => load();';
      return null;
    },
  };
}
