/** Index-time search synonyms: which extra words a page gets in its (invisible) search keywords, so
 *  that 上网卡 finds a page that says 流量卡, and "deleted esim" finds 误删 eSIM. Pure; the groups are
 *  data in src/data/search-synonyms.json. */

export type SynonymGroups = readonly (readonly string[])[];

/** Case-insensitive, width-insensitive, space-insensitive form used only for matching. */
export function foldForMatch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** True when `term` occurs in `text`; short Latin terms must stand as whole words ("au" ≠ "audio"). */
export function mentions(text: string, term: string): boolean {
  const folded = foldForMatch(term);
  if (!folded) return false;
  if (/^[a-z0-9-]{1,3}$/.test(folded)) {
    return new RegExp(`(^|[^a-z0-9])${folded}([^a-z0-9]|$)`, 'i').test(text.normalize('NFKC'));
  }
  return foldForMatch(text).includes(folded);
}

export interface KeywordSource {
  title: string;
  description?: string;
  keywords?: readonly string[];
  headings?: readonly string[];
}

/** The page's own keywords plus every synonym of a word its prominent text uses, deduplicated. */
export function searchKeywords(page: KeywordSource, groups: SynonymGroups): string[] {
  const prominent = [page.title, page.description ?? '', ...(page.keywords ?? []), ...(page.headings ?? [])].join('\n');
  const out = new Map<string, string>();
  const add = (word: string) => {
    const key = foldForMatch(word);
    if (key && !out.has(key)) out.set(key, word.trim());
  };
  (page.keywords ?? []).forEach(add);
  for (const group of groups) {
    if (group.some((term) => mentions(prominent, term))) group.forEach(add);
  }
  return [...out.values()];
}

/** Synonyms a page of this language gets: English pages only words in Latin script (a Chinese
 *  synonym in an English page would surface in English results); Chinese pages all of them, since
 *  Chinese readers also type "data SIM" or "backup". */
export function wordsForLocale(words: readonly string[], locale: string): string[] {
  return locale === 'en'
    ? words.filter((w) => !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(w))
    : [...words];
}
