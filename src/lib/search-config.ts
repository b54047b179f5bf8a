/** What the browser-side search needs to know about this page, built at build time and handed over
 *  as JSON in a data attribute (strings stay in the dictionaries; nothing is hard-coded client-side). */
import { t, type UIKey } from '../i18n';
import { LOCALE_INFO, fallbackOrder, type Locale } from '../i18n/locales';
import { TOPIC_IDS, topicName } from './topics';
import { routes, withBase } from './urls';

const CLIENT_KEYS = [
  'search.hint',
  'search.count',
  'search.none',
  'search.guides',
  'search.faq',
  'search.filterLabel',
  'search.allTopics',
  'search.loadError',
  'search.otherLanguage',
  'search.suggest',
  'nav.topics',
  'nav.faq',
] as const satisfies readonly UIKey[];

export function buildSearchConfig(locale: Locale, base: string) {
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
    // A generated locale (zh-Hant) also reads queries typed in its source's script (src/lib/hant-query.ts).
    queryMap: derivedFrom ? withBase(`/search-maps/${locale}.json`, base) : undefined,
    topics: Object.fromEntries(TOPIC_IDS.map((id) => [id, topicName(id, locale)])),
    strings: Object.fromEntries(CLIENT_KEYS.map((key) => [key, t(locale, key)])),
  };
}
