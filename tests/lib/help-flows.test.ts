import { describe, expect, it } from 'vitest';
import {
  checkFlowLinks,
  chosenAnswers,
  flowPages,
  guideSections,
  helpFlowSchema,
  helpPath,
  helpView,
  parentPath,
  validateFlow,
  type HelpFlowData,
} from '../../src/lib/help-flows';

const text = (s: string) => ({ 'zh-CN': `中文 ${s}`, en: s });
const option = (slug: string, next: string) => ({ label: text(slug), slug, next });
/** A small sound flow: kind → (travel → phone → iphone | android) | carrier. */
const raw = () => ({
  title: text('Deleted eSIM'),
  summary: text('What to do'),
  start: 'kind',
  steps: {
    wifi: { text: text('Get on Wi-Fi'), link: '/guides/deleted-esim/#what-to-do-now' },
    seller: { text: text('Ask the seller'), link: '/faq/reinstall/' },
    restart: { text: text('Restart') },
  },
  nodes: [
    { id: 'kind', question: text('Which eSIM?'), options: [option('travel', 'phone'), option('carrier', 'carrier')] },
    {
      id: 'phone',
      question: text('Which phone?'),
      options: [option('iphone', 'iphone'), option('android', 'android')],
    },
    { id: 'iphone', title: text('iPhone'), steps: ['wifi', 'seller'] },
    { id: 'android', title: text('Android'), steps: ['wifi', 'restart'] },
    { id: 'carrier', title: text('Carrier'), intro: text('Re-issue'), steps: ['wifi'] },
  ],
});
const parse = (data: unknown): HelpFlowData => helpFlowSchema.parse(data);

describe('help flow schema', () => {
  it('accepts a well-formed flow', () => {
    expect(parse(raw()).nodes).toHaveLength(5);
  });

  it('refuses a node that is both a question and a result, or half of one', () => {
    const both = raw();
    (both.nodes[2] as Record<string, unknown>).question = text('?');
    expect(JSON.stringify(helpFlowSchema.safeParse(both).error!.issues)).toContain('either a question');
    const half = raw();
    delete (half.nodes[2] as Record<string, unknown>).steps;
    expect(JSON.stringify(helpFlowSchema.safeParse(half).error!.issues)).toContain('needs both title and steps');
  });

  it('refuses a question with one answer and a link that is not a site path', () => {
    const one = raw();
    one.nodes[0]!.options = [option('travel', 'phone')];
    expect(helpFlowSchema.safeParse(one).success).toBe(false);
    const external = raw();
    external.steps.wifi.link = 'https://example.com/';
    expect(JSON.stringify(helpFlowSchema.safeParse(external).error!.issues)).toContain('site path');
  });
});

describe('validateFlow', () => {
  it('finds nothing wrong with a sound flow', () => {
    expect(validateFlow('deleted-esim', parse(raw()))).toEqual([]);
  });

  it('names the file and node of an answer leading nowhere', () => {
    const flow = raw();
    flow.nodes[0]!.options![1]!.next = 'missing';
    const errors = validateFlow('deleted-esim', parse(flow));
    expect(errors).toContain(
      'content/help/deleted-esim.yaml, node "kind": answer "carrier" leads to "missing", which is not a node',
    );
    expect(errors.join()).toContain('node "carrier": no answer leads here (an orphan)');
  });

  it('finds a cycle', () => {
    const flow = raw();
    flow.nodes[1]!.options![1]!.next = 'kind';
    flow.nodes.splice(3, 1);
    flow.steps = { wifi: flow.steps.wifi, seller: flow.steps.seller } as typeof flow.steps;
    expect(validateFlow('x', parse(flow)).join('\n')).toContain('leads back to "kind" (a cycle)');
  });

  it('requires every result to link a guide section and every step to be used', () => {
    const flow = raw();
    flow.nodes[4]!.steps = ['restart'];
    flow.steps = { ...flow.steps, unused: { text: text('Never shown') } } as typeof flow.steps;
    const errors = validateFlow('x', parse(flow));
    expect(errors).toContain('content/help/x.yaml, node "carrier": no step links a guide section');
    expect(errors).toContain('content/help/x.yaml, step "unused": no result lists it');
  });

  it('refuses duplicate answer slugs and unknown steps', () => {
    const flow = raw();
    flow.nodes[1]!.options![1]!.slug = 'iphone';
    flow.nodes[2]!.steps = ['wifi', 'seller', 'nope'];
    const errors = validateFlow('x', parse(flow)).join('\n');
    expect(errors).toContain('two answers share the slug "iphone"');
    expect(errors).toContain('step "nope" is not in steps');
  });
});

