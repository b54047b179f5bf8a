/** On a page opened from a search result (?highlight=…), marks the searched words. Pagefind's
 *  highlighter loads only then; every other visit fetches nothing. */

// The same name as HIGHLIGHT_PARAM in ./constants, written out so this tiny script imports nothing.
const HIGHLIGHT_PARAM = 'highlight';

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  const base = document.documentElement.dataset.base ?? '/';
  import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`)
    .then(
      ({ default: Highlight }) =>
        new Highlight({ highlightParam: HIGHLIGHT_PARAM, markContext: '[data-pagefind-body]', addStyles: false }),
    )
    .catch(() => {});
}
