/** <save-offline>: the "Save for offline" control. Its markup is hidden until this element is defined
 *  and the browser can keep an offline copy (service worker and Cache Storage); then it shows the
 *  button, or "saved" with a Remove button when this language's copy is on the device. The code that
 *  saves and removes (./save.ts) loads on the first tap. */
import { OFFLINE_CHANGE_EVENT, formatBytes, savedKey } from '../../lib/offline';
import type { Locale } from '../../lib/i18n';

/** The saved state of a language, from localStorage (null when not saved or storage is refused). */
export function readSaved(locale: Locale): { bytes: number } | null {
  try {
    return JSON.parse(localStorage.getItem(savedKey(locale)) ?? 'null');
  } catch {
    return null;
  }
}

export function forgetSaved(locale: Locale): void {
  try {
    localStorage.removeItem(savedKey(locale));
  } catch {
    // Nothing stored, nothing to forget.
  }
}

export class SaveOffline extends HTMLElement {
  get locale(): Locale {
    return this.dataset.locale as Locale;
  }

  connectedCallback() {
    if (!('serviceWorker' in navigator) || !('caches' in window)) return;
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-action]')) {
      button.addEventListener('click', () => {
        void import('./save').then(({ run }) => run(this, button.dataset.action === 'remove' ? 'remove' : 'save'));
      });
    }
    document.addEventListener(OFFLINE_CHANGE_EVENT, () => this.sync());
    this.sync();
    this.hidden = false;
    // The browser may have dropped the copy since (storage pressure, site data cleared).
    if (readSaved(this.locale)) {
      void caches.match(this.dataset.list!).then((found) => {
        if (found) return;
        forgetSaved(this.locale);
        this.sync();
      });
    }
  }

  /** Shows the saved or not-saved state. */
  sync() {
    const saved = readSaved(this.locale);
    const strings = JSON.parse(this.dataset.strings!) as Record<string, string>;
    this.dataset.state = saved ? 'saved' : 'idle';
    this.querySelector<HTMLElement>('[data-action="save"]')!.hidden = !!saved;
    this.querySelector<HTMLElement>('[data-action="remove"]')!.hidden = !saved;
    this.querySelector('[data-status]')!.textContent = saved
      ? strings.saved!.replace('{size}', formatBytes(saved.bytes, this.locale))
      : '';
  }
}

customElements.define('save-offline', SaveOffline);
