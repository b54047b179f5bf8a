/** "Report an error" link: one site setting (FEEDBACK_URL, e.g. a repository's new-issue page),
 *  prefilled with the page URL. The site itself never sends anything anywhere. */
import type { Locale } from './i18n';

export const DEFAULT_FEEDBACK_URL = 'https://github.com/japan-esim-backup/site/issues/new';

export function buildFeedbackUrl(base: string, pageUrl: string, locale: Locale): string {
  const url = new URL(base);
  const title = locale === 'en' ? `Outdated or wrong: ${pageUrl}` : `内容有误或过时：${pageUrl}`;
  url.searchParams.set('title', title);
  url.searchParams.set('body', `${pageUrl}\n\n`);
  return url.href;
}

export function feedbackUrl(pageUrl: string, locale: Locale): string {
  return buildFeedbackUrl(process.env.FEEDBACK_URL || DEFAULT_FEEDBACK_URL, pageUrl, locale);
}
