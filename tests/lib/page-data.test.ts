/** The page model of every page type, built from plain entries and a fake `render()`: no Astro, no
 *  rendering. */
import { describe, expect, it } from 'vitest';
import {
  entryPages,
  fallbackPaths,
  faqHubPage,
  homePage,
  notFoundPage,
  offlinePage,
  ogImages,
  searchPage,
  topicPage,
  topicsPage,
  type Rendered,
} from '../../src/lib/page-data';
import type { TopicId } from '../../src/lib/topics';
import { withDerivedLocales } from '../../src/lib/content';

const day = new Date('2026-01-01');
const g = (id: string, topics: TopicId[]) => ({
  id,
  data: { title: `T ${id}`, description: `D ${id}`, topics, published: day, updated: day, verified: day },
});
const f = (id: string, related: string[]) => ({
  id,
  data: { question: `Q ${id}?`, topic: 'esim' as TopicId, related, verified: day },
});
// As the loader gives them: zh-Hant entries generated from zh-CN (conversion is tested in hant.test.ts).
const same = <D>(d: D) => d;
const guides = withDerivedLocales([g('zh-CN/a', ['esim']), g('zh-CN/b', ['esim']), g('en/a', ['esim'])], same);
const faqs = withDerivedLocales([f('zh-CN/q', ['a', 'b']), f('en/q', ['a'])], same);
const pages = withDerivedLocales([{ id: 'zh-CN/about', data: { title: '关于', description: '关于本站' } }], same);
const rendered = new Map<string, Rendered>();
const src = {
  guides,
  faqs,
  pages,
  site: { site: 'https://site.example', base: '/', feedbackUrl: 'https://tracker.example/new' },
  // A fake render: what remark-page-text and the heading plugin would have produced.
  render: async (entry: { id: string }): Promise<Rendered> => {
    const r = {
      headings: [
        { depth: 2, slug: 'first', text: 'First' },
        { depth: 3, slug: 'sub', text: 'Sub' },
        { depth: 2, slug: 'second', text: 'Second' },
      ],
      remarkPluginFrontmatter: { plainText: `Answer of ${entry.id}. More detail.`, readingMinutes: 3 },
    };
    rendered.set(entry.id, r);
    return r;
  },
};
const { guidePage, faqPage, aboutPage } = entryPages(src);
const ld = (page: { jsonLd: unknown[] }) => page.jsonLd as Record<string, unknown>[];

describe('guide page', () => {
  it('uses the translation when it exists, with its TOC, reading time, head and JSON-LD', async () => {
    const page = await guidePage('en', 'a');
    expect(page.fallback).toBe(false);
    expect(page.entry.id).toBe('en/a');
    expect(page.contentLocale).toBe('en');
    expect(page.path).toBe('/en/guides/a/');
    expect(page.crumbs).toEqual([
      { name: 'Home', path: '/en/' },
      { name: 'T en/a', path: '/en/guides/a/' },
    ]);
    expect(page.readingMinutes).toBe(3);
    expect(page.toc.map((e) => [e.slug, e.children.map((c) => c.slug)])).toEqual([
      ['first', ['sub']],
      ['second', []],
    ]);
    expect(page.rendered).toBe(rendered.get('en/a'));
    expect(page.meta.title).toBe('T en/a | Japan SIM & eSIM Backup Guide');
    expect(page.meta.canonical).toBe('https://site.example/en/guides/a/');
    expect(page.meta.alternates.map((a) => a.hreflang)).toEqual(['zh-CN', 'en', 'zh-Hant', 'x-default']);
    expect(page.meta.robots).toBeNull();
    expect(page.meta.og.image.url).toBe('https://site.example/og/en/guides/a.png');
    expect(ld(page).map((x) => x['@type'])).toEqual(['Article', 'BreadcrumbList']);
    expect(ld(page)[0]).toMatchObject({ inLanguage: 'en', image: ['https://site.example/og/en/guides/a.png'] });
    expect(new URL(page.feedbackUrl).searchParams.get('title')).toContain('https://site.example/en/guides/a/');
  });

  it('falls back to the original: noindex, no hreflang, a link to it, lists from its language', async () => {
    const page = await guidePage('en', 'b');
    expect(page.fallback).toBe(true);
    expect(page.contentLocale).toBe('zh-CN');
    expect(page.originalPath).toBe('/guides/b/');
    expect(page.meta.robots).toBe('noindex, follow');
    expect(page.meta.alternates).toEqual([]);
    expect(ld(page)[0]).toMatchObject({ inLanguage: 'zh-CN' });
    // Related items come from the content's language, linked under the reader's prefix.
    expect(page.related.map((r) => r.path)).toEqual(['/en/guides/a/']);
    expect(page.relatedFaqs).toEqual([{ title: 'Q zh-CN/q?', path: '/en/faq/q/' }]);
  });

  it('fails loudly for a slug that exists nowhere', async () => {
    await expect(guidePage('en', 'zzz')).rejects.toThrow(/zzz/);
  });

  it('fails loudly when the reading-time plugin did not run', async () => {
    const bare = { ...src, render: async () => ({ headings: [], remarkPluginFrontmatter: {} }) };
    await expect(entryPages(bare).guidePage('zh-CN', 'a')).rejects.toThrow(/remark-page-text/);
  });
});

