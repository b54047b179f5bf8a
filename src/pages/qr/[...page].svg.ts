/** The WeChat QR code of every page with a share bar (guides and FAQ answers, in each language), as
 *  an SVG file the share bar shows on demand. The code holds the page's canonical URL. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadFaqs, loadGuides } from '@/lib/collections';
import { allSlugs } from '@/lib/content';
import { LOCALES } from '@/i18n/locales';
import { routes } from '@/lib/urls';
import { absolute } from '@/lib/site';
import { qrImageParam, qrSvg } from '@/lib/qr';

export const getStaticPaths = (async () => {
  const guides = allSlugs(await loadGuides());
  const faqs = allSlugs(await loadFaqs());
  const pagePaths = LOCALES.flatMap((locale) => [
    ...guides.map((slug) => routes.guide(locale, slug)),
    ...faqs.map((slug) => routes.faq(locale, slug)),
  ]);
  return pagePaths.map((path) => ({ params: { page: qrImageParam(path) }, props: { url: absolute(path) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await qrSvg((props as { url: string }).url), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
