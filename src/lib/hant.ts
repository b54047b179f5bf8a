/** Simplified → Traditional Chinese (Taiwan phrasing) for the generated zh-Hant site: OpenCC
 *  (`cn` → `twp`) followed by the reviewed terms in `src/data/zh-hant.json`. Japanese the site quotes
 *  on purpose stays as written: runs containing kana keep their Japanese kanji, and kanji-only
 *  Japanese terms are listed as data.
 *
 *  Build-time only (OpenCC's dictionaries are large): pages, feeds, manifests and Open Graph titles go
 *  through it; browser code never imports it. */
import OpenCC from 'opencc-js';
import data from '../data/zh-hant.json' with { type: 'json' };

export interface HantTerm {
  from: string;
  to: string;
  source?: string;
  note?: string;
}

export const HANT_TERMS: readonly HantTerm[] = data.terms;
export const KEEP_JAPANESE: readonly string[] = data.keepJapanese;
/** UI strings whose Taiwan wording differs from a plain conversion of zh-CN. */
export const HANT_UI: Readonly<Record<string, string>> = data.ui;

const openccOnly = OpenCC.Converter({ from: 'cn', to: 'twp' });
/** What OpenCC alone makes of a text, before the terms (tests check a term's correction holds). */
export const plainOpenCC = (text: string): string => openccOnly(text);
// The terms are written in Simplified; OpenCC turns each `from` into the form it will meet in
// OpenCC's own output, so the last stage (a longest-match dictionary) replaces it there.
const convertPhrases = OpenCC.ConverterFactory(OpenCC.Locale.from.cn!, OpenCC.Locale.to.twp!, [
  HANT_TERMS.map((term) => [openccOnly(term.from), term.to] as [string, string]),
]);
const jpToTraditional = OpenCC.Converter({ from: 'jp', to: 't' });

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Japanese to keep: a listed kanji-only term, or a run of kanji and kana with at least one kana. */
const JAPANESE = new RegExp(
  [
    ...[...KEEP_JAPANESE].sort((a, b) => b.length - a.length).map(escapeRegExp),
    '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々〆・]*[\\p{Script=Hiragana}\\p{Script=Katakana}][\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々〆・]*',
  ].join('|'),
  'gu',
);

const shinjitaiCache = new Map<string, boolean>();
/** A Japanese simplified form (発, 届, 号, 会…): kept inside Japanese runs. */
function isShinjitai(ch: string): boolean {
  let known = shinjitaiCache.get(ch);
  if (known === undefined) {
    known = jpToTraditional(ch) !== ch;
    shinjitaiCache.set(ch, known);
  }
  return known;
}

/** Inside a kana run, Chinese written right next to the Japanese (门店要带在留カード) is still
 *  converted; the run's Japanese forms and its kana are kept. */
function convertJapaneseRun(run: string): string {
  if (!KANA.test(run)) return run; // a listed kanji-only term
  let out = '';
  let chinese = '';
  for (const ch of run) {
    if (/\p{Script=Han}/u.test(ch) && !isShinjitai(ch)) {
      chinese += ch;
      continue;
    }
    out += chinese ? convertPhrases(chinese) : '';
    chinese = '';
    out += ch;
  }
  return out + (chinese ? convertPhrases(chinese) : '');
}

const CJK = /[\u3400-\u9fff\uff01-\uff5e“”‘’]/;

// A term that reads as Latin where it meets Chinese (QR Code) gets a space there, as the site writes eSIM.
const termsWhere = (edge: RegExp) =>
  HANT_TERMS.map((t) => t.to)
    .filter((to) => edge.test(to))
    .map(escapeRegExp);
const latinStart = termsWhere(/^[A-Za-z0-9]/);
const latinEnd = termsWhere(/[A-Za-z0-9]$/);
const LATIN_BESIDE_HAN = new RegExp(
  [
    ...(latinStart.length ? [`(?<=\\p{Script=Han})(?=${latinStart.join('|')})`] : []),
    ...(latinEnd.length ? [`(?<=${latinEnd.join('|')})(?=\\p{Script=Han})`] : []),
  ].join('|') || '(?!)',
  'gu',
);

