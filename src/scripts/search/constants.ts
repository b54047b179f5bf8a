/** Shared by the search UI, the on-page highlighter and the relevance tests. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Pagefind ranking: term frequency counts for less than by default, so a page that is about a
 *  word (in its title, headings and keywords) beats one that merely repeats it. Tuned against the
 *  relevance suite (tests/browser/search.test.ts). */
export const SEARCH_RANKING = { termFrequency: 0.3 };
