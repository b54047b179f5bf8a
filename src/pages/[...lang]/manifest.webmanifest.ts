/** One web manifest per language: `/manifest.webmanifest` (zh-CN) and `/en/manifest.webmanifest`. */
import { keyedLocalePaths } from '@/lib/collections';
import type { APIRoute } from 'astro';
import type { Locale } from '@/i18n/locales';
import { BASE } from '@/lib/site';
import { buildManifest } from '@/lib/web-app';
import { t } from '@/i18n';

export const getStaticPaths = keyedLocalePaths;

export const GET: APIRoute<{ locale: Locale }> = ({ props: { locale } }) =>
  new Response(
    JSON.stringify(
      buildManifest(locale, BASE, {
        name: t(locale, 'site.name'),
        shortName: t(locale, 'site.shortName'),
        description: t(locale, 'site.tagline'),
      }),
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
