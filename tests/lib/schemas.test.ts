import { describe, expect, it } from 'vitest';
import { faqSchema, guideSchema } from '../../src/lib/schemas';

const validGuide = {
  title: '误删了旅行 eSIM 怎么办',
  description: '旅行 eSIM 的二维码通常只能用一次。删掉之后怎么办,下次怎样避免。',
  published: '2026-11-01',
  updated: '2026-11-20',
  verified: '2026-11-20',
  topics: ['esim'],
  sources: [{ title: 'Airalo', url: 'https://www.airalo.com/help' }],
};

const issues = (input: unknown) => {
  const result = guideSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('guide schema', () => {
  it('accepts a complete guide and fills defaults', () => {
    const parsed = guideSchema.parse(validGuide);
    expect(parsed.draft).toBe(false);
    expect(parsed.keywords).toEqual([]);
    expect(parsed.verified).toBeInstanceOf(Date);
  });

  it('names the missing field', () => {
    const { verified: _, ...rest } = validGuide;
    expect(issues(rest).join('\n')).toMatch(/^verified:/m);
  });

  it('rejects a topic outside the fixed list, naming the field', () => {
    expect(issues({ ...validGuide, topics: ['esim', 'shopping'] }).join('\n')).toMatch(/^topics\.1:/m);
  });

  it('rejects http sources and malformed URLs', () => {
    expect(issues({ ...validGuide, sources: [{ title: 'x', url: 'http://a.example' }] }).join()).toMatch(
      /sources\.0\.url: must use https/,
    );
    expect(issues({ ...validGuide, sources: [{ title: 'x', url: 'not a url' }] }).join()).toMatch(/sources\.0\.url/);
  });

  it('rejects unknown fields (typos) and impossible dates', () => {
    expect(issues({ ...validGuide, verifed: '2026-01-01' }).join()).toMatch(/verifed/);
    expect(issues({ ...validGuide, updated: '2026-01-01' }).join()).toMatch(
      /^updated: updated must not be before published/m,
    );
    expect(issues({ ...validGuide, published: 'soon' }).join()).toMatch(/^published:/m);
  });

  it('rejects a quoted day that is not on the calendar instead of rolling it over', () => {
    expect(issues({ ...validGuide, published: '2026-02-30' }).join('\n')).toMatch(
      /^published: 2026-02-30 is not a real calendar date/m,
    );
    expect(guideSchema.parse({ ...validGuide, published: '2024-02-29', updated: '2026-11-20' }).published).toEqual(
      new Date('2024-02-29T00:00:00Z'),
    );
  });
});

describe('FAQ schema', () => {
  const validFaq = {
    question: 'iCloud 备份里包括 eSIM 吗?',
    topic: 'iphone',
    related: ['iphone-icloud-backup'],
    verified: '2026-11-20',
    sources: [{ title: 'Apple', url: 'https://support.apple.com/' }],
  };
  it('accepts a complete FAQ', () => {
    expect(faqSchema.parse(validFaq).order).toBe(100);
  });
  it('requires related guide slugs and one known topic', () => {
    expect(faqSchema.safeParse({ ...validFaq, related: [] }).success).toBe(false);
    expect(faqSchema.safeParse({ ...validFaq, related: ['Not A Slug'] }).success).toBe(false);
    expect(faqSchema.safeParse({ ...validFaq, topic: 'weather' }).success).toBe(false);
  });
});
