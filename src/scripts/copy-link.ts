/** Copying links: the share bar's button, heading anchors (#) and FAQ permalinks. Copies the page's
 *  canonical URL (plus the fragment), never the address-bar URL with its query string. */

export function canonicalUrl(hash = ''): string {
  const canonical =
    document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href ?? location.href.split('#')[0]!;
  return hash ? `${canonical.split('#')[0]}${hash.startsWith('#') ? hash : `#${hash}`}` : canonical;
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older browsers and some in-app browsers: the selection fallback.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

/** Shows the result in the page's status line (visible, and announced by screen readers). */
export function announce(message: string): void {
  const status = document.querySelector<HTMLElement>('[data-copy-status]');
  if (!status) return;
  status.textContent = message;
  status.hidden = false;
  clearTimeout(Number(status.dataset.timer));
  status.dataset.timer = String(setTimeout(() => (status.hidden = true), 2500));
}

export async function copyAndAnnounce(url: string): Promise<void> {
  const status = document.querySelector<HTMLElement>('[data-copy-status]');
  const ok = await copyText(url);
  announce((ok ? status?.dataset.ok : status?.dataset.fail) ?? '');
}

// Heading anchors and FAQ permalinks: follow the link as usual (the URL gets the fragment) and copy it.
document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a.heading-anchor, a[data-copy-link]');
  if (!link) return;
  void copyAndAnnounce(canonicalUrl(new URL(link.href).hash));
});
