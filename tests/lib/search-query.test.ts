import { describe, expect, it } from 'vitest';
import { normalizeQuery, queryTerms, tidyExcerpt, toSimplified } from '../../src/lib/search-query';
import { markTerms } from '../../src/lib/search-marks';
import traditional from '../../src/data/search-traditional.json';

describe('queryTerms', () => {
  it.each([
    ['我不小心把esim删了还能恢复吗', 'zh-cn', ['eSIM', '删', '恢复']],
    ['换手机了esim怎么弄', 'zh-cn', ['换手机', 'eSIM']],
    ['iCloud 备份 eSIM', 'zh-cn', ['iCloud', '备份', 'eSIM']],
    ['流量卡', 'zh-cn', ['流量卡']],
    ['火星探测器', 'zh-cn', ['火星', '探测器']],
    ['红烧肉做法', 'zh-cn', ['红烧肉']],
    ['i deleted my esim by accident', 'en', ['deleted', 'eSIM']],
    ['does icloud backup include esim', 'en', ['icloud', 'backup', 'include', 'eSIM']],
    ['How do I back up WeChat?', 'en', ['back', 'up', 'WeChat']],
  ])('%s → meaningful words', (q, lang, terms) => {
    expect(queryTerms(q, lang)).toEqual(terms);
  });
  it('reads Traditional characters as Simplified in a Chinese query', () => {
    expect(queryTerms('刪除 eSIM', 'zh-cn')).toEqual(['删除', 'eSIM']);
    expect(queryTerms('備份', 'zh-cn')).toEqual(['备份']);
    expect(queryTerms('網卡', 'zh-cn')).toEqual(['网卡']);
  });
  it('keeps a query of filler only empty', () => {
    expect(queryTerms('怎么办？', 'zh-cn')).toEqual([]);
    expect(queryTerms('how do I', 'en')).toEqual([]);
  });
});

describe('toSimplified', () => {
  it('maps each listed character and leaves the rest', () => {
    expect(toSimplified('刪除備份網卡 eSIM 手機遺失')).toBe('删除备份网卡 eSIM 手机遗失');
  });
  it('has a table of equal lengths with no character mapped to itself', () => {
    const t = [...traditional.traditional];
    const s = [...traditional.simplified];
    expect(t.length).toBe(s.length);
    expect(new Set(t).size).toBe(t.length);
    t.forEach((ch, i) => expect(ch).not.toBe(s[i]));
  });
});

describe('markTerms', () => {
  it('marks whole query words, never a lone character of another word', () => {
    expect(markTerms('日本流量卡和卡里的数据', ['流量卡'])).toBe('日本<mark>流量卡</mark>和卡里的数据');
  });
  it('marks a one-character Chinese term only where it is a word, not inside another word', () => {
    expect(markTerms('删除 eSIM 前先备份，删 了就没了', ['删', 'eSIM'])).toBe(
      '删除 <mark>eSIM</mark> 前先备份，<mark>删</mark> 了就没了',
    );
  });
  it('marks Latin words at a word start only and escapes the rest', () => {
    expect(markTerms('SIM <b> eSIM', ['sim'])).toBe('<mark>SIM</mark> &lt;b&gt; eSIM');
  });
});

describe('normalizeQuery and tidyExcerpt', () => {
  it('normalises width and eSIM spellings', () => {
    expect(normalizeQuery('ｅＳＩＭ　备份')).toBe('eSIM 备份');
    expect(normalizeQuery('resim')).toBe('resim');
  });
  it('drops the ". " Pagefind puts between Chinese blocks, and existing marks', () => {
    expect(tidyExcerpt('先做这三件事. 联系<mark>卖家</mark>. Then')).toBe('先做这三件事 联系卖家 Then');
  });
});
