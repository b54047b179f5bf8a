/** The indexing step with Pagefind's Node API mocked (as Starlight tests its integration): which pages
 *  are indexed and with what, that the published pages lose their keyword blocks, and that the
 *  Pagefind service is closed even when indexing fails. */
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const added: { sourcePath?: string; content: string }[] = [];
const mock = vi.hoisted(() => ({
  addErrors: [] as string[],
  createIndex: vi.fn(),
  close: vi.fn(async () => null),
}));
vi.mock('pagefind', () => ({ createIndex: mock.createIndex, close: mock.close }));

import { buildSearchIndex } from '../../src/integrations/pagefind';

const GUIDE = `<html lang="zh-CN"><head><meta name="description" content="误删 eSIM 的办法"></head><body>
<article data-pagefind-body><h1>误删了 eSIM</h1><template data-search-keywords><p data-pagefind-weight="5">删了eSIM / 二维码失效</p></template><p>正文</p></article></body></html>`;
const HOME = '<html lang="zh-CN"><body><h1>首页</h1></body></html>';

let site: string;
beforeEach(async () => {
  added.length = 0;
  mock.addErrors = [];
  mock.close.mockClear();
  mock.createIndex.mockImplementation(async () => ({
    errors: [],
    index: {
      addHTMLFile: vi.fn(async (file: { sourcePath?: string; content: string }) => {
        added.push(file);
        return { errors: mock.addErrors, file: { uniqueWords: 1, url: '/', meta: {} } };
      }),
      // An index of no language: the steps after writing (recutting chunks, minifying the script,
      // search-page preloads) have nothing to change; tests/integrations/pagefind-output.test.ts runs them.
      writeFiles: vi.fn(async ({ outputPath }: { outputPath: string }) => {
        await mkdir(outputPath, { recursive: true });
        await writeFile(path.join(outputPath, 'pagefind-entry.json'), '{"version":"1.6.0","languages":{}}');
        await writeFile(
          path.join(outputPath, 'pagefind.js'),
          // The shape of Pagefind's entry fetch, which the build replaces with the entry itself.
          'class P { async loadEntry(entryUrl) { let entry_response=await this.throttledFetch(entryUrl);' +
            'let entry_json=await entry_response.json(); return entry_json; } }\n' +
            'export const createInstance = () => new P();',
        );
        return { errors: [], outputPath };
      }),
    },
  }));
  site = await mkdtemp(path.join(os.tmpdir(), 'pagefind-test-'));
  await mkdir(path.join(site, 'guides/deleted-esim'), { recursive: true });
  await writeFile(path.join(site, 'guides/deleted-esim/index.html'), GUIDE);
  await writeFile(path.join(site, 'index.html'), HOME);
});
afterEach(() => rm(site, { recursive: true, force: true }));

describe('buildSearchIndex', () => {
  it('indexes only pages with a search body, with their keywords and description, and excludes controls', async () => {
    await expect(buildSearchIndex(site)).resolves.toBe(1);
    expect(added.map((f) => f.sourcePath)).toEqual([path.join('guides', 'deleted-esim', 'index.html')]);
    expect(added[0]!.content).toContain('<p data-pagefind-weight="5">删了eSIM / 二维码失效</p>');
    expect(added[0]!.content).not.toContain('<template');
    expect(added[0]!.content).toContain('data-pagefind-meta="description[content]"');
    const options = mock.createIndex.mock.calls[0]![0] as { excludeSelectors: string[] };
    expect(options.excludeSelectors).toEqual(expect.arrayContaining(['nav', 'button', '[aria-labelledby="sources"]']));
    expect(mock.close).toHaveBeenCalledTimes(1);
  });

  it('publishes the page without its keyword block', async () => {
    await buildSearchIndex(site);
    const published = await readFile(path.join(site, 'guides/deleted-esim/index.html'), 'utf8');
    expect(published).not.toContain('二维码失效');
    expect(published).not.toContain('data-search-keywords');
    expect(published).toContain('<p>正文</p>');
    await expect(readFile(path.join(site, 'index.html'), 'utf8')).resolves.toBe(HOME);
  });

  it('fails naming the page, and still closes Pagefind', async () => {
    mock.addErrors = ['bad html'];
    await expect(buildSearchIndex(site)).rejects.toThrow(/guides\/deleted-esim\/index\.html[\s\S]*bad html/);
    expect(mock.close).toHaveBeenCalledTimes(1);
  });
});
