/** Everything a guide or FAQ page shows besides its body, assembled from the collections in one pure
 *  step: which entry (translation or fallback), hreflang languages, breadcrumbs, related items. */
import { otherLocale, type Locale } from './i18n';
import {
  entrySlug,
  faqsForGuide,
  guidesBySlug,
  inLocale,
  localesOf,
  relatedGuides,
  resolveEntry,
  type Entry,
} from './content';
import type { Crumb } from './page-meta';
import type { TopicId } from './topics';
import { routes } from './urls';

interface GuideData {
  title: string;
  description: string;
  topics: readonly TopicId[];
  updated: Date;
  draft?: boolean;
}
interface FaqData {
  question: string;
  topic: TopicId;
  related: readonly string[];
}

export interface LinkItem {
  title: string;
  path: string;
  description?: string;
}

export interface EntryPage<E> {
  entry: E;
  /** The entry is in another language because this one has no translation yet. */
  fallback: boolean;
  contentLocale: Locale;
  /** Path of the entry in its own language (the fallback notice links it). */
  originalPath: string;
  alternates: Locale[];
  crumbs: Crumb[];
}

function entryPage<E extends Entry<unknown>>(
  entries: readonly E[],
  locale: Locale,
  slug: string,
  pathOf: (l: Locale, slug: string) => string,
): Omit<EntryPage<E>, 'crumbs'> {
  const resolved = resolveEntry(entries, locale, slug);
  if (!resolved) throw new Error(`No entry "${slug}" in any language`);
  const contentLocale = resolved.fallback ? otherLocale(locale) : locale;
  return {
    entry: resolved.entry,
    fallback: resolved.fallback,
    contentLocale,
    originalPath: pathOf(contentLocale, slug),
    alternates: localesOf(entries, slug),
  };
}

export function guideLink(locale: Locale, withDescription = true) {
  return (g: Entry<GuideData>): LinkItem => ({
    title: g.data.title,
    path: routes.guide(locale, entrySlug(g)),
    ...(withDescription ? { description: g.data.description } : {}),
  });
}

export function faqLink(locale: Locale) {
  return (f: Entry<FaqData>): LinkItem => ({ title: f.data.question, path: routes.faq(locale, entrySlug(f)) });
}

export function buildGuidePage<G extends Entry<GuideData>, F extends Entry<FaqData>>(
  guides: readonly G[],
  faqs: readonly F[],
  locale: Locale,
  slug: string,
  labels: { home: string },
) {
  const page = entryPage(guides, locale, slug, routes.guide);
  const sameLanguage = inLocale(guides, page.contentLocale);
  return {
    ...page,
    crumbs: [
      { name: labels.home, path: routes.home(locale) },
      { name: page.entry.data.title, path: routes.guide(locale, slug) },
    ],
    // Titles only: a guide page is already long, and every byte counts on a roaming connection.
    related: relatedGuides(sameLanguage, page.entry).map(guideLink(locale, false)),
    relatedFaqs: faqsForGuide(inLocale(faqs, page.contentLocale), slug).map(faqLink(locale)),
  };
}

export function buildFaqPage<G extends Entry<GuideData>, F extends Entry<FaqData>>(
  guides: readonly G[],
  faqs: readonly F[],
  locale: Locale,
  slug: string,
  labels: { home: string; faq: string },
) {
  const page = entryPage(faqs, locale, slug, routes.faq);
  return {
    ...page,
    crumbs: [
      { name: labels.home, path: routes.home(locale) },
      { name: labels.faq, path: routes.faqHub(locale) },
      { name: page.entry.data.question, path: routes.faq(locale, slug) },
    ],
    relatedGuides: guidesBySlug(inLocale(guides, page.contentLocale), page.entry.data.related).map(
      guideLink(locale, false),
    ),
  };
}
