import { describe, expect, it } from 'vitest';
import { buildShareLinks } from '../../src/lib/share';
import { articleLd, breadcrumbLd, faqPageLd, serializeLd, websiteLd } from '../../src/lib/structured-data';

describe('buildShareLinks', () => {
  it('encodes the URL and title into plain share links', () => {
    const links = buildShareLinks('https://site.example/guides/x/#a b', '误删 eSIM & 怎么办');
    expect(links.map((l) => l.id)).toEqual(['line', 'x', 'weibo']);
    for (const link of links) {
      const u = new URL(link.href);
      expect(u.protocol).toBe('https:');
      expect([...u.searchParams.values()]).toContain('https://site.example/guides/x/#a b');
    }
    expect(new URL(links[1]!.href).searchParams.get('text')).toBe('误删 eSIM & 怎么办');
  });
});

describe('structured data', () => {
  it('describes the site with a search action', () => {
    const ld = websiteLd({
      name: 'S',
      url: 'https://s.example/',
      inLanguage: 'en',
      searchUrl: 'https://s.example/en/search/',
    });
    expect(ld.potentialAction.target.urlTemplate).toBe('https://s.example/en/search/?q={search_term_string}');
    expect(ld['@type']).toBe('WebSite');
  });

  it('describes an article with dates, language and publisher', () => {
    const ld = articleLd({
      headline: 'H',
      description: 'D',
      url: 'https://s.example/guides/x/',
      image: 'https://s.example/og/guides/x.png',
      inLanguage: 'zh-CN',
      datePublished: new Date('2026-01-01T00:00:00Z'),
      dateModified: new Date('2026-02-01T00:00:00Z'),
      site: { name: 'S', url: 'https://s.example/' },
    });
    expect(ld).toMatchObject({
      '@type': 'Article',
      headline: 'H',
      inLanguage: 'zh-CN',
      datePublished: '2026-01-01T00:00:00.000Z',
    });
    expect(ld.publisher).toEqual({ '@type': 'Organization', name: 'S', url: 'https://s.example/' });
  });

  it('lists questions with accepted answers and numbered breadcrumbs', () => {
    const faq = faqPageLd({ url: 'u', inLanguage: 'en', items: [{ question: 'Q?', answer: 'A.' }] });
    expect(faq.mainEntity[0]).toEqual({
      '@type': 'Question',
      name: 'Q?',
      acceptedAnswer: { '@type': 'Answer', text: 'A.' },
    });
    const crumbs = breadcrumbLd([
      { name: 'Home', url: 'https://s.example/' },
      { name: 'G', url: 'https://s.example/g/' },
    ]);
    expect(crumbs.itemListElement.map((i) => i.position)).toEqual([1, 2]);
  });

  it('serialises without letting content close the script tag', () => {
    expect(serializeLd({ a: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});
