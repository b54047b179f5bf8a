/** Marking searched words in text: in result titles and excerpts, and on the page a result opens.
 *  Pure and dependency-free, so the on-page highlighter stays small. */

const HAN = /\p{Script=Han}/u;
export const isHan = (s: string) => HAN.test(s);

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regular expression finding any of `terms` (longest first); Latin terms only at a word start, so
 *  "sim" marks "SIM" and "SIMs" but not "eSIM"'s tail. Null when there is nothing to find. */
export function termPattern(terms: readonly string[]): RegExp | null {
  const parts = [...terms]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((t) => (isHan(t[0]!) ? escapeRegExp(t) : `(?<![\\p{L}\\p{N}])${escapeRegExp(t)}`));
  return parts.length ? new RegExp(parts.join('|'), 'giu') : null;
}

const LONE_HAN = /^\p{Script=Han}$/u;

/** The matches of `pattern` in `text` that are words: a single Chinese character counts only where it
 *  stands as a word of its own (Intl.Segmenter), so 删 is not marked inside 删除. Longer matches and
 *  Latin words (matched at a word start by the pattern) all count. */
export function wordMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  const found = [...text.matchAll(pattern)];
  if (!found.some((m) => LONE_HAN.test(m[0]))) return found;
  const words = new Set<number>();
  for (const { index, segment } of new Intl.Segmenter('zh', { granularity: 'word' }).segment(text))
    if (segment.length === 1) words.add(index);
  return found.filter((m) => !LONE_HAN.test(m[0]) || words.has(m.index));
}

/** Plain text as HTML with each occurrence of a term inside <mark>; everything else escaped. */
export function markTerms(text: string, terms: readonly string[]): string {
  const pattern = termPattern(terms);
  if (!pattern) return escapeHtml(text);
  let out = '';
  let last = 0;
  for (const m of wordMatches(text, pattern)) {
    out += `${escapeHtml(text.slice(last, m.index))}<mark>${escapeHtml(m[0])}</mark>`;
    last = m.index + m[0].length;
  }
  return out + escapeHtml(text.slice(last));
}
