/** Loaded on a page opened from a search result (?highlight=…): marks the searched words in the article body
 *  only (not the title, table of contents or sources), scrolls to the first one in the linked section,
 *  and offers a button that clears the marks. Every other visit does nothing. */
import { termPattern, wordMatches } from '@/lib/search-marks';
import { HIGHLIGHT_PARAM } from './constants';

const MARK_CLASS = 'search-hit';

function markIn(root: Element, pattern: RegExp): HTMLElement[] {
  const marks: HTMLElement[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement?.closest('script, style, mark, [data-pagefind-ignore], nav, button')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  for (const text of texts) {
    const value = text.data;
    const found = wordMatches(value, pattern);
    if (!found.length) continue;
    const parts = document.createDocumentFragment();
    let last = 0;
    for (const m of found) {
      parts.append(value.slice(last, m.index));
      const mark = document.createElement('mark');
      mark.className = MARK_CLASS;
      mark.textContent = m[0];
      parts.append(mark);
      marks.push(mark);
      last = m.index + m[0].length;
    }
    parts.append(value.slice(last));
    text.replaceWith(parts);
  }
  return marks;
}

function clear(bar: HTMLElement | null) {
  for (const mark of document.querySelectorAll(`mark.${MARK_CLASS}`)) mark.replaceWith(mark.textContent ?? '');
  document.querySelector('[data-pagefind-body]')?.normalize();
  if (bar) bar.hidden = true;
  const url = new URL(location.href);
  url.searchParams.delete(HIGHLIGHT_PARAM);
  history.replaceState(history.state, '', url);
}

const terms = new URLSearchParams(location.search).get(HIGHLIGHT_PARAM)?.split(' ').filter(Boolean) ?? [];
const pattern = termPattern(terms);
const body = document.querySelector('[data-pagefind-body]');
if (pattern && body) {
  const marks = [...body.querySelectorAll('.prose')].flatMap((prose) => markIn(prose, pattern));
  if (marks.length) {
    const bar = document.querySelector<HTMLElement>('[data-highlight-bar]');
    if (bar) {
      bar.hidden = false;
      bar.querySelector('button')?.addEventListener('click', () => clear(bar), { once: true });
    }
    // The first mark at or after the linked section (the section itself is where the browser scrolled).
    const section = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    const first =
      marks.find((m) => !section || section.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING) ?? marks[0]!;
    first.scrollIntoView({ block: 'center' });
  }
}
