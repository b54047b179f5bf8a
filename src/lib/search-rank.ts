/** Ranking across the words of a query. Each word is looked up on its own (as a whole word), so a
 *  page counts as matching a word only when it contains that word; pages are then ranked by how many
 *  of the query's words they contain, then by score. When no page contains every word, the query is
 *  relaxed: pages containing most of them still rank, but never a page matching fewer than half (a
 *  query the site knows nothing about shows the empty state instead of stray matches). Pure. */

export interface TermHit<T> {
  id: string;
  score: number;
  /** Whatever the caller needs later for this page (e.g. Pagefind's result, to load its data). */
  item: T;
}

export interface RankedPage<T> {
  id: string;
  /** How many of the query's words the page contains. */
  matched: number;
  score: number;
  item: T;
}

/** How much the whole query's score counts against the words' own scores: it decides among pages
 *  with the same number of words, since it sees where the words stand (title, headings) together. */
const WHOLE_QUERY_WEIGHT = 10;

/** `hits[i]` are the pages that contain the query's i-th word, with their scores; `whole` scores
 *  pages for all the words found at once (Pagefind's own ranking of the query). */
export function rankPages<T>(
  hits: readonly (readonly TermHit<T>[])[],
  whole: ReadonlyMap<string, number> = new Map(),
): { pages: RankedPage<T>[]; relaxed: boolean } {
  const terms = hits.length;
  if (!terms) return { pages: [], relaxed: false };
  const byId = new Map<string, RankedPage<T>>();
  for (const termHits of hits) {
    // Scores of different words are on different scales (rare words score high): each word's best
    // page counts 1, so no single word dominates.
    const best = Math.max(...termHits.map((h) => h.score), Number.EPSILON);
    for (const hit of termHits) {
      const page = byId.get(hit.id) ?? { id: hit.id, matched: 0, score: 0, item: hit.item };
      page.matched++;
      page.score += hit.score / best;
      byId.set(hit.id, page);
    }
  }
  const all = [...byId.values()];
  const bestWhole = Math.max(...whole.values(), Number.EPSILON);
  for (const page of all) page.score += (WHOLE_QUERY_WEIGHT * (whole.get(page.id) ?? 0)) / bestWhole;
  const most = Math.max(0, ...all.map((p) => p.matched));
  const needed = most === terms ? terms : Math.ceil(terms / 2);
  const pages = all.filter((p) => p.matched >= needed).sort((a, b) => b.matched - a.matched || b.score - a.score);
  return { pages, relaxed: most < terms };
}
