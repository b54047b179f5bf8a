/** Hands every content component (Callout, Checklist, Fact …) the language of the content it sits in,
 *  as a `locale` prop read from the props the page gives the content: `<Content locale="en" />`
 *  (GuideLayout, FaqAnswer, the about page pass the page model's `contentLocale`). So components label
 *  themselves in the content's language without request-wide state. Runs after the content check,
 *  which refuses expressions written by authors: this one is added by the build, never by content. */
import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { CONTENT_COMPONENTS } from '../lib/content-components';

const COMPONENTS = new Set(Object.keys(CONTENT_COMPONENTS));
type JsxElement = Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

/** `locale={props.locale}`, with the expression tree MDX compiles it from. */
function localeAttribute(): JsxElement['attributes'][number] {
  const expression = {
    type: 'MemberExpression',
    object: { type: 'Identifier', name: 'props' },
    property: { type: 'Identifier', name: 'locale' },
    computed: false,
    optional: false,
  };
  return {
    type: 'mdxJsxAttribute',
    name: 'locale',
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: 'props.locale',
      data: {
        estree: {
          type: 'Program',
          sourceType: 'module',
          body: [{ type: 'ExpressionStatement', expression }],
        } as never,
      },
    },
  };
}

export function remarkContentLocale() {
  return (tree: Root) => {
    visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
      const element = node as JsxElement;
      if (element.name && COMPONENTS.has(element.name)) element.attributes.push(localeAttribute());
    });
  };
}
