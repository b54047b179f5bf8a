/** What the browser-side search needs to know about this page, built at build time and handed over
 *  as JSON in a data attribute (strings stay in the dictionaries; nothing is hard-coded client-side). */
import { t, type UIKey } from '../i18n';
import { otherLocale, type Locale } from './i18n';
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
  const other = otherLocale(locale);
  return {
    base,
    lang: locale.toLowerCase(),
    otherLang: other.toLowerCase(),
    searchPath: withBase(routes.search(locale), base),
    otherSearchPath: withBase(routes.search(other), base),
    topicsPath: withBase(routes.topics(locale), base),
    faqPath: withBase(routes.faqHub(locale), base),
    topics: Object.fromEntries(TOPIC_IDS.map((id) => [id, topicName(id, locale)])),
    strings: Object.fromEntries(CLIENT_KEYS.map((key) => [key, t(locale, key)])),
  };
}
