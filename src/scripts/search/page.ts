/** The search page: reads ?q= on load, searches as the reader types, and keeps ?q= in the URL
 *  (replaceState: a shareable link without a history entry per keystroke). */

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) void start(root);

// The search code is loaded with import() so that it is not counted as (or delayed by) page JavaScript.
async function start(root: HTMLElement) {
  const { SearchUI, pageSearchConfig } = await import('./ui');
  const config = pageSearchConfig();
  const input = root.querySelector<HTMLInputElement>('input[type=search]')!;
  const ui = new SearchUI(root, config, (query) => {
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
  });
  const initial = new URLSearchParams(location.search).get('q') ?? '';
  input.value = initial;
  void ui.search(initial);
}

export {};
