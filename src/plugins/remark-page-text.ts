/** Reads the parsed content once for what pages say about it: its plain text (paragraphs, headings,
 *  table cells; no code blocks, link targets, component attributes or MDX comments) and the reading
 *  time of that text. Both land in `remarkPluginFrontmatter` (`plainText`, `readingMinutes`), which
 *  `render()` returns to the page model. */
import type { Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';
import { readingMinutes } from '../lib/reading-time';

/** Parents whose children run together as one line of text; any other parent is a block boundary. */
const PHRASING = new Set([
  'paragraph',
  'heading',
  'tableCell',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'mdxJsxTextElement',
]);

function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  // A registry fact keeps its tag; the page model spells out its value (src/lib/facts.ts inlineFacts).
  if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Fact') {
    const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
    return typeof id === 'string' ? `<Fact id="${id}" />` : '';
  }
  // Code blocks, raw HTML, imports and `{expressions}` (MDX comments among them) are not read.
  if (!('children' in node)) return '';
  return node.children.map((c) => textOf(c as Nodes)).join(PHRASING.has(node.type) ? '' : ' ');
}

export function pageText(tree: Root): string {
  return textOf(tree).replace(/\s+/g, ' ').trim();
}

export function remarkPageText() {
  return (tree: Root, file: VFile) => {
    const text = pageText(tree);
    const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    astro.frontmatter = { ...astro.frontmatter, plainText: text, readingMinutes: readingMinutes(text) };
  };
}
