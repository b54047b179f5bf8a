/** The search experience shared by the header dialog and the search page: one list of guides and FAQ
 *  answers ranked together (each labelled with its type), the matching section linked, matched words
 *  marked, a topic filter, a loading state at once, results loaded a few at a time, ↑/↓ and Enter,
 *  an empty state with suggestions and the other language's results. */
import { tidyExcerpt } from '@/lib/search-query';
import { markTerms } from '@/lib/search-marks';
// Part of this chunk (a few hundred bytes), not a chunk of its own: a zh-Hant search waited a round trip for it.
import { queryConverter } from '@/lib/hant-query';
import type { QueryMap } from '@/lib/hant';
import type { SearchConfig, SearchStringKey } from '@/lib/search-config';
import { HIGHLIGHT_PARAM } from './constants';
import { runSearch, type SearchOutcome } from './engine';
import { pagefindFor, type PagefindApi, type PagefindResultData } from './pagefind';

/** Results shown at once (and loaded: one fragment file each, ~3 KB for a guide); more on demand.
 *  Four fill a phone's screen above the keyboard; each one more costs the first search a request. */
const PAGE_SIZE = 4;

/** The settings and this language's strings, from the server-rendered panel. */
export function panelConfig(root: HTMLElement): SearchConfig {
  return JSON.parse(root.querySelector<HTMLElement>('[data-search-config]')!.dataset.searchConfig!) as SearchConfig;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, text?: string) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The link to a result: its best section if one matched, with the words to mark on arrival. */
function resultLink(url: string, terms: string[]): string {
  const [path, hash] = url.split('#');
  const withTerms = new URL(path!, location.href);
  withTerms.searchParams.set(HIGHLIGHT_PARAM, terms.join(' '));
  return withTerms.pathname + withTerms.search + (hash ? `#${hash}` : '');
}

const countTerms = (text: string, terms: string[]) => {
  const folded = text.toLowerCase();
  return terms.filter((t) => folded.includes(t.toLowerCase())).length;
};

let nextId = 0;

export class SearchUI {
  private input: HTMLInputElement;
  private topicSelect: HTMLSelectElement | null;
  private status: HTMLElement;
  private results: HTMLElement;
  private hits = 0;
  private run = 0;
  private active = -1;
  private api?: Promise<PagefindApi>;
  private spelling?: Promise<(term: string) => string>;
  private readonly idPrefix = `search-hit-${nextId++}-`;

  constructor(
    root: HTMLElement,
    private config: SearchConfig,
    private onQuery?: (query: string) => void,
    /** Enter with no result chosen: the dialog goes to the search page; the page just searches. */
    private onSubmit?: (query: string) => void,
  ) {
    this.input = root.querySelector('input[type=search]')!;
    this.topicSelect = root.querySelector('[data-search-topic]');
    this.status = root.querySelector('[data-search-status]')!;
    this.results = root.querySelector('[data-search-results]')!;
    this.input.addEventListener('input', () => void this.search(this.input.value));
    this.topicSelect?.addEventListener('change', () => void this.search(this.input.value));
    this.input.addEventListener('keydown', (e) => this.onKey(e));
    this.input.form?.addEventListener('submit', (event) => {
      event.preventDefault();
      if (this.onSubmit) this.onSubmit(this.input.value);
      else void this.search(this.input.value);
    });
  }

  get topic(): string {
    return this.topicSelect?.value ?? '';
  }

  set topic(value: string) {
    if (this.topicSelect) this.topicSelect.value = value;
  }

  private t(key: SearchStringKey, vars: Record<string, string | number> = {}) {
    return this.config.strings[key].replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
  }

  private index(): Promise<PagefindApi> {
    this.api ??= pagefindFor(this.config.base, this.config.lang);
    this.api.catch(() => (this.api = undefined));
    return this.api;
  }