/** Converts one piece of text (no markup) to Traditional Chinese with Taiwan phrasing. */
export function toHant(text: string): string {
  if (!CJK.test(text)) return text;
  let out = '';
  let last = 0;
  for (const match of text.matchAll(JAPANESE)) {
    out += convertPhrases(text.slice(last, match.index));
    out += convertJapaneseRun(match[0]);
    last = match.index + match[0].length;
  }
  out += convertPhrases(text.slice(last));
  return out.replace(LATIN_BESIDE_HAN, ' ');
}

/** Removes what the site quotes in Japanese, leaving the text that must be Traditional (tests). */
export function withoutJapanese(text: string): string {
  return text.replace(JAPANESE, ' ');
}

/** Keys whose values are identifiers or addresses, never prose. */
const KEEP_KEYS = new Set(['id', 'url', 'href', 'src', 'slug', 'path', '@id', '@type', '@context', 'inLanguage']);

/** Converts every string in plain data (frontmatter, JSON-LD, manifests); dates, numbers, URLs and
 *  identifier fields stay as they are. */
export function convertData<T>(value: T, key = ''): T {
  if (typeof value === 'string') return (KEEP_KEYS.has(key) ? value : toHant(value)) as T;
  if (Array.isArray(value)) return value.map((v) => convertData(v, key)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convertData(v, k)])) as T;
  }
  return value;
}

/** Elements whose text is code or not for reading. */
const SKIP_ELEMENTS = new Set(['script', 'style', 'code', 'pre', 'kbd', 'samp', 'textarea', 'svg', 'math']);
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
/** Attributes a reader sees or hears. Never href, src, id, class or data-*. */
const TEXT_ATTRIBUTES = new Set(['title', 'alt', 'aria-label', 'aria-description', 'placeholder', 'label']);
/** `<meta content>` that is prose (description, Open Graph and Twitter titles and texts). */
const PROSE_META =
  /^(description|og:title|og:description|og:image:alt|og:site_name|twitter:title|twitter:description|twitter:image:alt|application-name|apple-mobile-web-app-title)$/;

