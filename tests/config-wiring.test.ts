/** astro.config.mjs runs the content plugins on every Markdown and MDX file (the plugins themselves
 *  are unit-tested in tests/plugins/). */
import { describe, expect, it } from 'vitest';
import config from '../astro.config.mjs';
import { remarkSafeContent } from '../src/plugins/remark-safe-content';
import { remarkHeadingIds } from '../src/plugins/remark-heading-ids';
import { remarkPageText } from '../src/plugins/remark-page-text';
import { remarkContentLocale } from '../src/plugins/remark-content-locale';

describe('astro.config.mjs', () => {
  it('refuses unsafe content first, then adds heading ids, page text and the components’ locale prop', () => {
    const processor = config.markdown?.processor as { options: { remarkPlugins: unknown[] } };
    const names = processor.options.remarkPlugins.map((p) => (Array.isArray(p) ? p[0] : p));
    expect(names).toEqual([remarkSafeContent, remarkHeadingIds, remarkPageText, remarkContentLocale]);
  });

  it('keeps the content cache in the project, out of node_modules', () => {
    expect(config.cacheDir).toBe('./.astro/cache');
  });
});
