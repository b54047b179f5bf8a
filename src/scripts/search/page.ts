/** The search page: starts the engine on the reader's first touch, reads ?q= (and ?topic=), searches as the reader types, and keeps ?q= in
 *  the URL (replaceState: a shareable link without a history entry per keystroke). */

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) void start(root);

// The search code is loaded with import() so that it is not counted as (or delayed by) page JavaScript.
async function start(root: HTMLElement) {
  const { SearchUI, panelConfig } = await import('./ui');
  const input = root.querySelector<HTMLInputElement>('input[type=search]')!;
  const ui = new SearchUI(root, panelConfig(root), (query) => {
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    url.searchParams.delete('topic');
    if (ui.topic) url.searchParams.set('topic', ui.topic);
    history.replaceState(history.state, '', url);
  });
  const params = new URLSearchParams(location.search);
  const initial = params.get('q') ?? '';
  ui.topic = params.get('topic') ?? '';
  input.value = initial;
  if (initial) void ui.search(initial);
  else {
    ui.ready();
    // The page preloads the engine's files as it opens (src/integrations/pagefind.ts); starting the
    // engine (compiling the WASM, reading the index) waits for the reader's first touch or key, so a
    // phone's main thread is free while the page first renders, and it is ready by the first word.
    const start = () => ui.preload();
    for (const type of ['focusin', 'pointerdown', 'keydown'])
      root.addEventListener(type, start, { once: true, passive: true });
  }
}

export {};
