/** Builds the site from a scratch copy of the project (so the real dist/ and content stay untouched),
 *  with extra environment and optional content changes. */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = process.cwd();

/** The test runner's environment minus what Vite/Vitest put there (NODE_ENV=test, BASE_URL, MODE…),
 *  which would otherwise leak into the child build and change its mode and base. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(VITEST|VITE_|TEST$|NODE_ENV$|BASE_URL$|MODE$|DEV$|PROD$|SSR$|ASSETS_URL$)/.test(key)) delete env[key];
  }
  return env;
}

export interface ScratchBuild {
  dir: string;
  dist: string;
  code: number;
  output: string;
  remove: () => void;
}

export async function scratchBuild(options: {
  env?: Record<string, string>;
  /** Called with the scratch project dir before building, to change content. */
  prepare?: (dir: string) => void;
  /** Copy content/ (default true). */
  withContent?: boolean;
}): Promise<ScratchBuild> {
  const dir = mkdtempSync(path.join(tmpdir(), 'site-build-'));
  const files = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public'];
  if (options.withContent !== false) files.push('content');
  for (const f of files) cpSync(path.join(ROOT, f), path.join(dir, f), { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  options.prepare?.(dir);
  let code = 0;
  let output: string;
  try {
    const r = await run(process.execPath, [path.join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: dir,
      env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...options.env },
      maxBuffer: 50 * 1024 * 1024,
    });
    output = r.stdout + r.stderr;
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    code = e.code ?? 1;
    output = e.stdout + e.stderr;
  }
  return {
    dir,
    dist: path.join(dir, 'dist'),
    code,
    output,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
