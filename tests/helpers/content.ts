/** Reads the MDX sources in content/ for content tests. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { LOCALES, type Locale } from '../../src/i18n/locales';

export const CONTENT = path.resolve('content');

export interface SourceFile {
  collection: 'guides' | 'faq' | 'pages';
  locale: Locale;
  slug: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
}

export function readContent(collection: SourceFile['collection']): SourceFile[] {
  return LOCALES.flatMap((locale) => {
    const dir = path.join(CONTENT, collection, locale);
    let names: string[];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith('.mdx'));
    } catch {
      return [];
    }
    return names.map((name) => {
      const file = path.join(dir, name);
      const raw = readFileSync(file, 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(raw);
      if (!match) throw new Error(`${file}: no frontmatter`);
      return {
        collection,
        locale,
        slug: name.replace(/\.mdx$/, ''),
        file: path.relative(process.cwd(), file),
        data: parseYaml(match[1]!) as Record<string, unknown>,
        body: match[2]!,
      };
    });
  });
}
