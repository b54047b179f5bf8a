/** Checks every file under content/ before anything is built (src/lib/content-files.ts): a file no
 *  collection reads, a slug that is not URL-safe or an impossible date fails the build (and `astro
 *  dev`), naming each file, instead of being dropped or silently changed. */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentFileProblems } from '../lib/content-files';

/** Every problem in a content folder (files relative to it, forward slashes). */
export function checkContentFolder(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort()
    .flatMap((file) => contentFileProblems(file, readFileSync(path.join(dir, file), 'utf8')));
}

export function contentCheck(): AstroIntegration {
  return {
    name: 'site:content-check',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const problems = checkContentFolder(fileURLToPath(new URL('content/', config.root)));
        if (problems.length) throw new Error(`Content files the site cannot build:\n  ${problems.join('\n  ')}`);
      },
    },
  };
}
