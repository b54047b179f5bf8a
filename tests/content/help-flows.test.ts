/** The real help flows (content/help/*.yaml): each parses, is a sound graph, and links only guide
 *  sections and FAQ answers that exist in every language. The build runs the same checks. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkFlowLinks, flowPages, guideSections, helpFlowSchema, validateFlow } from '../../src/lib/help-flows';
import { LOCALES, LOCALE_INFO } from '../../src/i18n/locales';

/** Languages written as files (zh-Hant is generated from zh-CN, so it has the same sections). */
const WRITTEN = LOCALES.filter((l) => !LOCALE_INFO[l].derivedFrom);

const flowFiles = readdirSync('content/help').filter((f) => f.endsWith('.yaml'));
const guideSlugs = readdirSync('content/guides/en').map((f) => f.replace(/\.mdx$/, ''));
const sections = new Map(
  guideSlugs.map((slug) => {
    const [first, ...rest] = WRITTEN.map(
      (l) => new Set(guideSections(readFileSync(`content/guides/${l}/${slug}.mdx`, 'utf8')).keys()),
    );
    return [slug, new Set([...first!].filter((id) => rest.every((s) => s.has(id))))] as const;
  }),
);
const faqs = new Set(readdirSync('content/faq/en').map((f) => f.replace(/\.mdx$/, '')));

describe('help flows', () => {
  it('cover the four emergencies', () => {
    expect(flowFiles.sort()).toEqual(['deleted-esim.yaml', 'lost-phone.yaml', 'no-signal.yaml', 'no-sms-code.yaml']);
  });

  it.each(flowFiles)('%s is a sound flow whose links all exist', (file) => {
    const id = file.replace(/\.yaml$/, '');
    const flow = helpFlowSchema.parse(parse(readFileSync(`content/help/${file}`, 'utf8')));
    expect(validateFlow(id, flow)).toEqual([]);
    expect(checkFlowLinks(id, flow, sections, faqs)).toEqual([]);
    const pages = flowPages(id, flow);
    const results = pages.filter((p) => p.node.steps);
    expect(results.length).toBeGreaterThanOrEqual(2);
    // A few short questions: no result is more than three answers deep.
    expect(Math.max(...results.map((p) => p.answers.length))).toBeLessThanOrEqual(3);
  });
});
