/** One UI dictionary per language; `t()` looks strings up with optional `{placeholders}`.
 *  zh-CN.ts is the key set; every other dictionary is typed against it, and `DICTIONARIES` is a full
 *  Record over `Locale`, so a new locale without a complete dictionary is a type error. */
import type { Locale } from './locales';
import { fill } from './fill';
import { zhCN } from './zh-CN';
import { en } from './en';
import { zhHant } from './zh-Hant';

export type UIKey = keyof typeof zhCN;
export type UIStrings = Record<UIKey, string>;

const DICTIONARIES: Record<Locale, UIStrings> = { 'zh-CN': zhCN, en, 'zh-Hant': zhHant };

export function t(locale: Locale, key: UIKey, vars: Record<string, string | number> = {}): string {
  return fill(DICTIONARIES[locale][key], vars);
}

export { fill } from './fill';