describe('flow pages and paths', () => {
  const flow = parse(raw());
  const pages = flowPages('deleted-esim', flow);

  it('makes one page per path from the start, each at the path of its answers', () => {
    expect(pages.map((p) => helpPath(p.flow, p.answers))).toEqual([
      '/help/deleted-esim/',
      '/help/deleted-esim/travel/',
      '/help/deleted-esim/travel/iphone/',
      '/help/deleted-esim/travel/android/',
      '/help/deleted-esim/carrier/',
    ]);
  });

  it('knows the answers chosen on the way and the page one step back', () => {
    const iphone = pages[2]!;
    expect(chosenAnswers(iphone).map((c) => [c.option.slug, c.path])).toEqual([
      ['travel', '/help/deleted-esim/travel/'],
      ['iphone', '/help/deleted-esim/travel/iphone/'],
    ]);
    expect(parentPath(iphone)).toBe('/help/deleted-esim/travel/');
    expect(parentPath(pages[0]!)).toBe('/help/');
  });

  it('refuses to build pages for a broken flow, naming the problem', () => {
    const broken = raw();
    broken.start = 'nowhere';
    expect(() => flowPages('deleted-esim', parse(broken))).toThrow(/start "nowhere" is not a node/);
  });
});

describe('helpView', () => {
  const flow = parse(raw());
  const pages = flowPages('deleted-esim', flow);
  const view = (i: number, locale: 'zh-CN' | 'en') =>
    helpView(
      pages[i]!,
      flow,
      locale,
      (p) => (locale === 'en' ? `/en${p}` : p),
      { home: 'Home', help: 'Help', homePath: locale === 'en' ? '/en/' : '/' },
      (link) => (link.startsWith('/guides/') ? 'Deleted eSIM › What to do now' : undefined),
    );

  it('shows a question with its answers as links in the reader’s language', () => {
    const v = view(1, 'en');
    expect(v.kind).toBe('question');
    expect(v.heading).toBe('Which phone?');
    expect(v.options).toEqual([
      { label: 'iphone', path: '/en/help/deleted-esim/travel/iphone/' },
      { label: 'android', path: '/en/help/deleted-esim/travel/android/' },
    ]);
    expect(v.backPath).toBe('/en/help/deleted-esim/');
  });

  it('shows a result as ordered steps with named links, and breadcrumbs of the answers chosen', () => {
    const v = view(2, 'zh-CN');
    expect(v.kind).toBe('result');
    expect(v.title).toBe('中文 iPhone · 中文 Deleted eSIM');
    expect(v.steps).toEqual([
      {
        text: '中文 Get on Wi-Fi',
        link: { path: '/guides/deleted-esim/#what-to-do-now', title: 'Deleted eSIM › What to do now' },
      },
      { text: '中文 Ask the seller', link: { path: '/faq/reinstall/', title: '/faq/reinstall/' } },
    ]);
    expect(v.crumbs.map((c) => c.path)).toEqual([
      '/',
      '/help/',
      '/help/deleted-esim/',
      '/help/deleted-esim/travel/',
      '/help/deleted-esim/travel/iphone/',
    ]);
  });
});

describe('links against the guides', () => {
  it('reads heading ids and texts from a guide body', () => {
    const body = '## 现在该做什么 {/*#what-to-do-now*/}\n\ntext\n\n### iPhone {/*#iphone-settings*/}\n## No id\n';
    expect([...guideSections(body)]).toEqual([
      ['what-to-do-now', '现在该做什么'],
      ['iphone-settings', 'iPhone'],
    ]);
  });

  it('names file, node and step of a link to a missing guide, section or FAQ answer', () => {
    const flow = parse(raw());
    const guides = new Map([['deleted-esim', new Set(['why-single-use'])]]);
    expect(checkFlowLinks('deleted-esim', flow, guides, new Set())).toEqual([
      'content/help/deleted-esim.yaml, node "iphone", step "wifi": guide "deleted-esim" has no section "#what-to-do-now" (/guides/deleted-esim/#what-to-do-now)',
      'content/help/deleted-esim.yaml, node "iphone", step "seller": no FAQ answer "reinstall" (/faq/reinstall/)',
      'content/help/deleted-esim.yaml, node "android", step "wifi": guide "deleted-esim" has no section "#what-to-do-now" (/guides/deleted-esim/#what-to-do-now)',
      'content/help/deleted-esim.yaml, node "carrier", step "wifi": guide "deleted-esim" has no section "#what-to-do-now" (/guides/deleted-esim/#what-to-do-now)',
    ]);
    const ok = new Map([['deleted-esim', new Set(['what-to-do-now'])]]);
    expect(checkFlowLinks('deleted-esim', flow, ok, new Set(['reinstall']))).toEqual([]);
  });
});
