/** The facts registry: volatile facts (fees, rules, limits, device support) kept once in
 *  `content/facts/*.yaml` and quoted by pages through `<Fact>` and `<FactTable>`, so a guide and an
 *  FAQ answer can never disagree. Pure: the collection entries come in, lookups come out. */
import type { FactData, FactGroupData } from './schemas';

export interface FactGroupEntry {
  /** File name without extension: the group id. */
  id: string;
  data: FactGroupData;
}

export interface IndexedFact extends FactData {
  group: string;
}

export interface FactIndex {
  facts: ReadonlyMap<string, IndexedFact>;
  groups: ReadonlyMap<string, FactGroupData>;
}

/** Indexes every fact by id; an id used twice fails, naming both files. */
export function indexFacts(entries: readonly FactGroupEntry[]): FactIndex {
  const facts = new Map<string, IndexedFact>();
  const groups = new Map<string, FactGroupData>();
  for (const entry of entries) {
    groups.set(entry.id, entry.data);
    for (const fact of entry.data.facts) {
      const seen = facts.get(fact.id);
      if (seen)
        throw new Error(
          `Fact "${fact.id}" is defined twice: content/facts/${seen.group}.yaml and content/facts/${entry.id}.yaml`,
        );
      facts.set(fact.id, { ...fact, group: entry.id });
    }
  }
  return { facts, groups };
}

/** A fact by id; an unknown id fails the build with the closest ids as a hint. */
export function getFact(index: FactIndex, id: string): IndexedFact {
  const fact = index.facts.get(id);
  if (fact) return fact;
  const prefix = id.split('-')[0] ?? '';
  const near = [...index.facts.keys()].filter((k) => k.startsWith(prefix)).slice(0, 5);
  throw new Error(
    `Unknown fact "${id}" (content/facts/*.yaml)${near.length ? `; did you mean ${near.join(', ')}?` : ''}`,
  );
}

export function getFactGroup(index: FactIndex, id: string): FactGroupData {
  const group = index.groups.get(id);
  if (!group) throw new Error(`Unknown fact group "${id}": no content/facts/${id}.yaml`);
  return group;
}

const FACT_TAG = /<Fact\s+id="([^"]+)"[^>]*\/>/g;

/** MDX source with every `<Fact id="…" />` replaced by the fact's value in `locale`, for the plain-text
 *  copies of a body (link-preview description, JSON-LD answer) that never render components and would
 *  otherwise drop the number a sentence is about. An unknown id fails, as it does on the page. */
export function inlineFacts(source: string, index: FactIndex, locale: keyof FactData['value']): string {
  return source.replace(FACT_TAG, (_, id: string) => getFact(index, id).value[locale]);
}

const DAY_MS = 86_400_000;

/** Whole days since the fact was checked. */
export function factAgeDays(fact: Pick<FactData, 'checked'>, today: Date): number {
  return Math.floor((today.getTime() - fact.checked.getTime()) / DAY_MS);
}

/** Past its freshness window: due for another check (never a build failure: time passing is not an error). */
export function isStale(fact: Pick<FactData, 'checked' | 'freshDays'>, today: Date): boolean {
  return factAgeDays(fact, today) > fact.freshDays;
}

export interface FactReportRow {
  id: string;
  group: string;
  ageDays: number;
  freshDays: number;
  stale: boolean;
  known: boolean;
  source: string;
}

/** Every fact, oldest check first, for the next review (`npm run facts:report`). */
export function factReport(index: FactIndex, today: Date): FactReportRow[] {
  return [...index.facts.values()]
    .map((f) => ({
      id: f.id,
      group: f.group,
      ageDays: factAgeDays(f, today),
      freshDays: f.freshDays,
      stale: isStale(f, today),
      known: f.known,
      source: f.source.url,
    }))
    .sort((a, b) => b.ageDays - a.ageDays || a.id.localeCompare(b.id));
}

export interface FactMatrix {
  subjects: FactGroupData['subjects'];
  aspects: FactGroupData['aspects'];
  /** The fact for a subject and aspect, or undefined where the group has none. */
  cell: (subject: string, aspect: string) => FactData | undefined;
}

/** A group laid out as subjects × aspects (providers × rules), for comparison tables. */
export function factMatrix(group: FactGroupData): FactMatrix {
  const cells = new Map(group.facts.map((f) => [`${f.subject}\u0000${f.aspect}`, f] as const));
  return {
    subjects: group.subjects,
    aspects: group.aspects,
    cell: (subject, aspect) => cells.get(`${subject}\u0000${aspect}`),
  };
}

export interface FactRefs {
  facts: string[];
  groups: string[];
}

/** The registry facts and groups an MDX body prints (`<Fact id>`, `<FactTable group>`), in order of
 *  first use, so a page can list their sources and a test can check that each exists. */
export function factRefsIn(mdx: string): FactRefs {
  const unique = (re: RegExp) => [...new Set([...mdx.matchAll(re)].map((m) => m[1]!))];
  return {
    facts: unique(/<Fact\b[^>]*?\bid="([^"]+)"/g),
    groups: unique(/<FactTable\b[^>]*?\bgroup="([^"]+)"/g),
  };
}
