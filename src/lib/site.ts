/** Build-time helpers bound to this site's config (origin and base path). */
import { absoluteUrl, withBase } from './urls';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';

export const BASE = import.meta.env.BASE_URL;
export const SITE = import.meta.env.SITE;

/** A root-relative route path with the deploy base, for `href`/`src` attributes. */
export function href(path: string): string {
  return withBase(path, BASE);
}

/** The language of the content being rendered (set by the page; differs from the URL's on fallbacks). */
export function contentLocale(locals: App.Locals): Locale {
  return locals.contentLocale ?? DEFAULT_LOCALE;
}

/** Absolute URL (origin + base) for a root-relative route path. */
export function absolute(path: string): string {
  return absoluteUrl(path, SITE, BASE);
}
