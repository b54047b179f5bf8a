import { describe, expect, it } from 'vitest';
import { qrImagePath, qrSvg } from '../../src/lib/qr';

describe('QR codes', () => {
  it('names each page’s code after its path, in every language', () => {
    expect(qrImagePath('/guides/deleted-esim/')).toBe('/qr/guides/deleted-esim.svg');
    expect(qrImagePath('/en/faq/factory-reset-esim/')).toBe('/qr/en/faq/factory-reset-esim.svg');
    expect(qrImagePath('/zh-hant/guides/deleted-esim/#what-to-do-now')).toBe('/qr/zh-hant/guides/deleted-esim.svg');
  });

  it('refuses a path that is not a root-relative page path', () => {
    expect(() => qrImagePath('https://example.com/guides/x/')).toThrow(/root-relative/);
    expect(() => qrImagePath('/guides/../etc/')).toThrow(/Bad page path/);
  });

  it('draws dark modules on a light square, with no script or external reference', async () => {
    const svg = await qrSvg('https://japan-esim-backup.example/guides/deleted-esim/');
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"/);
    expect(svg).toContain('fill="#ffffff"');
    expect(svg).toContain('stroke="#000000"');
    expect(svg).not.toMatch(/<script|href=|xlink/i);
  });
});
