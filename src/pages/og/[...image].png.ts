/** One Open Graph PNG per shareable page: home, every guide, every FAQ answer and every topic page, in
 *  each language. Which images and their texts come from the page model (`ogImages` in
 *  src/lib/page-data.ts), the pictures from `renderOgImage` (src/lib/og-image.ts), through a cache
 *  kept across builds (src/lib/og-cache.ts). */
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { CACHE_DIR } from '../../config';
import { loadHelpFlows, loadOgImages } from '../../lib/collections';
import { helpPath } from '../../lib/help-flows';
import { LOCALES, localizePath } from '../../i18n/locales';
import { routes } from '../../lib/urls';
import { t } from '../../i18n';
import { createOgCache } from '../../lib/og-cache';
import { renderOgImage, rendererFingerprint, type OgImageInput } from '../../lib/og-image';
import rendererSource from '../../lib/og-image.ts?raw';
import { OG_DIR, ogImagePath, ogLabel } from '../../lib/og-routes';

/** Help pages (the list, the emergency card, every flow question and result): labelled "help". */
async function helpImages(): Promise<{ path: string; input: OgImageInput }[]> {
  const { flows } = await loadHelpFlows();
  return LOCALES.flatMap((locale) => {
    const image = (pagePath: string, title: string, subtitle?: string) => ({
      path: ogImagePath(pagePath),
      input: {
        title,
        ...(subtitle ? { subtitle } : {}),
        label: ogLabel(locale, 'help'),
        siteName: t(locale, 'site.name'),
        locale,
      },
    });
    return [
      image(routes.help(locale), t(locale, 'help.title')),
      image(routes.emergencyCard(locale), t(locale, 'card.title')),
      ...flows.flatMap((flow) =>
        flow.pages.map(({ node, answers }) =>
          image(
            localizePath(helpPath(flow.id, answers), locale),
            node.title?.[locale] ?? node.question![locale],
            flow.data.title[locale],
          ),
        ),
      ),
    ];
  });
}

export const getStaticPaths = (async () =>
  [...(await loadOgImages()), ...(await helpImages())].map(({ path: imagePath, input }) => ({
    params: { image: imagePath.slice(OG_DIR.length, -'.png'.length) },
    props: input,
  }))) satisfies GetStaticPaths;

const cache = createOgCache(path.resolve(CACHE_DIR, 'og'), rendererFingerprint(rendererSource), renderOgImage);

export const GET: APIRoute<OgImageInput> = async ({ props }) =>
  new Response(await cache.get(props), { headers: { 'Content-Type': 'image/png' } });
