/** The fixture site (tests/fixtures/site): the project's code with the fixture content, built once
 *  with BASE_PATH=/guide/ by the scratch-project helper and shared by every test file that reads it.
 *
 *  The build lands in a folder named by a hash of everything it is built from (src/, public/, the
 *  config files, the fixture content, the environment), so test files running in parallel share one
 *  build (a lock folder makes the others wait), and a re-run with nothing changed reuses it. */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildProject, makeScratchProject, ROOT } from '../../scripts/lib/scratch-project.mjs';
import { readSite, type BuiltSite } from './dist';

export const FIXTURE_CONTENT = path.join(ROOT, 'tests/fixtures/site/content');
export const FIXTURE_SITE = 'https://fixture.example';
export const FIXTURE_BASE = '/guide/';
const ENV = { SITE_URL: FIXTURE_SITE, BASE_PATH: FIXTURE_BASE };
const INPUTS = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'];

function hashTree(hash: ReturnType<typeof createHash>, file: string): void {
  if (!existsSync(file)) return;
  if (statSync(file).isDirectory()) {
    for (const name of readdirSync(file).sort()) hashTree(hash, path.join(file, name));
    return;
  }
  hash.update(path.relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
}

function inputsHash(): string {
  const hash = createHash('sha256').update(JSON.stringify(ENV));
  for (const input of INPUTS) hashTree(hash, path.join(ROOT, input));
  hashTree(hash, FIXTURE_CONTENT);
  return hash.digest('hex').slice(0, 16);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

let built: Promise<BuiltSite> | undefined;

/** Where a fixture build keeps what `astro build` printed. */
const logFile = (home: string) => path.join(home, 'build.log');

/** What the fixture site's `astro build` printed (building it first if needed). */
export async function fixtureBuildOutput(): Promise<string> {
  const site = await fixtureSite();
  return readFileSync(logFile(path.dirname(site.dir)), 'utf8');
}

/** The built fixture site (its dist/), building it first if no build of these inputs exists. */
export function fixtureSite(): Promise<BuiltSite> {
  built ??= buildOnce();
  return built;
}

async function buildOnce(): Promise<BuiltSite> {
  // Named per checkout (other checkouts on this machine keep theirs) and per inputs.
  const prefix = `site-fixture-${createHash('sha256').update(ROOT).digest('hex').slice(0, 8)}-`;
  const home = path.join(tmpdir(), `${prefix}${inputsHash()}`);
  const dist = path.join(home, 'dist');
  const lock = `${home}.lock`;
  for (;;) {
    if (existsSync(path.join(dist, 'index.html')) && existsSync(logFile(home))) return readSite(dist);
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      // Another test file is building it: wait for its result (or for its lock to go stale).
      const pid = Number(readFileSafe(path.join(lock, 'pid')));
      if (pid && !alive(pid)) rmSync(lock, { recursive: true, force: true });
      await sleep(500);
    }
  }
  try {
    const work = `${home}.work`;
    rmSync(work, { recursive: true, force: true });
    makeScratchProject({ content: FIXTURE_CONTENT, dir: work, ogCache: true });
    const { code, output } = await buildProject(work, ENV);
    if (code !== 0) throw new Error(`fixture build failed:\n${output.slice(-3000)}`);
    writeFileSync(logFile(work), output);
    // Builds of older inputs of this checkout are never read again.
    for (const old of readdirSync(tmpdir()).filter((n) => n.startsWith(prefix) && !n.endsWith('.lock'))) {
      if (path.join(tmpdir(), old) !== work) rmSync(path.join(tmpdir(), old), { recursive: true, force: true });
    }
    renameSync(work, home);
    return readSite(dist);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function readFileSafe(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
