/** <search-dialog>: the header's search button. Without JavaScript it is a link to the search page;
 *  with it, the button (or `/`, Ctrl/⌘+K) opens a modal dialog. The search code and index start
 *  loading on intent (pointer over or focus on the button, or opening the dialog). */
import type { SearchUI } from './ui';

function typingInField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

class SearchDialog extends HTMLElement {
  private dialog!: HTMLDialogElement;
  private ui?: Promise<SearchUI>;
  private returnFocus: HTMLElement | null = null;

  connectedCallback() {
    this.dialog = this.querySelector('dialog')!;
    const trigger = this.querySelector<HTMLAnchorElement>('[data-search-open]')!;
    trigger.setAttribute('role', 'button');
    trigger.setAttribute('aria-haspopup', 'dialog');
    trigger.addEventListener('click', (e) => {
      e.preventDefault();
      this.open();
    });
    for (const intent of ['pointerenter', 'focus', 'touchstart'])
      trigger.addEventListener(intent, () => void this.load(), { once: true, passive: true });
    this.querySelector('[data-search-close]')!.addEventListener('click', () => this.dialog.close());
    this.dialog.addEventListener('close', () => this.returnFocus?.focus());
    // Clicking the backdrop (outside the panel) closes the dialog.
    this.dialog.addEventListener('click', (e) => {
      if (e.target === this.dialog) this.dialog.close();
    });
    this.dialog.addEventListener('keydown', (e) => this.trapFocus(e));
    document.addEventListener('keydown', (e) => {
      const shortcut = (e.key === 'k' && (e.metaKey || e.ctrlKey)) || (e.key === '/' && !typingInField(e.target));
      if (!shortcut || this.dialog.open) return;
      e.preventDefault();
      // On the search page the page's own box is the search.
      const pageBox = document.querySelector<HTMLInputElement>('[data-search-page] input[type=search]');
      if (pageBox) pageBox.focus();
      else this.open();
    });
  }

  /** Loads the search code and starts loading the index; the UI is created once. */
  private load(): Promise<SearchUI> {
    this.ui ??= import('./ui').then(({ SearchUI, panelConfig }) => {
      const config = panelConfig(this.dialog);
      const all = this.dialog.querySelector<HTMLAnchorElement>('[data-search-all]');
      const searchPage = (query: string) =>
        query ? `${config.searchPath}?q=${encodeURIComponent(query)}` : config.searchPath;
      const ui = new SearchUI(
        this.dialog,
        config,
        (query) => {
          if (all) all.href = searchPage(query);
        },
        (query) => (location.href = searchPage(query.trim())),
      );
      ui.preload();
      return ui;
    });
    return this.ui;
  }

  open() {
    if (this.dialog.open) return;
    this.returnFocus = document.activeElement as HTMLElement | null;
    this.dialog.showModal();
    const input = this.dialog.querySelector('input')!;
    input.focus();
    void this.load().then((ui) => {
      if (input.value) void ui.search(input.value);
      else ui.ready();
    });
  }

  /** Keeps Tab inside the open dialog. */
  private trapFocus(e: KeyboardEvent) {
    if (e.key !== 'Tab') return;
    const focusable = [
      ...this.dialog.querySelectorAll<HTMLElement>('a[href], button, input, select, [tabindex]:not([tabindex="-1"])'),
    ].filter((n) => !n.hasAttribute('disabled') && n.offsetParent !== null);
    const first = focusable[0];
    const last = focusable.at(-1);
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  }
}

customElements.define('search-dialog', SearchDialog);
