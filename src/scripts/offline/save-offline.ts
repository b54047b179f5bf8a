/** <save-offline>: the "Save for offline" control, and the service worker's registration (every page
 *  but the offline page has the control in its footer). The markup is hidden until this element is
 *  defined and the browser can keep an offline copy (service worker and Cache Storage); then it shows
 *  the button, or "saved" with a Remove button when this language's copy is on the device. The code
 *  that saves and removes (./save.ts) loads on the first tap. Keys, URLs and strings come from the
 *  markup (rendered from src/lib/offline.ts and the dictionaries): nothing else loads before a tap. */
import { registerServiceWorker } from './register';
import { fill } from '@/i18n/fill';

/** What ./save.ts stores in localStorage under `data-key` once a copy is saved. */
export interface SavedState {
  bytes: number;
  /** The size as shown to the reader, formatted when saved. */
  size: string;
  at: number;
}

/** "Saved on {date} ({size})…" for a saved copy, in the page's language. */
export function savedText(el: HTMLElement, saved: SavedState): string {
  const date = new Intl.DateTimeFormat(el.dataset.locale, { dateStyle: 'long' }).format(saved.at);
  return fill(el.dataset.savedText!, { size: saved.size, date });
}

/** iPhone and iPad (iPadOS reports itself as a Mac with touch) outside a Home Screen app: Safari keeps
 *  its own storage, apart from the Home Screen app's, and may clear it after days without a visit. */
function inIosSafari(): boolean {
  const ios =
    /iPhone|iPad|iPod/.test(navigator.userAgent) ||
    (/Macintosh/.test(navigator.userAgent) && navigator.maxTouchPoints > 1);
  return (
    ios && !matchMedia('(display-mode: standalone)').matches && !('standalone' in navigator && navigator.standalone)
  );
}

function read(key: string): SavedState | null {
  try {
    return JSON.parse(localStorage.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

export class SaveOffline extends HTMLElement {
  connectedCallback() {
    if (!('serviceWorker' in navigator) || !('caches' in window)) {
      this.hidden = true;
      return;
    }
    if (inIosSafari()) this.querySelector<HTMLElement>('[data-ios]')!.hidden = false;
    registerServiceWorker(this.dataset.sw!, (waiting) => {
      const update = this.querySelector<HTMLElement>('[data-update]')!;
      if (!update.hidden) return;
      update.hidden = false;
      update.querySelector('button')!.addEventListener('click', () => {
        navigator.serviceWorker.addEventListener('controllerchange', () => location.reload());
        waiting.postMessage({ type: 'skip-waiting' });
      });
    });
    this.addEventListener('click', (event) => {
      const action = (event.target as Element).closest<HTMLElement>('[data-action]')?.dataset.action;
      if (action === 'save' || action === 'remove') void import('./save').then(({ run }) => run(this, action));
    });
    // The browser may have dropped the copy since (storage pressure, site data cleared).
    if (this.sync()) {
      void caches.match(this.dataset.list!).then((found) => {
        if (found) return;
        try {
          localStorage.removeItem(this.dataset.key!);
        } catch {
          // Storage refused: the state shown below is still right for this page view.
        }
        this.sync();
      });
    }
  }

  /** Shows the saved or not-saved state; returns the saved state. */
  sync(): SavedState | null {
    const saved = read(this.dataset.key!);
    this.querySelector<HTMLElement>('[data-action="save"]')!.hidden = !!saved;
    this.querySelector<HTMLElement>('[data-action="remove"]')!.hidden = !saved;
    this.querySelector('[data-status]')!.textContent = saved ? savedText(this, saved) : '';
    return saved;
  }
}

customElements.define('save-offline', SaveOffline);
