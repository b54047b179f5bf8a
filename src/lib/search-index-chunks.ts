/** Smaller Pagefind word-index chunks. Pagefind (1.6) cuts each language's word index into chunks of
 *  about 20 000 word positions (~30 KB gzipped for Chinese) and loads one chunk per query word, so a
 *  three-word query fetched ~90 KB of index. This cuts the same sorted word list into chunks of
 *  `targetUnits` positions and rewrites the language's metadata (which chunk holds which words) to
 *  match. Nothing is re-encoded: each word's
 *  CBOR bytes are copied as they are, so scores and positions cannot change.
 *
 *  Works on the decompressed payloads (after the `pagefind_dcd` signature). Pure. */

/** One CBOR item's head: major type, argument (length or value; -1 for indefinite) and where its
 *  content starts. */
function head(buf: Uint8Array, pos: number): { major: number; arg: number; next: number } {
  const first = buf[pos];
  if (first === undefined) throw new Error(`CBOR: unexpected end at byte ${pos}`);
  const major = first >> 5;
  const info = first & 31;
  if (info < 24) return { major, arg: info, next: pos + 1 };
  if (info === 31) return { major, arg: -1, next: pos + 1 };
  const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
  if (!size) throw new Error(`CBOR: unsupported head 0x${first.toString(16)} at byte ${pos}`);
  let arg = 0;
  for (let i = 1; i <= size; i++) arg = arg * 256 + buf[pos + i]!;
  return { major, arg, next: pos + 1 + size };
}

const BREAK = 0xff;

/** The position right after the item at `pos`. */
function skip(buf: Uint8Array, pos: number): number {
  const { major, arg, next } = head(buf, pos);
  if (major === 0 || major === 1 || major === 7) return next;
  if (major === 2 || major === 3) {
    if (arg < 0) throw new Error('CBOR: indefinite strings are not expected in a Pagefind index');
    return next + arg;
  }
  if (major === 6) return skip(buf, next);
  const count = major === 5 ? arg * 2 : arg;
  let p = next;
  if (arg < 0) {
    while (buf[p] !== BREAK) p = skip(buf, p);
    return p + 1;
  }
  for (let i = 0; i < count; i++) p = skip(buf, p);
  return p;
}

