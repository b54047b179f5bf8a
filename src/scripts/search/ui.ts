/** The search experience shared by the header dialog and the search page: normalised queries, results
 *  grouped by type with the matching section linked, highlighted excerpts, topic filters, a count,
 *  an empty state, other-language results, and a clear error when the index cannot load. */
import { normalizeQuery } from '../../lib/search-query';
import { buildSearchConfig } from '../../lib/search-config';
import { isLocale } from '../../i18n/locales';
import { fill } from '../../i18n/fill';
import { pagefindFor, type PagefindApi, type PagefindResultData } from './pagefind';

/** This page's search settings, from its <html lang> and base (the strings come with this lazily
 *  loaded module, so pages carry none of them). */
export function pageSearchConfig(): SearchConfig {
  const html = document.documentElement;
  return buildSearchConfig(isLocale(html.lang) ? html.lang : 'zh-CN', html.dataset.base ?? '/');
}

export interface SearchConfig {
  base: string;
  lang: string;
  otherLang: string;
  searchPath: string;
  topicsPath: string;
  faqPath: string;
  queryMap?: string;
  topics: Record<string, string>;
  strings: Record<string, string>;
}

const MAX_RESULTS = 20;

/** Pagefind excerpts mark hits with <mark>; everything else is shown as text. */
export function safeExcerpt(html: string): string {
  const escaped = html
    .replace(/&(?!(?:amp|lt|gt|quot|#39);)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
  return escaped.replace(/&lt;(\/?)mark&gt;/g, '<$1mark>');
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, text?: string) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

export class SearchUI {
  private input: HTMLInputElement;
  private status: HTMLElement;
  private filtersBox: HTMLElement;
  private results: HTMLElement;
  private topic = '';
  private query = '';
  private run = 0;
  private api?: Promise<PagefindApi>;
  private toIndexQuery?: Promise<(query: string) => string>;

  constructor(
    root: HTMLElement,
    private config: SearchConfig,
    private onQuery?: (query: string) => void,
  ) {
    this.input = root.querySelector('input[type=search]')!;
    this.status = root.querySelector('[data-search-status]')!;
    this.filtersBox = root.querySelector('[data-search-filters]')!;
    this.results = root.querySelector('[data-search-results]')!;
    this.input.addEventListener('input', () => void this.search(this.input.value));
    this.input.form?.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.search(this.input.value);
    });
  }

  private t(key: string, vars: Record<string, string | number> = {}) {
    return fill(this.config.strings[key] ?? key, vars);
  }

  private index(): Promise<PagefindApi> {
    this.api ??= pagefindFor(this.config.base, this.config.lang);
    this.api.catch(() => (this.api = undefined));
    return this.api;
  }

  /** The query as the index spells it: on a generated page (zh-Hant), Simplified input read as
   *  Traditional; if the map cannot load, the query as typed. */
  private async indexQuery(query: string): Promise<string> {
    const url = this.config.queryMap;
    if (!url) return query;
    this.toIndexQuery ??= Promise.all([fetch(url).then((r) => r.json()), import('../../lib/hant-query')])
      .then(([map, { queryConverter }]) => queryConverter(map))
      .catch(() => (q: string) => q);
    return (await this.toIndexQuery)(query);
  }

  /** Starts loading the index (on dialog open), so the first keystroke has less to wait for. */
  preload(): void {
    this.index().catch(() => this.showError());
  }

  async search(raw: string): Promise<void> {
    const query = normalizeQuery(raw);
    const run = ++this.run;
    if (query !== this.query) this.topic = this.topic && query ? this.topic : '';
    this.query = query;
    this.onQuery?.(query);
    if (!query) {
      this.clear();
      this.status.textContent = this.t('search.hint');
      return;
    }
    let api: PagefindApi;
    try {
      this.results.setAttribute('aria-busy', 'true');
      api = await this.index();
    } catch {
      if (run === this.run) this.showError();
      return;
    }
    const filters = this.topic ? { topic: this.topic } : undefined;
    const found = await api.debouncedSearch(await this.indexQuery(query), { filters }, 150);
    if (found === null || run !== this.run) return; // a newer keystroke superseded this one
    const data = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (run !== this.run) return;
    this.results.removeAttribute('aria-busy');
    this.renderFilters(found.filters.topic ?? {});
    this.status.textContent = data.length ? this.t('search.count', { count: found.results.length }) : '';
    this.results.replaceChildren();
    if (data.length) this.renderGroups(data);
    else await this.renderEmpty(query, run);
  }

  private clear() {
    this.results.replaceChildren();
    this.filtersBox.replaceChildren();
    this.results.removeAttribute('aria-busy');
  }

  private showError() {
    this.clear();
    this.status.textContent = '';
    const p = el('p', { class: 'search-error', role: 'alert' }, this.t('search.loadError'));
    this.results.append(p, this.suggestions());
  }

  private renderFilters(counts: Record<string, number>) {
    const topics = Object.keys(this.config.topics).filter((id) => (counts[id] ?? 0) > 0 || id === this.topic);
    this.filtersBox.replaceChildren();
    if (topics.length < 2 && !this.topic) return;
    const group = el('div', { role: 'group', 'aria-label': this.t('search.filterLabel'), class: 'search-filters' });
    const chip = (id: string, label: string) => {
      const b = el(
        'button',
        { type: 'button', class: 'btn chip', 'aria-pressed': String(this.topic === id), 'data-topic': id },
        label,
      );
      b.addEventListener('click', () => {
        this.topic = id;
        void this.search(this.input.value);
      });
      return b;
    };
    group.append(chip('', this.t('search.allTopics')));
    for (const id of topics) group.append(chip(id, `${this.config.topics[id]} (${counts[id] ?? 0})`));
    this.filtersBox.append(group);
  }

  private renderGroups(data: PagefindResultData[]) {
    const byType = { guide: [] as PagefindResultData[], faq: [] as PagefindResultData[] };
    for (const d of data) (d.meta.type === 'faq' ? byType.faq : byType.guide).push(d);
    for (const [type, items] of Object.entries(byType)) {
      if (!items.length) continue;
      const section = el('section', { class: 'search-group', 'data-type': type });
      section.append(
        el('h3', { class: 'search-group-title' }, this.t(type === 'faq' ? 'search.faq' : 'search.guides')),
      );
      const list = el('ol', { class: 'search-list' });
      for (const item of items) list.append(this.renderResult(item));
      section.append(list);
      this.results.append(section);
    }
  }

  private renderResult(d: PagefindResultData): HTMLLIElement {
    const li = el('li', { class: 'search-result' });
    const title = el('a', { href: d.url, class: 'search-result-title' }, d.meta.title ?? d.url);
    li.append(title);
    // The best matching section, linked straight to its heading.
    const section = d.sub_results.find((s) => s.url.includes('#') && s.title && s.title !== d.meta.title);
    if (section) {
      const sub = el('a', { href: section.url, class: 'search-result-section' }, `› ${section.title}`);
      li.append(sub);
    }
    const excerpt = el('p', { class: 'search-result-excerpt' });
    excerpt.innerHTML = safeExcerpt(section?.excerpt ?? d.excerpt);
    li.append(excerpt);
    return li;
  }

  private suggestions(): HTMLElement {
    const p = el('p', { class: 'search-suggest' }, `${this.t('search.suggest')} `);
    p.append(el('a', { href: this.config.topicsPath }, this.config.strings['nav.topics'] ?? ''), ' · ');
    p.append(el('a', { href: this.config.faqPath }, this.config.strings['nav.faq'] ?? ''));
    return p;
  }

  private async renderEmpty(query: string, run: number) {
    this.filtersBox.replaceChildren();
    this.results.append(el('p', { class: 'search-none' }, this.t('search.none', { query })), this.suggestions());
    // The answer may exist in the other language: show those results instead of a dead end.
    try {
      const other = await pagefindFor(this.config.base, this.config.otherLang);
      const found = await other.search(query);
      if (!found || run !== this.run || !found.results.length) return;
      const data = await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
      if (run !== this.run) return;
      const section = el('section', {
        class: 'search-group',
        'data-type': 'other-language',
        lang: this.config.otherLang,
      });
      section.append(el('h3', { class: 'search-group-title', lang: this.config.lang }, this.t('search.otherLanguage')));
      const list = el('ol', { class: 'search-list' });
      for (const d of data) list.append(this.renderResult(d));
      section.append(list);
      this.results.append(section);
    } catch {
      // Other-language results are a bonus; the empty state above already helps.
    }
  }
}
