import { describe, expect, it } from 'vitest';
import { countText, readingMinutes } from '../../src/lib/reading-time';

describe('reading time', () => {
  it('counts each Chinese character, not space-separated "words"', () => {
    const chinese = '流量卡不是备份。'.repeat(100); // 800 characters, no spaces
    expect(countText(chinese).cjkChars).toBe(700);
    expect(readingMinutes('流'.repeat(2000))).toBe(5); // 2,000 characters at 400/min
    // A word counter would see one "word" here and say 1 minute.
    expect(readingMinutes('流'.repeat(4000))).toBe(10);
  });

  it('counts English words', () => {
    expect(countText('An eSIM is not a backup, and that’s fine.').words).toBe(9);
    expect(readingMinutes('word '.repeat(1100))).toBe(5);
  });

  it('adds mixed text up and never says zero minutes', () => {
    const mixed = `${'字'.repeat(400)} ${'word '.repeat(220)}`;
    expect(readingMinutes(mixed)).toBe(2);
    expect(readingMinutes('')).toBe(1);
  });
});
