/** One Open Graph PNG per shareable page: home, every guide, every FAQ answer, every topic page and
 *  every help page (flow questions and results, the help list, the emergency card), in
 *  each language. File names come from `ogImagePath` (src/lib/og-routes.ts), the pictures from
 *  `renderOgImage` (src/lib/og-image.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadFaqs, loadGuides, loadHelpFlows } from '../../lib/collections';
import { helpPath } from '../../lib/help-flows';
import { allSlugs, entryLocale, resolveEntry } from '../../lib/content';
import { LOCALES, localizePath, type Locale } from '../../lib/i18n';
import { renderOgImage, type OgImageInput } from '../../lib/og-image';
import { ogImageParam, ogLabel } from '../../lib/og-routes';
import { TOPIC_IDS, topicDescription, topicName } from '../../lib/topics';
import { routes } from '../../lib/urls';
import { t } from '../../i18n';

export const getStaticPaths = (async () => {
  const guides = await loadGuides();
  const faqs = await loadFaqs();
  const { flows } = await loadHelpFlows();
  const page = (path: string, input: OgImageInput) => ({ params: { image: ogImageParam(path) }, props: input });

  return LOCALES.flatMap((locale: Locale) => {
    const siteName = t(locale, 'site.name');
    const home = page(routes.home(locale), {
      title: t(locale, 'home.title'),
      subtitle: t(locale, 'site.tagline'),
      siteName,
      locale,
    });
    const guidePages = allSlugs(guides).flatMap((slug) => {
      const found = resolveEntry(guides, locale, slug);
      if (!found) return [];
      const { data } = found.entry;
      const topic = data.topics[0];
      return [
        page(routes.guide(locale, slug), {
          title: data.title,
          titleLocale: entryLocale(found.entry),
          label: ogLabel(locale, 'guide', topic && topicName(topic, locale)),
          siteName,
          locale,
        }),
      ];
    });
    const faqPages = allSlugs(faqs).flatMap((slug) => {
      const found = resolveEntry(faqs, locale, slug);
      if (!found) return [];
      const { data } = found.entry;
      return [
        page(routes.faq(locale, slug), {
          title: data.question,
          titleLocale: entryLocale(found.entry),
          label: ogLabel(locale, 'faq', topicName(data.topic, locale)),
          siteName,
          locale,
        }),
      ];
    });
    const topicPages = TOPIC_IDS.map((topic) =>
      page(routes.topic(locale, topic), {
        title: topicName(topic, locale),
        subtitle: topicDescription(topic, locale),
        label: ogLabel(locale, 'topic'),
        siteName,
        locale,
      }),
    );
    const help = (path: string, title: string, subtitle?: string) =>
      page(path, { title, ...(subtitle ? { subtitle } : {}), label: ogLabel(locale, 'help'), siteName, locale });
    const helpPages = [
      help(routes.help(locale), t(locale, 'help.title')),
      help(routes.emergencyCard(locale), t(locale, 'card.title')),
      ...flows.flatMap((flow) =>
        flow.pages.map(({ node, answers }) =>
          help(
            localizePath(helpPath(flow.id, answers), locale),
            node.title?.[locale] ?? node.question![locale],
            flow.data.title[locale],
          ),
        ),
      ),
    ];
    return [home, ...guidePages, ...faqPages, ...topicPages, ...helpPages];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<OgImageInput> = async ({ props }) => {
  const png = await renderOgImage(props);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
