/** One Open Graph PNG per shareable page: home, every guide, FAQ answer, topic and help page, in each
 *  language. Which images and their texts come from the page model (`ogImages` in
 *  src/lib/page-data.ts), the pictures from `renderOgImage` (src/lib/og-image.ts), through a cache
 *  kept across builds (src/lib/og-cache.ts). */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { CACHE_DIR } from '@/config';
import { loadOgImages } from '@/lib/collections';
import { createOgCache, ogCacheKey } from '@/lib/og-cache';
import { createOgPool } from '@/lib/og-pool';
import { renderOgImage, rendererFingerprint, type OgImageInput } from '@/lib/og-image';
import rendererSource from '@/lib/og-image.ts?raw';
import { OG_DIR } from '@/lib/og-routes';

const fingerprint = rendererFingerprint(rendererSource);
// Builds run from the project root; the workers load the renderer's source from there.
const rendererFile = path.resolve('src/lib/og-image.ts');
const cache = createOgCache(
  path.resolve(CACHE_DIR, 'og'),
  fingerprint,
  existsSync(rendererFile) ? createOgPool(rendererFile).render : renderOgImage,
);

export const getStaticPaths = (async () => {
  const images = await loadOgImages();
  // Paths are listed before any page is built: the images missing from the cache are drawn on worker
  // threads from now on, while the pages render.
  if (import.meta.env.PROD) await cache.prepare(images.map((image) => image.input));
  return images.map(({ path: imagePath, input }) => ({
    params: { image: imagePath.slice(OG_DIR.length, -'.png'.length) },
    props: input,
    // Astro's incremental build copies an image whose input is unchanged (astro.config.mjs).
    cacheKey: ogCacheKey(input, fingerprint),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<OgImageInput> = async ({ props }) =>
  new Response(await cache.get(props), { headers: { 'Content-Type': 'image/png' } });
