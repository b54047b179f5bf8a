/** Loads the collections once per build and hands them to the pure helpers in `content.ts`. */
import { getCollection } from 'astro:content';
import { published } from './content';
import { indexFacts, type FactIndex } from './facts';

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
