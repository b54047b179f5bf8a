/** Content checks against the source policy and the terminology list (src/data/): every source of
 *  every page and fact file, every term in page text and fact values. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readContent, CONTENT } from '../helpers/content';
import policyData from '../../src/data/source-policy.json';
import terminologyData from '../../src/data/terminology.json';
import { checkSource, parseSourcePolicy, type ReaderLanguage } from '../../src/lib/source-policy';
import { findTermVariants, parseTerminology, proseOf } from '../../src/lib/terminology';
import { factRefsIn } from '../../src/lib/facts';

const policy = parseSourcePolicy(policyData);
const terminology = parseTerminology(terminologyData);
const pages = [...readContent('guides'), ...readContent('faq'), ...readContent('pages')];

interface Cited {
  file: string;
  url: string;
  readers: ReaderLanguage[];
}

type Localized = Record<ReaderLanguage, string>;
interface FactFile {
  file: string;
  facts: { id: string; source: { url: string }; label: Localized; value: Localized; note?: Localized }[];
}
const factsDir = path.join(CONTENT, 'facts');
const factFiles: FactFile[] = readdirSync(factsDir)
  .filter((n) => n.endsWith('.yaml'))
  .map((n) => ({
    file: `content/facts/${n}`,
    ...(parseYaml(readFileSync(path.join(factsDir, n), 'utf8')) as Omit<FactFile, 'file'>),
  }));
// A fact is printed in every language, so its source must suit every reader.
const factSources: Cited[] = factFiles.flatMap((f) =>
  f.facts.map((fact) => ({ file: f.file, url: fact.source.url, readers: ['zh-CN', 'en'] as ReaderLanguage[] })),
);
const cited: Cited[] = [
  ...pages.flatMap((p) =>
    ((p.data.sources as { url: string }[] | undefined) ?? []).map((s) => ({
      file: p.file,
      url: s.url,
      readers: [p.locale as ReaderLanguage],
    })),
  ),
  ...factSources,
];


describe('source policy in content', () => {
  const failures = cited
    .map((c) => ({ ...c, verdict: checkSource(policy, c.url, c.readers) }))
    .filter((c) => !c.verdict.ok);

  it('every source of every guide, FAQ, page and fact file is within the policy', () => {
    const outside = failures.map((f) => `${f.file}: ${f.url}: ${f.verdict.ok ? '' : f.verdict.reason}`);
    expect(outside).toEqual([]);
  });

});

describe('terminology in content', () => {
  const pageFindings = pages.flatMap((p) => {
    const language = p.locale === 'en' ? 'en' : 'zh-CN';
    const heading = [p.data.title, p.data.description, p.data.question].filter(Boolean).join('\n');
    return findTermVariants(terminology, `${heading}\n${proseOf(p.body)}`, language).map((f) => ({ file: p.file, ...f }));
  });
  // Fact values are printed inside pages, in each language; a gloss is the page's job, not the fact's.
  const factFindings = factFiles.flatMap((f) =>
    (['zh-CN', 'en'] as const).flatMap((language) =>
      f.facts
        .flatMap((fact) => [fact.label[language], fact.value[language], fact.note?.[language] ?? ''])
        .flatMap((text) => findTermVariants(terminology, text, language))
        .filter((finding) => !finding.found.endsWith('without the gloss'))
        .map((finding) => ({ file: f.file, ...finding })),
    ),
  );
  const findings = [...pageFindings, ...factFindings];

  it('pages use the listed term, not its variants', () => {
    const flagged = findings.map((f) => `${f.file}: "${f.found}" → use "${f.use}" (…${f.context}…)`);
    expect(flagged).toEqual([]);
  });

});

describe('registry facts in content', () => {
  it('every <Fact id> and <FactTable group> a page prints exists in content/facts/', () => {
    const ids = new Set(factFiles.flatMap((f) => f.facts.map((fact) => fact.id)));
    const groups = new Set(factFiles.map((f) => path.basename(f.file, '.yaml')));
    const missing = pages.flatMap((p) => {
      const refs = factRefsIn(p.body);
      return [
        ...refs.facts.filter((id) => !ids.has(id)).map((id) => `${p.file}: <Fact id="${id}">`),
        ...refs.groups.filter((g) => !groups.has(g)).map((g) => `${p.file}: <FactTable group="${g}">`),
      ];
    });
    expect(missing).toEqual([]);
  });
});
