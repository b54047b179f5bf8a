/** Recutting Pagefind's word index, on a real index built by Pagefind's Node API from a few pages:
 *  the same words with the same bytes, in smaller chunks, the metadata listing them with Pagefind's
 *  own boundaries, and every other metadata field untouched. */
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as pagefind from 'pagefind';
import {
  chunkRanges,
  chunkWords,
  groupWords,
  metaChunkHashes,
  rechunkIndex,
  replaceMetaChunks,
  type IndexWord,
} from '../../src/lib/search-index-chunks';

const unpack = (data: Uint8Array) => {
  const raw = data[0] === 0x1f ? gunzipSync(data) : Buffer.from(data);
  expect(raw.subarray(0, 12).toString()).toBe('pagefind_dcd');
  return new Uint8Array(raw.subarray(12));
};

let meta: Uint8Array;
let chunks: Uint8Array[];
beforeAll(async () => {
  const { index } = await pagefind.createIndex({});
  const words = (seed: number) =>
    Array.from({ length: 400 }, (_, i) => `w${((i * 7919 + seed * 104729) % 1500).toString(36)}`).join(' ');
  for (let page = 0; page < 12; page++) {
    await index!.addCustomRecord({
      url: `/p${page}/`,
      content: `eSIM 备份 流量卡 ${words(page)}`,
      language: 'zh-cn',
      meta: { title: `Page ${page}` },
    });
  }
  const { files } = await index!.getFiles();
  const file = (test: (p: string) => boolean) => files.filter((f) => test(f.path));
  meta = unpack(file((p) => p.endsWith('.pf_meta'))[0]!.content);
  const byHash = new Map(
    file((p) => p.endsWith('.pf_index')).map((f) => [f.path.replace(/^.*\//, '').replace('.pf_index', ''), f.content]),
  );
  chunks = metaChunkHashes(meta).map((h) => unpack(byHash.get(h)!));
}, 60_000);
afterAll(() => pagefind.close());

const allWords = (payloads: Iterable<Uint8Array>) => [...payloads].flatMap(chunkWords);

describe('rechunkIndex', () => {
  it('keeps every word with its exact bytes, in order, in more and smaller chunks', () => {
    const before = allWords(chunks);
    expect(before.length).toBeGreaterThan(1000);
    let n = 0;
    const recut = rechunkIndex(meta, chunks, 2000, () => `zh-cn_${n++}`);
    const after = allWords(recut.chunks.values());
    expect(after.map((w) => w.word)).toEqual(before.map((w) => w.word));
    expect(after.map((w) => Buffer.from(w.bytes).toString('hex'))).toEqual(
      before.map((w) => Buffer.from(w.bytes).toString('hex')),
    );
    expect(recut.chunks.size).toBeGreaterThan(chunks.length);
    const biggest = Math.max(...[...recut.chunks.values()].map((c) => c.length));
    expect(biggest).toBeLessThan(Math.max(...chunks.map((c) => c.length)));
  });

  it('lists the new chunks in the metadata, in order', () => {
    let n = 0;
    const recut = rechunkIndex(meta, chunks, 2000, () => `zh-cn_${n++}`);
    expect(metaChunkHashes(recut.meta)).toEqual([...recut.chunks.keys()]);
  });

  it('computes the boundaries Pagefind computes, and leaves every other metadata field as it was', () => {
    // Pagefind's own chunks described our way give back its metadata byte for byte.
    const ranges = chunkRanges(chunks.map(chunkWords));
    const hashes = metaChunkHashes(meta);
    const same = replaceMetaChunks(
      meta,
      ranges.map((r, i) => ({ ...r, hash: hashes[i]! })),
    );
    expect(Buffer.from(same).equals(Buffer.from(meta))).toBe(true);
  });

  it('fails on a file that is not a Pagefind metadata file', () => {
    expect(() => metaChunkHashes(new Uint8Array([0x01]))).toThrow(/not an array/);
  });
});

describe('groupWords and chunkRanges', () => {
  // Pagefind's own example (pagefind/src/index/mod.rs): chunks of 8 units.
  const word = (w: string, units: number): IndexWord => ({ word: w, bytes: new Uint8Array(), units });
  const words = [word('apple', 8), word('apricot', 4), word('banana', 5), word('peach', 4)];

  it('closes a chunk once it reaches the target', () => {
    expect(groupWords(words, 8).map((g) => g.map((w) => w.word))).toEqual([
      ['apple'],
      ['apricot', 'banana'],
      ['peach'],
    ]);
  });

  it('bounds chunks by the shortest distinguishing prefixes, as Pagefind does', () => {
    expect(chunkRanges(groupWords(words, 8))).toEqual([
      { from: 'apple', to: 'app' },
      { from: 'apr', to: 'b' },
      { from: 'p', to: 'peach' },
    ]);
  });

  it('compares characters, not bytes, for Chinese words', () => {
    expect(chunkRanges([[word('不打', 1)], [word('不把', 1)]])).toEqual([
      { from: '不打', to: '不打' },
      { from: '不把', to: '不把' },
    ]);
  });
});
