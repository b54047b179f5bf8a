/** What the browser-side search needs to know, built at build time and handed over as JSON in a data
 *  attribute of the server-rendered search panel: only this page's language's strings travel, and the
 *  lazily loaded search code carries no dictionary (a new language needs no client change). */
import { t, type UIKey } from '../i18n';
import { LOCALE_INFO, fallbackOrder, type Locale } from '../i18n/locales';
import { routes, withBase } from './urls';
import { searchMapPath } from './offline';

const CLIENT_KEYS = [
  'search.hint',
  'search.loading',
  'search.count',
  'search.none',
  'search.relaxed',
  'search.more',
  'search.typeGuide',
  'search.typeFaq',
  'search.loadError',
  'search.otherLanguage',
  'search.suggest',
  'nav.topics',
  'nav.faq',
] as const satisfies readonly UIKey[];

export type SearchStringKey = (typeof CLIENT_KEYS)[number];

export interface SearchConfig {
  base: string;
  /** Pagefind's name for the index of this language and of the other one. */
  lang: string;
  otherLang: string;
  searchPath: string;
  topicsPath: string;
  faqPath: string;
  /** A generated locale (zh-Hant) also reads queries typed in its source's script (src/lib/hant-query.ts). */
  queryMap?: string;
  strings: Record<SearchStringKey, string>;
}

export function buildSearchConfig(locale: Locale, base: string): SearchConfig {
  // The first language this one falls back to: where the search looks when this one finds nothing
  // (never the source of a generated locale: it holds the same pages).
  const derivedFrom = LOCALE_INFO[locale].derivedFrom;
  const other = fallbackOrder(locale).find((l) => l !== derivedFrom) ?? locale;
  return {
    base,
    lang: locale.toLowerCase(),
    otherLang: other.toLowerCase(),
    searchPath: withBase(routes.search(locale), base),
    topicsPath: withBase(routes.topics(locale), base),
    faqPath: withBase(routes.faqHub(locale), base),
    ...(derivedFrom ? { queryMap: withBase(searchMapPath(locale), base) } : {}),
    strings: Object.fromEntries(CLIENT_KEYS.map((key) => [key, t(locale, key)])) as SearchConfig['strings'],
  };
}
