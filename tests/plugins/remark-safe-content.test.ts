import { describe, expect, it } from 'vitest';
import { allowedFor, isSafeUrl, normalizeUrl } from '../../src/plugins/remark-safe-content';
import { mdxToHtml } from '../helpers/mdx-html';

const FILE = '/work/x/content/guides/en/bad.mdx';
/** The refusal names the file from content/ and the line of the offending node. */
const at = (line: number) => new RegExp(`content/guides/en/bad\\.mdx:${line}: `);

describe('content safety: code never runs', () => {
  it.each([
    // Finding 1: an Astro directive writing unescaped markup (here a script) from an expression.
    [
      'set:html with a built script',
      'Text\n\n<div set:html={"<scr" + "ipt>document.title=\'x\'</scr" + "ipt>"} />\n',
      3,
      /set:html/,
    ],
    ['set:html with a string', '<div set:html="<b>x</b>" />\n', 1, /directive set:html/],
    // Finding 3: ESM and expressions run at build time and their output is published.
    ['an import', 'import x from "/etc/hostname?raw"\n\n{x}\n', 1, /`import`\/`export`/],
    [
      'an export running a command',
      'export const o = (await import("node:child_process")).execSync("id").toString()\n',
      1,
      /`import`\/`export`/,
    ],
    ['an expression reading the environment', 'Home: {process.env.HOME}\n', 1, /expression \{process\.env\.HOME\}/],
    ['a flow expression', 'Text\n\n{1 + 1}\n', 3, /expression \{1 \+ 1\}/],
    ['a comment hiding code', '{/* a */ alert(1) /* b */}\n', 1, /expression/],
    // Finding 2: other ways past the old check.
    ['an expression href', '<a href={"javascript:alert(1)"}>x</a>\n', 1, /expression value href=/],
    ['a spread attribute', 'Text\n\n<img src="/x.png" {...{onerror: "alert(1)"}} />\n', 3, /spread attribute/],
    ['a javascript: reference definition', '[tap][r]\n\n[r]: javascript:alert(1)\n', 3, /URL "javascript:alert\(1\)"/],
    ['a tab inside javascript: (link)', '[tap](<java\tscript:alert(1)>)\n', 1, /URL/],
    ['a tab inside javascript: (attribute)', '<a href="java\tscript:alert(1)">x</a>\n', 1, /URL/],
    ['an upper-case javascript: definition', '[tap][r]\n\n[r]: JAVASCRIPT:alert(1)\n', 3, /URL/],
    ['a leading control character', '<a href={"\u0001javascript:alert(1)"}>x</a>\n', 1, /expression value/],
    ['a leading control character in a string attribute', '<a href="\u0001javascript:alert(1)">x</a>\n', 1, /URL/],
    ['an upper-case scheme', '[tap](JavaScript:alert(1))\n', 1, /URL/],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://example.com/" />\n', 1, /<meta>/],
    [
      'a form with a password field',
      '<form action="https://example.com/">\n  <input type="password" />\n</form>\n',
      1,
      /<form>/,
    ],
    ['a style element', 'Text\n\n<style>{"p{color:red}"}</style>\n', 3, /<style>|expression/],
    ['a style attribute', '<p style="color:red">x</p>\n', 1, /style= on <p>/],
    ['a script tag', '<script>alert(1)</script>\n', 1, /<script>/],
    ['an iframe', 'Text\n\n<iframe src="https://example.com/"></iframe>\n', 3, /<iframe>/],
    ['a base tag', '<base href="https://example.com/" />\n', 1, /<base>/],
    ['an svg', '<svg><a href="/x/">x</a></svg>\n', 1, /<svg>/],
    ['an event handler', '<img src="/x.png" onerror="alert(1)" />\n', 1, /event handler onerror/],
    ['an upper-case event handler', '<img src="/x.png" ONLOAD="alert(1)" />\n', 1, /event handler ONLOAD/],
    ['a javascript: link', '[click](javascript:alert(1))\n', 1, /URL "javascript:alert\(1\)"/],
    ['a javascript: href on an element', '<a href="javascript:alert(1)">x</a>\n', 1, /URL/],
    ['a protocol-relative link', '[x](//example.org/)\n', 1, /URL/],
    ['a backslash link that leaves the site', '<a href="/\\example.org/">x</a>\n', 1, /URL/],
    ['a mailto: link (no contact handles in content)', '[mail](mailto:a@example.com)\n', 1, /URL/],
    ['an http: link', '[x](http://example.com/)\n', 1, /URL/],
    ['a data: image', '![x](data:image/svg+xml,abc)\n', 1, /URL/],
    // Finding 11: component props are checked.
    [
      'an unknown Callout type',
      '<Callout type="bogus">x</Callout>\n',
      1,
      /<Callout type="bogus"> must be one of: note, tip, warning, danger/,
    ],
    ['a Checklist without an id', 'Text\n\n<Checklist>\n\n- [ ] a\n\n</Checklist>\n', 3, /<Checklist> needs id=/],
    ['a Checklist id that is not a slug', '<Checklist id="My List">\n\n- [ ] a\n\n</Checklist>\n', 1, /lowercase a-z/],
    ['an unknown prop', '<Callout tone="tip">x</Callout>\n', 1, /<Callout> has no prop "tone"/],
    ['an unknown component', '<Fancy>x</Fancy>\n', 1, /component <Fancy>/],
    ['a member component', '<Foo.Bar>x</Foo.Bar>\n', 1, /component <Foo\.Bar>/],
  ])('refuses %s, naming file and line', async (_, source, line, message) => {
    const error = await mdxToHtml(source, FILE).then(
      () => null,
      (e: Error) => e.message,
    );
    expect(error).toMatch(at(line));
    expect(error).toMatch(message);
  });

  it('lets ordinary content through: https, site-relative and fragment links, components, heading ids', async () => {
    const html = await mdxToHtml(
      [
        '## Before you go {/*#before*/}',
        '',
        '[Apple](https://support.apple.com/) [guide](/guides/deleted-esim/) [up](#before) [ref][r]',
        '',
        '<Callout type="warning" title="Careful">Read this.</Callout>',
        '',
        '<Checklist id="phone-backup">',
        '',
        '- [ ] iCloud',
        '',
        '</Checklist>',
        '',
        '<Steps>',
        '',
        '1. One',
        '',
        '</Steps>',
        '',
        '<kbd>Ctrl</kbd> <a href="/faq/">FAQ</a>',
        '',
        '[r]: https://www.apple.com/',
        '',
      ].join('\n'),
      FILE,
    );
    expect(html).toContain('href="https://support.apple.com/"');
    expect(html).toContain('href="/guides/deleted-esim/"');
    expect(html).toContain('href="#before"');
    expect(html).toContain('href="https://www.apple.com/"');
    expect(html).toContain('id="before"');
    expect(html).toContain('<kbd>Ctrl</kbd>');
  });

  it('lets a reviewed exception through the allow-list, and only for that file and rule', async () => {
    const list = { 'guides/en/bad.mdx': ['element'] };
    expect([...allowedFor(FILE, list)]).toEqual(['element']);
    expect([...allowedFor('/work/x/content/guides/en/other.mdx', list)]).toEqual([]);
    expect([...allowedFor('C:\\site\\content\\guides\\en\\bad.mdx', list)]).toEqual(['element']);
  });
});

describe('URLs are read as a browser reads them', () => {
  it('drops tabs, newlines and surrounding control characters, and lower-cases the scheme', () => {
    expect(normalizeUrl(' \u0001JaVa\tScRipt\n:alert(1) ')).toBe('javascript:alert(1)');
    expect(normalizeUrl('HTTPS://Example.com/A')).toBe('https://Example.com/A');
  });

  it.each([
    ['https://example.com/', true],
    ['/guides/x/#a', true],
    ['#top', true],
    ['//example.org/', false],
    ['/\t/example.org/', false],
    ['/\\example.org/', false],
    ['javascript:alert(1)', false],
    ['vbscript:x', false],
    ['tel:+81', false],
    ['guides/x/', false],
    ['./photo.png', false],
  ])('%j as a link: %s', (url, safe) => {
    expect(isSafeUrl(url)).toBe(safe);
  });

  it('allows relative image files, which Astro imports', () => {
    expect(isSafeUrl('./photo.png', 'image')).toBe(true);
    expect(isSafeUrl('data:image/png;base64,AAAA', 'image')).toBe(false);
  });
});