/** The byte ranges of an array's elements. */
function elements(buf: Uint8Array, pos: number, what: string): { start: number; end: number }[] {
  const { major, arg, next } = head(buf, pos);
  if (major !== 4) throw new Error(`Pagefind index: ${what} is not an array`);
  const out: { start: number; end: number }[] = [];
  let p = next;
  while (arg < 0 ? buf[p] !== BREAK : out.length < arg) {
    const end = skip(buf, p);
    out.push({ start: p, end });
    p = end;
  }
  return out;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

function text(buf: Uint8Array, pos: number, what: string): string {
  const { major, arg, next } = head(buf, pos);
  if (major !== 3) throw new Error(`Pagefind index: ${what} is not a string`);
  return decoder.decode(buf.subarray(next, next + arg));
}

function encodeHead(major: number, arg: number): number[] {
  const m = major << 5;
  if (arg < 24) return [m | arg];
  if (arg < 0x100) return [m | 24, arg];
  if (arg < 0x10000) return [m | 25, arg >> 8, arg & 0xff];
  return [m | 26, (arg >>> 24) & 0xff, (arg >> 16) & 0xff, (arg >> 8) & 0xff, arg & 0xff];
}

function concat(parts: (Uint8Array | number[])[]): Uint8Array {
  const size = parts.reduce((s, p) => s + p.length, 0);
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const encodeText = (s: string) => {
  const bytes = encoder.encode(s);
  return concat([encodeHead(3, bytes.length), bytes]);
};

/** A word of the index: its text, its CBOR bytes, and its size as Pagefind counts it (one per page
 *  plus one per position). */
export interface IndexWord {
  word: string;
  bytes: Uint8Array;
  units: number;
}

/** The words of one chunk payload (`[[word, [[page, [positions…], …], …], …], …]]`), in order. */
export function chunkWords(payload: Uint8Array): IndexWord[] {
  const [list] = elements(payload, 0, 'chunk');
  if (!list) throw new Error('Pagefind index: empty chunk');
  return elements(payload, list.start, 'word list').map(({ start, end }) => {
    const [word, pages] = elements(payload, start, 'word');
    if (!word || !pages) throw new Error('Pagefind index: word without pages');
    let units = 0;
    for (const page of elements(payload, pages.start, 'pages')) {
      const [, positions] = elements(payload, page.start, 'page');
      units += 1 + (positions ? elements(payload, positions.start, 'positions').length : 0);
    }
    return { word: text(payload, word.start, 'word'), bytes: payload.subarray(start, end), units };
  });
}

const HAN = /^\p{Script=Han}/u;

/** Whether a chunk may end between `a` and `b` (neighbours in sort order). Pagefind looks for a query
 *  word's extensions (its prefix matches: 用 → 用户, 用多; back → backup) only in the one chunk the
 *  word falls in, so a cut inside a family of words with a common start would change what a query
 *  matches and how pages score. Chinese is indexed as single characters and pairs, and a query word
 *  may be one character: no cut between words starting with the same character. Latin words: none
 *  between words sharing their first two letters (a one-letter query word is rare). */
export function mayCutBetween(a: string, b: string): boolean {
  const [x, y] = [[...a], [...b]];
  let common = 0;
  while (common < x.length && common < y.length && x[common] === y[common]) common++;
  return HAN.test(a) ? common === 0 : common < 2;
}

/** Consecutive groups of about `targetUnits` each: a group closes once it reaches the target (as
 *  Pagefind closes its chunks), at the next place where a cut may fall (`mayCutBetween`). */
export function groupWords(words: readonly IndexWord[], targetUnits: number): IndexWord[][] {
  const groups: IndexWord[][] = [];
  let group: IndexWord[] = [];
  let units = 0;
  words.forEach((word, i) => {
    group.push(word);
    units += word.units;
    const next = words[i + 1];
    if (units >= targetUnits && (!next || mayCutBetween(word.word, next.word))) {
      groups.push(group);
      group = [];
      units = 0;
    }
  });
  if (group.length) groups.push(group);
  return groups;
}

/** A chunk payload holding `words`. */
export function encodeChunk(words: readonly IndexWord[]): Uint8Array {
  return concat([encodeHead(4, 1), encodeHead(4, words.length), ...words.map((w) => w.bytes)]);
}

/** Each chunk's bounds: its first and last word. Not Pagefind's shortened bounds ("apple" … "app"):
 *  Pagefind picks a word's chunk by `from <= word <= to`, which a shortened `to` fails for the last
 *  words of a chunk ("apple" > "app"); in a query of several words such a word is then not looked up
 *  at all. With Pagefind's 9 chunks that hit 9 words; with a hundred small chunks it would hit a
 *  hundred. */
export function chunkRanges(groups: readonly (readonly IndexWord[])[]): { from: string; to: string }[] {
  return groups.map((g) => ({ from: g[0]!.word, to: g.at(-1)!.word }));
}

export interface MetaChunk {
  from: string;
  to: string;
  /** The chunk's file name without extension, language prefix included (`zh-cn_2536a5c`). */
  hash: string;
}

/** The chunks the metadata lists, in order. */
export function metaChunks(meta: Uint8Array): MetaChunk[] {
  const fields = elements(meta, 0, 'metadata');
  const chunks = fields[2];
  if (!chunks) throw new Error('Pagefind metadata: no chunk list');
  return elements(meta, chunks.start, 'chunk list').map((c) => {
    const parts = elements(meta, c.start, 'chunk entry');
    if (parts.length !== 3) throw new Error('Pagefind metadata: a chunk entry is not [from, to, hash]');
    const [from, to, hash] = parts.map((p) => text(meta, p.start, 'chunk entry'));
    return { from: from!, to: to!, hash: hash! };
  });
}

/** The metadata with its chunk list replaced; every other field keeps its bytes. */
export function replaceMetaChunks(meta: Uint8Array, chunks: readonly MetaChunk[]) {
  const fields = elements(meta, 0, 'metadata');
  const list = fields[2];
  if (!list) throw new Error('Pagefind metadata: no chunk list');
  const encoded = concat([
    encodeHead(4, chunks.length),
    ...chunks.map((c) => concat([encodeHead(4, 3), encodeText(c.from), encodeText(c.to), encodeText(c.hash)])),
  ]);
  return concat([meta.subarray(0, list.start), encoded, meta.subarray(list.end)]);
}

/** The whole index of one language recut: `chunks` are the payloads in metadata order; `name` gives
 *  a new chunk its file hash (with the language prefix, as the metadata lists it). */
export function rechunkIndex(
  meta: Uint8Array,
  chunks: readonly Uint8Array[],
  targetUnits: number,
  name: (payload: Uint8Array) => string,
): { meta: Uint8Array; chunks: Map<string, Uint8Array> } {
  const groups = groupWords(chunks.flatMap(chunkWords), targetUnits);
  const ranges = chunkRanges(groups);
  const out = new Map<string, Uint8Array>();
  const entries = groups.map((group, i) => {
    const payload = encodeChunk(group);
    const hash = name(payload);
    if (out.has(hash)) throw new Error(`Pagefind index: two chunks named ${hash}`);
    out.set(hash, payload);
    return { ...ranges[i]!, hash };
  });
  return { meta: replaceMetaChunks(meta, entries), chunks: out };
}
