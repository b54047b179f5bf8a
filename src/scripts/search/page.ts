/** The search page: reads ?q= on load, searches as the reader types, and keeps ?q= in the URL
 *  (replaceState: a shareable link without a history entry per keystroke). */
import { SearchUI } from './ui';

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) {
  const config = JSON.parse(root.dataset.config!);
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
  if (!initial) input.focus();
}
