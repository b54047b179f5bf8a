#!/usr/bin/env node
// Build-scale benchmark: how the build (Astro + Pagefind) grows with the number of guides.
//
//   npm run bench:build                  N = 100, 1000, 2000 guides per language
//   npm run bench:build -- 100 1000      chosen sizes
//   npm run bench:build -- --keep 100    keep the temporary project (its path is printed)
//
// For each N it makes a temporary copy of the project (astro.config.mjs, tsconfig.json,
// package.json, src/, content/pages/ and content/facts/, public/ if present), writes N synthetic guides per language
// into its content/guides/<lang>/ (CJK text for zh-CN, English for en; headings in the site's
// `## 标题 {/*#id*/}` syntax; frontmatter valid under src/lib/schemas.ts; topics from
// src/lib/topics.ts), builds it with `node node_modules/astro/bin/astro.mjs build`, and reports wall
// time, pages per second, dist/ size and Pagefind index size. The real content/ is never touched and
// the temporary copy is removed afterwards.
//
// The copy is made by scripts/lib/scratch-project.mjs (shared with the tests).
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { buildProject, makeScratchProject } from './lib/scratch-project.mjs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LOCALES = ['zh-CN', 'en'];

const argv = process.argv.slice(2);
const KEEP = argv.includes('--keep');
const SIZES = argv.filter((a) => /^\d+$/.test(a)).map(Number);
if (!SIZES.length) SIZES.push(100, 1000, 2000);

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Node ${process.versions.node} is too old for Astro 7: run through npm (npm run bench:build), which uses the project's Node.`,
  );
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// Topics: from src/lib/topics.ts (Node strips its types), or read from its source as a fallback.
async function topicIds() {
  try {
    const mod = await import(path.join(ROOT, 'src/lib/topics.ts'));
    if (Array.isArray(mod.TOPIC_IDS) && mod.TOPIC_IDS.length) return [...mod.TOPIC_IDS];
  } catch {
    /* fall through */
  }
  const src = readFileSync(path.join(ROOT, 'src/lib/topics.ts'), 'utf8');
  const list = /TOPIC_IDS\s*=\s*\[([\s\S]*?)\]/.exec(src)?.[1] ?? '';
  const ids = [...list.matchAll(/'([^']+)'|"([^"]+)"/g)].map((m) => m[1] ?? m[2]);
  if (!ids.length) throw new Error('Could not read TOPIC_IDS from src/lib/topics.ts');
  return ids;
}

// ---------------------------------------------------------------------------------------------
// A small seeded PRNG, so every run writes the same corpus and timings compare.
function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const ZH_WORDS = [
  '旅行',
  'eSIM',
  '流量卡',
  '备份',
  '照片',
  '联系人',
  '聊天记录',
  '手机',
  '运营商',
  '套餐',
  '激活码',
  '二维码',
  '有效期',
  '日本',
  '机场',
  'Wi-Fi',
  'iCloud',
  '谷歌账号',
  '微信',
  'LINE',
  '验证码',
  '漫游',
  '设置',
  '客服',
  '补发',
  '费用',
  '门店',
  '身份核验',
  '在留卡',
  '双卡',
  '信号',
  '流量',
  '相册',
  '恢复',
  '换机',
  '转移',
];
const ZH_GLUE = [
  '的',
  '和',
  '在',
  '把',
  '不会',
  '通常',
  '可以',
  '需要',
  '先',
  '再',
  '如果',
  '就',
  '也',
  '都',
  '还',
  '只',
];
const ZH_ENDS = ['。', '。', '。', '！', '？'];

const EN_WORDS = [
  'travel',
  'eSIM',
  'data SIM',
  'backup',
  'photos',
  'contacts',
  'chat history',
  'phone',
  'carrier',
  'plan',
  'activation code',
  'QR code',
  'validity',
  'Japan',
  'airport',
  'Wi-Fi',
  'iCloud',
  'Google account',
  'WeChat',
  'LINE',
  'verification code',
  'roaming',
  'settings',
  'support',
  'reissue',
  'fee',
  'store',
  'residence card',
];
const EN_GLUE = ['the', 'a', 'your', 'and', 'with', 'before', 'after', 'usually', 'can', 'will', 'does not', 'keeps'];

