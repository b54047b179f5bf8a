import { describe, expect, it } from 'vitest';
import { CARD_FIELDS, cleanCard, isEmptyCard, parseStoredCard, wrapText } from '../../src/lib/emergency-card';

describe('stored card', () => {
  it('keeps known fields, trimmed, and drops empty or unknown ones', () => {
    expect(cleanCard({ eid: ' 8904 ', imei: '', notes: '  ', password: 'x', name: 3 })).toEqual({ eid: '8904' });
  });

  it('reads damaged or missing storage as an empty card instead of failing', () => {
    expect(parseStoredCard(null)).toEqual({});
    expect(parseStoredCard('{not json')).toEqual({});
    expect(parseStoredCard('"a string"')).toEqual({});
    expect(parseStoredCard('{"esims":"Airalo 123"}')).toEqual({ esims: 'Airalo 123' });
    expect(isEmptyCard(parseStoredCard('{}'))).toBe(true);
  });

  it('asks for what a reader needs after losing a phone', () => {
    expect(CARD_FIELDS.map((f) => f.id)).toEqual(expect.arrayContaining(['eid', 'imei', 'esims', 'block', 'trusted']));
  });
});

describe('wrapText', () => {
  const measure = (s: string) => s.length; // one unit per character

  it('wraps Latin text at spaces and keeps the author’s line breaks', () => {
    expect(wrapText('Airalo order 12345\nNomad order 678', 12, measure)).toEqual([
      'Airalo order',
      '12345',
      'Nomad order',
      '678',
    ]);
  });

  it('wraps CJK text between characters and cuts a number too long for a line', () => {
    expect(wrapText('备用码在家里抽屉', 5, measure)).toEqual(['备用码在家', '里抽屉']);
    expect(wrapText('89049032000000000000', 8, measure)).toEqual(['89049032', '00000000', '0000']);
  });
});
