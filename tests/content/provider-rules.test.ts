import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { factGroupSchema } from '../../src/lib/schemas';
import { factMatrix } from '../../src/lib/facts';

// The provider rules table promises one sourced cell per provider and rule: a gap would print
// "not listed" where a reader expects an answer, and an unknown must say so rather than guess.
const group = factGroupSchema.parse(parse(readFileSync('content/facts/provider-rules.yaml', 'utf8')));
const matrix = factMatrix(group);

describe('provider rules registry', () => {
  it('covers the providers and carriers readers use', () => {
    const ids = group.subjects.map((s) => s.id);
    for (const id of ['airalo', 'holafly', 'nomad', 'ubigi', 'sakura-mobile', 'mobal', 'docomo', 'au', 'softbank', 'rakuten-mobile'])
      expect(ids).toContain(id);
  });

  it('has exactly one fact per provider and rule, named <subject>-<aspect>', () => {
    for (const subject of group.subjects)
      for (const aspect of group.aspects) {
        const fact = matrix.cell(subject.id, aspect.id);
        expect(fact, `${subject.id} × ${aspect.id}`).toBeDefined();
        expect(fact!.id).toBe(`${subject.id}-${aspect.id}`);
      }
    expect(group.facts).toHaveLength(group.subjects.length * group.aspects.length);
  });

  it('says plainly where the checked page is silent', () => {
    for (const fact of group.facts.filter((f) => !f.known)) {
      expect(fact.value.en, fact.id).toMatch(/not (stated|described)|does not|no re-issue/i);
      expect(fact.value['zh-CN'], fact.id).toMatch(/未/);
    }
  });

  it('states the rules the help flows rely on', () => {
    expect(matrix.cell('holafly', 'plan-start')!.value.en).toMatch(/turn the eSIM on/);
    expect(matrix.cell('sakura-mobile', 'reinstall')!.value.en).toMatch(/only once/);
    expect(group.facts.filter((f) => f.known).length).toBeGreaterThanOrEqual(20);
  });
});
