/** Content components get the language of the content they sit in from the props the page gives the
 *  content (`<Content locale="en" />`), through the build's remark-content-locale plugin. */
import { evaluate } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { remarkContentLocale } from '../../src/plugins/remark-content-locale';

type Props = Record<string, unknown> & { children?: unknown };
const Fragment = Symbol('Fragment');
const flat = (c: unknown): string => (Array.isArray(c) ? c.map(flat).join('') : typeof c === 'string' ? c : '');
const jsx = (type: unknown, props: Props): string =>
  typeof type === 'function' ? (type as (p: Props) => string)(props) : flat(props.children);

async function render(source: string, locale: string): Promise<string> {
  const mod = await evaluate(source, { Fragment, jsx, jsxs: jsx, remarkPlugins: [remarkContentLocale] });
  const tag = (name: string) => (p: Props) => `<${name} ${String(p.locale)}>${flat(p.children)}</${name}>`;
  const Content = mod.default as unknown as (p: unknown) => string;
  return Content({ locale, components: { Callout: tag('Callout'), Fact: tag('Fact'), Checklist: tag('Checklist') } });
}

describe('remark-content-locale', () => {
  it('gives every content component, block or inline, the locale the content is rendered with', async () => {
    const source =
      '<Callout type="tip">\n\nCosts <Fact id="fee" />.\n\n</Callout>\n\n<Checklist id="a">\n\n- [ ] x\n\n</Checklist>';
    const html = await render(source, 'en');
    expect(html).toContain('<Callout en>Costs <Fact en></Fact>.</Callout>');
    expect(html).toContain('<Checklist en>');
    expect(await render(source, 'zh-Hant')).toContain('<Fact zh-Hant>');
  });

  it('leaves other elements alone', async () => {
    const mod = await evaluate('<Unknown a="b" />', {
      Fragment,
      jsx: (_type: unknown, props: Props) => JSON.stringify(Object.keys(props)),
      jsxs: jsx,
      remarkPlugins: [remarkContentLocale],
    });
    const Content = mod.default as unknown as (p: unknown) => string;
    expect(Content({ locale: 'en', components: { Unknown: () => '' } })).not.toContain('locale');
  });
});
