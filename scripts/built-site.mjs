// The built site the benchmarks measure: dist/ (or DIST_DIR), built first if it is missing.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = path.resolve(ROOT, process.env.DIST_DIR ?? 'dist');

export function ensureBuilt() {
  if (existsSync(path.join(DIST, 'index.html'))) return;
  console.log(`No built site in ${DIST}: building…`);
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', DIST],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  if (r.status !== 0) {
    console.error('Build failed.');
    process.exit(1);
  }
}
