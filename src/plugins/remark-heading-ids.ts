// Gives every heading a short, stable ASCII id. Authors end a heading with an MDX comment holding
// the id, e.g. `## 先做这三件事 {/*#first-steps*/}` (the text renders unchanged); English headings
// without one get a slug. A Chinese heading without an explicit id fails the build: its slug would be
// a long percent-encoded fragment that breaks when pasted into chat apps, and the two languages would
// not share section links.
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export const HEADING_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MARKER = /^\/\*\s*#(\S+?)\s*\*\/$/;

/** ASCII slug of plain-Latin heading text, or null when the text is not plain Latin. */
export function asciiSlug(text: string): string | null {
  if (/[^\x20-\x7e\u2018\u2019\u201c\u201d\u2013\u2014]/.test(text)) return null;
  const slug = text
    .toLowerCase()
    .replace(/[\u2018\u2019']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || null;
}

export function remarkHeadingIds() {
  return (tree: Root, file: VFile) => {
    const seen = new Set<string>();
    visit(tree, 'heading', (node: Heading) => {
      const last = node.children.at(-1);
      let id: string | null;
      if (last && last.type === 'mdxTextExpression' && MARKER.test(last.value.trim())) {
        id = MARKER.exec(last.value.trim())![1]!;
        node.children.pop();
        const tail = node.children.at(-1);
        if (tail?.type === 'text') tail.value = tail.value.replace(/\s+$/, '');
      } else {
        id = asciiSlug(toString(node));
      }
      const text = toString(node);
      if (!id)
        file.fail(
          `Heading "${text}" needs an ASCII id: write it as "${'#'.repeat(node.depth)} ${text} {/*#short-id*/}"`,
          node,
        );
      if (!HEADING_ID.test(id)) file.fail(`Heading id "${id}" must be lowercase a-z, 0-9 and hyphens`, node);
      if (seen.has(id)) file.fail(`Heading id "${id}" is used twice in this page`, node);
      seen.add(id);
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
    });
  };
}
