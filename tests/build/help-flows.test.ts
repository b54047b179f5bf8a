/** Help flows walk without JavaScript: from /help/, every flow reaches every result by plain links
 *  (each step a built page with breadcrumbs and a back link), and every result links guide sections
 *  that exist. Read from the built HTML, which is all a reader without scripts gets. */
import { describe, expect, it } from 'vitest';
import { exists, page } from '../helpers/dist';
import { LOCALES, localizePath } from '../../src/i18n/locales';

const hrefs = (urlPath: string, selector: string) =>
  page(urlPath)
    .querySelectorAll(selector)
    .map((a) => a.getAttribute('href')!);

describe.each(LOCALES)('help flows without JavaScript (%s)', (locale) => {
  it('every flow reaches every result by plain links, and every result links guide sections that exist', () => {
    const flowStarts = hrefs(localizePath('/help/', locale), 'a.help-flow').filter(
      (h) => /\/help\/[^/]+\/$/.test(h) && !h.endsWith('/emergency-card/'),
    );
    expect(flowStarts).toHaveLength(4);
    let results = 0;
    for (const start of flowStarts) {
      const queue = [start];
      while (queue.length) {
        const url = queue.shift()!;
        expect(exists(url), url).toBe(true);
        const doc = page(url);
        // Breadcrumbs and a back link on every step.
        expect(doc.querySelectorAll('nav[aria-label] ol li').length, url).toBeGreaterThanOrEqual(3);
        expect(doc.querySelectorAll('a[rel="prev"]'), url).toHaveLength(1);
        if (doc.querySelector('[data-help-kind]')?.getAttribute('data-help-kind') === 'question') {
          const options = hrefs(url, 'a.help-option');
          expect(options.length, url).toBeGreaterThanOrEqual(2);
          queue.push(...options);
        } else {
          results++;
          expect(doc.querySelectorAll('.steps ol > li').length, url).toBeGreaterThanOrEqual(3);
          const sections = hrefs(url, 'a.help-step-link').filter((h) => /\/guides\/[^/]+\/#.+/.test(h));
          expect(sections.length, url).toBeGreaterThanOrEqual(1);
          for (const section of sections) {
            const [guide, id] = section.split('#') as [string, string];
            expect(page(guide).querySelector(`[id="${id}"]`), section).not.toBeNull();
          }
        }
      }
    }
    expect(results).toBeGreaterThanOrEqual(12);
  });
});
