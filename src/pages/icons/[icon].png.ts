/** The app icons (192, 512, maskable 512, apple-touch 180), rendered at build time from
 *  src/assets/icon.svg; their paths and kinds are listed in src/lib/web-app.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import source from '@/assets/icon.svg?raw';
import { renderIcon } from '@/lib/app-icons';
import { APP_ICONS, type AppIcon } from '@/lib/web-app';

export const getStaticPaths = (() =>
  APP_ICONS.map((icon) => ({
    params: { icon: icon.path.replace(/^\/icons\/|\.png$/g, '') },
    props: icon,
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<AppIcon> = ({ props }) =>
  new Response(new Uint8Array(renderIcon(source, props.size, props.kind)), {
    headers: { 'Content-Type': 'image/png' },
  });
