/** Generated locales (zh-Hant): every page, feed and manifest under their prefix is built from the
 *  source locale's content and converted here, as it is rendered (src/lib/hant.ts). UI strings and
 *  frontmatter are already converted; this pass covers the MDX bodies and anything else in the
 *  source language, and leaves markup, URLs, code and quoted Japanese alone. */
import { defineMiddleware } from 'astro:middleware';
import { LOCALE_INFO, splitLocalePath } from './i18n/locales';
import { convertData, convertHtml } from './lib/hant';

const BASE = import.meta.env.BASE_URL.replace(/\/$/, '');

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const pathname = context.url.pathname;
  const path = BASE && pathname.startsWith(BASE) ? pathname.slice(BASE.length) || '/' : pathname;
  if (!LOCALE_INFO[splitLocalePath(path).locale].derivedFrom) return response;
  const type = response.headers.get('content-type') ?? '';
  const isMarkup = /html|xml/.test(type) || /\.xml$/.test(path);
  const isJson = /json/.test(type) || /\.(json|webmanifest)$/.test(path);
  if (!isMarkup && !isJson) return response;
  const body = await response.text();
  const converted = isMarkup ? convertHtml(body) : JSON.stringify(convertData(JSON.parse(body)));
  return new Response(converted, { status: response.status, statusText: response.statusText, headers: response.headers });
});
