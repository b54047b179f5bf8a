/** Build-time helpers bound to this site's config (origin and base path). */
import { absoluteUrl, withBase } from './urls';

export const BASE = import.meta.env.BASE_URL;
export const SITE = import.meta.env.SITE;

/** A root-relative route path with the deploy base, for `href`/`src` attributes. */
export function href(path: string): string {
  return withBase(path, BASE);
}

/** Absolute URL (origin + base) for a root-relative route path. */
export function absolute(path: string): string {
  return absoluteUrl(path, SITE, BASE);
}
