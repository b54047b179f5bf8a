/** Which built pages belong in the sitemap: not the 404, not offline pages, not pages shown as a
 *  fallback (untranslated, hence noindex). The fallback list comes from the page model
 *  (`fallbackPaths` in src/lib/page-data.ts) over the entries a production build publishes. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { withDerivedLocales } from '../lib/content';
import { fallbackPaths } from '../lib/page-data';

/** The published entries of a collection folder, as `{ id: '<locale>/<slug>' }` like the glob loader
 *  gives them: drafts are left out, as production builds leave them out. */
export function publishedIds(collectionDir: string): { id: string; data: unknown }[] {
  const out: { id: string; data: unknown }[] = [];
  // No folder: nothing written in this collection yet.
  if (!existsSync(collectionDir)) return out;
  for (const locale of readdirSync(collectionDir)) {
    for (const name of readdirSync(path.join(collectionDir, locale)).filter((n) => n.endsWith('.mdx'))) {
      const source = readFileSync(path.join(collectionDir, locale, name), 'utf8');
      const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
      if (/^draft:\s*true\s*$/m.test(frontmatter)) continue;
      out.push({ id: `${locale}/${name.slice(0, -'.mdx'.length)}`, data: null });
    }
  }
  // Generated locales (zh-Hant) have a page wherever their source has one.
  return withDerivedLocales(out, (data) => data);
}

export function sitemapFilter(contentDir: string, base: string) {
  const fallbacks = fallbackPaths({
    guides: publishedIds(path.join(contentDir, 'guides')),
    faqs: publishedIds(path.join(contentDir, 'faq')),
  });
  const prefix = base.replace(/\/$/, '');
  return (page: string): boolean => {
    const pathname = new URL(page).pathname.slice(prefix.length) || '/';
    if (/\/(404|offline)(\/|\.html)?$/.test(pathname) || pathname.includes('/offline/')) return false;
    return !fallbacks.has(pathname);
  };
}
