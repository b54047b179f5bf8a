/** Zero broken internal links or #fragments across the whole built site. */
import { describe, expect, it } from 'vitest';
import { exists, htmlPages, page } from '../helpers/dist';

const SITE_ORIGIN = 'http://site.invalid';

function targetOf(href: string, from: string): { path: string; hash: string } | null {
  if (/^(mailto:|tel:|javascript:)/i.test(href)) return null;
  const url = new URL(href, SITE_ORIGIN + from);
  if (url.origin !== SITE_ORIGIN) return null;
  return { path: decodeURIComponent(url.pathname), hash: decodeURIComponent(url.hash.slice(1)) };
}

describe('internal links', () => {
  it('every link, script, stylesheet and image points at a file that exists, and every #fragment at an id', () => {
    const broken: string[] = [];
    for (const from of htmlPages) {
      const doc = page(from);
      const refs = [
        ...doc.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!),
        ...doc.querySelectorAll('link[href]:not([rel=canonical]):not([rel=alternate])').map((l) => l.getAttribute('href')!),
        ...doc.querySelectorAll('script[src], img[src]').map((s) => s.getAttribute('src')!),
      ];
      for (const href of refs) {
        const target = targetOf(href, from);
        if (!target) continue;
        const path = target.path;
        const isDir = path.endsWith('/');
        if (!isDir && !/\.[a-z0-9]+$/i.test(path)) {
          broken.push(`${from} → ${href} (no trailing slash: only works through a redirect)`);
          continue;
        }
        if (!exists(path)) {
          broken.push(`${from} → ${href} (missing)`);
          continue;
        }
        if (target.hash && path.endsWith('/') ) {
          const ids = new Set(page(path).querySelectorAll('[id]').map((e) => e.getAttribute('id')));
          if (!ids.has(target.hash)) broken.push(`${from} → ${href} (no #${target.hash})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('ids are unique within each page', () => {
    const dupes: string[] = [];
    for (const from of htmlPages) {
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
