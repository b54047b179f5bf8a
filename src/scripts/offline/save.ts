/** What "Save for offline" and "Remove" do, loaded on the first tap (src/scripts/offline/save-offline.ts).
 *  The service worker does the fetching and caching (src/scripts/offline/sw.js: the same code carries a
 *  saved copy over to each new build); this module asks it through a MessageChannel and shows progress. */
import { formatBytes } from '../../lib/offline';
import type { Locale } from '../../lib/i18n';
import { savedText, type SaveOffline, type SavedState } from './save-offline';

interface Progress {
  done: number;
  total: number;
  bytes: number;
}
type Reply =
  ({ type: 'progress' } & Progress) | ({ type: 'done' } & Partial<Progress>) | { type: 'error'; message: string };

/** How long to wait for a service worker to be running (first visit: it installs after the page loads). */
const READY_TIMEOUT = 20_000;

function activeWorker(): Promise<ServiceWorker> {
  return new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error('No service worker')), READY_TIMEOUT);
    navigator.serviceWorker.ready.then(
      (r) => (r.active ? resolve(r.active) : reject(new Error('No active worker'))),
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

const fill = (template: string, vars: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));

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
    const worker = await activeWorker();
    const result = await ask(worker, { type: action, list: el.dataset.list! }, (p) => {
      bar.hidden = false;
      bar.max = p.total;
      bar.value = p.done;
      progress.textContent = fill(strings.progress!, {
        done: p.done,
        total: p.total,
        size: formatBytes(p.bytes, locale),
      });
    });
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
