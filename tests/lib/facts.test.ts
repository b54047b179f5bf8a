import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { factGroupSchema, type FactGroupData } from '../../src/lib/schemas';
import {
  factMatrix,
  factRefsIn,
  factReport,
  getFact,
  getFactGroup,
  indexFacts,
  inlineFacts,
  isStale,
} from '../../src/lib/facts';

const fact = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  label: { 'zh-CN': `标签 ${id}`, en: `label ${id}` },
  value: { 'zh-CN': `值 ${id}`, en: `value ${id}` },
  source: { title: 'Official page', url: 'https://www.example.co.jp/fees/' },
  checked: '2026-11-30',
  freshDays: 90,
  ...extra,
});
const group = (facts: unknown[], extra: Record<string, unknown> = {}): FactGroupData =>
  factGroupSchema.parse({ title: { 'zh-CN': '组', en: 'group' }, facts, ...extra });

describe('fact group schema', () => {
  it('accepts a well-formed group and defaults `known` to true', () => {
    const g = group([fact('a-fee')]);
    expect(g.facts[0]!.known).toBe(true);
    expect(g.facts[0]!.checked).toEqual(new Date('2026-11-30T00:00:00Z'));
  });

  it.each([
    ['a missing source', { source: undefined }, 'source'],
    ['an http source', { source: { title: 'x', url: 'http://example.com/' } }, 'url'],
    ['a missing English value', { value: { 'zh-CN': '值' } }, 'en'],
    ['an unknown field', { price: 3 }, 'price'],
    ['a freshness window of zero days', { freshDays: 0 }, 'freshDays'],
    ['an id with capitals', { id: 'Docomo-Fee' }, 'id'],
  ])('refuses %s, naming the field', (_, extra, field) => {
    const result = factGroupSchema.safeParse({ title: { 'zh-CN': '组', en: 'g' }, facts: [fact('a', extra)] });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error!.issues)).toContain(field);
  });

  it('refuses a subject or aspect the group does not declare', () => {
    const result = factGroupSchema.safeParse({
      title: { 'zh-CN': '组', en: 'g' },
      subjects: [{ id: 'airalo', name: { 'zh-CN': 'Airalo', en: 'Airalo' } }],
      aspects: [],
      facts: [fact('a', { subject: 'nomad', aspect: 'reinstall' })],
    });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => i.message).join(' ');
    expect(messages).toContain('"nomad" is not in subjects');
    expect(messages).toContain('"reinstall" is not in aspects');
  });
});

describe('fact index', () => {
  const index = indexFacts([
    { id: 'carriers', data: group([fact('docomo-fee'), fact('au-fee')]) },
    { id: 'devices', data: group([fact('iphone-esim')]) },
  ]);

  it('finds each fact by id with its group', () => {
    expect(getFact(index, 'au-fee').value.en).toBe('value au-fee');
    expect(getFact(index, 'iphone-esim').group).toBe('devices');
    expect(getFactGroup(index, 'carriers').facts).toHaveLength(2);
  });

  it('fails on an unknown id with a hint, and on an unknown group', () => {
    expect(() => getFact(index, 'docomo-fees')).toThrow(/Unknown fact "docomo-fees".*docomo-fee/);
    expect(() => getFactGroup(index, 'nope')).toThrow(/content\/facts\/nope.yaml/);
  });

  it('refuses an id defined twice, naming both files', () => {
    expect(() =>
      indexFacts([
        { id: 'one', data: group([fact('x')]) },
        { id: 'two', data: group([fact('x')]) },
      ]),
    ).toThrow(/"x" is defined twice: content\/facts\/one.yaml and content\/facts\/two.yaml/);
  });
});

describe('freshness', () => {
  const index = indexFacts([
    { id: 'g', data: group([fact('old', { checked: '2026-01-01', freshDays: 30 }), fact('new')]) },
  ]);

  it('marks a fact stale only after its window, and reports the oldest first', () => {
    const today = new Date('2026-12-01T00:00:00Z');
    expect(isStale(getFact(index, 'new'), today)).toBe(false);
    expect(isStale(getFact(index, 'new'), new Date('2027-03-30T00:00:00Z'))).toBe(true);
    const report = factReport(index, today);
    expect(report.map((r) => [r.id, r.ageDays, r.stale])).toEqual([
      ['old', 334, true],
      ['new', 1, false],
    ]);
  });
});

describe('fact matrix', () => {
  it('lays a group out as subjects × aspects, with gaps left empty', () => {
    const g = group([fact('airalo-reinstall', { subject: 'airalo', aspect: 'reinstall' })], {
      subjects: [
        { id: 'airalo', name: { 'zh-CN': 'Airalo', en: 'Airalo' } },
        { id: 'nomad', name: { 'zh-CN': 'Nomad', en: 'Nomad' } },
      ],
      aspects: [{ id: 'reinstall', name: { 'zh-CN': '重装', en: 'Reinstall' } }],
    });
    const m = factMatrix(g);
    expect(m.cell('airalo', 'reinstall')?.id).toBe('airalo-reinstall');
    expect(m.cell('nomad', 'reinstall')).toBeUndefined();
  });
});

describe('the registry in content/facts', () => {
  const dir = path.resolve('content/facts');
  const entries = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), data: parse(readFileSync(path.join(dir, f), 'utf8')) as unknown }));

  it.each(entries.map((e) => [e.id, e] as const))('%s.yaml matches the schema', (_, entry) => {
    const result = factGroupSchema.safeParse(entry.data);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it('has unique ids across files', () => {
    expect(() => indexFacts(entries.map((e) => ({ id: e.id, data: factGroupSchema.parse(e.data) })))).not.toThrow();
  });
});

describe('inlineFacts', () => {
  const index = indexFacts([{ id: 'g', data: group([fact('free-storage'), fact('retention-days')]) }]);

  it('puts each fact value into the text, in the requested language, dated or not', () => {
    const body = '每个账号免费 <Fact id="free-storage" />，停用后保留 <Fact id="retention-days" dated />。';
    expect(inlineFacts(body, index, 'zh-CN')).toBe('每个账号免费 值 free-storage，停用后保留 值 retention-days。');
    expect(inlineFacts('Free: <Fact id="free-storage" />.', index, 'en')).toBe('Free: value free-storage.');
  });

  it('leaves text without facts alone and fails on an unknown id', () => {
    expect(inlineFacts('No facts here.', index, 'en')).toBe('No facts here.');
    expect(() => inlineFacts('<Fact id="nope" />', index, 'en')).toThrow(/Unknown fact "nope"/);
  });
});

describe('facts printed by a page', () => {
  it('lists each <Fact> id and <FactTable> group once, in order of first use', () => {
    const mdx = [
      'Shop: <Fact id="b-fee" dated /> and online <Fact id="a-fee" />.',
      '<FactTable group="carrier-reissue" />',
      'Again <Fact dated id="b-fee" />.',
    ].join('\n');
    expect(factRefsIn(mdx)).toEqual({ facts: ['b-fee', 'a-fee'], groups: ['carrier-reissue'] });
  });

  it('ignores prose that only mentions the components', () => {
    expect(factRefsIn('Use a Fact or a FactTable here; id="x" alone is not one.')).toEqual({ facts: [], groups: [] });
  });
});
