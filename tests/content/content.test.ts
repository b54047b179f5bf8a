/** Checks on the MDX sources an author would want before publishing. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent, CONTENT } from '../helpers/content';
import { guideSchema, faqSchema } from '../../src/lib/schemas';

const guides = readContent('guides');
const faqs = readContent('faq');
const pages = readContent('pages');
const all = [...guides, ...faqs, ...pages];
const guideSlugs = new Set(guides.map((g) => g.slug));
const REQUIRED_GUIDES = [
  'sim-is-not-a-backup', 'what-an-esim-stores', 'pre-trip-backup-checklist', 'iphone-icloud-backup',
  'android-google-backup', 'chat-history-backup', 'verification-codes-abroad', 'deleted-esim',
  'transfer-esim-to-new-phone', 'lost-phone-in-japan', 'choosing-a-japan-sim', 'backup-data-usage',
  'carrier-esim-reissue', 'glossary',
];

// Explicit heading ids (the MDX-comment markers after ## and ### headings), in order.
const headingIds = (body: string) => [...body.matchAll(/^#{2,3} .*\{\/\*#([^*]+)\*\/\}\s*$/gm)].map((m) => m[1]);

describe('content plan', () => {
  it.each(['zh-CN', 'en'])('has every planned guide in %s', (locale) => {
    const have = new Set(guides.filter((g) => g.locale === locale).map((g) => g.slug));
    expect(REQUIRED_GUIDES.filter((s) => !have.has(s))).toEqual([]);
  });

  it.each(['zh-CN', 'en'])('has at least 40 FAQs in %s', (locale) => {
    expect(faqs.filter((f) => f.locale === locale).length).toBeGreaterThanOrEqual(40);
  });

  it('every guide and FAQ has its counterpart in the other language', () => {
    const orphans = [...guides, ...faqs].filter(
      (e) => !all.some((o) => o.collection === e.collection && o.slug === e.slug && o.locale !== e.locale),
    );
    expect(orphans.map((o) => o.file)).toEqual([]);
  });
});

describe('frontmatter', () => {
  it.each(guides.map((g) => [g.file, g] as const))('%s passes the guide schema', (_, g) => {
    const result = guideSchema.safeParse(g.data);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  it.each(faqs.map((f) => [f.file, f] as const))('%s passes the FAQ schema and names existing guides', (_, f) => {
    const result = faqSchema.safeParse(f.data);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
    const related = (f.data.related as string[]) ?? [];
    expect(related.filter((s) => !guideSlugs.has(s))).toEqual([]);
  });

  it('descriptions fit link previews (zh ≤ 80 characters, en ≤ 160)', () => {
    const tooLong = [...guides, ...pages]
      .map((e) => ({ file: e.file, length: [...String(e.data.description)].length, max: e.locale === 'en' ? 160 : 80 }))
      .filter((e) => e.length > e.max);
    expect(tooLong).toEqual([]);
  });

  it('every source URL is well-formed https without tracking parameters', () => {
    const bad: string[] = [];
    for (const e of all) {
      for (const s of (e.data.sources as { url: string }[] | undefined) ?? []) {
        let ok = false;
        try {
          const u = new URL(s.url);
          ok = u.protocol === 'https:' && ![...u.searchParams.keys()].some((k) => /^(utm_|ref$|aff|cid$)/i.test(k));
        } catch {
          // not a URL: reported below
        }
        if (!ok) bad.push(`${e.file}: ${s.url}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('bodies', () => {
  it('contain no phone numbers, handles, emails, referral or tracking links', () => {
    const patterns: [string, RegExp][] = [
      ['phone number', /(?:\+\d{1,3}[\s-]?)?\(?0\d{1,4}\)?[\s-]\d{2,4}[\s-]\d{3,4}\b|\b0120[\s-]?\d|\+81/],
      ['messaging handle', /t\.me\/|telegram\.me|wa\.me\/|weixin:|\bwxid_|(?:^|\s)@[A-Za-z0-9_]{3,}/],
      ['email address', /[\w.+-]+@[\w-]+\.[\w.]+/],
      ['referral or tracking link', /[?&](ref|utm_[a-z]+|aff(iliate)?_?id|cid)=/i],
      ['link shortener', /\b(bit\.ly|t\.cn|tinyurl\.com|goo\.gl)\//],
    ];
    const hits: string[] = [];
    for (const e of all) {
      const text = e.body + JSON.stringify(e.data.sources ?? []);
      for (const [what, re] of patterns) {
        const m = re.exec(text);
        if (m) hits.push(`${e.file}: ${what}: "${m[0]}"`);
      }
    }
    expect(hits).toEqual([]);
  });

  it('put no raw script, iframe or javascript: links in content', () => {
    const hits = all.filter((e) => /<script|<iframe|javascript:/i.test(e.body)).map((e) => e.file);
    expect(hits).toEqual([]);
  });

  it('every internal link resolves to a content page of the same language', () => {
    const broken: string[] = [];
    for (const e of all) {
      for (const m of e.body.matchAll(/\]\((\/[^)\s]*)\)/g)) {
        const href = m[1]!;
        const [pathname, hash] = href.split('#');
        const parts = pathname!.split('/').filter(Boolean);
        const isEn = parts[0] === 'en';
        if (isEn) parts.shift();
        if (isEn !== (e.locale === 'en')) broken.push(`${e.file}: ${href} (other language)`);
        const [section, slug] = parts;
        const folder = section === 'guides' ? 'guides' : section === 'faq' ? 'faq' : null;
        if (!pathname!.endsWith('/')) broken.push(`${e.file}: ${href} (no trailing slash)`);
        if (folder && slug) {
          const file = path.join(CONTENT, folder, e.locale, `${slug}.mdx`);
          if (!existsSync(file)) broken.push(`${e.file}: ${href} (no such ${folder} entry)`);
          else if (hash) {
            const target = all.find((x) => x.collection === folder && x.locale === e.locale && x.slug === slug)!;
            if (!headingIds(target.body).includes(hash)) broken.push(`${e.file}: ${href} (no #${hash})`);
          }
        } else if (!['', 'faq', 'topics', 'about', 'search'].includes(section ?? '')) {
          broken.push(`${e.file}: ${href} (unknown route)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('twins share their section ids, so a section link works in both languages', () => {
    const mismatched: string[] = [];
    for (const zh of [...guides, ...pages].filter((g) => g.locale === 'zh-CN')) {
      const en = all.find((e) => e.collection === zh.collection && e.locale === 'en' && e.slug === zh.slug);
      if (en && headingIds(zh.body).join() !== headingIds(en.body).join()) mismatched.push(zh.slug);
    }
    expect(mismatched).toEqual([]);
  });

  it('FAQ answers open with a short first sentence that answers', () => {
    const long: string[] = [];
    for (const f of faqs) {
      const first = f.body.trim().split('\n')[0]!.replace(/[*_`]/g, '');
      const sentence = /^.+?[。!?！？.](?=\s|$|[^0-9a-z])/u.exec(first)?.[0] ?? first;
      const max = f.locale === 'en' ? 200 : 90;
      if ([...sentence].length > max) long.push(`${f.file}: ${[...sentence].length}`);
    }
    expect(long).toEqual([]);
  });

  it('Chinese bodies use full-width punctuation between Chinese characters', () => {
    const bad: string[] = [];
    for (const e of all.filter((x) => x.locale === 'zh-CN')) {
      const m = /[\u4e00-\u9fff][,;!?](?!\d)|[,;!?][\u4e00-\u9fff]/u.exec(e.body);
      if (m) bad.push(`${e.file}: "${m[0]}"`);
    }
    expect(bad).toEqual([]);
  });
});
