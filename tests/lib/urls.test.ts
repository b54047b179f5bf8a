import { describe, expect, it } from 'vitest';
import { absoluteUrl, normalizeBase, routes, withBase } from '../../src/lib/urls';

describe('routes', () => {
  it('builds every route of the URL contract in both languages', () => {
    expect(routes.home('zh-CN')).toBe('/');
    expect(routes.home('en')).toBe('/en/');
    expect(routes.guide('en', 'deleted-esim')).toBe('/en/guides/deleted-esim/');
    expect(routes.faqHub('zh-CN')).toBe('/faq/');
    expect(routes.faqAnchor('en', 'x')).toBe('/en/faq/#x');
    expect(routes.faq('zh-CN', 'x')).toBe('/faq/x/');
    expect(routes.topics('en')).toBe('/en/topics/');
    expect(routes.topic('zh-CN', 'esim')).toBe('/topics/esim/');
    expect(routes.about('en')).toBe('/en/about/');
    expect(routes.rss('en')).toBe('/en/rss.xml');
  });

  it('encodes search queries', () => {
    expect(routes.search('zh-CN')).toBe('/search/');
    expect(routes.search('zh-CN', '误删 eSIM')).toBe('/search/?q=%E8%AF%AF%E5%88%A0%20eSIM');
  });
});

describe('base paths', () => {
  it('normalises any spelling of a base', () => {
    expect(normalizeBase(undefined)).toBe('/');
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('/')).toBe('/');
    expect(normalizeBase('guide')).toBe('/guide/');
    expect(normalizeBase('/guide/')).toBe('/guide/');
  });

  it('prefixes root-relative paths once and leaves other URLs alone', () => {
    expect(withBase('/faq/', '/')).toBe('/faq/');
    expect(withBase('/faq/', '/guide/')).toBe('/guide/faq/');
    expect(withBase('/guide/faq/', '/guide/')).toBe('/guide/faq/');
    expect(withBase('https://example.com/x', '/guide/')).toBe('https://example.com/x');
    expect(withBase('//cdn.example/x', '/guide/')).toBe('//cdn.example/x');
    expect(withBase('#top', '/guide/')).toBe('#top');
  });

  it('makes absolute URLs from the site origin and base', () => {
    expect(absoluteUrl('/en/faq/', 'https://site.example', '/')).toBe('https://site.example/en/faq/');
    expect(absoluteUrl('/en/faq/', 'https://site.example', '/guide/')).toBe('https://site.example/guide/en/faq/');
  });
});
