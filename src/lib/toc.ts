/** Table of contents from a page's headings: h2 entries with their h3 children. */

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

export function buildToc(headings: readonly Heading[], maxDepth = 3): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const h of headings) {
    if (h.depth < 2 || h.depth > maxDepth) continue;
    const entry: TocEntry = { slug: h.slug, text: h.text.trim(), children: [] };
    const parent = toc.at(-1);
    if (h.depth === 2 || !parent) toc.push(entry);
    else parent.children.push(entry);
  }
  return toc;
}
