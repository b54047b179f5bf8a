/** /favicon.ico for browsers and tools that ask for it by name: a 32 px rendering of the icon. */
import type { APIRoute } from 'astro';
import source from '@/assets/icon.svg?raw';
import { pngToIco, renderIcon } from '@/lib/app-icons';
import { FAVICON_ICO_SIZE } from '@/lib/web-app';

export const GET: APIRoute = () =>
  new Response(new Uint8Array(pngToIco(renderIcon(source, FAVICON_ICO_SIZE), FAVICON_ICO_SIZE)), {
    headers: { 'Content-Type': 'image/x-icon' },
  });
