/** Finds broken internal links, fragments and asset references in a built site served under `base`. */
import type { BuiltSite } from './dist';

const ORIGIN = 'http://site.invalid';

export function findBrokenLinks(site: BuiltSite, base = '/'): string[] {
  const prefix = base.replace(/\/$/, '');
  const broken: string[] = [];
  for (const from of site.htmlPages) {
    const doc = site.page(from);
    const refs = [
      ...doc.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!),
      ...doc
        .querySelectorAll('link[href]:not([rel=canonical]):not([rel=alternate])')
        .map((l) => l.getAttribute('href')!),
      ...doc.querySelectorAll('script[src], img[src]').map((s) => s.getAttribute('src')!),
    ];
    for (const href of refs) {
      if (/^(mailto:|tel:|javascript:)/i.test(href)) continue;
      const url = new URL(href, ORIGIN + prefix + from);
      if (url.origin !== ORIGIN) continue;
      let pathname = decodeURIComponent(url.pathname);
      if (prefix && pathname !== prefix && !pathname.startsWith(`${prefix}/`)) {
        broken.push(`${from} → ${href} (outside the base ${base})`);
        continue;
      }
      pathname = pathname.slice(prefix.length) || '/';
      const hash = decodeURIComponent(url.hash.slice(1));
      // A file has an extension (Pagefind's have underscores: .pf_meta); anything else is a folder.
      if (!pathname.endsWith('/') && !/\.[a-z0-9_]+$/i.test(pathname)) {
        broken.push(`${from} → ${href} (no trailing slash: only works through a redirect)`);
        continue;
      }
      if (!site.exists(pathname)) {
        broken.push(`${from} → ${href} (missing)`);
        continue;
      }
      if (hash && pathname.endsWith('/')) {
        const ids = new Set(
          site
            .page(pathname)
            .querySelectorAll('[id]')
            .map((e) => e.getAttribute('id')),
        );
        if (!ids.has(hash)) broken.push(`${from} → ${href} (no #${hash})`);
      }
    }
  }
  return broken;
}
