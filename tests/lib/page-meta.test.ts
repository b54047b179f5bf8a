import { describe, expect, it } from 'vitest';
import { buildPageMeta } from '../../src/lib/page-meta';

const base = {
  siteName: 'Site',
  site: 'https://site.example',
  base: '/',
  description: 'd',
  image: { path: '/og/home.png', alt: 'Site' },
};

describe('buildPageMeta', () => {
  it('gives canonical, hreflang for each real language and x-default', () => {
    const meta = buildPageMeta({
      ...base,
      locale: 'en',
      path: '/en/guides/x/',
      title: 'X',
      alternates: ['zh-CN', 'en'],
    });
    expect(meta.title).toBe('X | Site');
    expect(meta.canonical).toBe('https://site.example/en/guides/x/');
    expect(meta.alternates).toEqual([
      { hreflang: 'zh-CN', href: 'https://site.example/guides/x/' },
      { hreflang: 'en', href: 'https://site.example/en/guides/x/' },
      { hreflang: 'x-default', href: 'https://site.example/guides/x/' },
    ]);
    expect(meta.robots).toBeNull();
    expect(meta.og.locale).toBe('en_US');
    expect(meta.og.localeAlternates).toEqual(['zh_CN']);
    expect(meta.og.image).toEqual({ url: 'https://site.example/og/home.png', alt: 'Site', width: 1200, height: 630 });
  });

  it('lists only languages that exist, and points x-default at one of them', () => {
    const meta = buildPageMeta({ ...base, locale: 'en', path: '/en/guides/x/', title: 'X', alternates: ['en'] });
    expect(meta.alternates.map((a) => a.hreflang)).toEqual(['en', 'x-default']);
    expect(meta.alternates[1]!.href).toBe('https://site.example/en/guides/x/');
  });

  it('marks fallback pages noindex with no alternates', () => {
    const meta = buildPageMeta({
      ...base,
      locale: 'en',
      path: '/en/guides/x/',
      title: 'X',
      alternates: ['zh-CN'],
      noindex: true,
    });
    expect(meta.robots).toBe('noindex, follow');
    expect(meta.alternates).toEqual([]);
    expect(meta.og.localeAlternates).toEqual([]);
  });

  it('uses the site name alone on the home page and respects the base path', () => {
    const meta = buildPageMeta({
      ...base,
      base: '/guide/',
      locale: 'zh-CN',
      path: '/',
      title: null,
      alternates: ['zh-CN', 'en'],
    });
    expect(meta.title).toBe('Site');
    expect(meta.canonical).toBe('https://site.example/guide/');
    expect(meta.alternates[1]!.href).toBe('https://site.example/guide/en/');
    expect(meta.og.image.url).toBe('https://site.example/guide/og/home.png');
  });

  it('carries article dates', () => {
    const meta = buildPageMeta({
      ...base,
      locale: 'zh-CN',
      path: '/guides/x/',
      title: 'X',
      alternates: ['zh-CN'],
      type: 'article',
      published: new Date('2026-01-02T00:00:00Z'),
      modified: new Date('2026-02-03T00:00:00Z'),
    });
    expect(meta.og.type).toBe('article');
    expect(meta.og.publishedTime).toBe('2026-01-02T00:00:00.000Z');
    expect(meta.og.modifiedTime).toBe('2026-02-03T00:00:00.000Z');
  });
});
