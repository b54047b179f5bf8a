/** The favicon: the icon's source drawing itself (src/assets/icon.svg), scalable. */
import type { APIRoute } from 'astro';
import source from '@/assets/icon.svg?raw';

export const GET: APIRoute = () =>
  new Response(source.replace(/<!--[\s\S]*?-->\s*/g, ''), { headers: { 'Content-Type': 'image/svg+xml' } });
