/** Open Graph images (1200×630 PNG): the page title big, a label (topic, "Guide", "FAQ") above it and
 *  the site name below. Pure TypeScript, no Astro imports: satori lays the text out with Noto Sans SC
 *  from npm (read from node_modules once per process, never fetched), resvg turns the SVG into a PNG. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import type { Locale } from '../i18n/locales';

export type OgImageInput = {
  /** The page title (or FAQ question). Long titles shrink, then are clamped with an ellipsis. */
  title: string;
  /** Shown small at the bottom; left out when it equals the title (the home page). */
  siteName: string;
  /** Small tag above the title: a topic, "Guide"/"指南", "FAQ"/"常见问题". Optional. */
  label?: string;
  /** One line under the title (the home page's tagline). Optional. */
  subtitle?: string;
  /** Language of the page: line breaking (per character for Chinese, per word for English) and glyphs. */
  locale: Locale;
  /** Language of the title when it differs from the page's (an untranslated page shows the original). */
  titleLocale?: Locale;
};

/** Layout and colours, exported so the tests check the same numbers the renderer uses. */
export const OG_LAYOUT = {
  width: 1200,
  height: 630,
  /** Empty band on every side; only the left accent bar lies inside it. */
  padding: 72,
  accentBarWidth: 16,
  background: '#ffffff',
  text: '#1a1d21',
  muted: '#4a5360',
  accent: '#0b5cad',
  accentText: '#ffffff',
  /** Title sizes tried from largest to smallest; the first at which the title is estimated to fit wins. */
  titleSizes: [76, 68, 60, 54, 48, 44] as const,
  titleLineHeight: 1.28,
  maxTitleLines: 4,
} as const;

const FONT_FAMILY = 'Noto Sans SC';
/** Two weights of the npm font: bold for the title and label, regular for the small lines. */
const FONT_FILES = [
  [400, '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'],
  [700, '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'],
] as const;

interface LoadedFont {
  name: string;
  data: Buffer;
  weight: (typeof FONT_FILES)[number][0];
  style: 'normal';
}

// Read once per process (the TTFs are ~10 MB each) and handed to satori as the same array every time:
// satori caches the parsed fonts by that array, so only the first image pays for parsing.
let fonts: LoadedFont[] | undefined;
function loadFonts(): LoadedFont[] {
  if (!fonts) {
    const require = createRequire(import.meta.url);
    fonts = FONT_FILES.map(([weight, file]) => ({
      name: FONT_FAMILY,
      data: readFileSync(require.resolve(file)),
      weight,
      style: 'normal' as const,
    }));
  }
  return fonts;
}

/** A satori node: plain objects in place of JSX. */
interface OgNode {
  type: string;
  props: { style?: Record<string, string | number>; lang?: string; children?: OgNode | string | (OgNode | string)[] };
}
const el = (
  type: string,
  style: Record<string, string | number>,
  children?: OgNode['props']['children'],
  lang?: string,
): OgNode => ({ type, props: lang ? { style, lang, children } : { style, children } });

/** Rough width of a text in em of Noto Sans SC Bold: CJK and full-width forms are 1em, Latin narrower.
 *  It errs on the wide side so the chosen size is safe; lineClamp and overflow catch the rest. */
export function estimateEm(text: string): number {
  let em = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0x2e80 || (cp >= 0x1100 && cp <= 0x11ff)) em += 1;
    else if (ch === ' ') em += 0.26;
    else if (/[A-Z0-9@%&mwMW]/.test(ch)) em += 0.68;
    else if (/[iljtfr.,:;'"!|()-]/.test(ch)) em += 0.36;
    else em += 0.58;
  }
  return em;
}

/** Picks the title font size and how many lines it may take. */
export function titleFit(title: string, boxWidth: number, boxHeight: number): { fontSize: number; lines: number } {
  const { titleSizes, titleLineHeight, maxTitleLines } = OG_LAYOUT;
  const em = estimateEm(title);
  const linesAt = (size: number) => Math.min(maxTitleLines, Math.floor(boxHeight / Math.ceil(size * titleLineHeight)));
  for (const size of titleSizes) {
    // 12% slack for the ragged right edge that wrapping at words (or before punctuation) leaves.
    const needed = Math.ceil((em * size * 1.12) / boxWidth);
    if (needed <= linesAt(size)) return { fontSize: size, lines: linesAt(size) };
  }
  const smallest = Math.min(...titleSizes);
  return { fontSize: smallest, lines: linesAt(smallest) };
}

const LANG: Record<Locale, string> = { 'zh-CN': 'zh-CN', en: 'en-US', 'zh-Hant': 'zh-TW' };

