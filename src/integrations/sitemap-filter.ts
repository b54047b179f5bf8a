/** Which built pages belong in the sitemap: not the 404, not offline/fallback pages (a page shown in
 *  the other language because its translation is missing is noindex), not images or feeds. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { LOCALES, localizePath, type Locale } from '../lib/i18n';

/** Paths of pages that exist only as a fallback in some language, read from content/. */
export function fallbackPaths(contentDir: string): Set<string> {
  const out = new Set<string>();
  for (const [collection, route] of [
    ['guides', 'guides'],
    ['faq', 'faq'],
  ] as const) {
    const slugs = new Map<Locale, Set<string>>();
    for (const locale of LOCALES) {
      let names: string[] = [];
      try {
        names = readdirSync(path.join(contentDir, collection, locale));
      } catch {
        // No folder for this language: nothing written in it yet.
      }
      slugs.set(locale, new Set(names.filter((n) => n.endsWith('.mdx')).map((n) => n.slice(0, -4))));
    }
    const all = new Set([...slugs.values()].flatMap((s) => [...s]));
    for (const locale of LOCALES) {
      for (const slug of all) if (!slugs.get(locale)!.has(slug)) out.add(localizePath(`/${route}/${slug}/`, locale));
    }
  }
  return out;
}

export function sitemapFilter(contentDir: string, base: string) {
  const fallbacks = fallbackPaths(contentDir);
  const prefix = base.replace(/\/$/, '');
  return (page: string): boolean => {
    const pathname = new URL(page).pathname.slice(prefix.length) || '/';
    if (/\/(404|offline)(\/|\.html)?$/.test(pathname) || pathname.includes('/offline/')) return false;
    return !fallbacks.has(pathname);
  };
}
