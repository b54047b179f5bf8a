/** What readers type, turned into what the index is asked. Pure; the word lists are data
 *  (src/data/search-stopwords.json, src/data/search-traditional.json).
 *
 *  - normalizeQuery: full-width → half-width (ｅＳＩＭ → eSIM), one spelling of eSIM, collapsed spaces.
 *  - toSimplified: Traditional characters → Simplified (刪除 → 删除), so a zh-CN index finds them.
 *  - queryTerms: the words that carry meaning. Filler and question words go (怎么办, 吗, can I, my);
 *    Chinese is split into words by a word segmenter (Intl.Segmenter), and a lone character is joined
 *    to the word next to it (流量|卡 → 流量卡, 探测|器 → 探测器), so a query is matched by words, never
 *    by a stray character inside another word. */
// Named imports, so the bundle keeps the lists and drops the files' `about` notes.
import { en as enStopwords, zh as zhStopwords } from '../data/search-stopwords.json';
import { simplified, traditional } from '../data/search-traditional.json';
import { isHan } from './search-marks';

export function normalizeQuery(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/\be[\s-]?sim\b/gi, 'eSIM')
    .replace(/\s+/g, ' ')
    .trim();
}

const SIMPLIFIED = [...simplified];
const T2S = new Map([...traditional].map((ch, i) => [ch, SIMPLIFIED[i]!]));

/** Traditional Chinese characters replaced by their Simplified forms; everything else unchanged. */
export function toSimplified(text: string): string {
  let out = '';
  for (const ch of text) out += T2S.get(ch) ?? ch;
  return out;
}

const ZH_PHRASES = [...zhStopwords.phrases].sort((a, b) => b.length - a.length);
const ZH_WORDS = new Set(zhStopwords.words);
const EN_WORDS = new Set(enStopwords.words);

export interface WordSegmenter {
  segment(text: string): Iterable<{ segment: string; isWordLike?: boolean }>;
}

const defaultSegmenter = (): WordSegmenter => new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** The meaningful words of a query, in order, deduplicated. `lang` is the index language
 *  ('zh-cn' or 'en'); Chinese queries are read in Simplified characters. */
export function queryTerms(raw: string, lang: string, segmenter: WordSegmenter = defaultSegmenter()): string[] {
  const zh = lang.toLowerCase().startsWith('zh');
  let text = normalizeQuery(raw);
  if (zh) {
    text = toSimplified(text);
    // A removed phrase leaves a space, so the words either side of it stay apart.
    for (const phrase of ZH_PHRASES) text = text.split(phrase).join(' ');
  }
  // Runs of words that stood next to each other: a lone Chinese character only joins its own run.
  const runs: string[][] = [[]];
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    const word = segment.toLowerCase() === 'esim' ? 'eSIM' : segment;
    const stop = isHan(word) ? ZH_WORDS.has(word) : EN_WORDS.has(word.toLowerCase()) || (zh && ZH_WORDS.has(word));
    if (!isWordLike || stop) {
      if (runs.at(-1)!.length) runs.push([]);
      continue;
    }
    runs.at(-1)!.push(word);
  }
  const terms: string[] = [];
  for (const run of runs) terms.push(...joinLoneCharacters(run));
  return [...new Set(terms)];
}

/** 流量 卡 → 流量卡; 换 手机 → 换手机; a lone character with no Chinese neighbour stays as it is. */
function joinLoneCharacters(run: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < run.length; i++) {
    const word = run[i]!;
    const lone = isHan(word) && [...word].length === 1;
    const prev = out.at(-1);
    const next = run[i + 1];
    if (lone && prev !== undefined && isHan(prev.at(-1)!)) out[out.length - 1] = prev + word;
    else if (lone && next !== undefined && isHan(next[0]!)) {
      out.push(word + next);
      i++;
    } else out.push(word);
  }
  return out;
}

/** Pagefind joins a page's blocks with ". "; between Chinese text that reads as a stray full stop. */
export function tidyExcerpt(text: string): string {
  return text
    .replace(/<\/?mark>/g, '')
    .replace(/([\p{Script=Han}\u3000-\u303f\uff00-\uffef])\. /gu, '$1 ')
    .replace(/\s+/g, ' ')
    .trim();
}
