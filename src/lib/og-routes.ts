/** Where each page's Open Graph image lives, and the label it carries. Pure: no Astro imports.
 *
 *  A page path (root-relative, base-free, locale-prefixed) maps to `/og/<path without slashes>.png`:
 *    `/`                        → `/og/home.png`
 *    `/en/`                     → `/og/en/home.png`
 *    `/guides/deleted-esim/`    → `/og/guides/deleted-esim.png`
 *    `/en/topics/esim/`         → `/og/en/topics/esim.png`
 *  The endpoint `src/pages/og/[...image].png.ts` is built with `image` = the part between `/og/` and
 *  `.png` (`ogImageParam`), and `ogPagePath` maps an image path back to its page. */
import { t } from '../i18n';
import { splitLocalePath, type Locale } from '../i18n/locales';

export const OG_DIR = '/og/';
/** Stands for a locale's home page (`/`, `/en/`), whose path has nothing left to name the file. */
const HOME = 'home';

/** `/en/guides/x/?q#h` → `en/guides/x`; `/` → `home`; `/en/` → `en/home`. */
export function ogImageParam(pagePath: string): string {
  const path = pagePath.replace(/[?#].*$/, '');
  if (!path.startsWith('/') || path.startsWith('//')) {
    throw new Error(`ogImagePath needs a root-relative page path, got "${pagePath}"`);
  }
  const { path: rest } = splitLocalePath(path);
  const segments = path.split('/').filter(Boolean);
  if (segments.some((s) => s === '.' || s === '..')) throw new Error(`Bad page path "${pagePath}"`);
  const restSegments = rest.split('/').filter(Boolean);
  // A page whose last segment is `home` (/home/, /en/guides/home/) would read back as a home page
  // (or share its file): no such route exists, so refuse it instead of mapping it wrongly.
  if (restSegments[restSegments.length - 1] === HOME) {
    throw new Error(`Page path "${pagePath}" collides with the home page's Open Graph image`);
  }
  return restSegments.length === 0 ? [...segments, HOME].join('/') : segments.join('/');
}

/** The Open Graph image of a page, root-relative and base-free like the page path (add the base with
 *  `withBase`, the origin with `absoluteUrl`). */
export function ogImagePath(pagePath: string): string {
  return `${OG_DIR}${ogImageParam(pagePath)}.png`;
}

/** The inverse: `/og/en/guides/x.png` → `/en/guides/x/`, `/og/home.png` → `/`. */
export function ogPagePath(imagePath: string): string {
  if (!imagePath.startsWith(OG_DIR) || !imagePath.endsWith('.png')) {
    throw new Error(`Not an Open Graph image path: "${imagePath}"`);
  }
  const segments = imagePath.slice(OG_DIR.length, -'.png'.length).split('/').filter(Boolean);
  if (segments[segments.length - 1] === HOME) segments.pop();
  return segments.length ? `/${segments.join('/')}/` : '/';
}

/** `指南 · eSIM`, `FAQ · Backup`, `Topic`: the kind of page, then its topic when it has one. */
export function ogLabel(locale: Locale, kind: 'guide' | 'faq' | 'topic' | 'help', topic?: string): string {
  const word = t(locale, kind === 'help' ? 'help.ogLabel' : `og.${kind}`);
  return topic ? `${word} · ${topic}` : word;
}
