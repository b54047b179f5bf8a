/** Loads the collections once per build and hands them to the pure helpers in `content.ts` and the
 *  page model in `page-data.ts`; the `load…Page` functions are what routes call. */
import { createHash } from 'node:crypto';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { config } from '../config';
import { LOCALES, localeParam, localeStaticPaths, type Locale } from '../i18n/locales';
import middlewareSource from '../middleware.ts?raw';
import { allSlugs, entryLocale, entrySlug, isDerived, published, withDerivedLocales, type Entry } from './content';
import { convertData } from './hant';
import {
  RESERVED_HELP_SLUGS,
  checkFlowLinks,
  flowPages,
  guideSections,
  parseGuideLink,
  validateFlow,
  type HelpFlows,
} from './help-flows';
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

export const loadGuidePage = async (locale: Locale, slug: string) =>
  model.entryPages(await pageSources()).guidePage(locale, slug);
export const loadFaqPage = async (locale: Locale, slug: string) =>
  model.entryPages(await pageSources()).faqPage(locale, slug);
export const loadFaqHubPage = async (locale: Locale) => model.faqHubPage(await pageSources(), locale);
export const loadTopicsPage = async (locale: Locale) => model.topicsPage(await pageSources(), locale);
export const loadTopicPage = async (locale: Locale, topic: TopicId) =>
  model.topicPage(await pageSources(), locale, topic);
export const loadHomePage = async (locale: Locale) =>
  model.homePage({ ...(await pageSources()), helpFlows: (await loadHelpFlows()).flows.map((f) => f.id) }, locale);
export const loadAboutPage = async (locale: Locale) => model.entryPages(await pageSources()).aboutPage(locale);
export const loadSearchPage = async (locale: Locale) => model.searchPage(await pageSources(), locale);
export const loadOfflinePage = async (locale: Locale) => model.offlinePage(await pageSources(), locale);
export const loadNotFoundPage = async (locale: Locale) => model.notFoundPage(await pageSources(), locale);
export const loadHelpIndexPage = async (locale: Locale) =>
  model.helpIndexPage({ ...(await pageSources()), help: await loadHelpFlows() }, locale);
export const loadHelpFlowPage = async (locale: Locale, flowId: string, answers: readonly string[]) =>
  model.helpFlowPage({ ...(await pageSources()), help: await loadHelpFlows() }, locale, flowId, answers);
export const loadEmergencyCardPage = async (locale: Locale) => model.emergencyCardPage(await pageSources(), locale);
export const loadOgImages = async () => model.ogImages({ ...(await pageSources()), help: await loadHelpFlows() });

export type GuidePage = Awaited<ReturnType<typeof loadGuidePage>>;
export type FaqPage = Awaited<ReturnType<typeof loadFaqPage>>;
export type HomePage = Awaited<ReturnType<typeof loadHomePage>>;
export type NotFoundPage = Awaited<ReturnType<typeof loadNotFoundPage>>;

let helpFlows: Promise<HelpFlows> | undefined;
/** The help flows, checked once per build: a broken graph, a link to a guide section that does not
 *  exist (in any language) or a flow named like a fixed help page fails the build, naming file and node. */
export function loadHelpFlows() {
  helpFlows ??= (async () => {
    const guides = await loadGuides();
    const faqs = await loadFaqs();
    // Section ids that exist in every language of a guide: a link must work wherever the reader is.
    const sections = new Map<string, Set<string>>();
    const titles = new Map<string, { title: string; sections: Map<string, string> }>();
    for (const guide of guides) {
      const slug = entrySlug(guide);
      const own = guideSections(guide.body ?? '');
      titles.set(`${entryLocale(guide)}/${slug}`, { title: guide.data.title, sections: own });
      const seen = sections.get(slug);
      sections.set(slug, seen ? new Set([...seen].filter((id) => own.has(id))) : new Set(own.keys()));
    }
    const faqSlugs = new Set(faqs.map(entrySlug));
    const faqTitles = new Map(faqs.map((f) => [`${entryLocale(f)}/${entrySlug(f)}`, f.data.question]));
    const entries = (await getCollection('help')).sort(
      (a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id),
    );
    const errors: string[] = [];
    const flows = entries.map((entry) => {
      if (RESERVED_HELP_SLUGS.has(entry.id))
        errors.push(`content/help/${entry.id}.yaml: "${entry.id}" is a fixed help page`);
      errors.push(...validateFlow(entry.id, entry.data), ...checkFlowLinks(entry.id, entry.data, sections, faqSlugs));
      return { id: entry.id, data: entry.data, pages: errors.length ? [] : flowPages(entry.id, entry.data) };
    });
    if (errors.length) throw new Error(`Broken help flows:\n  ${errors.join('\n  ')}`);
    const linkTitle = (locale: Locale, link: string) => {
      const guide = parseGuideLink(link);
      if (guide) {
        const found = titles.get(`${locale}/${guide.slug}`);
        if (!found) return undefined;
        const section = guide.section && found.sections.get(guide.section);
        return section ? `${found.title} › ${section}` : found.title;
      }
      const faq = /^\/faq\/([a-z0-9-]+)\/$/.exec(link);
      return faq ? faqTitles.get(`${locale}/${faq[1]}`) : undefined;
    };
    return { flows, linkTitle };
  })();
  return helpFlows;
}

let contentKey: Promise<string> | undefined;
/** One key for everything a built file can show besides code: every content entry (frontmatter and
 *  body, drafts included), the site settings and the zh-Hant pass in src/middleware.ts (which is not
 *  in a route's imports). Astro's incremental build (astro.config.mjs) skips a path whose `cacheKey`
 *  and route code (it hashes each route's module graph) are unchanged and copies its previous output:
 *  a rebuild with nothing changed renders nothing; any content or setting change renders every page
 *  again, which is always right (a guide's page also shows other guides' titles, facts, flows). */
export function loadContentKey(): Promise<string> {
  contentKey ??= (async () => {
    const hash = createHash('sha256').update(JSON.stringify(config)).update(middlewareSource);
    for (const collection of ['guides', 'faq', 'pages', 'facts', 'help'] as const)
      for (const entry of await getCollection(collection))
        hash.update(`\0${collection}/${entry.id}\0${entry.digest ?? JSON.stringify([entry.data, entry.body])}`);
    return hash.digest('hex');
  })();
  return contentKey;
}

/** Static paths with the content key as their `cacheKey` (see `loadContentKey`). */
export async function keyedPaths<P extends object>(paths: readonly P[]): Promise<(P & { cacheKey: string })[]> {
  const cacheKey = await loadContentKey();
  return paths.map((p) => ({ ...p, cacheKey }));
}

/** One path per language (`localeStaticPaths`), keyed. */
export const keyedLocalePaths = () => keyedPaths(localeStaticPaths());

/** One path per slug and language for the pages of a collection (a guide, an FAQ answer), keyed. */
export const slugPaths = (entries: readonly Entry<unknown>[]) =>
  keyedPaths(
    LOCALES.flatMap((locale) =>
      allSlugs(entries).map((slug) => ({ params: { lang: localeParam(locale), slug }, props: { locale, slug } })),
    ),
  );
