import { describe, expect, it } from 'vitest';
import { rankPages, type TermHit } from '../../src/lib/search-rank';

const hits = (...pairs: [string, number][]): TermHit<null>[] => pairs.map(([id, score]) => ({ id, score, item: null }));

describe('rankPages', () => {
  it('keeps only pages with every word when some page has them all, best score first', () => {
    const { pages, relaxed } = rankPages([hits(['a', 1], ['b', 4], ['c', 2]), hits(['b', 1], ['c', 3])]);
    expect(pages.map((p) => p.id)).toEqual(['c', 'b']);
    expect(relaxed).toBe(false);
  });
  it('relaxes to pages with most of the words when none has all, ranked by how many they have', () => {
    const { pages, relaxed } = rankPages([hits(['a', 1], ['b', 1]), hits(['b', 1]), hits(['a', 5]), hits()]);
    expect(relaxed).toBe(true);
    expect(pages.map((p) => [p.id, p.matched])).toEqual([
      ['a', 2],
      ['b', 2],
    ]);
  });
  it('never relaxes below half of the words: unknown words give no results', () => {
    expect(rankPages([hits(), hits(['x', 9]), hits()]).pages).toEqual([]);
    expect(rankPages([hits(), hits()]).pages).toEqual([]);
    expect(rankPages([]).pages).toEqual([]);
  });
  it('weighs each word by its own best score, so one rare word does not decide alone', () => {
    const { pages } = rankPages([hits(['a', 100], ['b', 90]), hits(['a', 0.1], ['b', 1])]);
    expect(pages[0]!.id).toBe('b');
  });
  it('lets the whole query decide among pages with as many words', () => {
    const words = [hits(['a', 2], ['b', 1]), hits(['a', 2], ['b', 1.5])];
    expect(rankPages(words).pages[0]!.id).toBe('a');
    expect(
      rankPages(
        words,
        new Map([
          ['b', 3],
          ['a', 1],
        ]),
      ).pages[0]!.id,
    ).toBe('b');
    const relaxed = rankPages([hits(['a', 1]), hits(['b', 1]), hits(['a', 1], ['b', 1])], new Map([['b', 9]]));
    expect(relaxed.pages.map((p) => p.id)).toEqual(['b', 'a']);
  });
});
