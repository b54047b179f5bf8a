import { describe, expect, it } from 'vitest';
import { foldForMatch, mentions, searchKeywords, wordsForLocale } from '../../src/lib/search-keywords';
import synonyms from '../../src/data/search-synonyms.json';

describe('searchKeywords', () => {
  const groups = [
    ['流量卡', '上网卡', 'data SIM'],
    ['删除', '误删', 'deleted'],
    ['au', 'carrier'],
  ];
  it('adds a group’s synonyms when the page’s prominent text uses one of them', () => {
    const words = searchKeywords({ title: '日本流量卡不是备份', keywords: ['手机卡'] }, groups);
    expect(words).toEqual(['手机卡', '流量卡', '上网卡', 'data SIM']);
  });
  it('matches across width, case and spaces', () => {
    expect(foldForMatch('Data  SIM')).toBe('datasim');
    expect(searchKeywords({ title: 'Which ＤＡＴＡ sim?' }, groups)).toContain('上网卡');
  });
  it('matches short Latin words only as whole words', () => {
    expect(mentions('audio backup', 'au')).toBe(false);
    expect(mentions('docomo, au and SoftBank', 'au')).toBe(true);
    expect(searchKeywords({ title: 'Audio' }, groups)).toEqual([]);
  });
  it('ships a synonym list where every group has at least two words', () => {
    expect(synonyms.groups.length).toBeGreaterThan(10);
    for (const g of synonyms.groups) expect(g.length).toBeGreaterThanOrEqual(2);
  });
  it('gives English pages only Latin-script synonyms', () => {
    expect(wordsForLocale(['上网卡', 'data SIM', 'バックアップ', 'backup'], 'en')).toEqual(['data SIM', 'backup']);
    expect(wordsForLocale(['上网卡', 'data SIM'], 'zh-CN')).toEqual(['上网卡', 'data SIM']);
  });
});
