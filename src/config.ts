/** Every environment variable the site reads, read once and typed. astro.config.mjs and the build-time
 *  code import this; nothing else touches `process.env` for site settings. */
import { normalizeBase } from './lib/urls';

export interface SiteConfig {
  /** Public origin: canonical, hreflang, Open Graph, feed and sitemap URLs. */
  site: string;
  /** Sub-path the site is served under, normalised to `/` or `/sub/`. */
  base: string;
  /** Where "Report an error" links go (prefilled with the page URL). */
  feedbackUrl: string;
  /** Also write the CSP into each page as a `<meta>` tag, for hosts that cannot send headers. */
  cspMeta: boolean;
}

/** Astro's cache directory (astro.config.mjs `cacheDir`), relative to the project root: the content
 *  cache and the rendered OG images live there, so a host or CI that keeps it rebuilds faster. */
export const CACHE_DIR = './.astro/cache';

export const DEFAULT_SITE_URL = 'https://japan-esim-backup.example';
export const DEFAULT_FEEDBACK_URL = 'https://github.com/japan-esim-backup/site/issues/new';

export function readConfig(env: Record<string, string | undefined> = process.env): SiteConfig {
  const site = env.SITE_URL || DEFAULT_SITE_URL;
  const feedbackUrl = env.FEEDBACK_URL || DEFAULT_FEEDBACK_URL;
  for (const [name, value] of [
    ['SITE_URL', site],
    ['FEEDBACK_URL', feedbackUrl],
  ] as const) {
    if (!URL.canParse(value)) throw new Error(`${name} must be an absolute URL, got "${value}"`);
  }
  const cspMeta = env.CSP_META ?? '';
  if (!['', 'true', 'false'].includes(cspMeta)) throw new Error(`CSP_META must be "true" or "false", got "${cspMeta}"`);
  return { site, base: normalizeBase(env.BASE_PATH), feedbackUrl, cspMeta: cspMeta === 'true' };
}

export const config: SiteConfig = readConfig();
