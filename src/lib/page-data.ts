/** The whole model of every page, assembled in one pure step from the collections: which entry
 *  (translation or fallback), content language, path, breadcrumbs, head meta, JSON-LD, TOC, reading
 *  time, Open Graph image, lists. Layouts and components only print what this returns.
 *
 *  Astro-free: `pageSources()` in `src/lib/collections.ts` feeds it the collections, `render()` and the
 *  site config; tests feed it plain objects and a fake `render`. */
import { t, type UIKey } from '../i18n';
import { LOCALES, localizePath, otherLocales, type Locale } from '../i18n/locales';
import { EMERGENCIES, GUIDE_GROUPS, type EmergencyEntry, type GuideGroup } from '../data/home';
import { toHant } from './hant';
import { localizedText, writtenLocale } from './localized-text';
import { CARD_ACTIONS, CARD_FIELDS } from './emergency-card';
import { helpPath, helpView, type HelpFlows } from './help-flows';
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

/** Dictionary sections that have both a `.title` and a `.description`: a fixed page's head. */
type PageSection = {
  [K in UIKey]: K extends `${infer S}.title` ? (`${S}.description` extends UIKey ? S : never) : never;
}[UIKey];

/** A fixed page (not from content) titled and described by its dictionary section. */
function fixedPage(
  ctx: SiteContext,
  locale: Locale,
  path: string,
  section: PageSection,
  head: Partial<HeadInput> = {},
) {
  return basePage(ctx, {
    locale,
    path,
    title: t(locale, `${section}.title`),
    description: t(locale, `${section}.description`),
    ...head,
  });
}

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

/** A page showing one entry: the entry (translation or fallback) with its head, which has hreflang
 *  only to the languages it is written in, is noindex on a fallback and ends its JSON-LD with the
 *  breadcrumbs. */
