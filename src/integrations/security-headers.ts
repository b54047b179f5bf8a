/** Writes `dist/_headers` after the build: the CSP lists the hash of every inline script the built
 *  pages contain, so no 'unsafe-inline' is needed. Runs last, after everything that writes HTML.
 *  With CSP_META=true (for hosts that cannot send headers, like GitHub Pages) the policy is also put
 *  in every page as a <meta http-equiv> tag. */
import type { AstroIntegration } from 'astro';
import { config } from '../config';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  formatHeadersFile,
  headerRules,
  inlineScripts,
  metaContentSecurityPolicy,
  scriptHash,
  withMetaCsp,
} from '../lib/security-headers';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}

export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'site:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const hashes = new Set<string>();
        const files = await htmlFiles(root);
        for (const file of files) {
          for (const script of inlineScripts(await readFile(file, 'utf8'))) hashes.add(scriptHash(script));
        }
        await writeFile(path.join(root, '_headers'), formatHeadersFile(headerRules(base, [...hashes])));
        if (config.cspMeta) {
          const policy = metaContentSecurityPolicy([...hashes]);
          for (const file of files) await writeFile(file, withMetaCsp(await readFile(file, 'utf8'), policy));
          logger.info('CSP also written into every page as <meta http-equiv>');
        }
        logger.info(`_headers written (${hashes.size} inline script hash${hashes.size === 1 ? '' : 'es'})`);
      },
    },
  };
}
