/** `npm run build` on a guide with bad frontmatter fails, naming the file and the field. One real
 *  build (in a scratch copy holding one guide) proves the wiring from content.config.ts to the build's
 *  exit code; the schema cases and the content-safety plugin are unit-tested (tests/lib/schemas.test.ts,
 *  tests/plugins/remark-safe-content.test.ts), and tests/config-wiring.test.ts checks that
 *  astro.config.mjs runs the content plugins. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchBuild, type ScratchBuild } from '../helpers/scratch-build';

const GOOD = readFileSync('content/guides/zh-CN/deleted-esim.mdx', 'utf8');
let build: ScratchBuild;

beforeAll(async () => {
  build = await scratchBuild({
    content: { 'pages/zh-CN/about.mdx': readFileSync('content/pages/zh-CN/about.mdx', 'utf8') },
    prepare: (dir) => {
      const file = path.join(dir, 'content/guides/zh-CN/broken-guide.mdx');
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, GOOD.replace(/^verified:.*\n/m, ''));
    },
  });
}, 240_000);
afterAll(() => build?.remove());

describe('a guide with broken frontmatter', () => {
  it('fails the build, naming the file and the missing field', () => {
    expect(build.code).not.toBe(0);
    expect(build.output).toContain('broken-guide');
    expect(build.output).toMatch(/verified.*required/);
  });
});
