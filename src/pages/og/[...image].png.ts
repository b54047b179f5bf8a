/** One Open Graph PNG per shareable page: home, every guide, FAQ answer, topic and help page, in each
 *  language. Which images and their texts come from the page model (`ogImages` in
 *  src/lib/page-data.ts), the pictures from `renderOgImage` (src/lib/og-image.ts), through a cache
 *  kept across builds (src/lib/og-cache.ts). */
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { CACHE_DIR } from '../../config';
import { loadOgImages } from '../../lib/collections';
import { createOgCache, ogCacheKey } from '../../lib/og-cache';
import { renderOgImage, rendererFingerprint, type OgImageInput } from '../../lib/og-image';
import rendererSource from '../../lib/og-image.ts?raw';
import { OG_DIR } from '../../lib/og-routes';

const fingerprint = rendererFingerprint(rendererSource);
const cache = createOgCache(path.resolve(CACHE_DIR, 'og'), fingerprint, renderOgImage);

export const getStaticPaths = (async () =>
  (await loadOgImages()).map(({ path: imagePath, input }) => ({
    params: { image: imagePath.slice(OG_DIR.length, -'.png'.length) },
    props: input,
    // Astro's incremental build copies an image whose input is unchanged (astro.config.mjs).
    cacheKey: ogCacheKey(input, fingerprint),
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<OgImageInput> = async ({ props }) =>
  new Response(await cache.get(props), { headers: { 'Content-Type': 'image/png' } });
