import { describe, expect, it } from 'vitest';
import { zhCN } from '../../src/i18n/zh-CN';
import { en } from '../../src/i18n/en';
import { t } from '../../src/i18n';
import { TOPIC_IDS, topicDescription, topicName } from '../../src/lib/topics';

describe('UI dictionaries', () => {
  it('have the same keys and no blank strings in either language', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    for (const [key, value] of [...Object.entries(zhCN), ...Object.entries(en)]) {
      expect(value.trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect(names(en[key]), key).toEqual(names(zhCN[key]));
    }
  });

  it('fills placeholders', () => {
    expect(t('en', 'guide.readingTime', { minutes: 4 })).toBe('4 min read');
    expect(t('zh-CN', 'guide.readingTime', { minutes: 4 })).toBe('约 4 分钟读完');
  });

  it('name and describe every topic in both languages', () => {
    for (const id of TOPIC_IDS) {
      for (const l of ['zh-CN', 'en'] as const) {
        expect(topicName(id, l).length).toBeGreaterThan(0);
        expect(topicDescription(id, l).length).toBeGreaterThan(0);
      }
    }
  });
});
