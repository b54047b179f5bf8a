import { describe, expect, it } from 'vitest';
import {
  fallbackOrder,
  localeParam,
  localeStaticPaths,
  localizePath,
  otherLocales,
  splitLocalePath,
  switchLocalePath,
} from '../../src/i18n/locales';

describe('locale paths', () => {
  it('keeps Chinese unprefixed and puts English under /en/', () => {
    expect(localizePath('/guides/deleted-esim/', 'zh-CN')).toBe('/guides/deleted-esim/');
    expect(localizePath('/guides/deleted-esim/', 'en')).toBe('/en/guides/deleted-esim/');
    expect(localizePath('/', 'en')).toBe('/en/');
    expect(localizePath('faq/', 'en')).toBe('/en/faq/');
  });

  it('splits a path into its locale and the locale-neutral rest', () => {
    expect(splitLocalePath('/en/faq/x/')).toEqual({ locale: 'en', path: '/faq/x/' });
    expect(splitLocalePath('/en/')).toEqual({ locale: 'en', path: '/' });
    expect(splitLocalePath('/en')).toEqual({ locale: 'en', path: '/' });
    expect(splitLocalePath('/faq/')).toEqual({ locale: 'zh-CN', path: '/faq/' });
    // A Chinese slug that merely starts with "en" is not English.
    expect(splitLocalePath('/guides/english-sim/')).toEqual({ locale: 'zh-CN', path: '/guides/english-sim/' });
    expect(splitLocalePath('/enable/')).toEqual({ locale: 'zh-CN', path: '/enable/' });
  });

  it('switches language and lands on the same page', () => {
    expect(switchLocalePath('/guides/glossary/', 'en')).toBe('/en/guides/glossary/');
    expect(switchLocalePath('/en/guides/glossary/', 'zh-CN')).toBe('/guides/glossary/');
    expect(switchLocalePath('/en/', 'zh-CN')).toBe('/');
    expect(switchLocalePath('/zh-hant/faq/x/', 'en')).toBe('/en/faq/x/');
    expect(switchLocalePath('/guides/glossary/', 'zh-Hant')).toBe('/zh-hant/guides/glossary/');
  });

  it('maps route params to locales and back', () => {
    expect(localeParam('zh-CN')).toBeUndefined();
    expect(localeParam('en')).toBe('en');
    expect(localeStaticPaths()).toEqual([
      { params: { lang: undefined }, props: { locale: 'zh-CN' } },
      { params: { lang: 'en' }, props: { locale: 'en' } },
      { params: { lang: 'zh-hant' }, props: { locale: 'zh-Hant' } },
    ]);
  });

  it('names, for each language, where to look when a page is untranslated, and every other language', () => {
    expect(fallbackOrder('en')).toEqual(['zh-CN', 'zh-Hant']);
    expect(fallbackOrder('zh-CN')).toEqual(['en', 'zh-Hant']);
    expect(fallbackOrder('zh-Hant')).toEqual(['zh-CN', 'en']);
    expect(otherLocales('zh-CN')).toEqual(['en', 'zh-Hant']);
    expect(otherLocales('en')).toEqual(['zh-CN', 'zh-Hant']);
    expect(otherLocales('zh-Hant')).toEqual(['zh-CN', 'en']);
  });
});
