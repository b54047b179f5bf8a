/** The zh-Hant UI dictionary is generated (npm run i18n:zh-hant): it must match what the generator
 *  writes from zh-CN.ts and src/data/zh-hant.json today. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { zhCN } from '../../src/i18n/zh-CN';
import { zhHant } from '../../src/i18n/zh-Hant';
import { HANT_UI, toHant } from '../../src/lib/hant';

describe('src/i18n/zh-Hant.ts', () => {
  it('is up to date: every zh-CN key, converted or worded by hand (else run npm run i18n:zh-hant)', () => {
    expect(Object.keys(zhHant).sort()).toEqual(Object.keys(zhCN).sort());
    for (const [key, value] of Object.entries(zhCN)) {
      expect(zhHant[key as keyof typeof zhHant]).toBe(HANT_UI[key] ?? toHant(value));
    }
  });

  it('names the languages so a reader can tell the two Chinese scripts apart', () => {
    expect(zhHant['lang.name']).toBe('繁體中文');
    expect(zhCN['lang.name']).toBe('简体中文');
    expect(readFileSync('src/i18n/zh-Hant.ts', 'utf8')).toContain('GENERATED');
  });
});
