/** The search page: fetches the engine's files once the page has rendered and starts the engine on the
 *  reader's first touch, reads ?q= (and ?topic=), searches as the reader types, and keeps ?q= in the
 *  URL (replaceState: a shareable link without a history entry per keystroke). */

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) void start(root);

/** Adds the preload links the build listed in an inert template (src/lib/search-index-html.ts), once. */
function fetchEngineFiles() {
  const template = document.querySelector<HTMLTemplateElement>('template[data-search-preloads]');
  if (!template) return;
  document.head.append(template.content.cloneNode(true));
  template.remove();
}

/** After the page's load event, when the main thread is idle: the page renders first. */
function afterFirstRender(run: () => void) {
  const idle = () =>
    'requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 0);
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}

// The search code is loaded with import() so that it is not counted as (or delayed by) page JavaScript.
async function start(root: HTMLElement) {
  const params = new URLSearchParams(location.search);
  const initial = params.get('q') ?? '';
  // A shared link with a query needs the engine at once; otherwise its ~70 KB wait for the first render.
  if (initial) fetchEngineFiles();
  else afterFirstRender(fetchEngineFiles);
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
  ui.topic = params.get('topic') ?? '';
  input.value = initial;
  // Listening from here on (the status line's hint is printed by the server, so it says nothing of this).
  root.dataset.searchReady = '';
  if (initial) void ui.search(initial);
  else {
    ui.ready();
    // Starting the engine (compiling the WASM, reading the index) waits for the reader's first touch
    // or key, so a phone's main thread is free while the page first renders; it is ready by the first word.
    const startEngine = () => {
      fetchEngineFiles();
      ui.preload();
    };
    for (const type of ['focusin', 'pointerdown', 'keydown'])
      root.addEventListener(type, startEngine, { once: true, passive: true });
  }
}

export {};
