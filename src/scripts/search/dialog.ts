/** <search-dialog>: the header's search button. Without JavaScript it is a link to the search page;
 *  with it, the button (or `/`, Ctrl/⌘+K) opens a modal dialog. The search code and index load only
 *  when the dialog first opens. */
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

  open() {
    if (this.dialog.open) return;
    this.returnFocus = document.activeElement as HTMLElement | null;
    this.dialog.showModal();
    const input = this.dialog.querySelector('input')!;
    input.focus();
    this.ui ??= import('./ui').then(({ SearchUI, pageSearchConfig }) => {
      const config = pageSearchConfig();
      const all = this.dialog.querySelector<HTMLAnchorElement>('[data-search-all]');
      const ui = new SearchUI(this.dialog, config, (query) => {
        if (all) all.href = query ? `${config.searchPath}?q=${encodeURIComponent(query)}` : config.searchPath;
      });
      if (input.value) void ui.search(input.value);
      return ui;
    });
    void this.ui.then((ui) => ui.preload());
  }

  /** Keeps Tab inside the open dialog. */
  private trapFocus(e: KeyboardEvent) {
    if (e.key !== 'Tab') return;
    const focusable = [
      ...this.dialog.querySelectorAll<HTMLElement>('a[href], button, input, [tabindex]:not([tabindex="-1"])'),
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
