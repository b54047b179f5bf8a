/** Loads the collections once per build and hands them to the pure helpers in `content.ts` and the
 *  page model in `page-data.ts`; the `load…Page` functions are what routes call. */
import { getCollection, render } from 'astro:content';
import { config } from '../config';
import type { Locale } from '../i18n/locales';
import { published } from './content';
import { indexFacts, type FactIndex } from './facts';
import * as model from './page-data';
import type { TopicId } from './topics';

const includeDrafts = !import.meta.env.PROD;

export async function loadGuides() {
  return published(await getCollection('guides'), includeDrafts);
}

export async function loadFaqs() {
  return published(await getCollection('faq'), includeDrafts);
}

export async function loadPages() {
  return getCollection('pages');
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
    render,
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
export type HomePage = Awaited<ReturnType<typeof loadHomePage>>;
export type NotFoundPage = Awaited<ReturnType<typeof loadNotFoundPage>>;
