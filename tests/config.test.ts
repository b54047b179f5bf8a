import { describe, expect, it } from 'vitest';
import { DEFAULT_FEEDBACK_URL, DEFAULT_SITE_URL, readConfig } from '../src/config';

describe('site config from the environment', () => {
  it('has working defaults', () => {
    expect(readConfig({})).toEqual({
      site: DEFAULT_SITE_URL,
      base: '/',
      feedbackUrl: DEFAULT_FEEDBACK_URL,
      cspMeta: false,
    });
  });

  it('reads every deploy setting, normalising the base path', () => {
    const config = readConfig({
      SITE_URL: 'https://me.github.io',
      BASE_PATH: 'guide',
      FEEDBACK_URL: 'https://tracker.example/new',
      CSP_META: 'true',
    });
    expect(config).toEqual({
      site: 'https://me.github.io',
      base: '/guide/',
      feedbackUrl: 'https://tracker.example/new',
      cspMeta: true,
    });
  });

  it('refuses a malformed value, naming the variable', () => {
    expect(() => readConfig({ SITE_URL: 'me.github.io' })).toThrow(/SITE_URL/);
    expect(() => readConfig({ FEEDBACK_URL: '/issues' })).toThrow(/FEEDBACK_URL/);
    expect(() => readConfig({ CSP_META: 'yes' })).toThrow(/CSP_META/);
  });
});