function tree({ title, siteName, label, subtitle, locale, titleLocale }: OgImageInput): OgNode {
  const L = OG_LAYOUT;
  const lang = LANG[locale];
  const boxWidth = L.width - 2 * L.padding;
  const headerH = label ? 48 + 28 : 0; // pill + gap
  const showSite = siteName.trim() !== '' && siteName.trim() !== title.trim();
  const footerH = (showSite ? 34 + 24 : 0) + (subtitle ? 2 * 38 + 20 : 0);
  const titleBoxH = L.height - 2 * L.padding - headerH - footerH;
  const { fontSize, lines } = titleFit(title, boxWidth, titleBoxH);
  const lineH = Math.ceil(fontSize * L.titleLineHeight);

  const children: OgNode[] = [];
  if (label) {
    children.push(
      el('div', { display: 'flex', marginBottom: 28, maxWidth: boxWidth }, [
        el(
          'div',
          {
            display: 'block',
            backgroundColor: L.accent,
            color: L.accentText,
            fontSize: 28,
            fontWeight: 700,
            lineHeight: '48px',
            height: 48,
            padding: '0 20px',
            borderRadius: 10,
            maxWidth: boxWidth,
            overflow: 'hidden',
            whiteSpace: 'nowrap',
            textOverflow: 'ellipsis',
          },
          label,
        ),
      ]),
    );
  }
  children.push(
    el(
      'div',
      {
        display: 'flex',
        flexGrow: 1,
        flexDirection: 'column',
        justifyContent: 'center',
        width: boxWidth,
        minHeight: 0,
      },
      [
        el(
          'div',
          {
            display: 'block',
            width: boxWidth,
            maxHeight: lines * lineH,
            overflow: 'hidden',
            color: L.text,
            fontSize,
            fontWeight: 700,
            lineHeight: `${lineH}px`,
            lineClamp: lines,
            textOverflow: 'ellipsis',
            wordBreak: 'normal',
            overflowWrap: 'anywhere',
            // No lone character on the last line of a Chinese title. ('balance' would be nicer, but
            // satori lays it out wrongly together with lineClamp: far too narrow lines.)
            textWrap: 'pretty',
          },
          title,
          LANG[titleLocale ?? locale],
        ),
        ...(subtitle
          ? [
              el(
                'div',
                {
                  display: 'block',
                  marginTop: 20,
                  width: boxWidth,
                  maxHeight: 2 * 38,
                  overflow: 'hidden',
                  color: L.muted,
                  fontSize: 28,
                  fontWeight: 400,
                  lineHeight: '38px',
                  lineClamp: 2,
                  textOverflow: 'ellipsis',
                  overflowWrap: 'anywhere',
                },
                subtitle,
              ),
            ]
          : []),
      ],
    ),
  );
  if (showSite) {
    children.push(
      el('div', { display: 'flex', alignItems: 'center', marginTop: 24, width: boxWidth, height: 34 }, [
        el('div', { width: 34, height: 6, backgroundColor: L.accent, marginRight: 16, flexShrink: 0 }),
        el(
          'div',
          {
            display: 'block',
            color: L.muted,
            fontSize: 26,
            fontWeight: 400,
            lineHeight: '34px',
            overflow: 'hidden',
            whiteSpace: 'nowrap',
            textOverflow: 'ellipsis',
          },
          siteName,
        ),
      ]),
    );
  }

  return {
    type: 'div',
    props: {
      lang,
      style: {
        display: 'flex',
        position: 'relative',
        width: L.width,
        height: L.height,
        padding: L.padding,
        boxSizing: 'border-box',
        flexDirection: 'column',
        backgroundColor: L.background,
        fontFamily: FONT_FAMILY,
        overflow: 'hidden',
      },
      children: [
        el('div', {
          position: 'absolute',
          left: 0,
          top: 0,
          width: L.accentBarWidth,
          height: L.height,
          backgroundColor: L.accent,
        }),
        ...children,
      ],
    },
  };
}

/** Renders the Open Graph PNG for one page. */
export async function renderOgImage(input: OgImageInput): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await satori(tree(input) as unknown as Parameters<typeof satori>[0], {
    width: OG_LAYOUT.width,
    height: OG_LAYOUT.height,
    fonts: loadFonts(),
  });
  const png = new Resvg(svg, {
    fitTo: { mode: 'original' },
    background: OG_LAYOUT.background,
    font: { loadSystemFonts: false },
  })
    .render()
    .asPng();
  return Uint8Array.from(png);
}

/** What besides its input decides an image: the renderer's source (pass this file's text) and the
 *  versions of satori, resvg and the font package. Part of the OG cache key (src/lib/og-cache.ts). */
export function rendererFingerprint(rendererSource: string): string {
  const require = createRequire(import.meta.url);
  const versions = ['satori', '@resvg/resvg-js', '@expo-google-fonts/noto-sans-sc'].map(
    (name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`,
  );
  return `${versions.join(' ')}\n${rendererSource}`;
}
