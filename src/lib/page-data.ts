/** The whole model of every page, assembled in one pure step from the collections: which entry
 *  (translation or fallback), content language, path, breadcrumbs, head meta, JSON-LD, TOC, reading
 *  time, Open Graph image, lists. Layouts and components only print what this returns.
 *
 *  Astro-free: `pageSources()` in `src/lib/collections.ts` feeds it the collections, `render()` and the
 *  site config; tests feed it plain objects and a fake `render`. */
import { t } from '../i18n';
import { LOCALES, localizePath, otherLocales, type Locale } from '../i18n/locales';
import { EMERGENCIES, GUIDE_GROUPS, type EmergencyEntry, type GuideGroup } from '../data/home';
import { toHant } from './hant';
import { writtenLocale } from './localized-text';
import {
  allSlugs,
  entrySlug,
  faqsForGuide,
  groupFaqsByTopic,
  guidesBySlug,
  guidesInTopic,
  inLocale,
  localesOf,
  relatedGuides,
  resolveEntry,
  sortFaqs,
  sortGuides,
  type Entry,
} from './content';
import { buildFeedbackUrl } from './feedback';
import { groupGuides } from './home';
import { notFoundPath } from './not-found';
import type { OgImageInput } from './og-image';
import { ogImagePath, ogLabel } from './og-routes';
import { offlinePagePath } from './offline';
import { buildPageMeta, type Crumb, type PageMeta } from './page-meta';
import { articleLd, breadcrumbLd, faqPageLd, websiteLd } from './structured-data';
import { firstSentence } from './text';
import { inlineFacts, type FactIndex } from './facts';
import { buildToc, type Heading } from './toc';
import { TOPIC_IDS, topicDescription, topicName, type TopicId } from './topics';
import { absoluteUrl, routes } from './urls';

interface GuideData {
  title: string;
  description: string;
  topics: readonly TopicId[];
  published: Date;
  updated: Date;
  verified: Date;
  draft?: boolean;
}
interface FaqData {
  question: string;
  topic: TopicId;
  related: readonly string[];
  verified: Date;
  order?: number;
}
interface DocData {
  title: string;
  description: string;
}

/** What `render()` of a content entry gives back that the model reads. `plainText` and
 *  `readingMinutes` are written by the remark plugin `remark-page-text` over the parsed content. */
export interface Rendered {
  headings: readonly Heading[];
  remarkPluginFrontmatter: Record<string, unknown>;
}

export interface SiteContext {
  site: string | URL;
  base: string;
  feedbackUrl: string;
}

export interface PageSources<G extends Entry<GuideData>, F extends Entry<FaqData>, P extends Entry<DocData>, R> {
  guides: readonly G[];
  faqs: readonly F[];
  pages: readonly P[];
  render: (entry: NoInfer<G | F | P>) => Promise<R>;
  site: SiteContext;
  /** The facts registry, to spell out `<Fact>` values in plain-text copies of a body. */
  facts?: FactIndex;
}

export interface LinkItem {
  title: string;
  path: string;
  description?: string;
}

/** What every page has: its language, its path, what the head prints, where the language switch and
 *  the feedback link go. */
export interface BasePage {
  locale: Locale;
  /** Route path, locale-prefixed, base-free. */
  path: string;
  meta: PageMeta;
  jsonLd: unknown[];
  /** Locale-prefixed path the language switch translates (the 404 points it at the home page). */
  switchPath: string;
  feedbackUrl: string;
}

/** A page showing one content entry, possibly in another language than the page's. */
export interface EntryPage<E, R> extends BasePage {
  entry: E;
  rendered: R;
  /** The entry is in another language because this one has no translation yet. */
  fallback: boolean;
  contentLocale: Locale;
  /** Path of the entry in its own language (the fallback notice links it). */
  originalPath: string;
  crumbs: Crumb[];
}

export interface HeadInput {
  locale: Locale;
  path: string;
  title: string | null;
  description: string;
  /** Locales the page is really written in (default: every locale: a page built in each language). */
  alternates?: readonly Locale[];
  noindex?: boolean;
  type?: 'website' | 'article';
  published?: Date;
  modified?: Date;
  /** Open Graph image path (default: the home page's image of this language). */
  image?: string;
  jsonLd?: unknown[];
  switchPath?: string;
}

