/** What "Save for offline" and "Remove" do, loaded on the first tap (src/scripts/offline/save-offline.ts).
 *  The service worker does the fetching and caching (src/scripts/offline/sw.js: the same code carries a
 *  saved copy over to each new build); this module asks it through a MessageChannel and shows progress. */
import { formatBytes } from '@/lib/offline';
import type { Locale } from '@/i18n/locales';
import { savedText, type SaveOffline, type SavedState } from './save-offline';
import { fill } from '@/i18n/fill';

interface Progress {
  done: number;
  total: number;
  bytes: number;
}
type Reply =
  ({ type: 'progress' } & Progress) | ({ type: 'done' } & Partial<Progress>) | { type: 'error'; message: string };

/** How long to wait for a service worker to be running (first visit: it installs after the page loads). */
const READY_TIMEOUT = 20_000;

/** The worker in charge, and the new build's worker when one waits to take over: each keeps its own
 *  cache, and the waiting one deletes the other's when it takes over, so a save must reach both. */
function workers(): Promise<{ active: ServiceWorker; waiting: ServiceWorker | null }> {
  return new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error('No service worker')), READY_TIMEOUT);
    navigator.serviceWorker.ready.then(
      (r) => (r.active ? resolve({ active: r.active, waiting: r.waiting }) : reject(new Error('No active worker'))),
      reject,
    );
  });
}

function ask(
  worker: ServiceWorker,
  message: { type: 'save' | 'remove'; list: string },
  onProgress: (p: Progress) => void,
) {
  return new Promise<Partial<Progress>>((resolve, reject) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = ({ data }: MessageEvent<Reply>) => {
      if (data.type === 'progress') return onProgress(data);
      port1.close();
      if (data.type === 'done') resolve(data);
      else reject(new Error(data.message));
    };
    worker.postMessage(message, [port2]);
  });
}

let busy = false;

export async function run(el: SaveOffline, action: 'save' | 'remove'): Promise<void> {
  if (busy) return;
  busy = true;
  const strings = JSON.parse(el.dataset.strings!) as Record<string, string>;
  const locale = el.dataset.locale as Locale;
  const status = el.querySelector<HTMLElement>('[data-status]')!;
  const bar = el.querySelector<HTMLProgressElement>('progress')!;
  const progress = el.querySelector<HTMLElement>('[data-progress]')!;
  const buttons = [...el.querySelectorAll<HTMLButtonElement>('button')];
  buttons.forEach((b) => (b.disabled = true));
  status.textContent = action === 'save' ? strings.saving! : '';
  try {
    const { active, waiting } = await workers();
    const message = { type: action, list: el.dataset.list! } as const;
    const result = await ask(active, message, (p) => {
      bar.hidden = false;
      bar.max = p.total;
      bar.value = p.done;
      progress.textContent = fill(strings.progress!, {
        done: p.done,
        total: p.total,
        size: formatBytes(p.bytes, locale),
      });
    });
    // Removing clears every cache of the site; a save goes into the waiting worker's cache as well.
    if (action === 'save' && waiting) await ask(waiting, message, () => {});
    try {
      const bytes = result.bytes ?? 0;
      const saved: SavedState = { bytes, size: formatBytes(bytes, locale), at: Date.now() };
      if (action === 'save') localStorage.setItem(el.dataset.key!, JSON.stringify(saved));
      else localStorage.removeItem(el.dataset.key!);
    } catch {
      // Storage refused (private mode): the copy is saved, only the "saved" label will not last.
    }
    // Every control on the page (home page and footer) shows the new state.
    document.querySelectorAll<SaveOffline>('save-offline').forEach((control) => control.sync());
    if (action === 'remove') status.textContent = strings.removed!;
    else if (!status.textContent) {
      const bytes = result.bytes ?? 0;
      status.textContent = savedText(el, { bytes, size: formatBytes(bytes, locale), at: Date.now() });
    }
  } catch {
    status.textContent = strings.error!;
  } finally {
    buttons.forEach((b) => (b.disabled = false));
    bar.hidden = true;
    progress.textContent = '';
    busy = false;
  }
}