  /** How this index spells a query word: on a generated page (zh-Hant), Simplified read as
   *  Traditional through the build's map; if the map cannot load, the word as it is. */
  private indexSpelling(): Promise<(term: string) => string> {
    const url = this.config.queryMap;
    this.spelling ??= url
      ? fetch(url)
          .then((r) => r.json() as Promise<QueryMap>)
          .then((map) => queryConverter(map))
          .catch(() => (term: string) => term)
      : Promise.resolve((term: string) => term);
    return this.spelling;
  }

  /** Starts loading the engine and index (on intent), so the first keystroke has less to wait for. */
  preload(): void {
    this.index().catch(() => {});
    void this.indexSpelling();
  }

  /** The hint, once the search is ready for input. */
  ready(): void {
    if (!this.input.value) this.status.textContent = this.t('search.hint');
  }

  async search(raw: string): Promise<void> {
    const query = raw.trim();
    const run = ++this.run;
    this.onQuery?.(query);
    this.setActive(-1);
    if (!query) {
      this.results.replaceChildren();
      this.results.removeAttribute('aria-busy');
      this.status.textContent = this.t('search.hint');
      return;
    }
    this.results.setAttribute('aria-busy', 'true');
    this.status.textContent = this.t('search.loading');
    let outcome: SearchOutcome;
    try {
      const api = await this.index();
      if (run !== this.run) return;
      const filters = this.topic ? { topic: this.topic } : undefined;
      outcome = await runSearch(api, query, this.config.lang, filters, await this.indexSpelling());
    } catch {
      if (run === this.run) this.showError();
      return;
    }
    if (run !== this.run) return; // a newer keystroke superseded this one
    if (!outcome.pages.length) {
      this.status.textContent = '';
      this.results.removeAttribute('aria-busy');
      this.results.replaceChildren();
      await this.renderEmpty(query, run);
      return;
    }
    const list = el('ol', { class: 'search-list' });
    const shown = await this.renderBatch(list, outcome, 0, run);
    if (shown === null) return;
    this.results.removeAttribute('aria-busy');
    this.status.textContent = this.t('search.count', { count: outcome.pages.length });
    this.results.replaceChildren();
    if (outcome.relaxed) this.results.append(el('p', { class: 'search-relaxed text-sm' }, this.t('search.relaxed')));
    this.results.append(list);
    this.appendMore(list, outcome, shown, run);
  }

  /** Loads and renders results [from, from + PAGE_SIZE); null when a newer search took over. */
  private async renderBatch(list: HTMLOListElement, outcome: SearchOutcome, from: number, run: number) {
    const batch = outcome.pages.slice(from, from + PAGE_SIZE);
    const data = await Promise.all(batch.map((p) => p.item.data()));
    if (run !== this.run) return null;
    for (const d of data) list.append(this.renderResult(d, outcome.terms));
    return from + batch.length;
  }

  private appendMore(list: HTMLOListElement, outcome: SearchOutcome, shown: number, run: number) {
    if (shown >= outcome.pages.length) return;
    const more = el('button', { type: 'button', class: 'btn search-more' }, this.t('search.more'));
    more.addEventListener('click', async () => {
      more.disabled = true;
      const next = await this.renderBatch(list, outcome, shown, run);
      more.remove();
      if (next !== null) {
        (list.children[shown]?.querySelector('a') as HTMLElement | null)?.focus();
        this.appendMore(list, outcome, next, run);
      }
    });
    this.results.append(more);
  }

  private showError() {
    this.results.replaceChildren();
    this.results.removeAttribute('aria-busy');
    this.status.textContent = '';
    const p = el('p', { class: 'search-error', role: 'alert' }, this.t('search.loadError'));
    this.results.append(p, this.suggestions());
  }