/** The head and shell of any page from its head input (help pages build theirs from flow data). */
export function basePage(ctx: SiteContext, input: HeadInput): BasePage {
  const { locale, path, title } = input;
  const siteName = t(locale, 'site.name');
  const meta = buildPageMeta({
    locale,
    path,
    title,
    description: input.description,
    alternates: input.alternates ?? LOCALES,
    noindex: input.noindex,
    type: input.type,
    published: input.published,
    modified: input.modified,
    siteName,
    site: ctx.site,
    base: ctx.base,
    image: { path: input.image ?? ogImagePath(routes.home(locale)), alt: title ?? siteName },
  });
  return {
    locale,
    path,
    meta,
    jsonLd: input.jsonLd ?? [],
    switchPath: input.switchPath ?? path,
    feedbackUrl: buildFeedbackUrl(ctx.feedbackUrl, meta.canonical, locale),
  };
}

const absolute = (ctx: SiteContext, path: string) => absoluteUrl(path, ctx.site, ctx.base);

function resolveOrThrow<E extends Entry<unknown>>(entries: readonly E[], locale: Locale, slug: string, what: string) {
  const resolved = resolveEntry(entries, locale, slug);
  if (!resolved) throw new Error(`No content for ${what} ("${slug}") in any language`);
  return resolved;
}

/** The entry a page shows (translation or fallback), rendered, with its path and its original's. */
async function shownEntry<E extends Entry<unknown>, R>(
  entries: readonly E[],
  render: (entry: E) => Promise<R>,
  locale: Locale,
  slug: string,
  route: (l: Locale, slug: string) => string,
) {
  const { entry, fallback, contentLocale } = resolveOrThrow(entries, locale, slug, route(locale, slug));
  return {
    entry,
    fallback,
    contentLocale,
    rendered: await render(entry),
    path: route(locale, slug),
    originalPath: route(contentLocale, slug),
  };
}

export function guideLink(locale: Locale, withDescription = true) {
  return (g: Entry<Pick<GuideData, 'title' | 'description'>>): LinkItem => ({
    title: g.data.title,
    path: routes.guide(locale, entrySlug(g)),
    ...(withDescription ? { description: g.data.description } : {}),
  });
}

export function faqLink(locale: Locale) {
  return (f: Entry<Pick<FaqData, 'question'>>): LinkItem => ({
    title: f.data.question,
    path: routes.faq(locale, entrySlug(f)),
  });
}

const crumbsLd = (ctx: SiteContext, crumbs: Crumb[]) =>
  breadcrumbLd(crumbs.map((c) => ({ name: c.name, url: absolute(ctx, c.path) })));

export async function guidePage<
  G extends Entry<GuideData>,
  F extends Entry<FaqData>,
  P extends Entry<DocData>,
  R extends Rendered,
>(src: PageSources<G, F, P, R>, locale: Locale, slug: string) {
  const shown = await shownEntry(src.guides, src.render, locale, slug, routes.guide);
  const { entry, contentLocale, path, rendered } = shown;
  const { data } = entry;
  const image = ogImagePath(path);
  const crumbs: Crumb[] = [
    { name: t(locale, 'nav.home'), path: routes.home(locale) },
    { name: data.title, path },
  ];
  const base = basePage(src.site, {
    locale,
    path,
    title: data.title,
    description: data.description,
    alternates: localesOf(src.guides, slug),
    noindex: shown.fallback,
    type: 'article',
    published: data.published,
    modified: data.updated,
    image,
    jsonLd: [
      articleLd({
        headline: data.title,
        description: data.description,
        url: absolute(src.site, path),
        image: absolute(src.site, image),
        inLanguage: contentLocale,
        datePublished: data.published,
        dateModified: data.updated,
        site: { name: t(locale, 'site.name'), url: absolute(src.site, routes.home(locale)) },
      }),
      crumbsLd(src.site, crumbs),
    ],
  });
  const sameLanguage = inLocale(src.guides, contentLocale);
  return {
    ...base,
    ...shown,
    crumbs,
    toc: buildToc(rendered.headings),
    readingMinutes: readingMinutesOf(rendered),
    topics: data.topics,
    // Titles only: a guide page is already long, and every byte counts on a roaming connection.
    related: relatedGuides(sameLanguage, entry).map(guideLink(locale, false)),
    relatedFaqs: faqsForGuide(inLocale(src.faqs, contentLocale), slug).map(faqLink(locale)),
  };
}

