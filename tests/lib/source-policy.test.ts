import { describe, expect, it } from 'vitest';
import policyData from '../../src/data/source-policy.json';
import { checkSource, parseSourcePolicy, urlLanguages, type SourcePolicy } from '../../src/lib/source-policy';

const policy: SourcePolicy = parseSourcePolicy({
  hosts: {
    'support.apple.com': 'apple',
    'support.google.com': 'google',
    'www.docomo.ne.jp': 'carrier',
    'www.airalo.com': 'provider',
    'www.itmedia.co.jp': 'press',
    'faq.whatsapp.com': 'app-maker',
  },
  press: [{ url: 'https://www.itmedia.co.jp/mobile/a.html', why: 'the carrier posted no page about the outage' }],
  refused: [
    { pattern: '^https://[^/]*\\.pages\\.dev/', reason: 'a deployment copy' },
    { pattern: '[?&]utm_[a-z]+=', reason: 'a tracking parameter' },
  ],
  readerLanguages: { 'zh-CN': ['zh-cn', 'en', 'en-us'], en: ['en', 'en-us'] },
  kindLanguages: { carrier: ['ja'] },
  languageParams: ['hl', 'lang', 'locale'],
  languageSegment: '^(en|zh|ja|es|pt|fil|tl)([-_][a-z0-9]{2,4}){0,2}$',
});
const zh = ['zh-CN'] as const;
const en = ['en'] as const;
const both = ['zh-CN', 'en'] as const;

describe('source policy', () => {
  it('accepts a primary page in the reader’s language or English', () => {
    expect(checkSource(policy, 'https://support.apple.com/zh-cn/118669', zh)).toEqual({ ok: true, kind: 'apple' });
    expect(checkSource(policy, 'https://support.apple.com/en-us/118669', zh).ok).toBe(true);
    expect(checkSource(policy, 'https://support.google.com/android/answer/6160491?hl=en', en).ok).toBe(true);
  });

  it('accepts a Japanese carrier’s own Japanese page', () => {
    expect(checkSource(policy, 'https://www.docomo.ne.jp/ja/info/', both).ok).toBe(true);
  });

  it.each([
    ['Filipino help page', 'https://www.airalo.com/help/fil/reinstall', zh, 'fil'],
    ['Spanish copy', 'https://www.airalo.com/es-419/help/x', en, 'es-419'],
    ['locale parameter', 'https://faq.whatsapp.com/490592613091019/?locale=tl_PH', en, 'tl-ph'],
    ['hl parameter', 'https://support.google.com/android/answer/1?hl=es', zh, 'es'],
    ['Chinese page on an English page', 'https://support.apple.com/zh-cn/118669', en, 'zh-cn'],
    ['Chinese page in a fact file read in both languages', 'https://support.apple.com/zh-cn/118669', both, 'zh-cn'],
    ['Japanese page from a non-carrier', 'https://www.airalo.com/ja/help/x', zh, 'ja'],
  ])('refuses a %s, naming the language', (_, url, readers, tag) => {
    const verdict = checkSource(policy, url, readers);
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.reason).toContain(tag);
  });

  it('refuses a host that is not listed, naming it', () => {
    const verdict = checkSource(policy, 'https://mobamag.com/mobile/esim-reissue-202601', zh);
    expect(verdict).toEqual({ ok: false, reason: expect.stringContaining('mobamag.com') });
  });

  it('gives the refused pattern’s reason before the host check', () => {
    expect(checkSource(policy, 'https://studio-bettersim.pages.dev/learn/x', zh)).toEqual({
      ok: false,
      reason: 'a deployment copy',
    });
    expect(checkSource(policy, 'https://support.apple.com/en-us/1?utm_source=x', zh)).toEqual({
      ok: false,
      reason: 'a tracking parameter',
    });
  });

  it('allows press only where the policy notes why', () => {
    expect(checkSource(policy, 'https://www.itmedia.co.jp/mobile/a.html', zh)).toEqual({ ok: true, kind: 'press' });
    const other = checkSource(policy, 'https://www.itmedia.co.jp/mobile/b.html', zh);
    expect(!other.ok && other.reason).toContain('press');
  });

  it('refuses http and non-URLs', () => {
    expect(checkSource(policy, 'http://support.apple.com/en-us/1', zh)).toEqual({ ok: false, reason: 'not https' });
    expect(checkSource(policy, 'support.apple.com', zh)).toEqual({ ok: false, reason: 'not a URL' });
  });

  it('reads language tags from path segments and parameters only', () => {
    expect(urlLanguages(policy, new URL('https://x.com/faq/es/a?hl=PT_br&q=en'))).toEqual(['es', 'pt-br']);
  });

  it('fails on a malformed policy, naming the field', () => {
    expect(() => parseSourcePolicy({ ...policy, hosts: { 'a.com': 'blog' } })).toThrow(/hosts\.a\.com/);
    expect(() => parseSourcePolicy({ ...policy, refused: [{ pattern: '(', reason: 'broken' }] })).toThrow(
      /refused\.0\.pattern/,
    );
  });
});

describe('the project’s policy data', () => {
  const real = parseSourcePolicy(policyData);

  it('lists hosts sorted, so additions merge cleanly', () => {
    const hosts = Object.keys(real.hosts);
    expect(hosts).toEqual([...hosts].sort());
  });

  it.each([
    ['https://airalo.com/help/fil/using-managing-esims/x', 'fil'],
    ['https://studio-bettersim.pages.dev/learn/esim-on-iphone', 'deployment'],
    ['https://icloud.skydocu.com/en/storage', 'mirror'],
    ['https://prod-news.global.ssl.fastly.net/article/1', 'CDN'],
    ['https://unanswered.io/guide/x', 'AI'],
    ['https://longterm.getaroundjapan.jp/blog/create.php?blog_id=7', 'blog-creation'],
    ['https://huggingface.co/datasets/nxtl-esim/esim-compatible-devices', 'dataset'],
    ['https://support.apple.com/en-om/guide/icloud/mm085db3a8d6/icloud', 'en-om'],
    ['https://support.apple.com/zh-tw/118669', 'zh-tw'],
    ['https://2020mobiletech.wordpress.com/2019/05/17/x/', 'blog host'],
  ])('refuses %s', (url, why) => {
    const verdict = checkSource(real, url, ['zh-CN']);
    expect(!verdict.ok && verdict.reason).toContain(why);
  });
});
