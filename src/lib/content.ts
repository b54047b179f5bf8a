/** Content queries as pure functions over collection entries (ids look like `zh-CN/<slug>`).
 *  `collections.ts` feeds them from `astro:content`; tests feed them plain objects. */
import { LOCALES, LOCALE_INFO, fallbackOrder, isLocale, type Locale } from '../i18n/locales';
import { TOPIC_IDS, type TopicId } from './topics';

export interface Entry<D> {
  id: string;
  data: D;
}
interface Draftable {
  draft?: boolean;
}
interface GuideLike extends Draftable {
  title: string;
  topics: readonly TopicId[];
  updated: Date;
}
interface FaqLike extends Draftable {
  question: string;
  topic: TopicId;
  related: readonly string[];
  order?: number;
}

export function parseEntryId(id: string): { locale: Locale; slug: string } {
  const [folder, slug, ...rest] = id.split('/');
  if (!isLocale(folder) || !slug || rest.length) {
    throw new Error(`Content entry "${id}" must live at <${LOCALES.join('|')}>/<slug>.mdx`);
  }
  return { locale: folder, slug };
}

export const entrySlug = (entry: Entry<unknown>) => parseEntryId(entry.id).slug;
export const entryLocale = (entry: Entry<unknown>) => parseEntryId(entry.id).locale;

/** Drops drafts unless asked to keep them (dev builds show drafts; production never does). */
export function published<E extends Entry<Draftable>>(entries: readonly E[], includeDrafts = false): E[] {
  return entries.filter((e) => includeDrafts || !e.data.draft);
}

/** Adds the entries of generated locales (zh-Hant from zh-CN): for every entry of the source locale
 *  with no entry of its own in the generated one, a copy with id `<locale>/<slug>` and its data passed
 *  through `convert`. Everything downstream (pages, hreflang, sitemap, feeds) then sees a real
 *  translation, not a fallback. */
export function withDerivedLocales<E extends Entry<unknown>>(
  entries: readonly E[],
  convert: (data: E['data']) => E['data'],
): E[] {
  const ids = new Set(entries.map((e) => e.id));
  const derived: E[] = [];
  for (const locale of LOCALES) {
    const source = LOCALE_INFO[locale].derivedFrom;
    if (!source) continue;
    for (const entry of inLocale(entries, source)) {
      const id = `${locale}/${entrySlug(entry)}`;
      if (!ids.has(id)) derived.push({ ...entry, id, data: convert(entry.data) });
    }
  }
  return [...entries, ...derived];
}

/** A generated locale's entry (its text is converted, not written). */
export function isDerived(entry: Entry<unknown>): boolean {
  return LOCALE_INFO[entryLocale(entry)].derivedFrom !== undefined;
}

export function inLocale<E extends Entry<unknown>>(entries: readonly E[], locale: Locale): E[] {
  return entries.filter((e) => entryLocale(e) === locale);
}

export function findEntry<E extends Entry<unknown>>(
  entries: readonly E[],
  locale: Locale,
  slug: string,
): E | undefined {
  return entries.find((e) => e.id === `${locale}/${slug}`);
}

/** Every slug that exists in at least one language, in first-seen order. */
export function allSlugs(entries: readonly Entry<unknown>[]): string[] {
  return [...new Set(entries.map(entrySlug))];
}

/** The languages a slug is really written in (hreflang lists only these). */
export function localesOf(entries: readonly Entry<unknown>[], slug: string): Locale[] {
  return LOCALES.filter((l) => entries.some((e) => e.id === `${l}/${slug}`));
}

/** The entry to show for (locale, slug): the translation, else the first in the locale's fallback
 *  order, marked as a fallback and with the language it is written in. */
export function resolveEntry<E extends Entry<unknown>>(
  entries: readonly E[],
  locale: Locale,
  slug: string,
): { entry: E; fallback: boolean; contentLocale: Locale } | undefined {
  for (const l of [locale, ...fallbackOrder(locale)]) {
    const entry = findEntry(entries, l, slug);
    if (entry) return { entry, fallback: l !== locale, contentLocale: l };
  }
  return undefined;
}

/** Newest first, then by title, so lists are stable between builds. */
export function sortGuides<E extends Entry<GuideLike>>(guides: readonly E[]): E[] {
  return [...guides].sort(
    (a, b) => b.data.updated.getTime() - a.data.updated.getTime() || a.data.title.localeCompare(b.data.title),
  );
}

export function sortFaqs<E extends Entry<FaqLike>>(faqs: readonly E[]): E[] {
  return [...faqs].sort(
    (a, b) => (a.data.order ?? 100) - (b.data.order ?? 100) || entrySlug(a).localeCompare(entrySlug(b)),
  );
}

/** FAQs grouped by topic, topics in the fixed order, empty topics left out. */
export function groupFaqsByTopic<E extends Entry<FaqLike>>(faqs: readonly E[]): { topic: TopicId; faqs: E[] }[] {
  return TOPIC_IDS.map((topic) => ({ topic, faqs: sortFaqs(faqs.filter((f) => f.data.topic === topic)) })).filter(
    (g) => g.faqs.length > 0,
  );
}

export function guidesInTopic<E extends Entry<GuideLike>>(guides: readonly E[], topic: TopicId): E[] {
  return sortGuides(guides.filter((g) => g.data.topics.includes(topic)));
}

/** Guides that share the most topics with this one (ties: newest first). */
export function relatedGuides<E extends Entry<GuideLike>>(guides: readonly E[], guide: E, limit = 4): E[] {
  const mine = new Set(guide.data.topics);
  return sortGuides(guides.filter((g) => entrySlug(g) !== entrySlug(guide)))
    .map((g) => ({ g, shared: g.data.topics.filter((t) => mine.has(t)).length }))
    .filter((x) => x.shared > 0)
    .sort((a, b) => b.shared - a.shared)
    .slice(0, limit)
    .map((x) => x.g);
}

/** FAQs that name this guide in `related`. */
export function faqsForGuide<E extends Entry<FaqLike>>(faqs: readonly E[], guideSlug: string): E[] {
  return sortFaqs(faqs.filter((f) => f.data.related.includes(guideSlug)));
}

/** The guides an FAQ names, in its order, skipping any that do not exist. */
export function guidesBySlug<E extends Entry<unknown>>(guides: readonly E[], slugs: readonly string[]): E[] {
  return slugs.flatMap((slug) => guides.filter((g) => entrySlug(g) === slug));
}
