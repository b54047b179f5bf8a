/** One search: the query's meaningful words (src/lib/search-query), each looked up in Pagefind on its
 *  own, pages ranked by how many of the words they contain (src/lib/search-rank). Page data (the
 *  fragment file of each result) is loaded only for the results shown. */
import { queryTerms } from '@/lib/search-query';
import { rankPages, type TermHit } from '@/lib/search-rank';
import type { PagefindApi, PagefindResult } from './pagefind';

export interface SearchOutcome {
  terms: string[];
  pages: { id: string; matched: number; score: number; item: PagefindResult }[];
  relaxed: boolean;
}

type Filters = Record<string, string> | undefined;

/** Per index, the lookups already made: a reader typing a query word by word, or refining it, asks
 *  for the same words again (two Pagefind searches each), and the answer cannot change. */
const lookups = new WeakMap<PagefindApi, Map<string, Promise<TermHit<PagefindResult>[]>>>();

function cachedPagesWith(api: PagefindApi, term: string, filters: Filters): Promise<TermHit<PagefindResult>[]> {
  let cache = lookups.get(api);
  if (!cache) lookups.set(api, (cache = new Map()));
  const key = `${term}\u0000${filters ? JSON.stringify(filters) : ''}`;
  let hits = cache.get(key);
  if (!hits) {
    hits = pagesWith(api, term, filters);
    hits.catch(() => cache.delete(key));
    cache.set(key, hits);
  }
  return hits;
}

/** The pages that contain `term` as a word, scored by Pagefind's ranking for it. Quoted, Pagefind
 *  matches the word itself (no stray character inside another word, no lone "X" for "xyzzyq");
 *  unquoted, it scores pages by where and how often the word appears. */
async function pagesWith(api: PagefindApi, term: string, filters: Filters): Promise<TermHit<PagefindResult>[]> {
  const [exact, ranked] = await Promise.all([
    api.search(`"${term.replace(/"/g, '')}"`, { filters }),
    api.search(term, { filters }),
  ]);
  const scores = new Map((ranked?.results ?? []).map((r) => [r.id, r.score]));
  const floor = Math.min(...scores.values(), 1) / 2;
  return (exact?.results ?? []).map((r) => ({ id: r.id, score: scores.get(r.id) ?? floor, item: r }));
}

/** `spell` turns a word into the index's spelling: on generated zh-Hant pages, the Simplified words
 *  `queryTerms` yields become Traditional (src/lib/hant-query.ts). */
export async function runSearch(
  api: PagefindApi,
  query: string,
  lang: string,
  filters?: Filters,
  spell: (term: string) => string = (term) => term,
) {
  const terms = queryTerms(query, lang).map(spell);
  const hits = await Promise.all(terms.map((t) => cachedPagesWith(api, t, filters)));
  // Pagefind's ranking of the words the site has, together: where they stand (title, headings)
  // and how close, which per-word lookups cannot see.
  const present = terms.filter((_, i) => hits[i]!.length);
  const together = present.length > 1 ? await api.search(present.join(' '), { filters }) : null;
  const whole = new Map((together?.results ?? []).map((r) => [r.id, r.score]));
  return { terms, ...rankPages(hits, whole) } satisfies SearchOutcome;
}
