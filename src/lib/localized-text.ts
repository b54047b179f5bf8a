/** Text kept per authored language (the facts registry): a generated locale (zh-Hant) reads its
 *  source's text, converted. */
import { LOCALE_INFO, type Locale } from '../i18n/locales';
import { toHant } from './hant';

export function localizedText(text: Readonly<Partial<Record<Locale, string>>>, locale: Locale): string {
  const own = text[locale];
  if (own !== undefined) return own;
  const source = LOCALE_INFO[locale].derivedFrom;
  const authored = source && text[source];
  if (authored === undefined || !source) throw new Error(`No ${locale} text in ${JSON.stringify(text)}`);
  return toHant(authored);
}

/** The language a locale's text is written in (zh-Hant → zh-CN, converted when its page renders). */
export type WrittenLocale = Exclude<Locale, 'zh-Hant'>;
export function writtenLocale(locale: Locale): WrittenLocale {
  const written = LOCALE_INFO[locale].derivedFrom ?? locale;
  if (written === 'zh-Hant') throw new Error('zh-Hant is generated from zh-CN, never written');
  return written;
}
