/** Renders every app icon from the one source drawing (src/assets/icon.svg) with resvg: no binary
 *  icon is kept in the repository. Pure TypeScript, no Astro imports, so the tests call it directly. */
import { Resvg } from '@resvg/resvg-js';
import type { IconKind } from './web-app';

/** How large the drawing is on a maskable or opaque square, as a share of the side. A maskable icon's
 *  safe zone is the central circle of radius 40 %; the card's corners lie ~0.51 × its drawn size from
 *  the centre, so 0.7 keeps them at 0.36 (inside). */
const SCALE: Record<IconKind, number> = { any: 1, maskable: 0.7, apple: 0.82 };
const PLATE = '#ffffff';

/** The source drawing's `viewBox` and inner markup. */
function parts(svg: string): { viewBox: string; inner: string } {
  const m = /<svg\b([^>]*)>([\s\S]*)<\/svg>\s*$/.exec(svg.trim());
  const viewBox = m && /viewBox="([^"]+)"/.exec(m[1]!)?.[1];
  if (!m || !viewBox) throw new Error('The icon source must be one <svg> element with a viewBox');
  return { viewBox, inner: m[2]! };
}

/** The SVG for one kind of icon: the drawing as is, or centred on an opaque white square. */
export function iconSvg(source: string, kind: IconKind): string {
  if (kind === 'any') return source;
  const { viewBox, inner } = parts(source);
  const side = 1000;
  const drawn = side * SCALE[kind];
  const at = (side - drawn) / 2;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}">` +
    `<rect width="${side}" height="${side}" fill="${PLATE}"/>` +
    `<svg x="${at}" y="${at}" width="${drawn}" height="${drawn}" viewBox="${viewBox}">${inner}</svg>` +
    `</svg>`
  );
}

/** A square PNG of `size` pixels. */
export function renderIcon(source: string, size: number, kind: IconKind = 'any'): Buffer {
  return new Resvg(iconSvg(source, kind), { fitTo: { mode: 'width', value: size } }).render().asPng();
}

/** Wraps one PNG in an ICO container (PNG-in-ICO, read by every browser since IE Vista era). */
export function pngToIco(png: Buffer, size: number): Buffer {
  const header = Buffer.alloc(6 + 16);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size >= 256 ? 0 : size, 6); // width (0 = 256)
  header.writeUInt8(size >= 256 ? 0 : size, 7); // height
  header.writeUInt8(0, 8); // no palette
  header.writeUInt8(0, 9); // reserved
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14); // image size
  header.writeUInt32LE(22, 18); // image offset
  return Buffer.concat([header, png]);
}