function fromPlugin<T>(rendered: Rendered, key: 'plainText' | 'readingMinutes', type: string): T {
  const value = rendered.remarkPluginFrontmatter[key];
  if (typeof value !== type) throw new Error(`${key} missing: is remark-page-text in the Markdown config?`);
  return value as T;
}
const readingMinutesOf = (r: Rendered) => fromPlugin<number>(r, 'readingMinutes', 'number');
/** The body as plain text, with each registry fact's value where the body prints it (the plugin leaves
 *  `<Fact id="…" />` in its place): link previews and JSON-LD then carry the number a sentence is about. */
const plainTextOf = (r: Rendered, facts: FactIndex | undefined, locale: Locale) => {
  const text = fromPlugin<string>(r, 'plainText', 'string');
  if (!facts) return text;
  // A generated locale (zh-Hant) spells out its source's fact values, converted like the rest.
  const written = writtenLocale(locale);
  const inlined = inlineFacts(text, facts, written);
  return written === locale ? inlined : toHant(inlined);
};

export async function faqPage<
  G extends Entry<GuideData>,
  F extends Entry<FaqData>,
  P extends Entry<DocData>,
  R extends Rendered,
>(src: PageSources<G, F, P, R>, locale: Locale, slug: string) {
  const shown = await shownEntry(src.faqs, src.render, locale, slug, routes.faq);
  const { entry, contentLocale, path, rendered } = shown;
  const { data } = entry;
  const crumbs: Crumb[] = [
    { name: t(locale, 'nav.home'), path: routes.home(locale) },
    { name: t(locale, 'nav.faq'), path: routes.faqHub(locale) },
    { name: data.question, path },
  ];
  const base = basePage(src.site, {
    locale,
    path,
    title: data.question,
    description: firstSentence(plainTextOf(rendered, src.facts, contentLocale), 155),
    alternates: localesOf(src.faqs, slug),
    noindex: shown.fallback,
    image: ogImagePath(path),
    jsonLd: [
      faqPageLd({
        url: absolute(src.site, path),
        inLanguage: contentLocale,
        items: [{ question: data.question, answer: plainTextOf(rendered, src.facts, contentLocale) }],
      }),
      crumbsLd(src.site, crumbs),
    ],
  });
  return {
    ...base,
    ...shown,
    crumbs,
    topics: [data.topic],
    relatedGuides: guidesBySlug(inLocale(src.guides, contentLocale), data.related).map(guideLink(locale, false)),
  };
}

export async function faqHubPage<F extends Entry<FaqData>, R extends Rendered>(
  src: { faqs: readonly F[]; render: (entry: NoInfer<F>) => Promise<R>; site: SiteContext; facts?: FactIndex },
  locale: Locale,
) {
  const faqs = inLocale(src.faqs, locale);
  const answers = new Map(
    await Promise.all(faqs.map(async (f) => [f.id, plainTextOf(await src.render(f), src.facts, locale)] as const)),
  );
  const groups = groupFaqsByTopic(faqs).map((g) => ({
    id: `topic-${g.topic}`,
    name: topicName(g.topic, locale),
    description: topicDescription(g.topic, locale),
    faqs: g.faqs,
  }));
  const path = routes.faqHub(locale);
  return {
    ...basePage(src.site, {
      locale,
      path,
      title: t(locale, 'faq.title'),
      description: t(locale, 'faq.description'),
      jsonLd: [
        faqPageLd({
          url: absolute(src.site, path),
          inLanguage: locale,
          items: groups.flatMap((g) =>
            g.faqs.map((f) => ({
              question: f.data.question,
              answer: answers.get(f.id) ?? '',
              url: absolute(src.site, routes.faq(locale, entrySlug(f))),
            })),
          ),
        }),
      ],
    }),
    count: faqs.length,
    groups,
  };
}

function topicLinks(locale: Locale) {
  return TOPIC_IDS.map((topic) => ({
    topic,
    name: topicName(topic, locale),
    description: topicDescription(topic, locale),
    path: routes.topic(locale, topic),
  }));
}

export function topicsPage(src: { site: SiteContext }, locale: Locale) {
  return {
    ...basePage(src.site, {
      locale,
      path: routes.topics(locale),
      title: t(locale, 'topics.title'),
      description: t(locale, 'topics.description'),
    }),
    topics: topicLinks(locale),
  };
}

