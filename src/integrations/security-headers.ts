/** Writes `dist/_headers` after the build. The CSP allows the site's own inline scripts by hash,
 *  computed from their source files (OWN_INLINE_SCRIPTS), never from what the built pages contain: a
 *  page holding any other inline script fails the build, naming the page. So no 'unsafe-inline' is
 *  needed and nothing that reaches a page (content, a title) can add itself to the policy.
 *  With CSP_META=true (for hosts that cannot send headers, like GitHub Pages) the policy is also put
 *  in every page as a <meta http-equiv> tag. Runs last, after everything that writes HTML. */
import type { AstroIntegration } from 'astro';
import { config } from '../config';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  foreignInlineScripts,
  formatHeadersFile,
  headerRules,
  metaContentSecurityPolicy,
  scriptHash,
  withMetaCsp,
} from '../lib/security-headers';

/** Every inline script the site ships, by source file (each inlined verbatim by a component). */
export const OWN_INLINE_SCRIPTS = ['src/scripts/theme-init.js'];

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}

/** The CSP hashes of the site's own inline scripts, from their source files under `root`. */
export async function ownScriptHashes(root: URL): Promise<string[]> {
  return Promise.all(OWN_INLINE_SCRIPTS.map(async (file) => scriptHash(await readFile(new URL(file, root), 'utf8'))));
}

export function securityHeaders(): AstroIntegration {
  let base = '/';
  let projectRoot: URL;
  return {
    name: 'site:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        projectRoot = config.root;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const hashes = await ownScriptHashes(projectRoot);
        const own = new Set(hashes);
        const files = await htmlFiles(root);
        const foreign: string[] = [];
        for (const file of files) {
          for (const script of foreignInlineScripts(await readFile(file, 'utf8'), own)) {
            const excerpt = script.text.trim().replace(/\s+/g, ' ').slice(0, 80);
            foreign.push(
              `  ${path.relative(root, file)}: <script${script.type ? ` type="${script.type}"` : ''}>${excerpt}`,
            );
          }
        }
        if (foreign.length)
          throw new Error(
            `Inline scripts that are not the site's own (${OWN_INLINE_SCRIPTS.join(', ')}) were found in built pages; ` +
              `the CSP will not trust them:\n${foreign.join('\n')}`,
          );
        await writeFile(path.join(root, '_headers'), formatHeadersFile(headerRules(base, hashes)));
        if (config.cspMeta) {
          const policy = metaContentSecurityPolicy(hashes);
          for (const file of files) await writeFile(file, withMetaCsp(await readFile(file, 'utf8'), policy));
          logger.info('CSP also written into every page as <meta http-equiv>');
        }
        logger.info(`_headers written (${hashes.length} inline script hash${hashes.length === 1 ? '' : 'es'})`);
      },
    },
  };
}
