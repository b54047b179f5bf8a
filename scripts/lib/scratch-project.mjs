// A scratch copy of the project, built with the real `astro build`: tests (fixture site, base path,
// broken frontmatter, a second build) and the build benchmark use it, so the real dist/, content/ and
// caches stay untouched.
//
// node_modules: the copy gets its own node_modules folder whose entries are symlinks to the project's
// packages, rather than one symlink to the whole folder, so the tools' caches (node_modules/.astro,
// .vite) stay inside the copy and never overwrite the real project's.
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PROJECT_FILES = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public'];
const TOOL_CACHES = new Set(['.astro', '.vite', '.cache', '.vitest']);

/** The environment minus what Vite/Vitest put there (NODE_ENV=test, BASE_URL, MODE…), which would
 *  otherwise leak into the child build and change its mode and base. */
export function cleanEnv(env = process.env) {
  const out = { ...env };
  for (const key of Object.keys(out)) {
    if (/^(VITEST|VITE_|TEST$|NODE_ENV$|BASE_URL$|MODE$|DEV$|PROD$|SSR$|ASSETS_URL$)/.test(key)) delete out[key];
  }
  return out;
}

/** The project's rendered Open Graph images (src/lib/og-cache.ts), hard-linked into a copy's cache:
 *  they are keyed by a hash of everything that shapes them, so the copy draws only the images its own
 *  content changes. The cache writes a new file and renames it, never into a file, so links are safe. */
function seedOgCache(root) {
  const from = path.join(ROOT, '.astro/cache/og');
  if (!existsSync(from)) return;
  const to = path.join(root, '.astro/cache/og');
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from).filter((n) => n.endsWith('.png'))) {
    try {
      linkSync(path.join(from, name), path.join(to, name));
    } catch {
      cpSync(path.join(from, name), path.join(to, name));
    }
  }
}

/** Makes the copy. `content`: omitted = the project's content/; a string = a folder copied as
 *  content/; an object = just these files (paths relative to content/). `ogCache`: start with the
 *  project's rendered OG images (tests; the build benchmark's cold pass starts with none). */
export function makeScratchProject({ content, prefix = 'site-build-', dir, ogCache = false } = {}) {
  const root = dir ?? mkdtempSync(path.join(os.tmpdir(), prefix));
  mkdirSync(root, { recursive: true });
  for (const f of PROJECT_FILES) {
    if (existsSync(path.join(ROOT, f))) cpSync(path.join(ROOT, f), path.join(root, f), { recursive: true });
  }
  const contentDir = path.join(root, 'content');
  if (content === undefined) cpSync(path.join(ROOT, 'content'), contentDir, { recursive: true });
  else if (typeof content === 'string') cpSync(content, contentDir, { recursive: true });
  else {
    for (const [file, text] of Object.entries(content)) {
      mkdirSync(path.dirname(path.join(contentDir, file)), { recursive: true });
      writeFileSync(path.join(contentDir, file), text);
    }
  }
  if (ogCache) seedOgCache(root);
  const nm = path.join(root, 'node_modules');
  mkdirSync(nm);
  for (const name of readdirSync(path.join(ROOT, 'node_modules'))) {
    if (!TOOL_CACHES.has(name)) symlinkSync(path.join(ROOT, 'node_modules', name), path.join(nm, name));
  }
  return root;
}

/** Runs `astro build` in a project folder; resolves with its exit code, output and wall time. */
export function buildProject(dir, env = {}) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [path.join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: dir,
      env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code: code ?? 1, output, seconds: (performance.now() - started) / 1000 }));
  });
}

export function removeProject(dir) {
  rmSync(dir, { recursive: true, force: true });
}
