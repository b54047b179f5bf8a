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

/** Plain text as HTML with each occurrence of a term inside <mark>; everything else escaped. */
export function markTerms(text: string, terms: readonly string[]): string {
  const pattern = termPattern(terms);
  if (!pattern) return escapeHtml(text);
  let out = '';
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    out += `${escapeHtml(text.slice(last, m.index))}<mark>${escapeHtml(m[0])}</mark>`;
    last = m.index + m[0].length;
  }
  return out + escapeHtml(text.slice(last));
}
