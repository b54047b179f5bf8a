import { describe, expect, it } from 'vitest';
import { buildFaqPage, buildGuidePage } from '../../src/lib/page-data';
import type { TopicId } from '../../src/lib/topics';

const g = (id: string, topics: TopicId[]) => ({
  id,
  data: { title: `T ${id}`, description: `D ${id}`, topics, updated: new Date('2026-01-01') },
});
const guides = [g('zh-CN/a', ['esim']), g('zh-CN/b', ['esim']), g('en/a', ['esim'])];
const faqs = [{ id: 'zh-CN/q', data: { question: 'Q?', topic: 'esim' as TopicId, related: ['a', 'b'] } }];

describe('buildGuidePage', () => {
  it('uses the translation when it exists', () => {
    const page = buildGuidePage(guides, faqs, 'en', 'a', { home: 'Home' });
    expect(page.fallback).toBe(false);
    expect(page.entry.id).toBe('en/a');
    expect(page.alternates).toEqual(['zh-CN', 'en']);
    expect(page.crumbs).toEqual([
      { name: 'Home', path: '/en/' },
      { name: 'T en/a', path: '/en/guides/a/' },
    ]);
  });

  it('falls back to the original with a link to it, and lists only real languages', () => {
    const page = buildGuidePage(guides, faqs, 'en', 'b', { home: 'Home' });
    expect(page.fallback).toBe(true);
    expect(page.contentLocale).toBe('zh-CN');
    expect(page.originalPath).toBe('/guides/b/');
    expect(page.alternates).toEqual(['zh-CN']);
    // Related items come from the content's language, linked under the reader's prefix.
    expect(page.related.map((r) => r.path)).toEqual(['/en/guides/a/']);
    expect(page.relatedFaqs).toEqual([{ title: 'Q?', path: '/en/faq/q/' }]);
  });

  it('fails loudly for a slug that exists nowhere', () => {
    expect(() => buildGuidePage(guides, faqs, 'en', 'zzz', { home: 'Home' })).toThrow(/zzz/);
  });
});

describe('buildFaqPage', () => {
  it('links the guides an answer names and builds its breadcrumbs', () => {
    const page = buildFaqPage(guides, faqs, 'zh-CN', 'q', { home: '首页', faq: '常见问题' });
    expect(page.relatedGuides.map((r) => r.path)).toEqual(['/guides/a/', '/guides/b/']);
    expect(page.crumbs.map((c) => c.path)).toEqual(['/', '/faq/', '/faq/q/']);
  });
});
