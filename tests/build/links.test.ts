/** Zero broken internal links or #fragments across the whole built site. */
import { describe, expect, it } from 'vitest';
import { builtSite, htmlPages, page } from '../helpers/dist';
import { findBrokenLinks } from '../helpers/links';

describe('internal links', () => {
  it('every link, script, stylesheet and image points at a file that exists, and every #fragment at an id', () => {
    expect(findBrokenLinks(builtSite())).toEqual([]);
  });

  it('ids are unique within each page', () => {
    const dupes: string[] = [];
    for (const from of htmlPages()) {
      const seen = new Set<string>();
      for (const el of page(from).querySelectorAll('[id]')) {
        const id = el.getAttribute('id')!;
        if (seen.has(id)) dupes.push(`${from}#${id}`);
        seen.add(id);
      }
    }
    expect(dupes).toEqual([]);
  });
});
