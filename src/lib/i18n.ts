/** Locales, URL prefixes and path translation. Pure: no Astro imports, so it is unit-tested directly. */

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** URL segment for each locale; the default locale has none (`/guides/x/` vs `/en/guides/x/`). */
const PREFIX: Record<Locale, string> = { 'zh-CN': '', en: 'en' };

/** Open Graph wants underscores and a region. */
export const OG_LOCALE: Record<Locale, string> = { 'zh-CN': 'zh_CN', en: 'en_US' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The other language, for the switcher and fallbacks (two locales today). */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'zh-CN' : 'en';
}

/** Value of the optional `[...lang]` route param for a locale (undefined = no prefix). */
export function localeParam(locale: Locale): string | undefined {
  return PREFIX[locale] || undefined;
}

/** Locale named by a `[...lang]` route param; throws on anything else so a bad route fails the build. */
export function localeFromParam(param: string | undefined): Locale {
  if (param === undefined || param === '') return DEFAULT_LOCALE;
  const found = LOCALES.find((l) => PREFIX[l] === param);
  if (!found) throw new Error(`Unknown language segment "${param}"`);
  return found;
}

/** `getStaticPaths` entries for a page built once per locale. */
export function localeStaticPaths() {
  return LOCALES.map((locale) => ({ params: { lang: localeParam(locale) }, props: { locale } }));
}

/** Adds the locale prefix to a root-relative, locale-neutral path: ('/faq/', 'en') → '/en/faq/'. */
export function localizePath(path: string, locale: Locale): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  const prefix = PREFIX[locale];
  return prefix ? `/${prefix}${clean}` : clean;
}

/** Splits a root-relative path (without base) into its locale and the locale-neutral rest. */
export function splitLocalePath(path: string): { locale: Locale; path: string } {
  const clean = path.startsWith('/') ? path : `/${path}`;
  for (const locale of LOCALES) {
    const prefix = PREFIX[locale];
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
