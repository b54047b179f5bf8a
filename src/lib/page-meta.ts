/** Head data for a page, computed once: title, description, canonical, hreflang alternates, robots.
 *  Components only print what this returns. */
import { DEFAULT_LOCALE, LOCALES, LOCALE_INFO, switchLocalePath, type Locale } from '../i18n/locales';
import { absoluteUrl } from './urls';

export interface PageMetaInput {
  locale: Locale;
  /** This page's root-relative path without base, with its locale prefix: `/en/faq/`. */
  path: string;
  /** The page's own title; null on the home page, which uses the site name alone. */
  title: string | null;
  description: string;
  siteName: string;
  site: string | URL;
  base: string;
  /** Locales in which this page really exists (a fallback page is not a translation). */
  alternates: readonly Locale[];
  noindex?: boolean;
  type?: 'website' | 'article';
  published?: Date;
  modified?: Date;
  /** Open Graph image: root-relative, base-free path of a 1200×630 PNG, and its alt text. */
  image: { path: string; alt: string };
}

export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

export interface Alternate {
  hreflang: string;
  href: string;
}

export interface PageMeta {
  lang: Locale;
  title: string;
  description: string;
  canonical: string;
  alternates: Alternate[];
  robots: string | null;
  og: {
    type: 'website' | 'article';
    siteName: string;
    locale: string;
    localeAlternates: string[];
    title: string;
    publishedTime?: string;
    modifiedTime?: string;
    image: { url: string; alt: string; width: number; height: number };
  };
}

export function buildPageMeta(input: PageMetaInput): PageMeta {
  const url = (path: string) => absoluteUrl(path, input.site, input.base);
  const present = LOCALES.filter((l) => input.alternates.includes(l));
  const alternates: Alternate[] = [];
  if (!input.noindex && present.length > 0) {
    for (const l of present) alternates.push({ hreflang: l, href: url(switchLocalePath(input.path, l)) });
    const xDefault = present.includes(DEFAULT_LOCALE) ? DEFAULT_LOCALE : present[0]!;
    alternates.push({ hreflang: 'x-default', href: url(switchLocalePath(input.path, xDefault)) });
  }
  const title = input.title ? `${input.title} | ${input.siteName}` : input.siteName;
  return {
    lang: input.locale,
    title,
    description: input.description,
    canonical: url(input.path),
    alternates,
    robots: input.noindex ? 'noindex, follow' : null,
    og: {
      type: input.type ?? 'website',
      siteName: input.siteName,
      locale: LOCALE_INFO[input.locale].og,
      localeAlternates: input.noindex ? [] : present.filter((l) => l !== input.locale).map((l) => LOCALE_INFO[l].og),
      title: input.title ?? input.siteName,
      publishedTime: input.published?.toISOString(),
      modifiedTime: input.modified?.toISOString(),
      image: { url: url(input.image.path), alt: input.image.alt, ...OG_IMAGE_SIZE },
    },
  };
}

export interface Crumb {
  name: string;
  path: string;
}
