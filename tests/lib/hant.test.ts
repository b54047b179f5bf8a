import { describe, expect, it } from 'vitest';
import {
  HANT_TERMS,
  KEEP_JAPANESE,
  buildQueryMap,
  convertData,
  convertHtml,
  toHant,
  withoutJapanese,
} from '../../src/lib/hant';
import { queryConverter } from '../../src/lib/hant-query';
import { localizedText } from '../../src/lib/localized-text';
import { withDerivedLocales } from '../../src/lib/content';

describe('toHant', () => {
  it('converts to Traditional characters with Taiwan phrasing', () => {
    expect(toHant('删除这个网络设置后会怎样')).toBe('刪除這個網路設定後會怎樣');
  });

  it('uses the reviewed terms: phone labels and reader words', () => {
    expect(toHant('设置 › 通用 › 关于本机')).toBe('設定 › 一般 › 關於本機');
    expect(toHant('设置 › 蜂窝网络 › 蜂窝数据')).toBe('設定 › 行動服務 › 行動數據');
    expect(toHant('关闭“数据漫游”')).toBe('關閉「數據漫遊」');
    expect(toHant('Apple 账户和 iCloud 云盘')).toBe('Apple 帳號和 iCloud 雲碟');
    expect(toHant('买一张流量卡或上网卡，短信验证码')).toBe('買一張上網卡或上網卡，簡訊驗證碼');
    expect(toHant('套餐充值后扫描二维码')).toContain('方案儲值後掃描 QR Code');
  });

  it('every term is applied where its Simplified form appears', () => {
    for (const term of HANT_TERMS) expect(toHant(`甲${term.from}乙`), term.from).toContain(term.to);
  });

  it('keeps Japanese the site quotes: kana runs and listed kanji terms', () => {
    expect(toHant('带上在留カード（在留卡）')).toBe('帶上在留カード（在留卡）');
    expect(toHant('门店要带在留カード')).toBe('門市要帶在留カード');
    expect(toHant('SoftBank：eSIMの再発行（回線認証）')).toBe('SoftBank：eSIMの再発行（回線認証）');
    expect(toHant('携帯電話和转入届')).toContain('携帯電話');
    for (const term of KEEP_JAPANESE) expect(toHant(`去办理${term}吧`)).toBe(`去辦理${term}吧`);
  });

  it('leaves English, numbers and URLs alone', () => {
    const text = 'See https://example.com/a?b=c (eSIM, 5 GB) — “quoted”';
    expect(toHant('Deleted eSIM: 1 2 3')).toBe('Deleted eSIM: 1 2 3');
    expect(toHant(text)).toBe(text.replace('“', '「').replace('”', '」'));
  });
});

