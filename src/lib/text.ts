/** Plain-text helpers for descriptions built from a page's text (see `remark-page-text`). */

/** The first sentence (Chinese or Latin punctuation), cut to `max` characters with an ellipsis. */
export function firstSentence(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const match = /^.+?(?:[。!?!?](?=\s|$|[^”"」』])|[.!?](?=\s|$))/u.exec(clean);
  const sentence = (match ? match[0] : clean).trim();
  return sentence.length <= max ? sentence : `${sentence.slice(0, max - 1).trimEnd()}…`;
}
