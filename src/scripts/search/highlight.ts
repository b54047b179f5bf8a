/** On a page opened from a search result (?highlight=…), marks the searched words. Pagefind's
 *  highlighter loads only then; every other visit fetches nothing. */
import { HIGHLIGHT_PARAM } from './constants';

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  const base = document.documentElement.dataset.base ?? '/';
  import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`)
    .then(({ default: Highlight }) => new Highlight({ highlightParam: HIGHLIGHT_PARAM, markContext: '[data-pagefind-body]', addStyles: false }))
    .catch(() => {});
}
