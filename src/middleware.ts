/** Generated locales (zh-Hant): every page, feed and manifest under their prefix is built from the
 *  source locale's content and converted here, as it is rendered (src/lib/hant.ts). UI strings and
 *  frontmatter are already converted; this pass covers the MDX bodies and anything else in the
 *  source language, and leaves markup, URLs, code and quoted Japanese alone. */
import { defineMiddleware } from 'astro:middleware';
import { LOCALE_INFO, localizePath, splitLocalePath, type Locale } from './i18n/locales';
import { convertData, convertHtml } from './lib/hant';

const BASE = import.meta.env.BASE_URL.replace(/\/$/, '');
/** Pages (not assets) of the source locale a content link may point at. */
const PAGE_PATH = /^\/(?:(?:guides|faq|topics|about|search|help)(?:\/[^?#]*)?)?(?:[?#].*)?$/;

/** A content link to a source-language page → the same page in the generated locale. */
function localizeHref(locale: Locale, source: Locale) {
  return (href: string): string => {
    if (!href.startsWith(`${BASE}/`)) return href;
    const path = href.slice(BASE.length);
    if (!PAGE_PATH.test(path) || splitLocalePath(path).locale !== source) return href;
    return `${BASE}${localizePath(path, locale)}`;
  };
}

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const pathname = context.url.pathname;
  const path = BASE && pathname.startsWith(BASE) ? pathname.slice(BASE.length) || '/' : pathname;
  const { locale } = splitLocalePath(path);
  const source = LOCALE_INFO[locale].derivedFrom;
  if (!source) return response;
  const type = response.headers.get('content-type') ?? '';
  const isMarkup = /html|xml/.test(type) || /\.xml$/.test(path);
  const isJson = /json/.test(type) || /\.(json|webmanifest)$/.test(path);
  if (!isMarkup && !isJson) return response;
  const body = await response.text();
  const converted = isMarkup
    ? convertHtml(body, { localizeHref: localizeHref(locale, source) })
    : JSON.stringify(convertData(JSON.parse(body)));
  return new Response(converted, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
