/** Reading time that counts CJK characters, not "words": a Chinese paragraph has no spaces, so a
 *  word count would call a 2,000-character guide a one-minute read. Works on plain text: the remark
 *  plugin `remark-page-text` extracts it from the parsed content. */

/** Characters read one at a time: Han (incl. extension A and compatibility), kana, hangul. */
const CJK_CHAR = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/gu;
const LATIN_WORD = /[A-Za-z0-9\u00c0-\u024f]+(?:['’.-][A-Za-z0-9\u00c0-\u024f]+)*/g;

/** Typical silent-reading rates: ~400 Chinese characters or ~220 English words a minute. */
export const CJK_CHARS_PER_MINUTE = 400;
export const WORDS_PER_MINUTE = 220;

export interface TextCount {
  cjkChars: number;
  words: number;
}

export function countText(text: string): TextCount {
  const cjkChars = text.match(CJK_CHAR)?.length ?? 0;
  const words = text.replace(CJK_CHAR, ' ').match(LATIN_WORD)?.length ?? 0;
  return { cjkChars, words };
}

/** Whole minutes, at least 1. */
export function readingMinutes(text: string): number {
  const { cjkChars, words } = countText(text);
  const minutes = cjkChars / CJK_CHARS_PER_MINUTE + words / WORDS_PER_MINUTE;
  return Math.max(1, Math.round(minutes));
}
