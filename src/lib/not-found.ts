/** Where each language's 404 page is built. The default locale's is the host's /404.html; every other
 *  language has its own under its prefix (/en/404/). */
import { DEFAULT_LOCALE, LOCALES, localizePath, type Locale } from '../i18n/locales';

export function notFoundPath(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '/404.html' : localizePath('/404/', locale);
}

export const NOT_FOUND_PATHS = Object.fromEntries(LOCALES.map((l) => [l, notFoundPath(l)])) as Record<Locale, string>;