async function entryPage<E extends Entry<unknown>, R>(
  src: { site: SiteContext; render: (entry: E) => Promise<R> },
  entries: readonly E[],
  locale: Locale,
  slug: string,
  route: (l: Locale, slug: string) => string,
  describe: (shown: Awaited<ReturnType<typeof shownEntry<E, R>>>) => {
    crumbs: Crumb[];
    head: Omit<HeadInput, 'locale' | 'path' | 'alternates' | 'noindex'>;
  },
) {
  const shown = await shownEntry(entries, src.render, locale, slug, route);
  const { crumbs, head } = describe(shown);
  const base = basePage(src.site, {
    ...head,
    locale,
    path: shown.path,
    alternates: localesOf(entries, slug),
    noindex: shown.fallback,
    jsonLd: [...(head.jsonLd ?? []), ...(crumbs.length ? [crumbsLd(src.site, crumbs)] : [])],
  });
  return { ...base, ...shown, crumbs };
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

/** The pages that show one content entry (a guide, an FAQ answer, the about page), built from one
 *  site's sources. */
export function entryPages<
  G extends Entry<GuideData>,
  F extends Entry<FaqData>,
  P extends Entry<DocData>,
  R extends Rendered,
>(src: PageSources<G, F, P, R>) {
  async function guidePage(locale: Locale, slug: string) {
    const page = await entryPage(src, src.guides, locale, slug, routes.guide, (shown) => {
      const { path, contentLocale } = shown;
      const { data } = shown.entry;
      const image = ogImagePath(path);
      return {
        crumbs: [
          { name: t(locale, 'nav.home'), path: routes.home(locale) },
          { name: data.title, path },
        ],
        head: {
          title: data.title,
          description: data.description,
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
          ],
        },
      };
    });
    const { entry, contentLocale, rendered } = page;
    return {
      ...page,
      toc: buildToc(rendered.headings),
      readingMinutes: readingMinutesOf(rendered),
      topics: entry.data.topics,
      // Titles only: a guide page is already long, and every byte counts on a roaming connection.
      related: relatedGuides(inLocale(src.guides, contentLocale), entry).map(guideLink(locale, false)),
      relatedFaqs: faqsForGuide(inLocale(src.faqs, contentLocale), slug).map(faqLink(locale)),
    };
  }

  async function faqPage(locale: Locale, slug: string) {
    const page = await entryPage(
      src,
      src.faqs,
      locale,
      slug,
      routes.faq,
      ({ entry, path, contentLocale, rendered }) => {
        const { data } = entry;
        const answer = plainTextOf(rendered, src.facts, contentLocale);
        return {
          crumbs: [
            { name: t(locale, 'nav.home'), path: routes.home(locale) },
            { name: t(locale, 'nav.faq'), path: routes.faqHub(locale) },
            { name: data.question, path },
          ],
          head: {
            title: data.question,
            description: firstSentence(answer, 155),
            image: ogImagePath(path),
            jsonLd: [
              faqPageLd({
                url: absolute(src.site, path),
                inLanguage: contentLocale,
                items: [{ question: data.question, answer }],
              }),
            ],
          },
        };
      },
    );
    const { data } = page.entry;
    return {
      ...page,
      topics: [data.topic],
      relatedGuides: guidesBySlug(inLocale(src.guides, page.contentLocale), data.related).map(guideLink(locale, false)),
    };
  }

  const aboutPage = (locale: Locale) =>
    entryPage(src, src.pages, locale, 'about', routes.about, ({ entry: { data } }) => ({
      crumbs: [],
      head: { title: data.title, description: data.description },
    }));

  return { guidePage, faqPage, aboutPage };
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
    ...fixedPage(src.site, locale, path, 'faq', {
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
    ...fixedPage(src.site, locale, routes.topics(locale), 'topics'),
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

export function searchPage(src: { site: SiteContext }, locale: Locale) {
  return {
    ...fixedPage(src.site, locale, routes.search(locale), 'search'),
    topicsPath: routes.topics(locale),
    faqPath: routes.faqHub(locale),
  };
}

export function offlinePage<G extends Entry<GuideData>, F extends Entry<FaqData>>(
  src: { guides: readonly G[]; faqs: readonly F[]; site: SiteContext },
  locale: Locale,
) {
  return {
    ...fixedPage(src.site, locale, offlinePagePath(locale), 'offline', { alternates: [], noindex: true }),
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
    ...fixedPage(src.site, locale, notFoundPath(locale), 'notFound', {
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

/** Home › Help: the first crumbs of every help page. */
const helpCrumbs = (locale: Locale): Crumb[] => [
  { name: t(locale, 'nav.home'), path: routes.home(locale) },
  { name: t(locale, 'help.crumb'), path: routes.help(locale) },
];

/** The guide comparing eSIM providers' rules, linked from the help list where the site has it. */
const PROVIDER_RULES = 'esim-provider-rules';

/** `/help/`: the flows as plain links, then the emergency card and the provider rules table. */
export function helpIndexPage<G extends Entry<unknown>>(
  src: { guides: readonly G[]; help: HelpFlows; site: SiteContext },
  locale: Locale,
) {
  const path = routes.help(locale);
  const title = t(locale, 'help.title');
  const card: LinkItem = {
    title: t(locale, 'help.card'),
    description: t(locale, 'help.cardHint'),
    path: routes.emergencyCard(locale),
  };
  const providerRules: LinkItem = {
    title: t(locale, 'help.providerRules'),
    description: t(locale, 'help.providerRulesHint'),
    path: routes.guide(locale, PROVIDER_RULES),
  };
  return {
    ...fixedPage(src.site, locale, path, 'help', { image: ogImagePath(path) }),
    crumbs: helpCrumbs(locale),
    title,
    flows: src.help.flows.map((f): LinkItem => ({
      title: localizedText(f.data.title, locale),
      description: localizedText(f.data.summary, locale),
      path: localizePath(helpPath(f.id), locale),
    })),
    // The provider table is a guide: linked only where the site has it (a fixture site may not).
    more: allSlugs(src.guides).includes(PROVIDER_RULES) ? [card, providerRules] : [card],
  };
}

/** One question or result of a help flow, at the path of the answers chosen to reach it. */
export function helpFlowPage(
  src: { help: HelpFlows; site: SiteContext },
  locale: Locale,
  flowId: string,
  answers: readonly string[],
) {
  const key = answers.join('/');
  const flow = src.help.flows.find((f) => f.id === flowId);
  const page = flow?.pages.find((p) => p.answers.join('/') === key);
  if (!flow || !page) throw new Error(`No help page ${helpPath(flowId, answers)}`);
  const [home, help] = helpCrumbs(locale);
  // zh-Hant reads the zh-CN text; src/middleware.ts converts the page.
  const view = helpView(
    page,
    flow.data,
    writtenLocale(locale),
    (p) => localizePath(p, locale),
    { home: home!.name, help: help!.name, homePath: home!.path },
    (link) => src.help.linkTitle(locale, link),
  );
  const path = localizePath(helpPath(flowId, answers), locale);
  return {
    ...basePage(src.site, {
      locale,
      path,
      image: ogImagePath(path),
      title: view.title,
      description: view.description,
      jsonLd: [crumbsLd(src.site, view.crumbs)],
    }),
    view,
  };
}

/** `/help/emergency-card/`: the card's fields and actions, labelled in the page's language. */
export function emergencyCardPage(src: { site: SiteContext }, locale: Locale) {
  const path = routes.emergencyCard(locale);
  const title = t(locale, 'card.title');
  return {
    ...fixedPage(src.site, locale, path, 'card', { image: ogImagePath(path) }),
    crumbs: [...helpCrumbs(locale), { name: title, path }],
    title,
    // One line: a text input (no spell-check marks under EIDs and numbers); more: a textarea that high.
    fields: CARD_FIELDS.map((f) => ({
      id: f.id,
      ...(f.lines === 1
        ? { control: 'input' as const, attributes: { type: 'text' as const, spellcheck: 'false' as const } }
        : { control: 'textarea' as const, attributes: { rows: f.lines } }),
      label: t(locale, `card.field.${f.id}`),
      hint: t(locale, `card.hint.${f.id}`),
    })),
    actions: CARD_ACTIONS.map((action) => ({ action, label: t(locale, `card.${action}`) })),
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

/** Every Open Graph image to render: home, each guide, FAQ answer and topic page, and each help page
 *  (the list, the emergency card, every flow question and result), in each language. Titles come from
 *  the entry each page shows (its fallback when untranslated). */
export function ogImages<G extends Entry<GuideData>, F extends Entry<FaqData>>(src: {
  guides: readonly G[];
  faqs: readonly F[];
  help?: HelpFlows;
}): { path: string; input: OgImageInput }[] {
  return LOCALES.flatMap((locale) => {
    const siteName = t(locale, 'site.name');
    const image = (path: string, input: Omit<OgImageInput, 'siteName' | 'locale'>) => ({
      path: ogImagePath(path),
      input: { ...input, siteName, locale },
    });
    const helpImage = (path: string, title: string, subtitle?: string) =>
      image(path, { title, ...(subtitle ? { subtitle } : {}), label: ogLabel(locale, 'help') });
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
      ...(src.help
        ? [
            helpImage(routes.help(locale), t(locale, 'help.title')),
            helpImage(routes.emergencyCard(locale), t(locale, 'card.title')),
            ...src.help.flows.flatMap((flow) =>
              flow.pages.map(({ node, answers }) =>
                helpImage(
                  localizePath(helpPath(flow.id, answers), locale),
                  localizedText((node.title ?? node.question)!, locale),
                  localizedText(flow.data.title, locale),
                ),
              ),
            ),
          ]
        : []),
    ];
  });
}
