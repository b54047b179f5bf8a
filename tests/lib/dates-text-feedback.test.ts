import { describe, expect, it } from 'vitest';
import { formatDate, isoDate } from '../../src/lib/dates';
import { firstSentence } from '../../src/lib/text';
import { buildFeedbackUrl } from '../../src/lib/feedback';

describe('dates', () => {
  const day = new Date('2026-04-01T00:00:00Z');
  it('formats a calendar day in each language without shifting it', () => {
    expect(formatDate(day, 'zh-CN')).toBe('2026年4月1日');
    expect(formatDate(day, 'en')).toBe('1 April 2026');
    expect(isoDate(day)).toBe('2026-04-01');
  });
});

describe('text', () => {
  it('takes the first sentence in Chinese and English', () => {
    expect(firstSentence('不能。删除后二维码通常失效。', 80)).toBe('不能。');
    expect(firstSentence('No. Travel eSIM QR codes are single-use.', 80)).toBe('No.');
    expect(firstSentence('Usually not: the code is consumed. More detail.', 80)).toBe(
      'Usually not: the code is consumed.',
    );
  });

  it('cuts long sentences with an ellipsis', () => {
    const s = firstSentence('a'.repeat(200), 20);
    expect(s).toHaveLength(20);
    expect(s.endsWith('…')).toBe(true);
  });
});

describe('feedback link', () => {
  it('prefills the page URL in the configured tracker', () => {
    const url = new URL(buildFeedbackUrl('https://tracker.example/new', 'https://site.example/en/faq/', 'en'));
    expect(url.origin + url.pathname).toBe('https://tracker.example/new');
    expect(url.searchParams.get('title')).toContain('https://site.example/en/faq/');
    expect(url.searchParams.get('body')).toContain('https://site.example/en/faq/');
  });
});
