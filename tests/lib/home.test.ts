import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { groupGuides } from '../../src/lib/home';
import { EMERGENCIES, GUIDE_GROUPS } from '../../src/data/home';
import { readContent } from '../helpers/content';

const more = { id: 'more', heading: 'More' };
const groups = [
  { id: 'before', heading: 'Before', guides: ['checklist', 'sim'] },
  { id: 'trouble', heading: 'Trouble', guides: ['lost'] },
];

describe('groupGuides', () => {
  it('keeps the editors\' order, not the alphabet, and puts unlisted guides under "more"', () => {
    const guides = new Map(['sim', 'lost', 'checklist', 'zeta', 'alpha'].map((s) => [s, s.toUpperCase()]));
    const out = groupGuides(groups, guides, new Set(guides.keys()), more);
    expect(out).toEqual([
      { id: 'before', heading: 'Before', items: ['CHECKLIST', 'SIM'] },
      { id: 'trouble', heading: 'Trouble', items: ['LOST'] },
      { id: 'more', heading: 'More', items: ['ZETA', 'ALPHA'] },
    ]);
  });

  it('skips a guide not written in this language and drops groups left empty', () => {
    const guides = new Map([['sim', 'SIM']]);
    const out = groupGuides(groups, guides, new Set(['sim', 'lost', 'checklist']), more);
    expect(out).toEqual([{ id: 'before', heading: 'Before', items: ['SIM'] }]);
  });

  it('fails naming a listed slug that is no guide, or one listed twice', () => {
    const guides = new Map([['sim', 'SIM']]);
    expect(() => groupGuides(groups, guides, new Set(['sim', 'checklist']), more)).toThrow(
      /"lost", which is not a guide/,
    );
    expect(() =>
      groupGuides([{ id: 'a', heading: 'A', guides: ['sim', 'sim'] }], guides, new Set(['sim']), more),
    ).toThrow(/"sim" is listed twice/);
  });
});

describe('src/data/home.ts', () => {
  it('every group lists real guides, and every guide has a group', () => {
    const slugs = [...new Set(readContent('guides').map((g) => g.slug))];
    const listed = GUIDE_GROUPS.flatMap((g) => g.guides);
    expect(listed.filter((s) => !slugs.includes(s))).toEqual([]);
    expect(slugs.filter((s) => !listed.includes(s))).toEqual([]);
  });

  it('has the four emergencies, each leading to its help flow, with a guide section as fallback', () => {
    expect(EMERGENCIES.map((e) => e.id)).toEqual(['deleted-esim', 'lost-phone', 'no-signal', 'no-sms-code']);
    for (const e of EMERGENCIES) expect(e.target).toBe(`/help/${e.id}/`);
    const flows = new Set(readdirSync('content/help').map((f) => f.replace(/\.yaml$/, '')));
    for (const e of EMERGENCIES) expect(flows.has(e.id)).toBe(true);
    const slugs = new Set(readContent('guides').map((g) => g.slug));
    for (const e of EMERGENCIES) expect(slugs.has(/^\/guides\/([^/#]+)\//.exec(e.fallback)?.[1] ?? '')).toBe(true);
  });
});
