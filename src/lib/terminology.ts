/** The terminology list: one term per concept and language (`src/data/terminology.json`), the
 *  variants that drift in, and the contexts where a variant is right (补办 for a passport). Pure:
 *  validates the list and finds variants in a page's text. */
import { z } from 'astro/zod';
import { regexPattern } from './source-policy';

const perLanguage = <T extends z.ZodType>(inner: T) =>
  z.object({ 'zh-CN': inner.optional(), en: inner.optional() }).strict();

const regex = regexPattern('u');

export const terminologySchema = z
  .object({
    concepts: z.array(
      z
        .object({
          id: z.string().regex(/^[a-z0-9-]+$/),
          /** What the concept is, so an author knows when the term applies. */
          what: z.string().min(5),
          term: perLanguage(z.string().min(1)),
          /** The term with its Japanese original, required once on a page that uses the term. */
          gloss: perLanguage(z.string().min(1)).optional(),
          variants: perLanguage(z.array(z.string().min(1)).min(1)),
          /** Regular expressions for contexts where a variant is correct. */
          exceptions: perLanguage(z.array(regex)).optional(),
        })
        .strict(),
    ),
  })
  .strict();

export type Terminology = z.infer<typeof terminologySchema>;
export type TermLanguage = 'zh-CN' | 'en';

export function parseTerminology(data: unknown): Terminology {
  const result = terminologySchema.safeParse(data);
  if (!result.success)
    throw new Error(
      `src/data/terminology.json: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return result.data;
}

export interface TermFinding {
  concept: string;
  /** The variant found, or the missing gloss. */
  found: string;
  /** The term to use instead. */
  use: string;
  /** A little of the text around it, to find it in the file. */
  context: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Latin variants match whole words only ("reissue" but not "reissued"'s stem inside a slug). */
const variantPattern = (variant: string) =>
  /^[\w -]+$/.test(variant) ? `(?<![\\w-])${escape(variant)}(?![\\w-])` : escape(variant);

/** The reader-visible prose of an MDX body: link targets, MDX comments and component attributes
 *  are addresses and ids, not words a reader sees. */
export function proseOf(mdx: string): string {
  return mdx
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/\b(id|group|type)="[^"]*"/g, '');
}

/** Variants of the listed terms in `text`, skipping matches inside an exception's context; and the
 *  gloss a page owes when it uses a glossed term without it. */
export function findTermVariants(terminology: Terminology, text: string, language: TermLanguage): TermFinding[] {
  const findings: TermFinding[] = [];
  for (const concept of terminology.concepts) {
    const use = concept.term[language] ?? '';
    const allowed: [number, number][] = [];
    for (const exception of concept.exceptions?.[language] ?? [])
      for (const m of text.matchAll(new RegExp(exception, 'gu'))) allowed.push([m.index, m.index + m[0].length]);
    for (const variant of concept.variants[language] ?? []) {
      for (const m of text.matchAll(new RegExp(variantPattern(variant), 'gu'))) {
        const start = m.index;
        const end = start + m[0].length;
        if (allowed.some(([a, b]) => a <= start && end <= b)) continue;
        findings.push({
          concept: concept.id,
          found: m[0],
          use,
          context: text.slice(Math.max(0, start - 12), end + 12).replace(/\s+/g, ' '),
        });
      }
    }
    const gloss = concept.gloss?.[language];
    if (gloss && use && text.includes(use) && !text.includes(gloss))
      findings.push({ concept: concept.id, found: `${use} without the gloss`, use: gloss, context: '' });
  }
  return findings;
}
