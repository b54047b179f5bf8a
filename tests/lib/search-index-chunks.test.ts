/** Recutting Pagefind's word index, on a real index built by Pagefind's Node API from a few pages:
 *  the same words with the same bytes, in smaller chunks, the metadata listing them with bounds that
 *  Pagefind's chunk lookup finds every word in, and every other metadata field untouched. */
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as pagefind from 'pagefind';
import {
  chunkWords,
  groupWords,
  mayCutBetween,
  metaChunks,
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
  chunks = metaChunks(meta).map((c) => unpack(byHash.get(c.hash)!));
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
    expect(metaChunks(recut.meta).map((c) => c.hash)).toEqual([...recut.chunks.keys()]);
  });

  it('bounds each chunk by its first and last word, so Pagefind finds every word in its chunk', () => {
    let n = 0;
    const recut = rechunkIndex(meta, chunks, 2000, () => `zh-cn_${n++}`);
    const listed = metaChunks(recut.meta);
    for (const { from, to, hash } of listed) {
      const words = chunkWords(recut.chunks.get(hash)!).map((w) => w.word);
      expect([from, to]).toEqual([words[0], words.at(-1)]);
      // Pagefind's lookup (pagefind_web request_indexes): the first chunk with from <= word <= to.
      for (const word of words) expect(listed.find((c) => word >= c.from && word <= c.to)?.hash).toBe(hash);
    }
  });

  it('leaves every other metadata field as it was', () => {
    const same = replaceMetaChunks(meta, metaChunks(meta));
    expect(Buffer.from(same).equals(Buffer.from(meta))).toBe(true);
  });

  it('fails on a file that is not a Pagefind metadata file', () => {
    expect(() => metaChunks(new Uint8Array([0x01]))).toThrow(/not an array/);
  });
});

describe('groupWords', () => {
  const word = (w: string, units: number): IndexWord => ({ word: w, bytes: new Uint8Array(), units });
  const grouped = (words: IndexWord[], target: number) => groupWords(words, target).map((g) => g.map((w) => w.word));

  it('closes a chunk once it reaches the target', () => {
    const words = [word('apple', 8), word('banana', 4), word('cherry', 5), word('peach', 4)];
    expect(grouped(words, 8)).toEqual([['apple'], ['banana', 'cherry'], ['peach']]);
  });

  it('keeps a word and its extensions in one chunk (Pagefind looks for them only there)', () => {
    const words = [word('back', 8), word('backup', 8), word('backups', 8), word('cat', 8)];
    expect(grouped(words, 8)).toEqual([['back', 'backup', 'backups'], ['cat']]);
  });

  it('keeps the Chinese words starting with one character together', () => {
    const words = [word('用', 8), word('用多', 8), word('用户', 8), word('由于', 8)];
    expect(grouped(words, 8)).toEqual([['用', '用多', '用户'], ['由于']]);
  });
});

describe('mayCutBetween', () => {
  it.each([
    ['apple', 'banana', true],
    ['apple', 'apricot', false],
    ['sim', 'sky', true],
    ['sim', 'site', false],
    ['用户', '由于', true],
    ['用多', '用户', false],
  ])('%s | %s → %s', (a, b, expected) => {
    expect(mayCutBetween(a, b)).toBe(expected);
  });
});
