/** Compiles MDX with the site's plugins and renders it to an HTML string with a tiny JSX runtime,
 *  so plugin tests assert on the markup a reader gets, not on compiled JSX. */
import { evaluate } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { remarkHeadingIds } from '../../src/plugins/remark-heading-ids';
import { remarkSafeContent } from '../../src/plugins/remark-safe-content';
import { rehypeContentLinks } from '../../src/plugins/rehype-content-links';

type Child = string | number | boolean | null | undefined | Child[];
const Fragment = Symbol('Fragment');
const VOID = new Set(['input', 'br', 'hr', 'img']);

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const flat = (c: Child): string =>
  Array.isArray(c) ? c.map(flat).join('') : c === null || c === undefined || typeof c === 'boolean' ? '' : String(c);
const attrName = (k: string) => (k === 'className' ? 'class' : k.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`));

function jsx(type: unknown, props: Record<string, unknown>): string {
  const { children, ...rest } = props;
  const inner = flat(children as Child);
  if (type === Fragment) return inner;
  if (typeof type === 'function') return (type as (p: unknown) => string)(props);
  const attrs = Object.entries(rest)
    .filter(([, v]) => v !== undefined && v !== false && v !== null)
    .map(([k, v]) => (v === true ? ` ${attrName(k)}` : ` ${attrName(k)}="${escape(String(v))}"`))
    .join('');
  return VOID.has(type as string) ? `<${type}${attrs}>` : `<${type}${attrs}>${inner}</${type}>`;
}

const passThrough = (name: string) => (props: { children?: Child }) => `<${name}>${flat(props.children)}</${name}>`;

export async function mdxToHtml(source: string, path = 'content/guides/zh-CN/x.mdx', base = '/'): Promise<string> {
  const mod = await evaluate(
    { value: source, path },
    {
      Fragment,
      jsx,
      jsxs: jsx,
      remarkPlugins: [remarkGfm, remarkSafeContent, remarkHeadingIds],
      rehypePlugins: [[rehypeContentLinks, { base }]],
    },
  );
  const Content = mod.default as unknown as (p: unknown) => string;
  return Content({
    components: {
      Checklist: passThrough('check-list'),
      Callout: passThrough('aside'),
      Steps: passThrough('div'),
      Fact: (p: { id: string }) => `<span data-fact="${escape(p.id)}"></span>`,
      FactTable: (p: { group: string }) => `<table data-fact-group="${escape(p.group)}"></table>`,
    },
  });
}
