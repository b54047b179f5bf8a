/** The generated Traditional Chinese site in dist/: a zh-Hant page for every zh-CN page, Traditional
 *  text only (what the site quotes in Japanese aside), the reviewed terms applied, and the language
 *  announced everywhere a reader, a search engine or a browser looks. */
import { describe, expect, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { allFiles, exists, htmlPages, page, readDist } from '../helpers/dist';
import { splitLocalePath } from '../../src/i18n/locales';
import { HANT_TERMS, plainOpenCC, toHant, withoutJapanese } from '../../src/lib/hant';

/** Common characters that exist only in Simplified Chinese (除, 后 and 台 are Traditional too). */
const SIMPLIFIED_ONLY = [...'这们说时网络设备为发联数据后会过还样么个区号码账户图标换机删'].filter((c) => c !== '后');

const zhPages = htmlPages().filter((p) => p !== '/404.html' && splitLocalePath(p).locale === 'zh-CN');
const hantPages = htmlPages().filter((p) => splitLocalePath(p).locale === 'zh-Hant');
const hantOf = (p: string) => `/zh-hant${p}`;

/** What a reader reads: the body text and the prose attributes, without code, scripts or other
 *  languages marked with lang. */
function readerText(doc: HTMLElement): string {
  const root = doc.querySelector('html')!.clone() as HTMLElement;
  for (const el of root.querySelectorAll('script, style, code, pre, svg, [lang]:not([lang="zh-Hant"])')) el.remove();
  const attributes = root
    .querySelectorAll('[title], [alt], [aria-label], [placeholder], meta[name=description]')
    .map((el) =>
      ['title', 'alt', 'aria-label', 'placeholder', 'content'].map((a) => el.getAttribute(a) ?? '').join(' '),
    );
  return `${root.text}\n${attributes.join('\n')}`;
}

describe('the zh-Hant site', () => {
  it('has a zh-Hant page for every zh-CN page', () => {
    expect(zhPages.length).toBeGreaterThan(30);
    expect(zhPages.filter((p) => !exists(hantOf(p)))).toEqual([]);
    // …and its own 404 (zh-CN's is the host's /404.html).
    expect(hantPages.filter((p) => !exists(p.replace(/^\/zh-hant/, '')))).toEqual(['/zh-hant/404/']);
  });

  it('pages say they are zh-Hant: html lang, Open Graph locale, JSON-LD inLanguage', () => {
    for (const p of hantPages) {
      const doc = page(p);
      expect(doc.querySelector('html')?.getAttribute('lang'), p).toBe('zh-Hant');
      expect(doc.querySelector('meta[property="og:locale"]')?.getAttribute('content'), p).toBe('zh_TW');
    }
    const ld = JSON.parse(
      page('/zh-hant/guides/deleted-esim/').querySelector('script[type="application/ld+json"]')!.text,
    );
    expect(ld.inLanguage).toBe('zh-Hant');
  });

  it('no page text uses Simplified-only characters (quoted Japanese aside)', () => {
    const found: string[] = [];
    for (const p of hantPages) {
      const text = withoutJapanese(readerText(page(p)));
      const bad = SIMPLIFIED_ONLY.filter((c) => text.includes(c));
      if (bad.length) found.push(`${p}: ${bad.join('')}`);
    }
    expect(found).toEqual([]);
  });

  it('applies the reviewed terms wherever the zh-CN page uses them', () => {
    // What OpenCC alone would print must never survive (a longer term may win: Apple 账户 → Apple 帳號).
    const terms = HANT_TERMS.filter((t) => /\p{Script=Han}/u.test(t.from) && plainOpenCC(t.from) !== t.to);
    const missing: string[] = [];
    let applied = 0;
    // Each page's text once, not once per term.
    const texts = zhPages.map((p) => [p, readerText(page(p)), withoutJapanese(readerText(page(hantOf(p))))] as const);
    for (const term of terms) {
      const opencc = plainOpenCC(term.from);
      for (const [p, zh, hant] of texts) {
        if (!zh.includes(term.from)) continue;
        applied++;
        if (hant.includes(opencc)) missing.push(`${hantOf(p)}: ${opencc} → ${term.to}`);
      }
    }
    expect(applied).toBeGreaterThan(10);
    expect(missing).toEqual([]);
    // And the phone labels read as Apple shows them.
    expect(readerText(page('/zh-hant/guides/iphone-icloud-backup/'))).toContain('iCloud 備份');
  });

  it('keeps the Japanese the site quotes (在留カード, 再発行 …) as written', () => {
    const quoted = ['在留カード', '再発行', 'マイナンバーカード'];
    for (const word of quoted) {
      const p = zhPages.find((x) => readerText(page(x)).includes(word));
      expect(p, word).toBeDefined();
      expect(readerText(page(hantOf(p!))), word).toContain(word);
    }
  });

  it('converts body text, not ids or links: same heading ids and links as zh-CN, localized', () => {
    const zh = page('/guides/deleted-esim/');
    const hant = page('/zh-hant/guides/deleted-esim/');
    const ids = (doc: HTMLElement) => doc.querySelectorAll('main [id]').map((el) => el.id);
    expect(ids(hant)).toEqual(ids(zh));
    expect(hant.querySelector('h1')?.text).toBe(toHant(zh.querySelector('h1')!.text));
    const links = hant.querySelectorAll('main a[href^="/"]').map((a) => a.getAttribute('href')!);
    expect(links.length).toBeGreaterThan(3);
    expect(links.filter((h) => !h.startsWith('/zh-hant/') && !h.startsWith('/og/'))).toEqual([]);
  });

  it('hreflang lists zh-Hant beside zh-CN and en, x-default unchanged', () => {
    for (const p of ['/guides/deleted-esim/', '/zh-hant/guides/deleted-esim/', '/en/guides/deleted-esim/']) {
      const alt = Object.fromEntries(
        page(p)
          .querySelectorAll('link[rel=alternate][hreflang]')
          .map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]),
      );
      expect(alt, p).toEqual({
        'zh-CN': '/guides/deleted-esim/',
        en: '/en/guides/deleted-esim/',
        'zh-Hant': '/zh-hant/guides/deleted-esim/',
        'x-default': '/guides/deleted-esim/',
      });
    }
  });

  it('the sitemap lists zh-Hant pages with a zh-Hant alternate', () => {
    const sitemaps = allFiles().filter((f) => /^sitemap-\d+\.xml$/.test(f));
    const xml = parse(sitemaps.map(readDist).join('\n'));
    const locs = xml.querySelectorAll('url loc').map((l) => new URL(l.text).pathname);
    expect(locs).toContain('/zh-hant/guides/deleted-esim/');
    expect(locs).toContain('/zh-hant/');
    const hreflangs = new Set(xml.querySelectorAll('xhtml\\:link').map((l) => l.getAttribute('hreflang')));
    expect(hreflangs).toContain('zh-Hant');
  });

  it('the language switch offers the other two languages as plain links, each in its own script', () => {
    const links = page('/zh-hant/guides/deleted-esim/')
      .querySelectorAll('a[data-lang-switch]')
      .map((a) => [
        a.getAttribute('hreflang'),
        a.getAttribute('href'),
        a
          .querySelectorAll('span')
          .map((s) => s.text.trim())
          .join(' | '),
      ]);
    // Each link shows its language's full name, and a short one on a narrow header.
    expect(links).toEqual([
      ['zh-CN', '/guides/deleted-esim/', '简体中文 | 简'],
      ['en', '/en/guides/deleted-esim/', 'English | EN'],
    ]);
    const fromZh = page('/guides/deleted-esim/').querySelectorAll('a[data-lang-switch]');
    expect(fromZh.map((a) => a.querySelector('span')?.text.trim())).toContain('繁體中文');
  });

  it('feed, manifest, Open Graph images and offline list exist in zh-Hant', () => {
    const feed = parse(readDist('zh-hant/rss.xml'));
    expect(feed.querySelector('language')?.text).toBe('zh-hant');
    expect(feed.querySelector('channel > title')?.text).toBe('日本上網卡與 eSIM 備份指南');
    const manifest = JSON.parse(readDist('zh-hant/manifest.webmanifest'));
    expect(manifest).toMatchObject({ lang: 'zh-Hant', start_url: '/zh-hant/', name: '日本上網卡與 eSIM 備份指南' });
    expect(exists('/og/zh-hant/guides/deleted-esim.png')).toBe(true);
    const offline = JSON.parse(readDist('offline/zh-Hant.json'));
    expect(offline.urls).toContain('/zh-hant/guides/deleted-esim/');
    // Offline, the search still reads Simplified queries.
    expect(offline.urls).toContain('/search-maps/zh-Hant.json');
  });

  it('ships the Simplified-query map small and outside the converted pages', () => {
    const map = readDist('search-maps/zh-Hant.json');
    expect(map.length).toBeLessThan(40_000);
    expect(JSON.parse(map).chars['删']).toBe('刪');
  });
});