function zhSentence(r) {
  const n = 10 + Math.floor(r() * 14);
  let s = '';
  for (let i = 0; i < n; i++)
    s += i % 2 ? ZH_GLUE[Math.floor(r() * ZH_GLUE.length)] : ZH_WORDS[Math.floor(r() * ZH_WORDS.length)];
  return s + ZH_ENDS[Math.floor(r() * ZH_ENDS.length)];
}
function enSentence(r) {
  const n = 10 + Math.floor(r() * 12);
  const words = [];
  for (let i = 0; i < n; i++)
    words.push(i % 2 ? EN_GLUE[Math.floor(r() * EN_GLUE.length)] : EN_WORDS[Math.floor(r() * EN_WORDS.length)]);
  const s = words.join(' ');
  return `${s[0].toUpperCase()}${s.slice(1)}.`;
}
const sentences = (locale, r, n) =>
  Array.from({ length: n }, () => (locale === 'en' ? enSentence(r) : zhSentence(r))).join(locale === 'en' ? ' ' : '');

const ZH_HEADINGS = [
  '先做这三件事',
  '为什么会这样',
  '少数例外',
  '费用和时间',
  '下次怎么避免',
  '常见误区',
  '需要准备什么',
  '如果还是不行',
];
const EN_HEADINGS = [
  'Do these three things first',
  'Why this happens',
  'Exceptions',
  'Costs and timing',
  'Avoid it next time',
  'Common mistakes',
  'What to prepare',
  'If it still fails',
];

const slugOf = (i) => `bench-guide-${String(i + 1).padStart(5, '0')}`;
const day = (offset) => new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

function guide(locale, i, n, topics) {
  const r = rng(1000 + i * 7 + (locale === 'en' ? 1 : 0));
  const zh = locale !== 'en';
  const title = zh
    ? `测试指南 ${i + 1}：${ZH_WORDS[i % ZH_WORDS.length]}和${ZH_WORDS[(i * 7 + 3) % ZH_WORDS.length]}怎么备份`
    : `Test guide ${i + 1}: backing up ${EN_WORDS[i % EN_WORDS.length]} and ${EN_WORDS[(i * 7 + 3) % EN_WORDS.length]}`;
  const description = zh
    ? `合成的基准测试指南，第 ${i + 1} 篇：讲${ZH_WORDS[i % ZH_WORDS.length]}、备份和 eSIM 的常见问题。`
    : `Synthetic benchmark guide number ${i + 1}: ${EN_WORDS[i % EN_WORDS.length]}, backups and eSIMs, with the usual questions answered.`;
  const picked = [
    ...new Set([topics[i % topics.length], topics[(i * 3 + 1) % topics.length], topics[(i * 5 + 2) % topics.length]]),
  ].slice(0, 1 + (i % 3));
  const link = (k) => `${zh ? '' : '/en'}/guides/${slugOf((i + k) % n)}/`;
  const sections = 5 + (i % 3);
  const headings = zh ? ZH_HEADINGS : EN_HEADINGS;
  const body = [sentences(locale, r, 4), ''];
  for (let s = 0; s < sections; s++) {
    body.push(`## ${headings[s % headings.length]} ${s + 1} {/*#section-${s + 1}*/}`, '');
    body.push(sentences(locale, r, 4), '');
    if (s === 0) {
      body.push('<Steps>', '');
      for (let k = 1; k <= 4; k++) body.push(`${k}. **${zh ? '步骤' : 'Step'} ${k}.** ${sentences(locale, r, 1)}`);
      body.push('', '</Steps>', '');
    } else if (s === 1) {
      body.push(
        `<Callout type="tip" title="${zh ? '提示' : 'Tip'}">`,
        '',
        sentences(locale, r, 2),
        '',
        '</Callout>',
        '',
      );
    } else if (s === 2) {
      body.push(zh ? '| 操作 | 结果 | 能恢复吗 |' : '| Action | Result | Recoverable |', '|---|---|---|');
      for (let k = 0; k < 3; k++)
        body.push(
          `| ${sentences(locale, r, 1).slice(0, 24)} | ${zh ? '通常' : 'usually'} | ${k % 2 ? (zh ? '能' : 'yes') : zh ? '不能' : 'no'} |`,
        );
      body.push('');
    } else {
      for (let k = 0; k < 3; k++) body.push(`- ${sentences(locale, r, 1)}`);
      body.push('');
    }
    body.push(`### ${zh ? '细节' : 'Details'} ${s + 1} {/*#section-${s + 1}-details*/}`, '');
    body.push(
      `${sentences(locale, r, 3)} ${zh ? '另见' : 'See also'} [${zh ? '相关指南' : 'a related guide'}](${link(s + 1)}).`,
      '',
    );
  }
  const fm = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `description: ${JSON.stringify(description)}`,
    `published: ${day(i % 300)}`,
    `updated: ${day((i % 300) + 10)}`,
    `verified: ${day((i % 300) + 10)}`,
    `topics: [${picked.join(', ')}]`,
    `keywords: [${zh ? `测试${i + 1}, 基准` : `test ${i + 1}, benchmark`}]`,
    'sources:',
    `  - title: ${JSON.stringify(zh ? `来源 ${i + 1}` : `Source ${i + 1}`)}`,
    `    url: "https://example.org/sources/${i + 1}"`,
    '---',
    '',
  ];
  return fm.join('\n') + body.join('\n');
}

