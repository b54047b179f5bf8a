// Content is prose and data, never code. On the parsed MDX tree this refuses, naming file and line:
// - ESM (`import`/`export`) and JavaScript expressions: MDX runs them at build time and publishes the
//   result. Only comment-only expressions pass, like the heading-id marker `{/*#first-steps*/}`.
// - Raw HTML, elements that run code, load other sites, redirect or phish (<script>, <iframe>, <meta>,
//   <form>…), event handlers, `style` (inert under the CSP, so silently broken), Astro directives
//   (`set:html` writes unescaped markup), spread attributes and expression attribute values.
// - URLs in links, images, reference definitions and URL attributes other than https:, site-relative
//   (`/…`) or `#fragment`, compared as a browser reads them (tabs, newlines and control characters
//   dropped, scheme lower-cased), so `java\tscript:` is caught.
// - Components other than those in src/lib/content-components.ts, or with props it does not allow.
// An author who really needs an exception lists it in src/data/content-allowlist.json, reviewed.
import type { Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import allowlist from '../data/content-allowlist.json';
import { componentPropProblems, isFlagProp, isContentComponent } from '../lib/content-components';

/** The kinds of refusal; the allow-list names these. */
export type Rule =
  | 'esm'
  | 'expression'
  | 'spread attribute'
  | 'expression attribute'
  | 'directive'
  | 'raw html'
  | 'element'
  | 'event handler'
  | 'style attribute'
  | 'url'
  | 'component';

/** Elements that run code, embed or load other sites, redirect the reader (`<meta http-equiv>`),
 *  change where links go (`<base>`), collect input (`<form>`, fields) or style the page. SVG and MathML
 *  are refused as well: they carry their own script and link machinery (`<animate>`, `xlink:href`). */
const BLOCKED_ELEMENTS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'meta', 'base', 'link',
  'style', 'form', 'input', 'button', 'textarea', 'select', 'option', 'template', 'noscript', 'svg', 'math',
]); // prettier-ignore

/** Attributes holding a URL the browser follows or loads. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'cite', 'data', 'background']);

type Allow = Record<string, string[]>;

/** A content file's path from the project root (`content/guides/en/x.mdx`), forward slashes. */
export function contentPath(filePath: string | undefined): string {
  const parts = (filePath ?? '').split(/[\\/]/).join('/');
  const at = parts.lastIndexOf('/content/');
  return at >= 0 ? parts.slice(at + 1) : parts;
}

/** What is allowed for a content file (path relative to the content folder, forward slashes). */
export function allowedFor(
  filePath: string | undefined,
  list: Allow = (allowlist as { allow: Allow }).allow,
): Set<string> {
  return new Set(list[contentPath(filePath).replace(/^content\//, '')] ?? []);
}

/** A URL as the browser's URL parser reads it: leading and trailing C0 controls and spaces dropped,
 *  tabs and newlines removed anywhere, the scheme lower-cased. */
export function normalizeUrl(url: string): string {
  // eslint-disable-next-line no-control-regex
  const trimmed = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  return trimmed.replace(/^[a-z][a-z0-9+.-]*:/i, (scheme) => scheme.toLowerCase());
}

/** https:, site-relative (`/x/`, but not `//host` or `/\host`, which leave the site) or `#fragment`.
 *  Images may also be relative files (`./photo.png`), which Astro's image pipeline imports. */
export function isSafeUrl(url: string, kind: 'link' | 'image' = 'link'): boolean {
  const u = normalizeUrl(url);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(u)) return false;
  if (u.startsWith('https:')) return true;
  if (u.startsWith('#')) return true;
  if (/^\/(?![/\\])/.test(u)) return true;
  return kind === 'image' && /^\.\.?\//.test(u);
}

// An MDX expression with no code in it: only comments, like the heading-id marker.
function commentOnly(node: { value: string; data?: { estree?: { body: unknown[] } | null } }): boolean {
  const program = node.data?.estree;
  if (program) return program.body.length === 0;
  return /^\s*(?:\/\*(?:(?!\*\/)[\s\S])*\*\/\s*)*$/.test(node.value);
}

interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: string; value: string };
}
interface JsxNode extends Node {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
}

export function remarkSafeContent() {
  return (tree: Root, file: VFile) => {
    const where = contentPath(file.path ?? file.history[0]);
    const allowed = allowedFor(where);
    const refuse = (rule: Rule, what: string, node: Node) => {
      if (allowed.has(rule)) return;
      const line = node.position?.start.line;
      file.fail(
        `${where}${line ? `:${line}` : ''}: ${what} is not allowed in content. Content is prose and data: ` +
          `if this is really needed, a reviewer adds "${rule}" for this file to src/data/content-allowlist.json.`,
        node,
      );
    };
    const checkUrl = (url: string, kind: 'link' | 'image', node: Node) => {
      if (!isSafeUrl(url, kind))
        refuse('url', `The URL "${url}" (only https:, site-relative /… and #fragment links are)`, node);
    };

    visit(tree, (node) => {
      switch (node.type) {
        case 'mdxjsEsm':
          return refuse('esm', '`import`/`export`', node);
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          if (!commentOnly(node)) refuse('expression', `The JavaScript expression {${node.value.trim()}}`, node);
          return;
        case 'html':
          return refuse('raw html', 'Raw HTML', node);
        case 'link':
        case 'definition':
          return checkUrl(node.url, 'link', node);
        case 'image':
          return checkUrl(node.url, 'image', node);
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          return checkElement(node as unknown as JsxNode);
      }
    });

    function checkElement(node: JsxNode) {
      const name = node.name ?? '';
      const isHtml = /^[a-z][a-z0-9-]*$/.test(name);
      if (isHtml && BLOCKED_ELEMENTS.has(name)) refuse('element', `<${name}>`, node);
      if (name && !isHtml && !isContentComponent(name))
        refuse('component', `The component <${name}> (not one of src/lib/content-components.ts)`, node);
      const props = new Map<string, string>();
      for (const attr of node.attributes) {
        if (attr.type === 'mdxJsxExpressionAttribute') {
          refuse('spread attribute', `The spread attribute {${String(attr.value)}} on <${name}>`, node);
          continue;
        }
        const attrName = attr.name ?? '';
        const lower = attrName.toLowerCase();
        if (attr.value && typeof attr.value === 'object')
          refuse('expression attribute', `The expression value ${attrName}={${attr.value.value}} on <${name}>`, node);
        if (lower.includes(':')) refuse('directive', `The directive ${attrName} on <${name}>`, node);
        if (lower.startsWith('on')) refuse('event handler', `The event handler ${attrName} on <${name}>`, node);
        if (lower === 'style') refuse('style attribute', `style= on <${name}>`, node);
        if (typeof attr.value !== 'string') {
          if (isContentComponent(name) && isFlagProp(name, attrName)) props.set(attrName, '');
          else if (isContentComponent(name)) refuse('component', `<${name} ${attrName}> without a "…" value`, node);
          continue;
        }
        if (URL_ATTRIBUTES.has(lower)) checkUrl(attr.value, name === 'img' ? 'image' : 'link', node);
        props.set(attrName, attr.value);
      }
      if (isContentComponent(name))
        for (const problem of componentPropProblems(name, props)) refuse('component', problem, node);
    }
  };
}
