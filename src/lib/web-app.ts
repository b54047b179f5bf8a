/** The installable web app: one web manifest per language and the icon files it and the page head
 *  point at. Pure: no Astro imports (the endpoints in src/pages render what is described here). */
import { localizePath, type Locale } from '../i18n/locales';
import { withBase } from './urls';

/** Browser chrome colours, the page backgrounds of the two themes (src/styles/global.css `--bg`). */
export const THEME_COLORS = { light: '#ffffff', dark: '#14171b' } as const;

export type IconKind = 'any' | 'maskable' | 'apple';

export type AppIcon = {
  /** Root-relative, base-free path of the PNG. */
  path: string;
  size: number;
  /** any: the icon as drawn, transparent around the card; maskable: full-bleed background with the card
   *  inside the central 80 % safe zone; apple: opaque (iOS fills transparency with black). */
  kind: IconKind;
};

export const APP_ICONS: readonly AppIcon[] = [
  { path: '/icons/icon-192.png', size: 192, kind: 'any' },
  { path: '/icons/icon-512.png', size: 512, kind: 'any' },
  { path: '/icons/maskable-512.png', size: 512, kind: 'maskable' },
  { path: '/icons/apple-touch-icon.png', size: 180, kind: 'apple' },
];

export const FAVICON_SVG = '/favicon.svg';
/** A 32 px PNG inside an ICO container, for browsers and tools that only ask for /favicon.ico. */
export const FAVICON_ICO = '/favicon.ico';
export const FAVICON_ICO_SIZE = 32;

export const APPLE_TOUCH_ICON = APP_ICONS.find((i) => i.kind === 'apple')!;

/** `/manifest.webmanifest`, `/en/manifest.webmanifest`. */
export function manifestPath(locale: Locale): string {
  return localizePath('/manifest.webmanifest', locale);
}

export interface ManifestStrings {
  name: string;
  shortName: string;
  description: string;
}

/** The web manifest of one language: it starts on that language's home page; both cover the whole
 *  site (scope = base) so the language switch stays inside the installed app. */
export function buildManifest(locale: Locale, base: string, strings: ManifestStrings) {
  const start = withBase(localizePath('/', locale), base);
  return {
    id: start,
    name: strings.name,
    short_name: strings.shortName,
    description: strings.description,
    lang: locale,
    dir: 'ltr',
    start_url: start,
    scope: withBase('/', base),
    display: 'standalone',
    background_color: THEME_COLORS.light,
    theme_color: THEME_COLORS.light,
    icons: APP_ICONS.filter((i) => i.kind !== 'apple').map((i) => ({
      src: withBase(i.path, base),
      sizes: `${i.size}x${i.size}`,
      type: 'image/png',
      purpose: i.kind === 'maskable' ? 'maskable' : 'any',
    })),
  };
}
