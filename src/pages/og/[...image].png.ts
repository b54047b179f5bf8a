/** One Open Graph PNG per shareable page: home, every guide, every FAQ answer and every topic page, in
 *  each language. Which images and their texts come from the page model (`ogImages` in
 *  src/lib/page-data.ts), the pictures from `renderOgImage` (src/lib/og-image.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadOgImages } from '../../lib/collections';
import { renderOgImage, type OgImageInput } from '../../lib/og-image';
import { OG_DIR } from '../../lib/og-routes';

export const getStaticPaths = (async () =>
  (await loadOgImages()).map(({ path, input }) => ({
    params: { image: path.slice(OG_DIR.length, -'.png'.length) },
    props: input,
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<OgImageInput> = async ({ props }) => {
  const png = await renderOgImage(props);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
