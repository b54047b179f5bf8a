/** `npm run build` on bad content fails, naming the file (and the field or line). Two real builds, each
 *  in a scratch copy holding one broken guide, prove the wiring from content.config.ts and from the
 *  content check to the build's exit code; the cases themselves are unit-tested
 *  (tests/lib/schemas.test.ts, tests/plugins/remark-safe-content.test.ts, tests/lib/content-files.test.ts). */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchBuild, type ScratchBuild } from '../helpers/scratch-build';

// A guide that prints no registry facts, so the scratch copy needs no content/facts.
const GOOD = readFileSync('content/guides/zh-CN/roaming-or-local-sim.mdx', 'utf8').replace(/<Fact[^>]*\/>/g, 'x');
const ABOUT = readFileSync('content/pages/zh-CN/about.mdx', 'utf8');

function buildWithGuide(guide: string): Promise<ScratchBuild> {
  return scratchBuild({
    content: { 'pages/zh-CN/about.mdx': ABOUT.replace(/<Fact[^>]*\/>/g, 'x') },
    prepare: (dir) => {
      const file = path.join(dir, 'content/guides/zh-CN/broken-guide.mdx');
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, guide);
    },
  });
}

const DANGEROUS = '\n<div set:html={"<scr" + "ipt>document.title=1</scr" + "ipt>"} />\n';
let missingField: ScratchBuild;
let dangerous: ScratchBuild;

beforeAll(async () => {
  [missingField, dangerous] = await Promise.all([
    buildWithGuide(GOOD.replace(/^verified:.*\n/m, '')),
    buildWithGuide(GOOD + DANGEROUS),
  ]);
}, 400_000);
afterAll(() => {
  missingField?.remove();
  dangerous?.remove();
});

describe('a guide with broken frontmatter', () => {
  it('fails the build, naming the file and the missing field', () => {
    expect(missingField.code).not.toBe(0);
    expect(missingField.output).toContain('broken-guide');
    expect(missingField.output).toMatch(/verified.*required/);
  });
});

describe('a guide with dangerous content', () => {
  it('fails the build on an Astro directive writing a script, naming file and line', () => {
    const line = (GOOD + DANGEROUS).split('\n').length - 1;
    expect(dangerous.code).not.toBe(0);
    expect(dangerous.output).toContain(`content/guides/zh-CN/broken-guide.mdx:${line}: The expression value set:html=`);
  });
});
