/** QR codes as inline SVG, made at build time (no client library, no request). */
import QRCode from 'qrcode';

/** An SVG QR code for `text`, dark modules on a light square so it scans in dark mode too. */
export async function qrSvg(text: string, label: string): Promise<string> {
  const svg = await QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#000000', light: '#ffffff' },
  });
  const escaped = label.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return svg.replace('<svg ', `<svg role="img" aria-label="${escaped}" width="160" height="160" `);
}
