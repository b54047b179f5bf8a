// Refuses content that could run code or embed other sites: <script>, <iframe> (and <object>,
// <embed>), event-handler attributes, and javascript: links. An author who really needs one lists it
// in src/data/content-allowlist.json ("<file relative to content/>": ["iframe", ...]).
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import allowlist from '../data/content-allowlist.json';

const BLOCKED_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed']);
const JS_URL = /^\s*javascript:/i;

type Allow = Record<string, string[]>;

/** What is allowed for a content file (path relative to the content folder, forward slashes). */
export function allowedFor(
  filePath: string | undefined,
  list: Allow = (allowlist as { allow: Allow }).allow,
): Set<string> {
  const rel = (filePath ?? '')
    .split(/[\\/]/)
    .join('/')
    .replace(/^.*?content\//, '');
  return new Set(list[rel] ?? []);
}

interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

export function remarkSafeContent() {
  return (tree: Root, file: VFile) => {
    const allowed = allowedFor(file.path ?? file.history[0]);
    const refuse = (what: string, node: unknown) => {
      if (allowed.has(what)) return;
      file.fail(
        `${what === 'javascript:' ? 'A javascript: link' : `<${what}>`} is not allowed in content (${file.path}). ` +
          'If it is really needed, add it to src/data/content-allowlist.json for this file.',
        node as never,
      );
    };
    visit(tree, (node) => {
      if (node.type === 'link' && JS_URL.test((node as { url: string }).url)) refuse('javascript:', node);
      if (node.type === 'html') {
        const raw = (node as { value: string }).value;
        const tag = /<\s*(script|iframe|object|embed)\b/i.exec(raw);
        if (tag) refuse(tag[1]!.toLowerCase(), node);
      }
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const jsx = node as JsxNode;
      const name = (jsx.name ?? '').toLowerCase();
      if (BLOCKED_ELEMENTS.has(name)) refuse(name, node);
      for (const attr of jsx.attributes ?? []) {
        if (attr.type !== 'mdxJsxAttribute') continue;
        if (/^on[a-z]+$/i.test(attr.name ?? '')) refuse('event handler', node);
        if (typeof attr.value === 'string' && JS_URL.test(attr.value)) refuse('javascript:', node);
      }
    });
  };
}