describe('FAQ pages', () => {
  it('an answer: related guides, crumbs, description from the first sentence, FAQPage JSON-LD', async () => {
    const page = await faqPage('zh-CN', 'q');
    expect(page.relatedGuides.map((r) => r.path)).toEqual(['/guides/a/', '/guides/b/']);
    expect(page.crumbs.map((c) => c.path)).toEqual(['/', '/faq/', '/faq/q/']);
    expect(page.meta.description).toBe('Answer of zh-CN/q.');
    expect(ld(page)[0]).toMatchObject({ '@type': 'FAQPage' });
    expect(JSON.stringify(ld(page)[0])).toContain('Answer of zh-CN/q. More detail.');
  });

  it('the hub: answers grouped by topic, counted, every answer in the JSON-LD', async () => {
    const page = await faqHubPage(src, 'en');
    expect(page.count).toBe(1);
    expect(page.groups.map((gr) => [gr.id, gr.name, gr.faqs.map((x) => x.id)])).toEqual([
      ['topic-esim', 'eSIM', ['en/q']],
    ]);
    expect(JSON.stringify(page.jsonLd)).toContain('https://site.example/en/faq/q/');
  });
});

describe('list and fixed pages', () => {
  it('home: emergencies and guides by purpose, FAQ of its language, topics, WebSite JSON-LD, site name as title', () => {
    const order = {
      emergencies: [
        { id: 'lost', title: 'home.emergency.lostPhone' as const, target: '/help/lost/', fallback: '/guides/b/#first' },
      ],
      groups: [{ id: 'first', heading: 'home.group.beforeYouGo' as const, guides: ['b'] }],
    };
    const page = homePage(src, 'zh-CN', order);
    expect(page.emergencies).toEqual([{ id: 'lost', title: '手机丢了或被偷', path: '/guides/b/#first' }]);
    expect(page.groups.map((g) => [g.id, g.heading, g.items.map((x) => x.path)])).toEqual([
      ['first', '出发前', ['/guides/b/']],
      ['more-guides', '更多指南', ['/guides/a/']],
    ]);
    expect(homePage(src, 'en', order).emergencies[0]?.path).toBe('/en/guides/b/#first');
    // With its help flow on the site, an emergency leads there.
    expect(homePage({ ...src, helpFlows: ['lost'] }, 'en', order).emergencies[0]?.path).toBe('/en/help/lost/');
    // Slugs of the site's own order that are no guide here are left out: every guide lands in "more".
    expect(homePage(src, 'zh-CN').groups.map((g) => g.id)).toEqual(['more-guides']);
    expect(homePage(src, 'zh-CN').emergencies).toEqual([]);
    expect(page.faqs.map((x) => x.path)).toEqual(['/faq/q/']);
    expect(page.topics[0]).toMatchObject({ topic: 'esim', path: '/topics/esim/' });
    expect(page.meta.title).toBe('日本流量卡与 eSIM 备份指南');
    expect(ld(page)[0]).toMatchObject({ '@type': 'WebSite' });
  });

  it('topics and one topic: names from the dictionary, its own OG image', () => {
    expect(topicsPage(src, 'en').topics.find((x) => x.topic === 'backup')?.name).toBe('Backup');
    const page = topicPage(src, 'en', 'esim');
    expect(page.guides.map((x) => x.path)).toEqual(['/en/guides/a/']);
    expect(page.meta.og.image.url).toBe('https://site.example/og/en/topics/esim.png');
  });

  it('about falls back like a guide; search, offline and 404 are what they should be', async () => {
    const about = await aboutPage('en');
    expect([about.fallback, about.contentLocale, about.meta.robots]).toEqual([true, 'zh-CN', 'noindex, follow']);
    expect(searchPage(src, 'en')).toMatchObject({ path: '/en/search/', topicsPath: '/en/topics/' });
    const offline = offlinePage(src, 'en');
    expect(offline.meta.robots).toBe('noindex, follow');
    expect(offline.groups.map((gr) => gr.items.length)).toEqual([1, 1]);
    const notFound = notFoundPage(src, 'zh-CN');
    expect([notFound.path, notFound.switchPath, notFound.meta.robots]).toEqual([
      '/404.html',
      '/en/404/',
      'noindex, follow',
    ]);
    expect(notFound.others.map((o) => [o.locale, o.path])).toEqual([
      ['en', '/en/404/'],
      ['zh-Hant', '/zh-hant/404/'],
    ]);
    expect(notFoundPage(src, 'en')).toMatchObject({ path: '/en/404/', switchPath: '/404.html', homePath: '/en/' });
  });
});

describe('site-wide lists from the same resolution', () => {
  it('names the untranslated pages (the sitemap leaves them out)', () => {
    expect([...fallbackPaths(src)]).toEqual(['/en/guides/b/']);
  });

  it('lists one OG image per shareable page, titled from the entry it shows', () => {
    const images = ogImages(src);
    const byPath = new Map(images.map((i) => [i.path, i.input]));
    expect(byPath.get('/og/en/guides/b.png')).toMatchObject({ title: 'T zh-CN/b', titleLocale: 'zh-CN', locale: 'en' });
    expect(byPath.get('/og/faq/q.png')).toMatchObject({ label: '常见问题 · eSIM' });
    expect(byPath.get('/og/en/home.png')).toMatchObject({ title: 'Japan SIM & eSIM Backup Guide' });
    expect(byPath.get('/og/zh-hant/guides/b.png')).toMatchObject({ titleLocale: 'zh-Hant', locale: 'zh-Hant' });
    // home + 2 guides + 1 FAQ + 9 topics, per language
    expect(images).toHaveLength(3 * (1 + 2 + 1 + 9));
  });
});
