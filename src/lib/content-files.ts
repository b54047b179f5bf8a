/** Checks on the files under `content/` before anything is built, so nothing is dropped silently and
 *  nothing odd reaches a URL: every file must belong to a collection folder of CONTENT_LAYOUT, sit where
 *  that collection reads it, have a URL-safe slug, and hold only real calendar dates (YAML turns
 *  `2026-02-30` into 2 March without a word). Line endings may be CRLF and a file may start with a BOM.
 *  Pure: the caller lists and reads the files (src/integrations/content-check.ts). */
import { LOCALES } from '../i18n/locales';

/** A collection folder under content/: adding one is one line. */
export interface ContentFolder {
  folder: string;
  /** Files sit in a folder per language (`guides/zh-CN/x.mdx`), or directly in the folder. */
  perLocale: boolean;
  extension: '.mdx' | '.yaml';
  /** When set, the only slugs this folder may hold. */
  slugs?: readonly string[];
}

export const CONTENT_LAYOUT: readonly ContentFolder[] = [
  { folder: 'guides', perLocale: true, extension: '.mdx' },
  { folder: 'faq', perLocale: true, extension: '.mdx' },
  { folder: 'pages', perLocale: true, extension: '.mdx', slugs: ['about'] },
  { folder: 'facts', perLocale: false, extension: '.yaml' },
  { folder: 'help', perLocale: false, extension: '.yaml' },
];

/** Slugs become URLs: lowercase ASCII words joined by single hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Images MDX imports by relative path (`![…](./photo.png)`): accepted anywhere in a collection folder. */
const IMAGE = /\.(?:png|jpe?g|webp|avif|gif|svg)$/i;

/** What is wrong with where a file sits, by its path relative to content/ (forward slashes); null
 *  when it is where a collection reads it. Hidden files (`.gitkeep`) are ignored. */
export function contentPathProblem(file: string, layout: readonly ContentFolder[] = CONTENT_LAYOUT): string | null {
  const parts = file.split('/');
  const name = parts.at(-1)!;
  if (name.startsWith('.')) return null;
  const folder = layout.find((f) => f.folder === parts[0]);
  const folders = layout.map((f) => f.folder).join(', ');
  if (!folder || parts.length === 1) return `matches no collection (content/ holds the folders ${folders})`;
  if (IMAGE.test(name)) return null;
  const where = folder.perLocale ? `content/${folder.folder}/<${LOCALES.join('|')}>/` : `content/${folder.folder}/`;
  const depth = folder.perLocale ? 3 : 2;
  if (parts.length !== depth || (folder.perLocale && !(LOCALES as readonly string[]).includes(parts[1]!)))
    return `sits in an unexpected folder: ${folder.folder} files go directly in ${where}`;
  if (!name.endsWith(folder.extension))
    return `is not a ${folder.extension} file, so it would never be built (${where}<slug>${folder.extension})`;
  const slug = name.slice(0, -folder.extension.length);
  if (!SLUG.test(slug)) return `has the slug "${slug}": slugs are URLs, lowercase a-z, 0-9 and single hyphens`;
  if (folder.slugs && !folder.slugs.includes(slug))
    return `is not built: ${where} holds only ${folder.slugs.map((s) => s + folder.extension).join(', ')}`;
  return null;
}

/** A file's text with a leading BOM removed and CRLF/CR line endings turned into LF. */
export function normalizeText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Splits an MDX file into its YAML frontmatter and body (after normalizeText); null without one. */
export function splitFrontmatter(raw: string): { frontmatter: string; body: string } | null {
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)([\s\S]*)$/.exec(normalizeText(raw));
  return match ? { frontmatter: match[1]!, body: match[2]! } : null;
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** True for a real calendar day given as year, month (1-12) and day. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

/** Dates in YAML text (`key: 2026-02-30`, quoted or not, list items too) that are not real days;
 *  `firstLine` is the file line the text starts on. */
export function impossibleDates(yaml: string, firstLine = 1): string[] {
  const problems: string[] = [];
  normalizeText(yaml)
    .split('\n')
    .forEach((line, i) => {
      const m =
        /^\s*(?:-\s+)?(?:([\w-]+)\s*:\s*)?(['"]?)(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt ][\d:.]+(?:Z|[+-][\d:]+)?)?\2\s*(?:#.*)?$/.exec(
          line,
        );
      if (m && !isCalendarDate(Number(m[3]), Number(m[4]), Number(m[5])))
        problems.push(
          `${m[1] ?? 'a date'} (line ${firstLine + i}): ${m[3]}-${m[4]}-${m[5]} is not a real calendar date`,
        );
    });
  return problems;
}

/** Every problem with one content file: where it sits, and its dates (frontmatter, or the whole
 *  file for YAML data). `file` is relative to content/. */
export function contentFileProblems(file: string, text: string): string[] {
  const problems: string[] = [];
  const where = contentPathProblem(file);
  if (where) problems.push(where);
  if (/\.ya?ml$/.test(file)) problems.push(...impossibleDates(text));
  else if (file.endsWith('.mdx') || file.endsWith('.md'))
    problems.push(...impossibleDates(splitFrontmatter(text)?.frontmatter ?? '', 2));
  return problems.map((p) => `content/${file}: ${p}`);
}
