/** Locales, URL prefixes and path translation. Pure and dictionary-free (browser code imports it too).
 *
 *  A locale travels in two forms only: the `Locale` tag (`zh-CN`, `en`) everywhere in code, and the
 *  optional `[...lang]` route param (`undefined`, `en`) at the routing edge. Adding a language is one
 *  entry in `LOCALE_INFO` plus a dictionary in this folder typed against the key set. */

export const LOCALES = ['zh-CN', 'en', 'zh-Hant'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

interface LocaleInfo {
  /** URL segment; the default locale has none (`/guides/x/` vs `/en/guides/x/`). */
  prefix: string;
  /** Open Graph wants underscores and a region. */
  og: string;
  /** BCP 47 tag for `Intl` date formatting. */
  intl: string;
  /** Languages to show, in order, when a page has no translation in this one. */
  fallbacks: readonly Locale[];
  /** Generated at build time from this locale's text (zh-Hant from zh-CN, src/lib/hant.ts): it has a
   *  page wherever the source has one, never a fallback, and authors write nothing in it. */
  derivedFrom?: Locale;
}

export const LOCALE_INFO: Record<Locale, LocaleInfo> = {
  'zh-CN': { prefix: '', og: 'zh_CN', intl: 'zh-CN', fallbacks: ['en'] },
  en: { prefix: 'en', og: 'en_US', intl: 'en-GB', fallbacks: ['zh-CN'] },
  'zh-Hant': { prefix: 'zh-hant', og: 'zh_TW', intl: 'zh-TW', fallbacks: ['zh-CN', 'en'], derivedFrom: 'zh-CN' },
};

/** The locale whose authored text a locale shows (itself, or the one it is generated from). */
export function authoredLocale(locale: Locale): Locale {
  return LOCALE_INFO[locale].derivedFrom ?? locale;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Where to look, in order, for a page missing in `locale`: its fallbacks, then every other locale. */
export function fallbackOrder(locale: Locale): Locale[] {
  const order = [...LOCALE_INFO[locale].fallbacks];
  for (const l of LOCALES) if (l !== locale && !order.includes(l)) order.push(l);
  return order;
}

/** Every locale but this one, in site order (the language switch lists them). */
export function otherLocales(locale: Locale): Locale[] {
  return LOCALES.filter((l) => l !== locale);
}

/** Value of the optional `[...lang]` route param for a locale (undefined = no prefix). */
export function localeParam(locale: Locale): string | undefined {
  return LOCALE_INFO[locale].prefix || undefined;
}

/** `getStaticPaths` entries for a page built once per locale. */
export function localeStaticPaths() {
  return LOCALES.map((locale) => ({ params: { lang: localeParam(locale) }, props: { locale } }));
}

/** Adds the locale prefix to a root-relative, locale-neutral path: ('/faq/', 'en') → '/en/faq/'. */
export function localizePath(path: string, locale: Locale): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  const prefix = LOCALE_INFO[locale].prefix;
  return prefix ? `/${prefix}${clean}` : clean;
}

/** Splits a root-relative path (without base) into its locale and the locale-neutral rest. */
export function splitLocalePath(path: string): { locale: Locale; path: string } {
  const clean = path.startsWith('/') ? path : `/${path}`;
  for (const locale of LOCALES) {
    const prefix = LOCALE_INFO[locale].prefix;
    if (!prefix) continue;
    if (clean === `/${prefix}` || clean === `/${prefix}/`) return { locale, path: '/' };
    if (clean.startsWith(`/${prefix}/`)) return { locale, path: clean.slice(prefix.length + 1) };
  }
  return { locale: DEFAULT_LOCALE, path: clean };
}

/** The same page in another locale. */
export function switchLocalePath(path: string, to: Locale): string {
  return localizePath(splitLocalePath(path).path, to);
}
