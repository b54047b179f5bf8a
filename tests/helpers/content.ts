/** Reads the MDX sources in content/ for content tests. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { LOCALES, type Locale } from '../../src/i18n/locales';
import { splitFrontmatter } from '../../src/lib/content-files';

export const CONTENT = path.resolve('content');

export interface SourceFile {
  collection: 'guides' | 'faq' | 'pages';
  locale: Locale;
  slug: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
}

/** The MDX files of a collection, frontmatter parsed; CRLF line endings and a BOM are read like LF
 *  (bodies come back with LF). `root` is the content folder (the project's by default). */
export function readContent(collection: SourceFile['collection'], root = CONTENT): SourceFile[] {
  return LOCALES.flatMap((locale) => {
    const dir = path.join(root, collection, locale);
    let names: string[];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith('.mdx'));
    } catch {
      return [];
    }
    return names.map((name) => {
      const file = path.join(dir, name);
      const parts = splitFrontmatter(readFileSync(file, 'utf8'));
      if (!parts) throw new Error(`${file}: no frontmatter (the file must start with a line "---")`);
      return {
        collection,
        locale,
        slug: name.replace(/\.mdx$/, ''),
        file: path.relative(process.cwd(), file),
        data: parseYaml(parts.frontmatter) as Record<string, unknown>,
        body: parts.body,
      };
    });
  });
}
