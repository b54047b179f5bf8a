/** Help flows: "something has just gone wrong" walked as a few short questions that end in an ordered
 *  list of what to do now. Each flow is data (`content/help/<flow>.yaml`, schema below); every question
 *  and every result becomes its own page, at the path of the answers chosen to reach it:
 *    start node            → /help/deleted-esim/
 *    after "travel"        → /help/deleted-esim/travel/
 *    then "iphone"         → /help/deleted-esim/travel/iphone/
 *  Pure: no Astro imports. The schema checks shape; `validateFlow` checks the graph (every option leads
 *  to a node, no orphans, no cycles, every result links a guide section) and `checkFlowLinks` checks
 *  each link against the guides' real heading ids, naming the file and node of any problem. */
import { z } from 'astro/zod';
import type { Locale } from '../i18n/locales';
import { localized } from './schemas';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Fixed pages under `/help/` that a flow's file name must not take. */
export const RESERVED_HELP_SLUGS: ReadonlySet<string> = new Set(['emergency-card']);
/** A locale-neutral site path, optionally with a section: `/guides/deleted-esim/#what-to-do-now`. */
const SITE_LINK = /^\/(?:[a-z0-9-]+\/)+(?:#[a-z0-9-]+)?$/;
const GUIDE_LINK = /^\/guides\/([a-z0-9-]+)\/(?:#([a-z0-9-]+))?$/;
const FAQ_LINK = /^\/faq\/([a-z0-9-]+)\/$/;

const stepSchema = z
  .object({
    /** What to do, as one short imperative sentence or two. */
    text: localized,
    /** Where it is explained: a guide section (`/guides/<slug>/#<id>`) or an FAQ answer (`/faq/<slug>/`). */
    link: z.string().regex(SITE_LINK, 'must be a site path like /guides/deleted-esim/#what-to-do-now').optional(),
  })
  .strict();

const optionSchema = z
  .object({
    /** The answer as the reader taps it. */
    label: localized,
    /** URL segment this answer adds: `/help/<flow>/<slug>/`. */
    slug: z.string().regex(ID, 'must be lower-case words joined by hyphens'),
    /** The node this answer leads to. */
    next: z.string().regex(ID),
  })
  .strict();

const nodeSchema = z
  .object({
    id: z.string().regex(ID, 'must be lower-case words joined by hyphens'),
    /** A question node: the question and two or more answers. */
    question: localized.optional(),
    hint: localized.optional(),
    options: z.array(optionSchema).min(2, 'a question needs at least two answers').optional(),
    /** A result node: a title, an optional line before the steps, and the steps (ids from `steps`). */
    title: localized.optional(),
    intro: localized.optional(),
    steps: z.array(z.string().regex(ID)).min(1).optional(),
  })
  .strict()
  .superRefine((node, ctx) => {
    const isQuestion = node.question !== undefined || node.options !== undefined;
    const isResult = node.title !== undefined || node.steps !== undefined;
    if (isQuestion === isResult)
      ctx.addIssue({
        code: 'custom',
        message: `node "${node.id}" must be either a question (question, options) or a result (title, steps)`,
      });
    else if (isQuestion && (!node.question || !node.options))
      ctx.addIssue({ code: 'custom', message: `question node "${node.id}" needs both question and options` });
    else if (isResult && (!node.title || !node.steps))
      ctx.addIssue({ code: 'custom', message: `result node "${node.id}" needs both title and steps` });
  });

/** A file in `content/help/`: one flow (the file name is the flow's URL slug). */
export const helpFlowSchema = z
  .object({
    /** The emergency, as the reader would name it: "误删了 eSIM". */
    title: localized,
    /** One line for the flow list, page descriptions and link previews. */
    summary: localized,
    /** Order on `/help/`. */
    order: z.number().int().default(100),
    /** The first node. */
    start: z.string().regex(ID),
    /** Steps shared by the results, by id: a step is written once and listed by every result that needs it. */
    steps: z.record(z.string().regex(ID), stepSchema),
    nodes: z.array(nodeSchema).min(2),
  })
  .strict();

export type HelpFlowData = z.infer<typeof helpFlowSchema>;
export type HelpNode = HelpFlowData['nodes'][number];
export type HelpStep = z.infer<typeof stepSchema>;

export interface HelpFlowEntry {
  /** File name without extension: the flow's URL slug. */
  id: string;
  data: HelpFlowData;
}

/** Every flow of the site, checked, with its pages, and the title of a guide section or FAQ answer a
 *  step links (in one language), as `loadHelpFlows()` in src/lib/collections.ts gives them. */
export interface HelpFlows {
  flows: { id: string; data: HelpFlowData; pages: HelpPage[] }[];
  linkTitle: (locale: Locale, link: string) => string | undefined;
}

/** One page of a flow: a node reached by a sequence of answers. */
export interface HelpPage {
  flow: string;
  node: HelpNode;
  /** The answer slugs from the start node to this one (empty for the start). */
  answers: string[];
  /** The nodes from the start to this one, this one last. */
  trail: HelpNode[];
}

function nodeMap(flow: HelpFlowData): Map<string, HelpNode> {
  return new Map(flow.nodes.map((n) => [n.id, n]));
}

/** Every problem with a flow's graph, each naming the file and node; empty when the flow is sound. */
export function validateFlow(file: string, flow: HelpFlowData): string[] {
  const errors: string[] = [];
  const where = (node: string) => `content/help/${file}.yaml, node "${node}"`;
  const nodes = new Map<string, HelpNode>();
  for (const node of flow.nodes) {
    if (nodes.has(node.id)) errors.push(`${where(node.id)}: the id is used twice`);
    nodes.set(node.id, node);
  }
  if (!nodes.has(flow.start)) errors.push(`content/help/${file}.yaml: start "${flow.start}" is not a node`);
  const usedSteps = new Set<string>();
  for (const node of flow.nodes) {
    const slugs = new Set<string>();
    for (const option of node.options ?? []) {
      if (!nodes.has(option.next))
        errors.push(`${where(node.id)}: answer "${option.slug}" leads to "${option.next}", which is not a node`);
      if (slugs.has(option.slug)) errors.push(`${where(node.id)}: two answers share the slug "${option.slug}"`);
      slugs.add(option.slug);
    }
    for (const id of node.steps ?? []) {
      usedSteps.add(id);
      if (!flow.steps[id]) errors.push(`${where(node.id)}: step "${id}" is not in steps`);
    }
    if (node.steps && !node.steps.some((id) => GUIDE_LINK.test(flow.steps[id]?.link ?? '')))
      errors.push(`${where(node.id)}: no step links a guide section`);
  }
  for (const id of Object.keys(flow.steps))
    if (!usedSteps.has(id)) errors.push(`content/help/${file}.yaml, step "${id}": no result lists it`);

  // Depth-first from the start: a node met again on the current path is a cycle; a node never met is an orphan.
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string) => {
    const node = nodes.get(id);
    if (!node) return;
    state.set(id, 'open');
    for (const option of node.options ?? []) {
      const seen = state.get(option.next);
      if (seen === 'open')
        errors.push(`${where(node.id)}: answer "${option.slug}" leads back to "${option.next}" (a cycle)`);
      else if (!seen) visit(option.next);
    }
    state.set(id, 'done');
  };
  if (nodes.has(flow.start)) visit(flow.start);
  for (const node of flow.nodes)
    if (!state.has(node.id)) errors.push(`${where(node.id)}: no answer leads here (an orphan)`);
  return errors;
}

/** Every page of a sound flow, start first, in the order a reader meets them (depth first). */
export function flowPages(file: string, flow: HelpFlowData): HelpPage[] {
  const errors = validateFlow(file, flow);
  if (errors.length) throw new Error(`Help flow content/help/${file}.yaml is broken:\n  ${errors.join('\n  ')}`);
  const nodes = nodeMap(flow);
  const pages: HelpPage[] = [];
  const walk = (node: HelpNode, answers: string[], trail: HelpNode[]) => {
    pages.push({ flow: file, node, answers, trail });
    for (const option of node.options ?? []) {
      const next = nodes.get(option.next)!;
      walk(next, [...answers, option.slug], [...trail, next]);
    }
  };
  const start = nodes.get(flow.start)!;
  walk(start, [], [start]);
  return pages;
}

/** The locale-neutral path of a flow page: `/help/<flow>/<answer>/<answer>/`. */
export function helpPath(flow: string, answers: readonly string[] = []): string {
  return `/help/${[flow, ...answers].join('/')}/`;
}

/** What the reader chose on the way, for breadcrumbs: each earlier question's chosen answer label,
 *  with the path of the page that answer led to. */
export function chosenAnswers(page: HelpPage): { option: NonNullable<HelpNode['options']>[number]; path: string }[] {
  return page.answers.map((slug, i) => {
    const option = page.trail[i]!.options!.find((o) => o.slug === slug)!;
    return { option, path: helpPath(page.flow, page.answers.slice(0, i + 1)) };
  });
}

/** The page one answer back (the start page's parent is the flow list). */
export function parentPath(page: HelpPage): string {
  return page.answers.length ? helpPath(page.flow, page.answers.slice(0, -1)) : '/help/';
}

/** Heading ids and texts of a guide's MDX body: `## 现在该做什么 {/*#what-to-do-now*\/}`. */
export function guideSections(body: string): Map<string, string> {
  const sections = new Map<string, string>();
  for (const m of body.matchAll(/^#{2,3}\s+(.+?)\s*\{\/\*#([a-z0-9-]+)\*\/\}\s*$/gm)) sections.set(m[2]!, m[1]!);
  return sections;
}

/** The guide and section a link points at, or null for other links. */
export function parseGuideLink(link: string): { slug: string; section?: string } | null {
  const m = GUIDE_LINK.exec(link);
  return m ? { slug: m[1]!, ...(m[2] ? { section: m[2] } : {}) } : null;
}

/** Every step link that points nowhere: an unknown guide, a section the guide does not have, an
 *  unknown FAQ answer or another kind of page. `guides` maps a slug to its section ids. */
export function checkFlowLinks(
  file: string,
  flow: HelpFlowData,
  guides: ReadonlyMap<string, ReadonlySet<string>>,
  faqs: ReadonlySet<string>,
): string[] {
  const errors: string[] = [];
  for (const node of flow.nodes)
    for (const id of node.steps ?? []) {
      const link = flow.steps[id]?.link;
      if (!link) continue;
      const where = `content/help/${file}.yaml, node "${node.id}", step "${id}"`;
      const guide = parseGuideLink(link);
      const faq = FAQ_LINK.exec(link);
      if (guide) {
        const sections = guides.get(guide.slug);
        if (!sections) errors.push(`${where}: no guide "${guide.slug}" (${link})`);
        else if (guide.section && !sections.has(guide.section))
          errors.push(`${where}: guide "${guide.slug}" has no section "#${guide.section}" (${link})`);
      } else if (faq) {
        if (!faqs.has(faq[1]!)) errors.push(`${where}: no FAQ answer "${faq[1]}" (${link})`);
      } else errors.push(`${where}: links must go to a guide section or an FAQ answer (${link})`);
    }
  return [...new Set(errors)];
}

/** What a flow page shows, in one language: built here so the page template only prints it. */
export interface HelpView {
  kind: 'question' | 'result';
  /** The flow's name, shown above the heading so every step says which emergency it is about. */
  flowTitle: string;
  /** The page's heading: the question, or the result's title. */
  heading: string;
  /** The document title and link-preview title. */
  title: string;
  description: string;
  hint?: string;
  intro?: string;
  options: { label: string; path: string }[];
  steps: { text: string; link?: { path: string; title: string } }[];
  crumbs: { name: string; path: string }[];
  backPath: string;
  startPath: string;
}

type Localize = (path: string) => string;

/** The view of one flow page. `localize` adds the language prefix to a site path; `linkTitle` names
 *  the guide section or FAQ answer a step links (undefined leaves the link unnamed, never unprinted). */
export function helpView<L extends keyof HelpFlowData['title']>(
  page: HelpPage,
  flow: HelpFlowData,
  locale: L,
  localize: Localize,
  labels: { home: string; help: string; homePath: string },
  linkTitle: (link: string) => string | undefined,
): HelpView {
  const { node } = page;
  const flowTitle = flow.title[locale];
  const chosen = chosenAnswers(page);
  const isResult = !!node.steps;
  const heading = isResult ? node.title![locale] : node.question![locale];
  const startPath = localize(helpPath(page.flow));
  return {
    kind: isResult ? 'result' : 'question',
    flowTitle,
    heading,
    title: `${heading} · ${flowTitle}`,
    description: node.intro?.[locale] ?? flow.summary[locale],
    ...(node.hint ? { hint: node.hint[locale] } : {}),
    ...(node.intro ? { intro: node.intro[locale] } : {}),
    options: (node.options ?? []).map((o) => ({
      label: o.label[locale],
      path: localize(helpPath(page.flow, [...page.answers, o.slug])),
    })),
    steps: (node.steps ?? []).map((id) => {
      const step = flow.steps[id]!;
      const link = step.link;
      return {
        text: step.text[locale],
        ...(link ? { link: { path: localize(link), title: linkTitle(link) ?? localize(link) } } : {}),
      };
    }),
    crumbs: [
      { name: labels.home, path: labels.homePath },
      { name: labels.help, path: localize('/help/') },
      { name: flowTitle, path: startPath },
      ...chosen.map((c) => ({ name: c.option.label[locale], path: localize(c.path) })),
    ],
    backPath: localize(parentPath(page)),
    startPath,
  };
}
