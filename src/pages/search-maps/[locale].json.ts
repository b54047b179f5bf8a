/** `/search-maps/zh-Hant.json`: how the zh-Hant search reads Simplified queries (src/lib/hant-query.ts),
 *  built from the text the generated locale is converted from. Outside `/zh-hant/`, so the page
 *  conversion in src/middleware.ts leaves its Simplified keys alone. */
import type { APIRoute } from 'astro';
import { LOCALES, LOCALE_INFO, type Locale } from '@/i18n/locales';
import { t, type UIKey } from '@/i18n';
import { zhCN } from '@/i18n/zh-CN';
import { keyedPaths, loadFaqs, loadGuides, loadPages } from '@/lib/collections';
import { entryLocale } from '@/lib/content';
import { buildQueryMap } from '@/lib/hant';

export function getStaticPaths() {
  return keyedPaths(
    LOCALES.filter((l) => LOCALE_INFO[l].derivedFrom).map((locale) => ({ params: { locale }, props: { locale } })),
  );
}

export const GET: APIRoute<{ locale: Locale }> = async ({ props: { locale } }) => {
  const source = LOCALE_INFO[locale].derivedFrom!;
  const entries = [...(await loadGuides()), ...(await loadFaqs()), ...(await loadPages())].filter(
    (e) => entryLocale(e) === source,
  );
  const ui = Object.keys(zhCN).map((key) => t(source, key as UIKey));
  const texts = [...entries.map((e) => `${e.body ?? ''}\n${JSON.stringify(e.data)}`), ...ui];
  return new Response(JSON.stringify(buildQueryMap(texts)), { headers: { 'Content-Type': 'application/json' } });
};
