/** QR codes made at build time (no client library, no third-party request). Each shareable page has
 *  its code as a small SVG file beside the Open Graph images, so the page itself does not carry about
 *  0.7 KiB of incompressible path data that only WeChat sharers open. */
import QRCode from 'qrcode';
import { ogImageParam } from './og-routes';

export const QR_DIR = '/qr/';

/** An SVG QR code for `text`: dark modules on a light square, so it scans in dark mode too. */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#000000', light: '#ffffff' },
  });
}

/** `/en/guides/x/` → `en/guides/x`: the endpoint parameter, named like the page's Open Graph image. */
export const qrImageParam = ogImageParam;

/** The QR code image of a page (root-relative, base-free, like the page path). */
export function qrImagePath(pagePath: string): string {
  return `${QR_DIR}${qrImageParam(pagePath)}.svg`;
}