const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\/?([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function attributes(raw: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of raw.matchAll(ATTRIBUTE)) out.set(m[1]!.toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  return out;
}

function convertTag(tag: string, name: string, raw: string): string {
  const attrs = attributes(raw);
  const metaName = attrs.get('name') ?? attrs.get('property') ?? '';
  return tag.replace(ATTRIBUTE, (whole, attr: string, dq?: string, sq?: string) => {
    const lower = attr.toLowerCase();
    const prose = TEXT_ATTRIBUTES.has(lower) || (name === 'meta' && lower === 'content' && PROSE_META.test(metaName));
    if (!prose) return whole;
    if (dq !== undefined) return `${attr}="${toHant(dq)}"`;
    if (sq !== undefined) return `${attr}='${toHant(sq)}'`;
    return whole;
  });
}

/** JSON-LD: its prose values, with `<` kept escaped so the script element cannot be closed early. */
function convertJsonLd(json: string): string {
  try {
    return JSON.stringify(convertData(JSON.parse(json))).replace(/</g, '\\u003c');
  } catch {
    return json;
  }
}

/** Converts a finished HTML (or XML) document: text and prose attributes, JSON-LD values, and
 *  (through `localizeHref`) the target of links without hreflang. Leaves markup, other URLs, ids,
 *  code, scripts and any element marked as another language (`lang="ja"`, `lang="en"`,
 *  `lang="zh-CN"` on the language switch) as they are. */
export function convertHtml(html: string, options: { localizeHref?: (href: string) => string } = {}): string {
  let out = '';
  let last = 0;
  /** The element being skipped (and how deep inside its own nesting we are). */
  let skip: { name: string; depth: number } | null = null;
  let jsonLd = false;
  for (const match of html.matchAll(TOKEN)) {
    const [tag, rawName, rawAttrs = ''] = match;
    const text = html.slice(last, match.index);
    if (jsonLd) out += convertJsonLd(text);
    else out += skip ? text : toHant(text);
    last = match.index + tag.length;
    jsonLd = false;
    if (!rawName) {
      out += tag; // comment, doctype, CDATA
      continue;
    }
    const name = rawName.toLowerCase();
    const closing = tag.startsWith('</');
    if (skip) {
      if (name === skip.name && !VOID.has(name)) skip.depth += closing ? -1 : tag.endsWith('/>') ? 0 : 1;
      if (skip.depth === 0) skip = null;
      out += tag;
      continue;
    }
    if (closing) {
      out += tag;
      continue;
    }
    const attrs = attributes(rawAttrs);
    const lang = attrs.get('lang');
    const otherLanguage = lang !== undefined && !/^zh-hant/i.test(lang);
    if (name === 'script' && attrs.get('type') === 'application/ld+json') {
      jsonLd = true;
      out += tag;
      continue;
    }
    if ((SKIP_ELEMENTS.has(name) || otherLanguage || attrs.get('translate') === 'no') && !VOID.has(name)) {
      if (!tag.endsWith('/>')) skip = { name, depth: 1 };
      out += tag;
      continue;
    }
    let converted = convertTag(tag, name, rawAttrs);
    // Links written in the source's content point at source-language pages; a link that names its
    // language (hreflang: the language switch) is left as it is.
    if (name === 'a' && options.localizeHref && attrs.has('href') && !attrs.has('hreflang')) {
      const href = attrs.get('href')!;
      const localized = options.localizeHref(href);
      if (localized !== href) converted = converted.replace(/(\shref\s*=\s*)(["']?)[^"'\s>]*\2/i, `$1$2${localized}$2`);
    }
    out += converted;
  }
  return out + (skip ? html.slice(last) : toHant(html.slice(last)));
}

/** The source of `src/i18n/zh-Hant.ts`: every zh-CN UI string converted, then the hand-written
 *  Taiwan wordings from the data file. */
export function hantDictionarySource(zhCN: Readonly<Record<string, string>>): string {
  for (const key of Object.keys(HANT_UI)) {
    if (!(key in zhCN)) throw new Error(`src/data/zh-hant.json: ui key "${key}" is not in src/i18n/zh-CN.ts`);
  }
  const lines = Object.entries(zhCN).map(
    ([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(HANT_UI[key] ?? toHant(value))},`,
  );
  return [
    "import type { UIStrings } from './index';",
    '',
    '/** Traditional Chinese UI strings, GENERATED from zh-CN.ts by `npm run i18n:zh-hant` (src/lib/hant.ts',
    ' *  with the terms and `ui` wordings in src/data/zh-hant.json). Do not edit: change those and rerun. */',
    'export const zhHant: UIStrings = {',
    ...lines,
    '};',
    '',
  ].join('\n');
}

/** What the browser needs to read a Simplified query on a generated page (zh-Hant search): the
 *  terms, then characters, then OpenCC's Taiwan phrases, limited to what this site's text uses so the
 *  file stays small. Applied by `toIndexScript` in src/lib/hant-query.ts. */
export interface QueryMap {
  terms: [string, string][];
  chars: Record<string, string>;
  phrases: [string, string][];
}

export function buildQueryMap(texts: readonly string[]): QueryMap {
  const chars: Record<string, string> = {};
  for (const ch of new Set(texts.join('').match(/\p{Script=Han}/gu) ?? [])) {
    const converted = openccOnly(ch);
    if (converted !== ch && [...converted].length === 1) chars[ch] = converted;
  }
  const charText = texts.map((text) => [...text].map((ch) => chars[ch] ?? ch).join('')).join('\n');
  const twPhrases = OpenCC.Locale.to.twp![0]!.flatMap((dict) =>
    typeof dict === 'string' ? dict.split('|').map((pair) => pair.split(' ') as [string, string]) : [...dict],
  );
  const phrases = twPhrases.filter(
    ([from, to]) => from && to && from !== to && from.length > 1 && charText.includes(from),
  );
  const terms = HANT_TERMS.filter((term) => /\p{Script=Han}/u.test(term.from)).map(
    (term) => [term.from, term.to] as [string, string],
  );
  return { terms, chars, phrases: phrases.map(([from, to]) => [from, to]) };
}
