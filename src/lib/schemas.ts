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

/** Text in each language an author writes (zh-Hant is converted from zh-CN at build time). */
export const localized = z
  .object({
    /** Simplified Chinese. */
    'zh-CN': z.string().trim().min(1),
    /** English. */
    en: z.string().trim().min(1),
  })
  .strict();

const FACT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One volatile fact (a fee, a rule, a limit, device support) with its primary source. */
export const factSchema = z
  .object({
    /** Unique across all fact files; pages cite it as `<Fact id="…" />`. */
    id: z.string().regex(FACT_ID, 'must be lower-case words joined by hyphens'),
    /** What the fact is about, as a table row would name it. */
    label: localized,
    /** The fact as a reader reads it, in a short phrase; for an unknown fact, what is not known. */
    value: localized,
    /** false when no primary source states it: `value` then says so, never a guess. */
    known: z.boolean().default(true),
    /** Which provider or carrier it is about (one of the file's `subjects`), for tables. */
    subject: z.string().regex(FACT_ID).optional(),
    /** Which question it answers (one of the file's `aspects`), for tables. */
    aspect: z.string().regex(FACT_ID).optional(),
    /** The primary page that states it (or, for an unknown fact, the page that was checked). */
    source: sourceSchema,
    /** The day the value was last checked against the source. */
    checked: day,
    /** Days after `checked` before the fact is due for another check (`npm run facts:report`). */
    freshDays: z.number().int().min(7).max(730),
    /** Optional caveat shown beside the value in tables. */
    note: localized.optional(),
  })
  .strict();

const namedRow = z.object({ id: z.string().regex(FACT_ID), name: localized }).strict();

/** A file in `content/facts/`: one group of related facts (the file name is the group id). */
export const factGroupSchema = z
  .object({
    /** Caption of the group's table. */
    title: localized,
    /** Rows of a table by subject (providers, carriers), in display order. */
    subjects: z.array(namedRow).default([]),
    /** Columns of a table by aspect (reinstall, fee …), in display order. */
    aspects: z.array(namedRow).default([]),
    facts: z.array(factSchema).min(1),
  })
  .strict()
  .superRefine((group, ctx) => {
    const subjects = new Set(group.subjects.map((s) => s.id));
    const aspects = new Set(group.aspects.map((a) => a.id));
    group.facts.forEach((fact, i) => {
      if (fact.subject && !subjects.has(fact.subject))
        ctx.addIssue({
          code: 'custom',
          path: ['facts', i, 'subject'],
          message: `"${fact.subject}" is not in subjects`,
        });
      if (fact.aspect && !aspects.has(fact.aspect))
        ctx.addIssue({ code: 'custom', path: ['facts', i, 'aspect'], message: `"${fact.aspect}" is not in aspects` });
    });
  });

export type GuideData = z.infer<typeof guideSchema>;
export type FactData = z.infer<typeof factSchema>;
export type FactGroupData = z.infer<typeof factGroupSchema>;
export type FaqData = z.infer<typeof faqSchema>;
