/** Loads the collections once per build and hands them to the pure helpers in `content.ts` and the
 *  page model in `page-data.ts`; the `load…Page` functions are what routes call. */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { config } from '../config';
import type { Locale } from '../i18n/locales';
import { isDerived, published, withDerivedLocales } from './content';
import { convertData } from './hant';
import { indexFacts, type FactIndex } from './facts';
import * as model from './page-data';
import type { TopicId } from './topics';

const includeDrafts = !import.meta.env.PROD;

/** Loads once per production build (frontmatter of generated locales is converted once, not once per
 *  page); the dev server reloads every time, so edits show. */
function cached<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (import.meta.env.PROD ? (loaded ??= load()) : load());
}

export const loadGuides = cached(async () =>
  withDerivedLocales(published(await getCollection('guides'), includeDrafts), convertData),
);
export const loadFaqs = cached(async () =>
  withDerivedLocales(published(await getCollection('faq'), includeDrafts), convertData),
);
export const loadPages = cached(async () => withDerivedLocales(await getCollection('pages'), convertData));

/** Astro's `render()`; for a generated locale's entry (which renders its source file), the headings
 *  and page text the model reads are converted too. The body HTML is converted by src/middleware.ts. */
async function renderEntry(entry: CollectionEntry<'guides' | 'faq' | 'pages'>) {
  const rendered = await render(entry);
  if (!isDerived(entry)) return rendered;
  return {
    ...rendered,
    headings: convertData(rendered.headings),
    remarkPluginFrontmatter: convertData(rendered.remarkPluginFrontmatter),
  };
}

export type GuideEntry = Awaited<ReturnType<typeof loadGuides>>[number];
export type FaqEntry = Awaited<ReturnType<typeof loadFaqs>>[number];

let factIndex: Promise<FactIndex> | undefined;
/** The facts registry, indexed once per build. */
export function loadFactIndex(): Promise<FactIndex> {
  factIndex ??= getCollection('facts').then(indexFacts);
  return factIndex;
}
/** Everything the page model reads: the collections, Astro's `render()` and the site settings. */
export async function pageSources() {
  return {
    guides: await loadGuides(),
    faqs: await loadFaqs(),
    pages: await loadPages(),
    render: renderEntry,
    facts: await loadFactIndex(),
    site: { site: config.site, base: config.base, feedbackUrl: config.feedbackUrl },
  };
}

export const loadGuidePage = async (locale: Locale, slug: string) => model.guidePage(await pageSources(), locale, slug);
export const loadFaqPage = async (locale: Locale, slug: string) => model.faqPage(await pageSources(), locale, slug);
export const loadFaqHubPage = async (locale: Locale) => model.faqHubPage(await pageSources(), locale);
export const loadTopicsPage = async (locale: Locale) => model.topicsPage(await pageSources(), locale);
export const loadTopicPage = async (locale: Locale, topic: TopicId) =>
  model.topicPage(await pageSources(), locale, topic);
export const loadHomePage = async (locale: Locale) => model.homePage(await pageSources(), locale);
export const loadAboutPage = async (locale: Locale) => model.aboutPage(await pageSources(), locale);
export const loadSearchPage = async (locale: Locale) => model.searchPage(await pageSources(), locale);
export const loadOfflinePage = async (locale: Locale) => model.offlinePage(await pageSources(), locale);
export const loadNotFoundPage = async (locale: Locale) => model.notFoundPage(await pageSources(), locale);
export const loadOgImages = async () => model.ogImages(await pageSources());

export type GuidePage = Awaited<ReturnType<typeof loadGuidePage>>;
export type FaqPage = Awaited<ReturnType<typeof loadFaqPage>>;