// ---------------------------------------------------------------------------------------------
function dirStats(dir) {
  let bytes = 0;
  let files = 0;
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      const st = statSync(full);
      if (st.isDirectory()) walk(full);
      else {
        bytes += st.size;
        files++;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { bytes, files };
}

function countHtml(dir) {
  let n = 0;
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) {
        if (full !== path.join(dir, 'pagefind')) walk(full);
      } else if (name.endsWith('.html')) n++;
    }
  };
  walk(dir);
  return n;
}

function makeProject(n, topics) {
  const dir = makeScratchProject({ content: {}, prefix: `bench-build-${n}-` });
  // The about page prints registry facts (<Fact>), so the facts come along with it.
  for (const folder of ['pages', 'facts'])
    cpSync(path.join(ROOT, 'content', folder), path.join(dir, 'content', folder), { recursive: true });
  // The FAQ collection exists but is empty: guides are what is scaled.
  for (const locale of LOCALES) mkdirSync(path.join(dir, 'content/faq', locale), { recursive: true });
  for (const locale of LOCALES) {
    const out = path.join(dir, 'content/guides', locale);
    mkdirSync(out, { recursive: true });
    for (let i = 0; i < n; i++) writeFileSync(path.join(out, `${slugOf(i)}.mdx`), guide(locale, i, n, topics));
  }
  return dir;
}

const build = (dir) => buildProject(dir).then((r) => ({ ...r, log: r.output }));

/** Astro's time format: `850ms`, `12.34s`, `4m 5s`. */
function seconds(text) {
  const m = /^(\d+)m (\d+)s$/.exec(text);
  if (m) return Number(m[1]) * 60 + Number(m[2]);
  return text.endsWith('ms') ? Number(text.slice(0, -2)) / 1000 : Number(text.slice(0, -1));
}

const MiB = (b) => (b / 1024 / 1024).toFixed(1);
let current = null;
const cleanup = () => {
  if (current && !KEEP) rmSync(current, { recursive: true, force: true });
  current = null;
};
process.on('SIGINT', () => {
  cleanup();
  process.exit(130);
});

