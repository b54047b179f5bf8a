/** The page model of the help pages (the list, each flow question and result, the emergency card),
 *  built from a plain flow: no Astro, no rendering. */
import { describe, expect, it } from 'vitest';
import { emergencyCardPage, helpFlowPage, helpIndexPage, ogImages } from '../../src/lib/page-data';
import { flowPages, helpFlowSchema, type HelpFlows } from '../../src/lib/help-flows';
import { CARD_FIELDS } from '../../src/lib/emergency-card';

const text = (s: string) => ({ 'zh-CN': `中文${s}`, en: s });
const data = helpFlowSchema.parse({
  title: text('Lost phone'),
  summary: text('Block it, then recover'),
  start: 'kind',
  steps: {
    lock: { text: text('Lock the phone'), link: '/guides/lost-phone/#lock' },
    call: { text: text('Call the carrier') },
  },
  nodes: [
    {
      id: 'kind',
      question: text('Which phone?'),
      options: [
        { label: text('iPhone'), slug: 'iphone', next: 'iphone' },
        { label: text('Android'), slug: 'android', next: 'android' },
      ],
    },
    { id: 'iphone', title: text('iPhone steps'), steps: ['lock', 'call'] },
    { id: 'android', title: text('Android steps'), intro: text('Use Find Hub'), steps: ['lock'] },
  ],
});
const help: HelpFlows = {
  flows: [{ id: 'lost', data, pages: flowPages('lost', data) }],
  linkTitle: (locale, link) => (link.startsWith('/guides/lost-phone/') ? `${locale}: Lost phone › Lock` : undefined),
};
const site = { site: 'https://site.example', base: '/', feedbackUrl: 'https://tracker.example/new' };
const guide = (id: string) => ({ id, data: {} });

describe('help list', () => {
  it('links every flow in the reader’s language, then the card, and the provider table where the site has it', () => {
    const page = helpIndexPage({ guides: [guide('en/esim-provider-rules')], help, site }, 'en');
    expect(page.path).toBe('/en/help/');
    expect(page.title).toBe(page.meta.title.split(' | ')[0]);
    expect(page.crumbs.map((c) => c.path)).toEqual(['/en/', '/en/help/']);
    expect(page.flows).toEqual([
      { title: 'Lost phone', description: 'Block it, then recover', path: '/en/help/lost/' },
    ]);
    expect(page.more.map((m) => m.path)).toEqual(['/en/help/emergency-card/', '/en/guides/esim-provider-rules/']);
    expect(page.meta.og.image.url).toBe('https://site.example/og/en/help.png');
    // A site without the provider guide (the test fixture) does not link it.
    expect(helpIndexPage({ guides: [guide('en/other')], help, site }, 'en').more).toHaveLength(1);
  });

  it('zh-Hant shows the flows converted from zh-CN', () => {
    const page = helpIndexPage({ guides: [], help, site }, 'zh-Hant');
    expect(page.flows[0]).toMatchObject({ title: '中文Lost phone', path: '/zh-hant/help/lost/' });
    expect(page.crumbs[0]!.path).toBe('/zh-hant/');
  });
});

describe('help flow page', () => {
  it('a question: its answers as links under the reader’s prefix, breadcrumbs and their JSON-LD', () => {
    const page = helpFlowPage({ help, site }, 'en', 'lost', []);
    expect(page.path).toBe('/en/help/lost/');
    expect(page.view.kind).toBe('question');
    expect(page.view.options.map((o) => o.path)).toEqual(['/en/help/lost/iphone/', '/en/help/lost/android/']);
    expect(page.meta.title).toBe('Which phone? · Lost phone | Japan SIM & eSIM Backup Guide');
    expect(page.meta.description).toBe('Block it, then recover');
    expect(page.meta.og.image.url).toBe('https://site.example/og/en/help/lost.png');
    const [crumbs] = page.jsonLd as { '@type': string; itemListElement: { item: string }[] }[];
    expect(crumbs!['@type']).toBe('BreadcrumbList');
    expect(crumbs!.itemListElement.map((i) => i.item)).toEqual([
      'https://site.example/en/',
      'https://site.example/en/help/',
      'https://site.example/en/help/lost/',
    ]);
  });

  it('a result: steps named by the page they link, the chosen answer in the crumbs, the intro as description', () => {
    const page = helpFlowPage({ help, site }, 'en', 'lost', ['android']);
    expect(page.view.kind).toBe('result');
    expect(page.view.steps).toEqual([
      { text: 'Lock the phone', link: { path: '/en/guides/lost-phone/#lock', title: 'en: Lost phone › Lock' } },
    ]);
    expect(page.view.crumbs.at(-1)).toEqual({ name: 'Android', path: '/en/help/lost/android/' });
    expect(page.meta.description).toBe('Use Find Hub');
    expect(page.view.backPath).toBe('/en/help/lost/');
  });

  it('zh-Hant reads the zh-CN text (the page is converted as it renders)', () => {
    const page = helpFlowPage({ help, site }, 'zh-Hant', 'lost', ['iphone']);
    expect(page.view.heading).toBe('中文iPhone steps');
    expect(page.path).toBe('/zh-hant/help/lost/iphone/');
  });

  it('fails naming the path of a page that does not exist', () => {
    expect(() => helpFlowPage({ help, site }, 'en', 'lost', ['nokia'])).toThrow('/help/lost/nokia/');
    expect(() => helpFlowPage({ help, site }, 'en', 'gone', [])).toThrow('/help/gone/');
  });
});

describe('emergency card', () => {
  it('every field labelled and hinted in the page language, one-line fields as inputs, the rest as textareas', () => {
    const page = emergencyCardPage({ site }, 'en');
    expect(page.crumbs.map((c) => c.path)).toEqual(['/en/', '/en/help/', '/en/help/emergency-card/']);
    expect(page.fields.map((f) => f.id)).toEqual(CARD_FIELDS.map((f) => f.id));
    expect(page.fields[0]).toMatchObject({ label: 'Name', control: 'input', attributes: { type: 'text' } });
    expect(page.fields.find((f) => f.id === 'esims')).toMatchObject({ control: 'textarea', attributes: { rows: 3 } });
    expect(page.actions.map((a) => a.action)).toEqual(['save', 'image', 'print', 'clear']);
    expect(page.actions[3]!.label).toBe('Clear');
    expect(emergencyCardPage({ site }, 'zh-CN').fields[0]!.label).not.toBe('Name');
  });
});

describe('help OG images', () => {
  it('one per help page and language, labelled help, the flow name as subtitle', () => {
    const images = ogImages({ guides: [], faqs: [], help });
    const byPath = new Map(images.map((i) => [i.path, i.input]));
    expect(byPath.get('/og/en/help/lost/android.png')).toMatchObject({
      title: 'Android steps',
      subtitle: 'Lost phone',
      label: 'Help',
    });
    expect(byPath.get('/og/zh-hant/help/emergency-card.png')).toMatchObject({ locale: 'zh-Hant' });
    // The list, the card and three flow pages, per language; plus home and the topics.
    expect(images.filter((i) => i.path.includes('/help')).length).toBe(3 * 5);
  });
});
