import { describe, expect, it } from 'vitest';
import { asciiSlug } from '../../src/plugins/remark-heading-ids';
import { mdxToHtml as html } from '../helpers/mdx-html';

describe('heading ids', () => {
  it('takes the explicit id and removes the marker from the text', async () => {
    const out = await html('## 先做这三件事 {/*#first-steps*/}\n');
    expect(out).toContain('id="first-steps"');
    expect(out).toContain('先做这三件事<a');
    expect(out).not.toContain('#first-steps*/');
  });

  it('slugs plain English headings', async () => {
    expect(await html('## Do this first!\n', 'content/guides/en/x.mdx')).toContain('id="do-this-first"');
    expect(asciiSlug('What’s on a SIM?')).toBe('whats-on-a-sim');
    expect(asciiSlug('备份')).toBeNull();
  });

  it('fails on a Chinese heading without an id, on bad ids and on duplicates', async () => {
    await expect(html('## 备份\n')).rejects.toThrow(/needs an ASCII id/);
    await expect(html('## A {/*#Bad_Id*/}\n')).rejects.toThrow(/lowercase/);
    await expect(html('## A {/*#same*/}\n\n## B {/*#same*/}\n')).rejects.toThrow(/used twice/);
  });
});

describe('content links', () => {
  it('adds a translated anchor link with an accessible name', async () => {
    expect(await html('## 备份 {/*#backup*/}\n')).toMatch(/href="#backup"[^>]*aria-label="本节链接\uff1a备份"/);
    expect(await html('## Backup\n', 'content/guides/en/x.mdx')).toMatch(/aria-label="Link to section: Backup"/);
  });

  it('prefixes internal links with the base and marks external ones', async () => {
    const out = await html('[a](/guides/x/) [b](https://apple.com/)\n', 'content/guides/en/x.mdx', '/guide/');
    expect(out).toContain('href="/guide/guides/x/"');
    expect(out).toMatch(/href="https:\/\/apple\.com\/"[^>]*rel="noopener noreferrer"/);
    expect(out).toContain('external');
  });

  it('turns task-list items into labelled, enabled checkboxes', async () => {
    const out = await html('<Checklist id="x">\n\n- [ ] 备份手机\n- [x] 截图二维码\n\n</Checklist>\n');
    expect(out).toMatch(/<label><input type="checkbox"><span>\s*备份手机<\/span><\/label>/);
    expect(out).toMatch(/<label><input type="checkbox" checked><span>\s*截图二维码<\/span><\/label>/);
    expect(out).not.toContain('disabled');
  });
});
