/** Plain-text helpers for descriptions built from MDX bodies. */
import { stripMarkup } from './reading-time';

/** Markdown → plain text on one line: emphasis, code ticks and list markers removed. */
export function plainText(source: string): string {
  return stripMarkup(source)
    .replace(/[*_`>#]+/g, '')
    .replace(/^\s*(?:[-+]|\d+\.)\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first sentence (Chinese or Latin punctuation), cut to `max` characters with an ellipsis. */
export function firstSentence(source: string, max: number): string {
  const text = plainText(source);
  const match = /^.+?(?:[。!?!?](?=\s|$|[^”"」』])|[.!?](?=\s|$))/u.exec(text);
  const sentence = (match ? match[0] : text).trim();
  return sentence.length <= max ? sentence : `${sentence.slice(0, max - 1).trimEnd()}…`;
}
