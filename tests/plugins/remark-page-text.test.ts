import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { remarkPageText } from '../../src/plugins/remark-page-text';

/** What the plugin hands to `render()`'s `remarkPluginFrontmatter` for an MDX source. */
async function frontmatterOf(source: string) {
  const file = await compile(source, { remarkPlugins: [remarkGfm, remarkPageText] });
  return (file.data.astro as { frontmatter: { plainText: string; readingMinutes: number } }).frontmatter;
}

describe('remark-page-text', () => {
  it('keeps the words a reader reads and drops markup, link targets, attributes, comments and code', async () => {
    const { plainText } = await frontmatterOf(
      [
        'import X from "y";',
        '',
        '## 标题 {/*#heading-id*/}',
        '',
        '<Callout type="tip" title="x">提示</Callout>',
        '',
        '- **Yes**, see [the guide](https://example.com/very/long/url).',
        '- `code`',
        '',
        '```sh',
        'rm -rf secret-command',
        '```',
        '',
        '| a | b |',
        '| - | - |',
        '| 表 | cell |',
      ].join('\n'),
    );
    expect(plainText).toBe('标题 提示 Yes, see the guide. code a b 表 cell');
  });

  it('times a Chinese page by characters, not by space-separated words', async () => {
    const { readingMinutes } = await frontmatterOf(`${'流量卡不是备份。'.repeat(300)}\n\n<Steps>\n1. 第一步\n</Steps>`);
    expect(readingMinutes).toBe(5); // 2,100 + 3 characters at 400 a minute
  });

  it('times an English page by words and never says zero', async () => {
    expect((await frontmatterOf('word '.repeat(1100))).readingMinutes).toBe(5);
    expect((await frontmatterOf('')).readingMinutes).toBe(1);
  });
});
