import { describe, expect, it } from 'vitest';
import terminologyData from '../../src/data/terminology.json';
import { findTermVariants, parseTerminology, proseOf } from '../../src/lib/terminology';

const terms = parseTerminology({
  concepts: [
    {
      id: 'reissue',
      what: 'carrier re-issue of an eSIM',
      term: { 'zh-CN': '再发行', en: 're-issue' },
      gloss: { 'zh-CN': '再发行（再発行）' },
      variants: { 'zh-CN': ['补办', '重新签发'], en: ['reissue'] },
      exceptions: { 'zh-CN': ['补办(?:护照|在留卡)'] },
    },
  ],
});
const found = (text: string, lang: 'zh-CN' | 'en' = 'zh-CN') => findTermVariants(terms, text, lang).map((f) => f.found);

describe('terminology checker', () => {
  it('flags a variant and says which term to use', () => {
    const [finding] = findTermVariants(terms, '请运营商重新签发 eSIM。', 'zh-CN');
    expect(finding).toMatchObject({ concept: 'reissue', found: '重新签发', use: '再发行' });
    expect(finding!.context).toContain('请运营商');
  });

  it('accepts a variant inside an exception’s context (补办 for a passport)', () => {
    expect(found('护照丢了要去使馆补办护照。')).toEqual([]);
    expect(found('补办护照之后再补办 eSIM。')).toEqual(['补办']);
  });

  it('asks for the gloss once on a page that uses the term', () => {
    expect(found('向运营商申请再发行。')).toEqual(['再发行 without the gloss']);
    expect(found('申请再发行（再発行）。之后再发行就快了。')).toEqual([]);
  });

  it('matches Latin variants as whole words only', () => {
    expect(found('Ask for a reissue.', 'en')).toEqual(['reissue']);
    expect(found('Ask for a re-issue of carrier-esim-reissue.', 'en')).toEqual([]);
  });

  it('reads prose only: link targets, MDX comments and ids are not words', () => {
    const mdx = '## 费用 {/*#reissue-fee*/}\n见[费用](/guides/carrier-esim-reissue/)。<Checklist id="reissue-list">';
    expect(found(proseOf(mdx), 'en')).toEqual([]);
    expect(proseOf(mdx)).toContain('见[费用]。');
  });

  it('fails on a malformed list, naming the field', () => {
    expect(() =>
      parseTerminology({ concepts: [{ id: 'x', what: 'a thing', term: {}, variants: { fr: ['y'] } }] }),
    ).toThrow(/concepts\.0\.variants/);
    expect(() =>
      parseTerminology({
        concepts: [{ id: 'x', what: 'a thing', term: {}, variants: { en: ['y'] }, exceptions: { en: ['('] } }],
      }),
    ).toThrow(/exceptions\.en\.0/);
  });
});

describe('the project’s terminology list', () => {
  const real = parseTerminology(terminologyData);
  const check = (text: string, lang: 'zh-CN' | 'en' = 'zh-CN') =>
    findTermVariants(real, text, lang).map((f) => f.found);

  it('keeps the issue’s drifting terms out of Chinese text', () => {
    expect(check('重新签发、重新发行、补发、补卡、LINE 币、iCloud Drive、数据卡')).toEqual([
      '重新签发',
      '重新发行',
      '补发',
      '补卡',
      '数据卡',
      'iCloud Drive',
      'LINE 币',
    ]);
  });

  it('allows the glossed former names', () => {
    expect(check('记住 Apple 账户（原 Apple ID）的密码，用 Find Hub（原名「查找我的设备」）。')).toEqual([]);
    expect(check('Know your Apple Account (formerly Apple ID); Find Hub, formerly Find My Device.', 'en')).toEqual([]);
  });
});