export function topicPage<G extends Entry<GuideData>, F extends Entry<FaqData>>(
  src: { guides: readonly G[]; faqs: readonly F[]; site: SiteContext },
  locale: Locale,
  topic: TopicId,
) {
  const path = routes.topic(locale, topic);
  const name = topicName(topic, locale);
  const description = topicDescription(topic, locale);
  return {
    ...basePage(src.site, { locale, path, title: name, description, image: ogImagePath(path) }),
    name,
    description,
    guides: guidesInTopic(inLocale(src.guides, locale), topic).map(guideLink(locale)),
    faqs: sortFaqs(inLocale(src.faqs, locale).filter((f) => f.data.topic === topic)).map(faqLink(locale)),
  };
}

/** The guide slug of a locale-neutral guide path (`/guides/x/#y` → `x`). */
const guideSlugOf = (target: string) => /^\/guides\/([^/#]+)\//.exec(target)?.[1];

/** What the home page shows first, chosen by editors in src/data/home.ts (tests pass their own). */
export interface HomeOrder {
  emergencies: readonly EmergencyEntry[];
  groups: readonly GuideGroup[];
}
const HOME_ORDER: HomeOrder = { emergencies: EMERGENCIES, groups: GUIDE_GROUPS };

export function homePage<G extends Entry<GuideData>, F extends Entry<FaqData>>(
  src: { guides: readonly G[]; faqs: readonly F[]; site: SiteContext; helpFlows?: readonly string[] },
  locale: Locale,
  order: HomeOrder = HOME_ORDER,
) {
  const path = routes.home(locale);
  // This language's guides by slug (newest first, the order of the "more guides" group).
  const guides = new Map(sortGuides(inLocale(src.guides, locale)).map((g) => [entrySlug(g), guideLink(locale)(g)]));
  // A listed slug that is no guide here is left out: tests/lib/home.test.ts checks the editors' list
  // against the site's content (a renamed guide fails there), and a site built from other content
  // (the test fixture) keeps the rest of the order.
  const known = new Set(allSlugs(src.guides));
  const listed = order.groups.map((g) => ({ ...g, guides: g.guides.filter((slug) => known.has(slug)) }));
  const groups = groupGuides(listed, guides, known, {
    id: 'more-guides',
    heading: 'home.group.more' as const,
  });
  return {
    ...basePage(src.site, {
      locale,
      path,
      title: null,
      description: t(locale, 'home.description'),
      jsonLd: [
        websiteLd({
          name: t(locale, 'site.name'),
          url: absolute(src.site, path),
          inLanguage: locale,
          searchUrl: absolute(src.site, routes.search(locale)),
        }),
      ],
    }),
    // Likewise an emergency whose guide is not here (the site's own links are checked on its build).
    // An emergency leads to its help flow, else to the guide section that answers it.
    emergencies: order.emergencies
      .map((e) => ({ ...e, to: src.helpFlows?.includes(e.id) ? e.target : e.fallback }))
      .filter((e) => e.to.startsWith('/help/') || known.has(guideSlugOf(e.to) ?? ''))
      .map((e) => ({
        id: e.id,
        title: t(locale, e.title),
        path: localizePath(e.to, locale),
      })),
    groups: groups.map((g) => ({ id: g.id, heading: t(locale, g.heading), items: g.items })),
    faqs: sortFaqs(inLocale(src.faqs, locale)).slice(0, 8).map(faqLink(locale)),
    topics: topicLinks(locale),
  };
}

export async function aboutPage<
  G extends Entry<GuideData>,
  F extends Entry<FaqData>,
  P extends Entry<DocData>,
  R extends Rendered,
>(src: PageSources<G, F, P, R>, locale: Locale) {
  const shown = await shownEntry(src.pages, src.render, locale, 'about', routes.about);
  const { data } = shown.entry;
  return {
    ...basePage(src.site, {
      locale,
      path: shown.path,
      title: data.title,
      description: data.description,
      alternates: localesOf(src.pages, 'about'),
      noindex: shown.fallback,
    }),
    ...shown,
    crumbs: [],
  };
}

export function searchPage(src: { site: SiteContext }, locale: Locale) {
  return {
    ...basePage(src.site, {
      locale,
      path: routes.search(locale),
      title: t(locale, 'search.title'),
      description: t(locale, 'search.description'),
    }),
    topicsPath: routes.topics(locale),
    faqPath: routes.faqHub(locale),
  };
}

export function offlinePage<G extends Entry<GuideData>, F extends Entry<FaqData>>(
  src: { guides: readonly G[]; faqs: readonly F[]; site: SiteContext },
  locale: Locale,
) {
  return {
    ...basePage(src.site, {
      locale,
      path: offlinePagePath(locale),
      title: t(locale, 'offline.title'),
      description: t(locale, 'offline.description'),
      alternates: [],
      noindex: true,
    }),
    groups: [
      {
        id: 'offline-guides',
        heading: t(locale, 'offline.guides'),
        items: sortGuides(inLocale(src.guides, locale)).map(guideLink(locale)),
      },
      {
        id: 'offline-faq',
        heading: t(locale, 'offline.faq'),
        items: sortFaqs(inLocale(src.faqs, locale)).map(faqLink(locale)),
      },
    ],
  };
}

/** The 404 page of one language, with a search field and a link to each other language's 404. Static
 *  hosts serve /404.html (the default locale's) for every missing path; /en/404/ is its English twin. */
export function notFoundPage(src: { site: SiteContext }, locale: Locale) {
  const others = otherLocales(locale);
  return {
    ...basePage(src.site, {
      locale,
      path: notFoundPath(locale),
      title: t(locale, 'notFound.title'),
      description: t(locale, 'notFound.description'),
      alternates: [],
      noindex: true,
      // The language switch goes to the other language's 404 (switchLocalePath keeps that path as is).
      switchPath: notFoundPath(others[0] ?? locale),
    }),
    title: t(locale, 'notFound.title'),
    description: t(locale, 'notFound.description'),
    home: t(locale, 'notFound.home'),
    homePath: routes.home(locale),
    searchLabel: t(locale, 'notFound.search'),
    others: others.map((l) => ({ locale: l, label: t(locale, 'notFound.other'), path: notFoundPath(l) })),
  };
}

/** Paths of the pages shown as a fallback (no translation in their language): noindex, so the
 *  sitemap leaves them out. The same resolution as the entry pages above. */
export function fallbackPaths(collections: {
  guides: readonly Entry<unknown>[];
  faqs: readonly Entry<unknown>[];
}): Set<string> {
  const out = new Set<string>();
  for (const [entries, route] of [
    [collections.guides, routes.guide],
    [collections.faqs, routes.faq],
  ] as const) {
    for (const slug of allSlugs(entries)) {
      for (const locale of LOCALES) if (resolveEntry(entries, locale, slug)?.fallback) out.add(route(locale, slug));
    }
  }
  return out;
}

/** Every Open Graph image to render: home, each guide, FAQ answer and topic page, in each language.
 *  Titles come from the entry each page shows (its fallback when untranslated). */
export function ogImages<G extends Entry<GuideData>, F extends Entry<FaqData>>(src: {
  guides: readonly G[];
  faqs: readonly F[];
}): { path: string; input: OgImageInput }[] {
  return LOCALES.flatMap((locale) => {
    const siteName = t(locale, 'site.name');
    const image = (path: string, input: Omit<OgImageInput, 'siteName' | 'locale'>) => ({
      path: ogImagePath(path),
      input: { ...input, siteName, locale },
    });
    const entryImages = <E extends Entry<unknown>>(
      entries: readonly E[],
      route: (l: Locale, slug: string) => string,
      describe: (e: E) => { title: string; label: string },
    ) =>
      allSlugs(entries).map((slug) => {
        const { entry, contentLocale } = resolveOrThrow(entries, locale, slug, route(locale, slug));
        return image(route(locale, slug), { ...describe(entry), titleLocale: contentLocale });
      });
    return [
      image(routes.home(locale), { title: t(locale, 'home.title'), subtitle: t(locale, 'site.tagline') }),
      ...entryImages(src.guides, routes.guide, (g) => {
        const topic = g.data.topics[0];
        return { title: g.data.title, label: ogLabel(locale, 'guide', topic && topicName(topic, locale)) };
      }),
      ...entryImages(src.faqs, routes.faq, (f) => ({
        title: f.data.question,
        label: ogLabel(locale, 'faq', topicName(f.data.topic, locale)),
      })),
      ...TOPIC_IDS.map((topic) =>
        image(routes.topic(locale, topic), {
          title: topicName(topic, locale),
          subtitle: topicDescription(topic, locale),
          label: ogLabel(locale, 'topic'),
        }),
      ),
    ];
  });
}
