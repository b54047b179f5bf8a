/** Reads a query typed in Simplified characters on a Traditional Chinese page, so 删除 eSIM finds
 *  what the zh-Hant index holds as 刪除 eSIM. Pure and dictionary-free: the map comes from the build
 *  (`buildQueryMap` in src/lib/hant.ts, served at `/search-maps/<locale>.json`). A Traditional
 *  query passes through unchanged. */
import type { QueryMap } from './hant';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function replacer(pairs: readonly (readonly [string, string])[]): (text: string) => string {
  if (!pairs.length) return (text) => text;
  const lookup = new Map(pairs);
  const pattern = new RegExp(
    [...lookup.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|'),
    'g',
  );
  return (text) => text.replace(pattern, (match) => lookup.get(match) ?? match);
}

export function queryConverter(map: QueryMap): (query: string) => string {
  const terms = replacer(map.terms);
  const phrases = replacer(map.phrases);
  return (query) => phrases([...terms(query)].map((ch) => map.chars[ch] ?? ch).join(''));
}
