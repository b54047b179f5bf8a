/** Frontmatter schemas: the single source of truth for content shape. `src/content.config.ts` wires
 *  them to the collections; tests parse fixtures with them directly. */
import { z } from 'astro/zod';
import { TOPIC_IDS } from './topics';
import { SLUG, isCalendarDate } from './content-files';

export const sourceSchema = z
  .object({
    title: z.string().trim().min(1, 'a source needs a title'),
    url: z.url({ error: 'must be a full URL' }).refine((u) => u.startsWith('https://'), 'must use https://'),
  })
  .strict();

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A calendar day: YAML gives a Date for `2026-11-23`, a string when quoted. A quoted impossible day
 *  (`'2026-02-30'`) is refused here; YAML has already rolled an unquoted one over to 2 March, so
 *  src/lib/content-files.ts checks the raw text before the build. */
const day = z.preprocess(
  (v) => {
    const m = typeof v === 'string' ? ISO_DAY.exec(v) : null;
    if (!m) return v;
    return isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3])) ? new Date(`${v as string}T00:00:00Z`) : v;
  },
  z.date({
    error: (issue) =>
      issue.input === undefined
        ? 'required: a date like 2026-11-23'
        : typeof issue.input === 'string' && ISO_DAY.test(issue.input)
          ? `${issue.input} is not a real calendar date`
          : 'must be a date like 2026-11-23',
  }),
);
const topic = z.enum(TOPIC_IDS);
const keywords = z.array(z.string().trim().min(1)).default([]);

export const guideSchema = z
  .object({
    title: z.string().trim().min(1).max(90),
    description: z.string().trim().min(10).max(200),
    published: day,
    updated: day,
    verified: day,
    topics: z.array(topic).min(1).max(4),
    keywords,
    sources: z.array(sourceSchema).min(1, 'list at least one source'),
    draft: z.boolean().default(false),
  })
  .strict()
  .refine((g) => g.updated >= g.published, {
    message: 'updated must not be before published',
    path: ['updated'],
  });

export const faqSchema = z
  .object({
    question: z.string().trim().min(4).max(120),
    topic,
    related: z.array(z.string().regex(SLUG, 'must be a guide slug')).min(1).max(4),
    keywords,
    verified: day,
    sources: z.array(sourceSchema).min(1, 'list at least one source'),
    order: z.number().int().default(100),
    draft: z.boolean().default(false),
  })
  .strict();

export const pageSchema = z
  .object({
    title: z.string().trim().min(1).max(90),
    description: z.string().trim().min(10).max(200),
  })
  .strict();

export type GuideData = z.infer<typeof guideSchema>;
export type FaqData = z.infer<typeof faqSchema>;