describe('convertHtml', () => {
  const html = [
    '<html lang="zh-Hant"><head><title>删除 eSIM</title>',
    '<meta name="description" content="误删了怎么办"><meta property="og:url" content="https://x/删除/">',
    '<script type="application/ld+json">{"@type":"Article","headline":"误删","url":"https://x/误删/","inLanguage":"zh-Hant"}</script>',
    '<script>var a = "这个";</script></head>',
    '<body><h2 id="为什么">为什么 <a href="/guides/误删/" title="复制链接" aria-label="复制链接">#</a></h2>',
    '<p>这个<code>设置</code><img src="/图.png" alt="设置图标"></p><pre>这个</pre>',
    '<a lang="zh-CN" href="/">简体中文</a><span lang="ja">転入届</span><p data-note="这个">还有</p></body></html>',
  ].join('');
  const out = convertHtml(html);

  it('converts text, titles, prose attributes and meta descriptions', () => {
    expect(out).toContain('<title>刪除 eSIM</title>');
    expect(out).toContain('content="誤刪了怎麼辦"');
    expect(out).toContain('為什麼 <a');
    expect(out).toContain('title="複製連結" aria-label="複製連結"');
    expect(out).toContain('alt="設定圖示"');
    expect(out).toContain('>還有</p>');
  });

  it('converts JSON-LD values, not its keys, URLs or language tag', () => {
    const ld = JSON.parse(/ld\+json">(.*?)<\/script>/.exec(out)![1]!);
    expect(ld).toEqual({ '@type': 'Article', headline: '誤刪', url: 'https://x/误删/', inLanguage: 'zh-Hant' });
  });

  it('never touches URLs, ids, code, scripts, data attributes or other languages', () => {
    for (const kept of [
      'content="https://x/删除/"',
      'id="为什么"',
      'href="/guides/误删/"',
      '<code>设置</code>',
      'src="/图.png"',
      '<pre>这个</pre>',
      'var a = "这个";',
      '>简体中文</a>',
      '>転入届</span>',
      'data-note="这个"',
    ]) {
      expect(out, kept).toContain(kept);
    }
  });
});

describe('convertHtml localizeHref', () => {
  it('points content links at the generated locale, leaving the language switch and assets', () => {
    const html =
      '<a href="/guides/x/#a">这</a><a hreflang="zh-CN" lang="zh-CN" href="/guides/x/">简体中文</a><link href="/_astro/a.css">';
    const out = convertHtml(html, { localizeHref: (h) => (h.startsWith('/guides/') ? `/zh-hant${h}` : h) });
    expect(out).toBe(
      '<a href="/zh-hant/guides/x/#a">這</a><a hreflang="zh-CN" lang="zh-CN" href="/guides/x/">简体中文</a><link href="/_astro/a.css">',
    );
  });
});

describe('convertData', () => {
  it('converts prose in nested data, keeps dates, numbers, ids and URLs', () => {
    const date = new Date('2026-11-23');
    const data = {
      title: '误删',
      updated: date,
      order: 2,
      sources: [{ title: '设置', url: 'https://a/设置' }],
      id: '这',
    };
    expect(convertData(data)).toEqual({
      title: '誤刪',
      updated: date,
      order: 2,
      sources: [{ title: '設定', url: 'https://a/设置' }],
      id: '这',
    });
  });
});

describe('localizedText', () => {
  it('reads a language’s own text, and converts zh-CN text for zh-Hant', () => {
    const text = { 'zh-CN': '补发手续费', en: 'Reissue fee' };
    expect(localizedText(text, 'en')).toBe('Reissue fee');
    expect(localizedText(text, 'zh-CN')).toBe('补发手续费');
    expect(localizedText(text, 'zh-Hant')).toBe('補發手續費');
  });
});

describe('withDerivedLocales', () => {
  const entries = [
    { id: 'zh-CN/deleted-esim', data: { title: '误删' } },
    { id: 'en/deleted-esim', data: { title: 'Deleted' } },
    { id: 'zh-CN/only-zh', data: { title: '设置' } },
    { id: 'zh-Hant/only-zh', data: { title: '手寫' } },
  ];
  it('adds a converted zh-Hant entry for each zh-CN entry without one, keeping written ones', () => {
    const all = withDerivedLocales(entries, (d) => convertData(d));
    expect(all.filter((e) => e.id.startsWith('zh-Hant/'))).toEqual([
      { id: 'zh-Hant/only-zh', data: { title: '手寫' } },
      { id: 'zh-Hant/deleted-esim', data: { title: '誤刪' } },
    ]);
    expect(all).toHaveLength(5);
  });
});

describe('Simplified queries on zh-Hant pages', () => {
  const map = buildQueryMap(['误删了旅行 eSIM 怎么办，删除后网络设置', '流量卡和二维码']);
  const convert = queryConverter(map);

  it('reads Simplified characters, phrases and reader words as the index spells them', () => {
    expect(convert('删除 eSIM')).toBe('刪除 eSIM');
    expect(convert('网络设置')).toBe('網路設定');
    expect(convert('流量卡')).toBe('上網卡');
    expect(convert('二维码')).toBe('QR Code');
  });

  it('leaves Traditional and English queries as typed', () => {
    expect(convert('刪除 eSIM')).toBe('刪除 eSIM');
    expect(convert('deleted esim')).toBe('deleted esim');
  });

  it('stays small: only characters the site uses', () => {
    expect(Object.keys(map.chars).length).toBeLessThan(40);
    expect(JSON.stringify(map).length).toBeLessThan(8000);
  });
});

describe('withoutJapanese', () => {
  it('removes quoted Japanese so tests can check the rest is Traditional', () => {
    expect(withoutJapanese('帶上在留カード和再発行')).not.toMatch(/カード|再発行/);
  });
});
