/** robots.txt: everything may be crawled; the sitemap index is named with its absolute URL. */
import type { APIRoute } from 'astro';
import { absolute } from '@/lib/site';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute('/sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