async function main() {
  const topics = await topicIds();
  const rows = [];
  for (const n of SIZES) {
    const t0 = performance.now();
    current = makeProject(n, topics);
    const corpus = dirStats(path.join(current, 'content/guides'));
    const genSeconds = (performance.now() - t0) / 1000;
    console.log(
      `N=${n}: ${n * LOCALES.length} synthetic guides (${MiB(corpus.bytes)} MiB MDX) written in ${genSeconds.toFixed(1)} s to ${current}; building…`,
    );
    // Cold: a fresh copy, no caches. Warm: the same project rebuilt with nothing changed (Astro's
    // content cache and the OG image cache in .astro/cache kept, as a host or CI that keeps it would).
    for (const pass of ['cold', 'warm']) {
      const { code, log, seconds: wall } = await build(current);
      if (code !== 0) {
        console.log(
          `N=${n} ${pass}: BUILD FAILED (exit ${code}) after ${wall.toFixed(1)} s. Last lines:\n${log.split('\n').slice(-40).join('\n')}`,
        );
        rows.push({ n, pass, failed: true, seconds: wall });
        break;
      }
      const dist = path.join(current, 'dist');
      const html = countHtml(dist);
      const all = dirStats(dist);
      const pf = dirStats(path.join(dist, 'pagefind'));
      const plain = stripVTControlCharacters(log);
      const TIME = String.raw`(\d+m \d+s|[\d.]+m?s)`;
      const astroBuilt = new RegExp(String.raw`(\d+) page\(s\) built in ` + TIME).exec(plain);
      const generating = new RegExp(String.raw`generating static routes[\s\S]*?Completed in ` + TIME).exec(plain);
      const vite = [...plain.matchAll(new RegExp(String.raw`\[vite\] ✓ built in ` + TIME, 'g'))].reduce(
        (t, m) => t + seconds(m[1]),
        0,
      );
      const pagefind = /indexed (\d+) pages in (\d+) ms/.exec(plain);
      const row = {
        n,
        pass,
        guides: n * LOCALES.length,
        html,
        seconds: wall,
        pagesPerSecond: html / wall,
        distBytes: all.bytes,
        distFiles: all.files,
        pagefindBytes: pf.bytes,
        pagefindFiles: pf.files,
        astroSeconds: astroBuilt ? seconds(astroBuilt[2]) : NaN,
        viteSeconds: vite || NaN,
        generateSeconds: generating ? seconds(generating[1]) : NaN,
        pagefindSeconds: pagefind ? Number(pagefind[2]) / 1000 : NaN,
        pagefindPages: pagefind ? Number(pagefind[1]) : NaN,
      };
      rows.push(row);
      console.log(
        `N=${n} ${pass}: ${html} HTML pages in ${wall.toFixed(1)} s wall (${row.pagesPerSecond.toFixed(1)} pages/s); dist ${MiB(all.bytes)} MiB in ${all.files} files; Pagefind ${MiB(pf.bytes)} MiB in ${pf.files} files (indexed ${row.pagefindPages} pages in ${row.pagefindSeconds.toFixed(1)} s)`,
      );
    }
    if (KEEP) console.log(`  kept: ${current}`);
    else cleanup();
  }

  const head = [
    'N/lang',
    'pass',
    'guides',
    'HTML pages',
    'wall s',
    'pages/s',
    'astro s',
    'vite s',
    'routes s',
    'pagefind s',
    'dist MiB',
    'dist files',
    'pagefind MiB',
    'pf files',
  ];
  const table = rows.map((r) =>
    r.failed
      ? [r.n, r.pass, 'FAILED', '', r.seconds.toFixed(1), '', '', '', '', '', '', '', '', '']
      : [
          r.n,
          r.pass,
          r.guides,
          r.html,
          r.seconds.toFixed(1),
          r.pagesPerSecond.toFixed(1),
          ...[r.astroSeconds, r.viteSeconds, r.generateSeconds].map((x) => (Number.isFinite(x) ? x.toFixed(1) : '—')),
          Number.isFinite(r.pagefindSeconds) ? r.pagefindSeconds.toFixed(1) : '—',
          MiB(r.distBytes),
          r.distFiles,
          MiB(r.pagefindBytes),
          r.pagefindFiles,
        ],
  );
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((row) => String(row[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padStart(widths[i])).join('  ');
  console.log(`\nBuild scale (Node ${process.versions.node}, ${os.cpus().length} CPUs):`);
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of table) console.log(line(row));
  console.log(
    '\ncold: a fresh copy; warm: the same copy rebuilt with nothing changed (caches in .astro/cache kept).\n' +
      'wall s: the whole `astro build` process. astro s: Astro\'s own total ("page(s) built in", after the integrations\' build:done hooks,\n' +
      'Pagefind included). vite s: the Vite bundles. routes s: "generating static routes" (rendering every page and endpoint, OG images\n' +
      "included). pagefind s: Pagefind's own figure. Sizes are bytes on disk, uncompressed.",
  );
}

main().then(
  () => process.exit(0),
  (err) => {
    cleanup();
    console.error(err);
    process.exit(1);
  },
);
