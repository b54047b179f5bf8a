/** How a built page becomes its search-index copy. Pure string work on the built HTML, so it is
 *  unit-tested directly. */

/** What never reaches the index, whatever page it sits on: navigation (breadcrumbs, table of
 *  contents), buttons and forms (checklist and share controls), the sources list. */
export const INDEX_EXCLUDE = ['nav', 'button', 'form', '[aria-labelledby="sources"]', '.checklist-bar'] as const;

const KEYWORDS = /<template data-search-keywords(?:="")?>([\s\S]*?)<\/template>/g;
const DESCRIPTION = /<meta name="description"/;

const CELL_END = /<\/(td|th)>/g;

/** The page as published (keyword blocks removed) and as indexed (keyword blocks as plain text, a
 *  space closing each table cell so that an excerpt does not run one cell's text into the next, and
 *  the meta description offered to Pagefind as result metadata for page-level excerpts). */
export function splitSearchKeywords(html: string): { published: string; indexed: string } {
  const published = html.replace(KEYWORDS, '');
  const indexed = html
    .replace(KEYWORDS, (_, inner: string) => inner)
    .replace(CELL_END, ' </$1>')
    .replace(DESCRIPTION, '<meta name="description" data-pagefind-meta="description[content]"');
  return { published, indexed };
}

/** What the search page fetches the moment it opens, found in the built index: Pagefind's script and,
 *  as fetches, its entry file, this language's WASM and metadata, and on a generated locale the query
 *  map. Each would otherwise wait for the one before it. The script is preloaded as a CORS script (what
 *  a module import requests), not modulepreloaded: it is fetched early, compiled only when imported. */
export interface SearchPreloads {
  scripts: string[];
  fetches: string[];
  /** The entry file's cache tag (Pagefind's `metaCacheTag`): the preloaded entry URL ends in `?ts=<tag>`. */
  entryTag: string;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The page with the preload links at the end of its <head>. The entry link carries the tag as
 *  `data-pagefind-entry`, where the search code reads it to request exactly that URL. */
export function withSearchPreloads(html: string, preloads: SearchPreloads): string {
  const links = [
    ...preloads.scripts.map((href) => `<link rel="preload" as="script" crossorigin href="${escapeAttr(href)}">`),
    ...preloads.fetches.map((href) => {
      const tag = href.includes('pagefind-entry.json?')
        ? ` data-pagefind-entry="${escapeAttr(preloads.entryTag)}"`
        : '';
      return `<link rel="preload" as="fetch" crossorigin href="${escapeAttr(href)}"${tag}>`;
    }),
  ].join('');
  if (!html.includes('</head>')) throw new Error('search page without </head>');
  return html.replace('</head>', `${links}</head>`);
}

/** The search settings the page hands its script (the SearchPanel's data-search-config), if any. */
export function searchPageConfig(html: string): { lang: string; queryMap?: string } | null {
  const m = /data-search-config="([^"]*)"/.exec(html);
  if (!m || !html.includes('data-search-page')) return null;
  const json = m[1]!
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return JSON.parse(json) as { lang: string; queryMap?: string };
}
