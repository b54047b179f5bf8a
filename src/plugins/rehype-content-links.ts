/** Post-processes rendered content HTML:
 *  - h2/h3 get an anchor link (empty text, `#` drawn by CSS, so the TOC text stays clean) with a
 *    translated accessible name;
 *  - root-relative links get the deploy base;
 *  - external links get rel="noopener noreferrer" and a class for the visible external marker;
 *  - GFM task-list items become labelled, enabled checkboxes (the pre-trip checklist). */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { t } from '../i18n';
import { LOCALES, DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { withBase } from '../lib/urls';

/** Content files live in `content/<collection>/<locale>/<slug>.mdx`. */
export function localeOfFile(path: string | undefined): Locale {
  const segment = path?.split(/[\\/]/).at(-2);
  return LOCALES.find((l) => l === segment) ?? DEFAULT_LOCALE;
}

export function rehypeContentLinks(options: { base: string }) {
  return (tree: Root, file: VFile) => {
    const locale = localeOfFile(file.path ?? file.history[0]);
    visit(tree, 'element', (node: Element) => {
      if ((node.tagName === 'h2' || node.tagName === 'h3') && typeof node.properties.id === 'string') {
        const label = t(locale, 'guide.anchorLabel', { heading: toString(node).trim() });
        node.children.push({
          type: 'element',
          tagName: 'a',
          properties: { className: ['heading-anchor'], href: `#${node.properties.id}`, ariaLabel: label },
          children: [],
        });
      }
      if (node.tagName === 'li' && (node.properties.className as string[] | undefined)?.includes('task-list-item')) {
        labelTaskItem(node);
      }
      if (node.tagName === 'a' && typeof node.properties.href === 'string') {
        const href = node.properties.href;
        if (/^https?:\/\//.test(href)) {
          node.properties.rel = ['noopener', 'noreferrer'];
          node.properties.className = [...((node.properties.className as string[]) ?? []), 'external'];
        } else if (href.startsWith('/')) {
          node.properties.href = withBase(href, options.base);
        }
      }
    });
  };
}

/** `<li><input disabled> text</li>` → `<li><label><input> <span>text</span></label></li>`, so each box
 *  has an accessible name and a 44px tap target, and works (unsaved) even without JavaScript. */
function labelTaskItem(li: Element): void {
  const holder = li.children.find((c): c is Element => c.type === 'element' && c.tagName === 'p') ?? li;
  const index = holder.children.findIndex((c) => c.type === 'element' && c.tagName === 'input');
  if (index < 0) return;
  const input = holder.children[index] as Element;
  delete input.properties.disabled;
  const rest = holder.children.slice(index + 1);
  holder.children = [
    ...holder.children.slice(0, index),
    {
      type: 'element',
      tagName: 'label',
      properties: {},
      children: [input, { type: 'element', tagName: 'span', properties: {}, children: rest }],
    },
  ];
}