  private renderResult(d: PagefindResultData, terms: string[]): HTMLLIElement {
    const li = el('li', { class: 'search-result', 'data-type': d.meta.type ?? 'guide' });
    const title = d.meta.title ?? d.url;
    const type = el(
      'span',
      { class: 'search-type' },
      this.t(d.meta.type === 'faq' ? 'search.typeFaq' : 'search.typeGuide'),
    );
    // The section that holds most of the query's words, linked straight to its heading.
    const sections = d.sub_results.filter((s) => s.url.includes('#') && s.title && s.title !== title);
    const section = sections
      .map((s) => ({ s, n: countTerms(`${s.title} ${tidyExcerpt(s.excerpt)}`, terms) }))
      .filter((x) => x.n > 0)
      .sort((a, b) => b.n - a.n)[0]?.s;
    const link = el('a', {
      href: resultLink(section?.url ?? d.url, terms),
      class: 'search-result-title',
      id: `${this.idPrefix}${this.hits++}`,
    });
    link.innerHTML = markTerms(title, terms);
    li.append(type, link);
    if (section) li.append(el('span', { class: 'search-result-section' }, `› ${section.title}`));
    // Pagefind's page-level excerpt may come from the keyword block (words joined by " / "): then
    // the page's own description reads better.
    const pageText = tidyExcerpt(d.excerpt);
    const usePage = countTerms(pageText, terms) > 0 && !pageText.includes(' / ');
    const text = section ? tidyExcerpt(section.excerpt) : usePage ? pageText : (d.meta.description ?? pageText);
    const excerpt = el('p', { class: 'search-result-excerpt' });
    excerpt.innerHTML = markTerms(text, terms);
    li.append(excerpt);
    return li;
  }

  private links(): HTMLAnchorElement[] {
    return [...this.results.querySelectorAll<HTMLAnchorElement>('.search-result-title')];
  }

  private setActive(index: number) {
    const links = this.links();
    links.forEach((a, i) => a.closest('li')!.classList.toggle('is-active', i === index));
    this.active = index >= 0 && index < links.length ? index : -1;
    const current = links[this.active];
    if (current) {
      this.input.setAttribute('aria-activedescendant', current.id);
      current.closest('li')!.scrollIntoView({ block: 'nearest' });
    } else this.input.removeAttribute('aria-activedescendant');
  }

  private onKey(e: KeyboardEvent) {
    if (e.isComposing) return; // Chinese input methods use the arrow keys and Enter themselves
    const count = this.links().length;
    if (e.key === 'ArrowDown' && count) {
      e.preventDefault();
      this.setActive(this.active + 1 >= count ? 0 : this.active + 1);
    } else if (e.key === 'ArrowUp' && count) {
      e.preventDefault();
      this.setActive(this.active <= 0 ? count - 1 : this.active - 1);
    } else if (e.key === 'Enter' && this.active >= 0) {
      e.preventDefault();
      location.href = this.links()[this.active]!.href;
    }
  }

  private suggestions(): HTMLElement {
    const p = el('p', { class: 'search-suggest' }, `${this.t('search.suggest')} `);
    p.append(el('a', { href: this.config.topicsPath }, this.t('nav.topics')), ' · ');
    p.append(el('a', { href: this.config.faqPath }, this.t('nav.faq')));
    return p;
  }

  private async renderEmpty(query: string, run: number) {
    this.results.append(el('p', { class: 'search-none' }, this.t('search.none', { query })), this.suggestions());
    // The answer may exist in the other language: show those results instead of a dead end.
    try {
      const other = await pagefindFor(this.config.base, this.config.otherLang);
      const outcome = await runSearch(other, query, this.config.otherLang);
      if (run !== this.run || !outcome.pages.length || outcome.relaxed) return;
      const section = el('section', { class: 'search-group', 'data-type': 'other-language' });
      section.append(el('h3', { class: 'search-group-title' }, this.t('search.otherLanguage')));
      const list = el('ol', { class: 'search-list', lang: this.config.otherLang === 'en' ? 'en' : 'zh-CN' });
      if ((await this.renderBatch(list, { ...outcome, pages: outcome.pages.slice(0, 3) }, 0, run)) === null) return;
      section.append(list);
      this.results.append(section);
    } catch {
      // Other-language results are a bonus; the empty state above already helps.
    }
  }
}
