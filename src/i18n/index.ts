/** One UI dictionary per language; `t()` looks strings up with optional `{placeholders}`. */
import type { Locale } from '../lib/i18n';
import { zhCN } from './zh-CN';
import { en } from './en';

export type UIKey = keyof typeof zhCN;
export type UIStrings = Record<UIKey, string>;

const DICTIONARIES: Record<Locale, UIStrings> = { 'zh-CN': zhCN, en };

export function t(locale: Locale, key: UIKey, vars: Record<string, string | number> = {}): string {
  const template = DICTIONARIES[locale][key];
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

/** A `t` bound to one locale, for templates. */
export function useTranslations(locale: Locale) {
  return (key: UIKey, vars?: Record<string, string | number>) => t(locale, key, vars);
}
