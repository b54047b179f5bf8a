import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CONTENT_LAYOUT,
  contentFileProblems,
  contentPathProblem,
  impossibleDates,
  isCalendarDate,
  splitFrontmatter,
} from '../../src/lib/content-files';
import { checkContentFolder, contentCheck } from '../../src/integrations/content-check';
import { readContent } from '../helpers/content';

const GUIDE = readFileSync('content/guides/en/deleted-esim.mdx', 'utf8');
const scratch: string[] = [];
afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));

function contentFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-files-'));
  scratch.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('where content files may sit', () => {
  it.each(['guides/zh-CN/deleted-esim.mdx', 'faq/en/reinstall-deleted-esim.mdx', 'pages/en/about.mdx', 'guides/en/.gitkeep', 'guides/en/images/photo.png'])(
    'accepts %s',
    (file) => {
      expect(contentPathProblem(file)).toBeNull();
    },
  ); // prettier-ignore

  it.each([
    ['guides/zh-CN/drafts/new-guide.mdx', /unexpected folder/],
    ['guides/new-guide.mdx', /unexpected folder/],
    ['guides/fr/new-guide.mdx', /unexpected folder/],
    ['guides/en/new-guide.md', /not a \.mdx file, so it would never be built/],
    ['pages/en/contact.mdx', /holds only about\.mdx/],
    ['news/en/launch.mdx', /matches no collection/],
    ['README.md', /matches no collection/],
    ['guides/zh-CN/误删 指南.mdx', /slug "误删 指南"/],
    ['guides/en/Deleted-eSIM.mdx', /slug "Deleted-eSIM"/],
    ['guides/en/deleted--esim.mdx', /slug/],
    ['guides/en/deleted esim.mdx', /slug/],
  ])('refuses %s', (file, message) => {
    expect(contentPathProblem(file)).toMatch(message);
  });

  it('takes a new collection folder as one line of the table', () => {
    const layout = [...CONTENT_LAYOUT, { folder: 'flows', perLocale: false, extension: '.yaml' } as const];
    expect(contentPathProblem('flows/lost-phone.yaml', layout)).toBeNull();
    expect(contentPathProblem('flows/en/lost-phone.yaml', layout)).toMatch(/unexpected folder/);
    expect(contentPathProblem('flows/lost-phone.yaml')).toMatch(/matches no collection/);
    expect(contentPathProblem('facts/esim-prices.yaml')).toBeNull();
  });
});

describe('dates are real calendar days', () => {
  it('knows month lengths and leap years', () => {
    expect(isCalendarDate(2026, 2, 28)).toBe(true);
    expect(isCalendarDate(2026, 2, 29)).toBe(false);
    expect(isCalendarDate(2028, 2, 29)).toBe(true);
    expect(isCalendarDate(2026, 4, 31)).toBe(false);
    expect(isCalendarDate(2026, 13, 1)).toBe(false);
    expect(isCalendarDate(2026, 0, 1)).toBe(false);
  });

  it('names the field and line of an impossible date, quoted or not', () => {
    expect(impossibleDates("title: x\npublished: 2026-02-30\nupdated: '2026-04-31' # later\nverified: 2026-11-23")).toEqual([
      'published (line 2): 2026-02-30 is not a real calendar date',
      'updated (line 3): 2026-04-31 is not a real calendar date',
    ]);
    expect(impossibleDates('dates:\n  - 2026-13-01')).toEqual(['a date (line 2): 2026-13-01 is not a real calendar date']);
  }); // prettier-ignore

  it('reports an MDX file by name with the file line, CRLF or not', () => {
    const bad = GUIDE.replace(/^published: .*$/m, 'published: 2026-02-30');
    const line = bad.split('\n').findIndex((l) => l.startsWith('published:')) + 1;
    const expected = [`content/guides/en/x.mdx: published (line ${line}): 2026-02-30 is not a real calendar date`];
    expect(contentFileProblems('guides/en/x.mdx', bad)).toEqual(expected);
    expect(contentFileProblems('guides/en/x.mdx', `\uFEFF${bad.replace(/\n/g, '\r\n')}`)).toEqual(expected);
    expect(contentFileProblems('guides/en/x.mdx', GUIDE)).toEqual([]);
  });
});

describe('CRLF line endings and a BOM', () => {
  it('split into the same frontmatter and body as LF', () => {
    const lf = splitFrontmatter(GUIDE)!;
    expect(lf.frontmatter).toContain('title:');
    expect(splitFrontmatter(`\uFEFF${GUIDE.replace(/\n/g, '\r\n')}`)).toEqual(lf);
    expect(splitFrontmatter('No frontmatter here.\n')).toBeNull();
  });

  it('are read by the content tests like any other file (they used to crash the whole suite)', () => {
    const dir = contentFolder({
      'guides/en/crlf-guide.mdx': GUIDE.replace(/\n/g, '\r\n'),
      'guides/en/bom-guide.mdx': `\uFEFF${GUIDE}`,
    });
    const read = readContent('guides', dir);
    expect(read.map((g) => g.slug).sort()).toEqual(['bom-guide', 'crlf-guide']);
    for (const g of read) {
      expect(g.data.title).toBe(readContent('guides').find((x) => x.slug === 'deleted-esim' && x.locale === 'en')!.data.title);
      expect(g.body).not.toContain('\r');
    }
  }); // prettier-ignore
});

describe('the build-time check', () => {
  it('lists every problem in a content folder, naming each file', () => {
    const dir = contentFolder({
      'guides/en/fine.mdx': GUIDE,
      'guides/en/drafts/hidden.mdx': GUIDE,
      'guides/en/Bad Slug.mdx': GUIDE,
      'guides/zh-CN/wrong-date.mdx': GUIDE.replace(/^verified: .*$/m, 'verified: 2026-02-30'),
      'pages/zh-CN/contact.mdx': GUIDE,
      'notes.txt': 'x',
    });
    expect(checkContentFolder(dir).map((p) => p.replace(/:.*$/, ''))).toEqual([
      'content/guides/en/Bad Slug.mdx',
      'content/guides/en/drafts/hidden.mdx',
      'content/guides/zh-CN/wrong-date.mdx',
      'content/notes.txt',
      'content/pages/zh-CN/contact.mdx',
    ]);
  });

  it('stops the build at config setup, naming the file; passes the real content', () => {
    const project = contentFolder({ 'content/guides/en/new-guide.md': GUIDE });
    const setup = contentCheck().hooks['astro:config:setup'] as unknown as (o: { config: { root: URL } }) => void;
    const run = (root: string) => setup({ config: { root: new URL(`file://${root}/`) } });
    expect(() => run(project)).toThrow(/content\/guides\/en\/new-guide\.md: is not a \.mdx file/);
    expect(() => run(process.cwd())).not.toThrow();
  });
});
