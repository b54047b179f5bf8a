import { describe, expect, it } from 'vitest';
import { allowedFor } from '../../src/plugins/remark-safe-content';
import { mdxToHtml } from '../helpers/mdx-html';

const FILE = '/work/x/content/guides/en/bad.mdx';

describe('content safety', () => {
  it.each([
    ['a script tag', '<script>alert(1)</script>\n', /<script> is not allowed.*bad\.mdx/],
    ['an iframe', 'Text\n\n<iframe src="https://example.com/"></iframe>\n', /<iframe> is not allowed.*bad\.mdx/],
    ['a javascript: link', '[click](javascript:alert(1))\n', /javascript: link is not allowed.*bad\.mdx/],
    ['a javascript: href on an element', '<a href="javascript:alert(1)">x</a>\n', /javascript: link is not allowed/],
    ['an event handler', '<img src="/x.png" onerror="alert(1)" />\n', /<event handler> is not allowed/],
  ])('refuses %s, naming the file', async (_, source, message) => {
    await expect(mdxToHtml(source, FILE)).rejects.toThrow(message);
  });

  it('lets ordinary content and https links through', async () => {
    await expect(mdxToHtml('[Apple](https://support.apple.com/)\n', FILE)).resolves.toContain(
      'href="https://support.apple.com/"',
    );
  });

  it('reads exceptions from the allow-list by path under content/', () => {
    const list = { 'guides/en/bad.mdx': ['iframe'] };
    expect([...allowedFor(FILE, list)]).toEqual(['iframe']);
    expect([...allowedFor('/work/x/content/guides/en/other.mdx', list)]).toEqual([]);
  });
});
