/** How a built page becomes its search-index copy. Pure string work on the built HTML, so it is
 *  unit-tested directly. */

/** What never reaches the index, whatever page it sits on: navigation (breadcrumbs, table of
 *  contents), buttons and forms (checklist and share controls), the sources list. */
export const INDEX_EXCLUDE = ['nav', 'button', 'form', '[aria-labelledby="sources"]', '.checklist-bar'] as const;

const KEYWORDS = /<template data-search-keywords(?:="")?>([\s\S]*?)<\/template>/g;
const DESCRIPTION = /<meta name="description"/;

/** The page as published (keyword blocks removed) and as indexed (keyword blocks as plain text, and
 *  the meta description offered to Pagefind as result metadata for page-level excerpts). */
export function splitSearchKeywords(html: string): { published: string; indexed: string } {
  const published = html.replace(KEYWORDS, '');
  const indexed = html
    .replace(KEYWORDS, (_, inner: string) => inner)
    .replace(DESCRIPTION, '<meta name="description" data-pagefind-meta="description[content]"');
  return { published, indexed };
}
