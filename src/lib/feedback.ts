/** "Report an error" link: one site setting (FEEDBACK_URL, e.g. a repository's new-issue page),
 *  prefilled with the page URL. The site itself never sends anything anywhere. */
import { t } from '../i18n';
import type { Locale } from '../i18n/locales';

export function buildFeedbackUrl(base: string, pageUrl: string, locale: Locale): string {
  const url = new URL(base);
  url.searchParams.set('title', t(locale, 'feedback.title', { url: pageUrl }));
  url.searchParams.set('body', `${pageUrl}\n\n`);
  return url.href;
}
