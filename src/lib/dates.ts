import { LOCALE_INFO, type Locale } from '../i18n/locales';

/** A calendar date in the reader's language. UTC, because frontmatter dates are plain days. */
export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(LOCALE_INFO[locale].intl, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** `YYYY-MM-DD` for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
