/** Where each language's 404 page is built. The Chinese one is the host's /404.html. */
import type { Locale } from './i18n';

export const NOT_FOUND_PATHS: Record<Locale, string> = { 'zh-CN': '/404.html', en: '/en/404/' };
