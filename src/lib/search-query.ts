/** What readers type, tidied before it reaches the index: full-width letters and spaces become
 *  half-width (ｅＳＩＭ → eSIM), spellings of eSIM are unified, whitespace is collapsed. */
export function normalizeQuery(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/\be[\s-]?sim\b/gi, 'eSIM')
    .replace(/\s+/g, ' ')
    .trim();
}
