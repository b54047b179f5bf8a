/** RSS per language: /rss.xml (Chinese) and /en/rss.xml, every guide with absolute links. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadGuides, keyedLocalePaths } from '@/lib/collections';
import { entrySlug, inLocale, sortGuides } from '@/lib/content';
import type { Locale } from '@/i18n/locales';
import { absolute } from '@/lib/site';
import { routes } from '@/lib/urls';
import { t } from '@/i18n';

export const getStaticPaths = keyedLocalePaths;

export const GET: APIRoute = async ({ props }) => {
  const locale = (props as { locale: Locale }).locale;
  const guides = sortGuides(inLocale(await loadGuides(), locale));
  return rss({
    title: t(locale, 'site.name'),
    description: t(locale, 'home.description'),
    site: absolute(routes.home(locale)),
    customData: `<language>${locale.toLowerCase()}</language>`,
    items: guides.map((g) => ({
      title: g.data.title,
      description: g.data.description,
      link: absolute(routes.guide(locale, entrySlug(g))),
      pubDate: g.data.updated,
      categories: [...g.data.topics],
    })),
  });
};
