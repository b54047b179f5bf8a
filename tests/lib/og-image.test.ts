import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { OG_LAYOUT, estimateEm, renderOgImage, type OgImageInput } from '../../src/lib/og-image';
import { ogImageParam, ogImagePath, ogLabel, ogPagePath } from '../../src/lib/og-routes';
import type { Locale } from '../../src/i18n/locales';

const { width: W, height: H, padding: P, accentBarWidth: BAR } = OG_LAYOUT;
const SITE: Record<Locale, string> = {
  'zh-CN': '日本流量卡与 eSIM 备份指南',
  en: 'Japan SIM & eSIM Backup Guide',
  'zh-Hant': '日本上網卡與 eSIM 備份指南',
};

const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
const BG = hex(OG_LAYOUT.background);

async function render(input: Partial<OgImageInput> & { title: string; locale: Locale }) {
  return PNG.sync.read(Buffer.from(await renderOgImage({ siteName: SITE[input.locale], ...input })));
}
type Img = ReturnType<typeof PNG.sync.read>;
const px = (img: Img, x: number, y: number) => {
  const i = (y * img.width + x) * 4;
  return [img.data[i]!, img.data[i + 1]!, img.data[i + 2]!, img.data[i + 3]!];
};

/** Pixels in [x0, x1) × [y0, y1) that are not the background colour (opaque). */
function foreign(img: Img, x0: number, y0: number, x1: number, y1: number): number {
  let n = 0;
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const [r, g, b, a] = px(img, x, y);
      if (r !== BG[0] || g !== BG[1] || b !== BG[2] || a !== 255) n++;
    }
  return n;
}

/** Text-coloured (dark) pixels in a region. */
function ink(img: Img, x0: number, y0: number, x1: number, y1: number): number {
  let n = 0;
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const [r, g, b] = px(img, x, y);
      if (r! + g! + b! < 3 * 110) n++;
    }
  return n;
}

/** The padding bands that must stay empty: right, bottom and top (the left one holds the accent bar). */
function expectClearPadding(img: Img) {
  expect(foreign(img, W - P, 0, W, H), 'right padding band').toBe(0);
  expect(foreign(img, BAR, H - P, W, H), 'bottom padding band').toBe(0);
  expect(foreign(img, BAR, 0, W, P), 'top padding band').toBe(0);
}

function frontmatter(file: string): Record<string, unknown> {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
  return m ? (parseYaml(m[1]!) as Record<string, unknown>) : {};
}

/** Every real guide title and FAQ question, per language. */
function realTitles(): { locale: Locale; title: string }[] {
  const out: { locale: Locale; title: string }[] = [];
  for (const [dir, field] of [
    ['content/guides', 'title'],
    ['content/faq', 'question'],
  ] as const) {
    for (const locale of ['zh-CN', 'en'] as const) {
      const folder = join(dir, locale);
      for (const name of readdirSync(folder).filter((n) => n.endsWith('.mdx'))) {
        const value = frontmatter(join(folder, name))[field];
        if (typeof value === 'string') out.push({ locale, title: value });
      }
    }
  }
  return out;
}

const LONG_ZH =
  '在日本旅行时误删了旅行 eSIM、丢了二维码、商家又不肯补发，而银行和微信的短信验证码都发到这个号码上，' +
  '这时候到底应该先做什么、再做什么，怎样才能把照片、联系人和聊天记录都找回来？';
const LONG_EN =
  'What to do when you have deleted the travel eSIM you bought before flying to Japan, lost its QR code, ' +
  'and the provider refuses to reissue it while your bank and chat apps still send their codes to that number';

