/** `npm run build` on a guide with bad frontmatter or dangerous content fails, naming the file (and the
 *  field). Runs the real build in a scratch copy of the project holding one guide, so the repository's
 *  content is untouched. */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanEnv } from '../helpers/scratch-build';

const run = promisify(execFile);
const ROOT = process.cwd();
const GOOD = readFileSync(path.join(ROOT, 'content/guides/zh-CN/deleted-esim.mdx'), 'utf8');
const scratch: string[] = [];

async function buildWith(guide: string): Promise<{ code: number; output: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'broken-fm-'));
  scratch.push(dir);
  for (const f of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src'])
    cpSync(path.join(ROOT, f), path.join(dir, f), { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  mkdirSync(path.join(dir, 'content/guides/zh-CN'), { recursive: true });
  cpSync(path.join(ROOT, 'content/pages'), path.join(dir, 'content/pages'), { recursive: true });
  writeFileSync(path.join(dir, 'content/guides/zh-CN/broken-guide.mdx'), guide);
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [path.join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'],
      {
        cwd: dir,
        env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
        maxBuffer: 20 * 1024 * 1024,
      },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('a guide with broken frontmatter', () => {
  it('fails the build when a required field is missing, naming file and field', async () => {
    const { code, output } = await buildWith(GOOD.replace(/^verified:.*\n/m, ''));
    expect(code).not.toBe(0);
    expect(output).toContain('broken-guide');
    expect(output).toMatch(/verified.*required/);
  });

  it('fails the build on a topic outside the fixed list, naming file and field', async () => {
    const { code, output } = await buildWith(GOOD.replace(/^topics:.*$/m, 'topics: [esim, shopping]'));
    expect(code).not.toBe(0);
    expect(output).toContain('broken-guide');
    expect(output).toMatch(/topics/);
  });
});

describe('a guide with dangerous content', () => {
  // One real build proves the content check is wired in; tests/plugins/remark-safe-content.test.ts
  // covers each kind of dangerous content.
  it('fails the build on an Astro directive writing a script, naming file and line', async () => {
    const body = '\n<div set:html={"<scr" + "ipt>document.title=1</scr" + "ipt>"} />\n';
    const line = (GOOD + body).split('\n').length - 1;
    const { code, output } = await buildWith(GOOD + body);
    expect(code).not.toBe(0);
    expect(output).toContain(`content/guides/zh-CN/broken-guide.mdx:${line}: The expression value set:html=`);
  });
});
