/** Every route of the URL contract, built in one place. Paths are root-relative and base-free;
 *  `withBase` and `absoluteUrl` add the deploy base and the site origin. */
import { localizePath, type Locale } from '../i18n/locales';
import type { TopicId } from './topics';

export const routes = {
  home: (locale: Locale) => localizePath('/', locale),
  guide: (locale: Locale, slug: string) => localizePath(`/guides/${slug}/`, locale),
  faqHub: (locale: Locale) => localizePath('/faq/', locale),
  faqAnchor: (locale: Locale, slug: string) => `${localizePath('/faq/', locale)}#${slug}`,
  faq: (locale: Locale, slug: string) => localizePath(`/faq/${slug}/`, locale),
  topics: (locale: Locale) => localizePath('/topics/', locale),
  topic: (locale: Locale, topic: TopicId) => localizePath(`/topics/${topic}/`, locale),
  search: (locale: Locale, query?: string) =>
    localizePath('/search/', locale) + (query ? `?q=${encodeURIComponent(query)}` : ''),
  about: (locale: Locale) => localizePath('/about/', locale),
  rss: (locale: Locale) => localizePath('/rss.xml', locale),
  help: (locale: Locale) => localizePath('/help/', locale),
  emergencyCard: (locale: Locale) => localizePath('/help/emergency-card/', locale),
};

/** Normalises a base ('', '/', 'guide', '/guide/') to '/' or '/guide/'. */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Prefixes a root-relative path with the deploy base; other URLs pass through untouched. */
export function withBase(path: string, base: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const b = normalizeBase(base);
  if (b !== '/' && (path === b.slice(0, -1) || path.startsWith(b))) return path;
  return b === '/' ? path : `${b.slice(0, -1)}${path}`;
}

/** Absolute URL for a root-relative path: origin + base + path. */
export function absoluteUrl(path: string, site: string | URL, base: string): string {
  return new URL(withBase(path, base), site).href;
}