describe('renderOgImage', () => {
  it('makes a 1200×630 PNG', async () => {
    const img = await render({ title: '误删了旅行 eSIM 怎么办', label: '指南 · eSIM', locale: 'zh-CN' });
    expect([img.width, img.height]).toEqual([1200, 630]);
    expectClearPadding(img);
  });

  it('keeps the longest real titles inside the padding, in both languages', async () => {
    const titles = realTitles();
    expect(titles.length).toBeGreaterThan(20);
    for (const locale of ['zh-CN', 'en'] as const) {
      const mine = titles.filter((t) => t.locale === locale);
      const longest = mine.reduce((a, b) => (estimateEm(b.title) > estimateEm(a.title) ? b : a));
      const img = await render({ title: longest.title, label: ogLabel(locale, 'faq', 'eSIM'), locale });
      expectClearPadding(img);
      expect(ink(img, P, P, W - P, H - P), longest.title).toBeGreaterThan(3000);
    }
  });

  it('shrinks and clamps titles far longer than any real one without touching the padding', async () => {
    expect([...LONG_ZH].length).toBeGreaterThan(60);
    for (const [title, locale] of [
      [LONG_ZH, 'zh-CN'],
      [LONG_EN, 'en'],
      [`${LONG_ZH}${LONG_ZH}`, 'zh-CN'],
      [`${'Unbreakablewordwithoutanyspaces'.repeat(6)} and more`, 'en'],
    ] as const) {
      const img = await render({ title, label: ogLabel(locale, 'guide', 'eSIM'), locale });
      expectClearPadding(img);
    }
  });

  it('draws real Chinese glyphs, not empty boxes', async () => {
    // Title region: below the label pill, above the site name.
    const region = [P, P + 90, W - P, H - P - 60] as const;
    const a = await render({ title: '日本流量卡与备份指南', locale: 'zh-CN', label: '主题' });
    const b = await render({ title: '误删旅行卡怎么恢复呢', locale: 'zh-CN', label: '主题' });
    // Ten bold characters at the largest size leave thousands of text-coloured pixels…
    const inkA = ink(a, ...region);
    expect(inkA).toBeGreaterThan(8000);
    // …and different characters give different pictures (missing glyphs would all be the same box).
    let differing = 0;
    for (let y = region[1]; y < region[3]; y++)
      for (let x = region[0]; x < region[2]; x++) if (px(a, x, y).join() !== px(b, x, y).join()) differing++;
    expect(differing).toBeGreaterThan(inkA / 4);
  });

  it('shows the home tagline and leaves out a site name equal to the title', async () => {
    const img = await render({ title: SITE.en, subtitle: 'A SIM or eSIM is not a backup.', locale: 'en' });
    expectClearPadding(img);
    expect(ink(img, P, P, W - P, H - P)).toBeGreaterThan(3000);
  });
});

describe('ogImagePath', () => {
  it('maps page routes to image files', () => {
    expect(ogImagePath('/')).toBe('/og/home.png');
    expect(ogImagePath('/en/')).toBe('/og/en/home.png');
    expect(ogImagePath('/guides/deleted-esim/')).toBe('/og/guides/deleted-esim.png');
    expect(ogImagePath('/en/guides/deleted-esim/')).toBe('/og/en/guides/deleted-esim.png');
    expect(ogImagePath('/faq/reinstall-deleted-esim/')).toBe('/og/faq/reinstall-deleted-esim.png');
    expect(ogImagePath('/en/topics/esim/')).toBe('/og/en/topics/esim.png');
    // Without a trailing slash, or with a query or fragment, it is the same page.
    expect(ogImagePath('/en')).toBe('/og/en/home.png');
    expect(ogImagePath('/en/guides/deleted-esim')).toBe('/og/en/guides/deleted-esim.png');
    expect(ogImagePath('/faq/x/#answer')).toBe('/og/faq/x.png');
  });

  it('gives the endpoint parameter and reads back to the page', () => {
    expect(ogImageParam('/')).toBe('home');
    expect(ogImageParam('/en/faq/x/')).toBe('en/faq/x');
    for (const page of ['/', '/en/', '/guides/deleted-esim/', '/en/faq/x/', '/topics/esim/', '/en/topics/data-sim/']) {
      expect(ogPagePath(ogImagePath(page))).toBe(page);
    }
  });

  it('refuses paths it cannot map one-to-one', () => {
    expect(() => ogImagePath('/home/')).toThrow();
    expect(() => ogImagePath('/en/guides/home/')).toThrow();
    expect(() => ogImagePath('guides/x/')).toThrow();
    expect(() => ogImagePath('https://example.com/')).toThrow();
    expect(() => ogPagePath('/guides/x/')).toThrow();
  });

  it('labels pages in their language', () => {
    expect(ogLabel('zh-CN', 'guide', 'eSIM')).toBe('指南 · eSIM');
    expect(ogLabel('en', 'faq', 'Backup')).toBe('FAQ · Backup');
    expect(ogLabel('en', 'topic')).toBe('Topic');
  });
});
