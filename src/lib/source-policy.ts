/** The source policy: which pages may back a fact. A source is the primary page (carrier, Apple,
 *  Google, the app maker, the provider, a government body, a standard) at its canonical URL, in the
 *  reader's language or English; press only where the policy notes why. The policy itself is data
 *  (`src/data/source-policy.json`); this module validates it and checks URLs against it. Pure. */
import { z } from 'astro/zod';

export const SOURCE_KINDS = [
  'carrier',
  'apple',
  'google',
  'app-maker',
  'provider',
  'government',
  'press',
  'standard',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** The languages a page is written in; a fact file is read in every one of them. */
export type ReaderLanguage = 'zh-CN' | 'en';

/** A regular expression kept as a string in data, checked when the data is parsed. */
export const regexPattern = (flags: string) =>
  z.string().refine((s) => {
    try {
      new RegExp(s, flags);
      return true;
    } catch {
      return false;
    }
  }, 'must be a valid regular expression');
const regex = regexPattern('i');

export const sourcePolicySchema = z
  .object({
    /** Host name → what kind of publisher it is. A host not listed is refused. */
    hosts: z.record(z.string().regex(/^[a-z0-9.-]+$/, 'a lower-case host name'), z.enum(SOURCE_KINDS)),
    /** Press is allowed only for these URLs, each with what no official page states. */
    press: z.array(z.object({ url: z.url(), why: z.string().min(10) }).strict()),
    /** Patterns a source URL must not match, each with the reason a reader gets. */
    refused: z.array(z.object({ pattern: regex, reason: z.string().min(5) }).strict()),
    /** Language tags (in URL paths or `hl`/`lang`/`locale` parameters) that each reader reads. */
    readerLanguages: z.partialRecord(z.enum(['zh-CN', 'en']), z.array(z.string())),
    /** Extra languages accepted for a kind of publisher (Japanese carriers' and ministries' own pages). */
    kindLanguages: z.partialRecord(z.enum(SOURCE_KINDS), z.array(z.string())),
    /** Path segments and parameter names that carry a language tag in a URL. */
    languageParams: z.array(z.string()),
    languageSegment: regex,
  })
  .strict();

export type SourcePolicy = z.infer<typeof sourcePolicySchema>;

/** Validates the policy data; a bad policy fails with the field named. */
export function parseSourcePolicy(data: unknown): SourcePolicy {
  const result = sourcePolicySchema.safeParse(data);
  if (!result.success)
    throw new Error(
      `src/data/source-policy.json: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return result.data;
}

/** Language tags a URL names, lower-cased with `_` read as `-`: `/en-us/`, `?hl=es`, `locale=tl_PH`. */
export function urlLanguages(policy: SourcePolicy, url: URL): string[] {
  const segment = new RegExp(policy.languageSegment, 'i');
  const tags = url.pathname
    .split('/')
    .filter((part) => segment.test(part))
    .concat(policy.languageParams.flatMap((name) => url.searchParams.getAll(name)));
  return tags.map((t) => t.toLowerCase().replace(/_/g, '-'));
}

export type SourceVerdict = { ok: true; kind: SourceKind } | { ok: false; reason: string };

/** Whether `rawUrl` may be cited on a page read in `readers` (a fact file: every language). */
export function checkSource(policy: SourcePolicy, rawUrl: string, readers: readonly ReaderLanguage[]): SourceVerdict {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { ok: false, reason: 'not a URL' };
  }
  if (url.protocol !== 'https:') return { ok: false, reason: 'not https' };
  for (const rule of policy.refused)
    if (new RegExp(rule.pattern, 'i').test(rawUrl)) return { ok: false, reason: rule.reason };
  const kind = policy.hosts[url.hostname];
  if (!kind)
    return {
      ok: false,
      reason: `host ${url.hostname} is not in src/data/source-policy.json (cite the primary page, or add an official host with its kind)`,
    };
  // A page is read in every one of its readers' languages: a tag must suit all of them.
  const extra = policy.kindLanguages[kind] ?? [];
  const foreign = urlLanguages(policy, url).filter(
    (tag) => !extra.includes(tag) && !readers.every((r) => (policy.readerLanguages[r] ?? []).includes(tag)),
  );
  if (foreign.length)
    return {
      ok: false,
      reason: `a copy in a language the reader does not read (${foreign.join(', ')}): cite the ${readers.join('/')} or English page`,
    };
  if (kind === 'press' && !policy.press.some((p) => p.url === rawUrl))
    return {
      ok: false,
      reason:
        'press coverage is allowed only where an official page states nothing: note the URL and why under "press"',
    };
  return { ok: true, kind };
}
