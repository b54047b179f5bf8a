import { describe, expect, it } from 'vitest';
import {
  allSlugs,
  faqsForGuide,
  findEntry,
  groupFaqsByTopic,
  guidesBySlug,
  guidesInTopic,
  inLocale,
  localesOf,
  parseEntryId,
  published,
  relatedGuides,
  resolveEntry,
} from '../../src/lib/content';
import type { TopicId } from '../../src/lib/topics';

const guide = (id: string, topics: TopicId[], updated = '2026-01-01', draft = false) => ({
  id,
  data: { title: id, topics, updated: new Date(updated), draft },
});
const faq = (id: string, topic: TopicId, related: string[], order = 100) => ({
  id,
  data: { question: id, topic, related, order },
});

const guides = [
  guide('zh-CN/a', ['esim', 'backup'], '2026-03-01'),
  guide('zh-CN/b', ['esim'], '2026-05-01'),
  guide('zh-CN/c', ['carriers']),
  guide('zh-CN/d', ['esim', 'backup'], '2026-01-01'),
  guide('en/a', ['esim', 'backup']),
  guide('zh-CN/draft', ['esim'], '2026-06-01', true),
];
const faqs = [
  faq('zh-CN/q2', 'esim', ['a'], 2),
  faq('zh-CN/q1', 'esim', ['a', 'b'], 1),
  faq('zh-CN/q3', 'carriers', ['c']),
];

describe('entry ids', () => {
  it('reads language and slug from the id', () => {
    expect(parseEntryId('zh-CN/deleted-esim')).toEqual({ locale: 'zh-CN', slug: 'deleted-esim' });
    expect(() => parseEntryId('fr/x')).toThrow(/zh-CN\|en/);
    expect(() => parseEntryId('x')).toThrow();
  });
});

describe('queries', () => {
  it('drops drafts unless asked', () => {
    expect(published(guides).map((g) => g.id)).not.toContain('zh-CN/draft');
    expect(published(guides, true).map((g) => g.id)).toContain('zh-CN/draft');
  });

  it('filters by language and finds translations', () => {
    expect(inLocale(guides, 'en').map((g) => g.id)).toEqual(['en/a']);
    expect(findEntry(guides, 'en', 'a')?.id).toBe('en/a');
    expect(findEntry(guides, 'en', 'b')).toBeUndefined();
    expect(allSlugs(guides)).toEqual(['a', 'b', 'c', 'd', 'draft']);
    expect(localesOf(guides, 'a')).toEqual(['zh-CN', 'en']);
    expect(localesOf(guides, 'b')).toEqual(['zh-CN']);
  });

  it('falls back to the other language when a translation is missing', () => {
    expect(resolveEntry(guides, 'en', 'a')).toEqual({ entry: guides[4], fallback: false, contentLocale: 'en' });
    expect(resolveEntry(guides, 'en', 'b')).toEqual({ entry: guides[1], fallback: true, contentLocale: 'zh-CN' });
    expect(resolveEntry(guides, 'en', 'nope')).toBeUndefined();
  });

  it('groups FAQs by topic in the fixed topic order, sorted by order', () => {
    const groups = groupFaqsByTopic(faqs);
    expect(groups.map((g) => g.topic)).toEqual(['esim', 'carriers']);
    expect(groups[0]!.faqs.map((f) => f.id)).toEqual(['zh-CN/q1', 'zh-CN/q2']);
  });

  it('lists a topic’s guides newest first', () => {
    expect(guidesInTopic(inLocale(published(guides), 'zh-CN'), 'esim').map((g) => g.id)).toEqual([
      'zh-CN/b',
      'zh-CN/a',
      'zh-CN/d',
    ]);
  });

  it('relates guides by shared topics, most shared first, never itself', () => {
    const zh = inLocale(published(guides), 'zh-CN');
    expect(relatedGuides(zh, zh[0]!).map((g) => g.id)).toEqual(['zh-CN/d', 'zh-CN/b']);
    expect(relatedGuides(zh, zh[2]!)).toEqual([]);
  });

  it('finds FAQs that name a guide and guides an FAQ names', () => {
    expect(faqsForGuide(faqs, 'a').map((f) => f.id)).toEqual(['zh-CN/q1', 'zh-CN/q2']);
    expect(guidesBySlug(inLocale(guides, 'zh-CN'), ['c', 'missing', 'a']).map((g) => g.id)).toEqual([
      'zh-CN/c',
      'zh-CN/a',
    ]);
  });
});
