// npm run facts:report: every registry fact, oldest check first, and those past their freshness
// window, for the next review. It only reports: a build never fails because time passed.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { factReport, indexFacts } from '../src/lib/facts.ts';

const DIR = path.resolve(import.meta.dirname, '..', 'content', 'facts');
const asDate = (v) => (v instanceof Date ? v : new Date(`${v}T00:00:00Z`));

const entries = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .map((file) => {
    const data = parse(readFileSync(path.join(DIR, file), 'utf8'));
    data.facts = data.facts.map((f) => ({ known: true, ...f, checked: asDate(f.checked) }));
    return { id: file.replace(/\.yaml$/, ''), data };
  });

const today = process.argv[2] ? asDate(process.argv[2]) : new Date();
const rows = factReport(indexFacts(entries), today);
const stale = rows.filter((r) => r.stale);
const unknown = rows.filter((r) => !r.known);

console.log(
  `Facts registry: ${rows.length} facts in ${entries.length} files, as of ${today.toISOString().slice(0, 10)}`,
);
console.log(`Past their freshness window: ${stale.length}; stated as not known: ${unknown.length}\n`);
const pad = (s, n) => String(s).padEnd(n);
console.log(`${pad('age', 5)} ${pad('fresh', 6)} ${pad('', 6)} ${pad('group', 22)} ${pad('id', 44)} source`);
for (const r of rows)
  console.log(
    `${pad(r.ageDays, 5)} ${pad(r.freshDays, 6)} ${pad(r.stale ? 'STALE' : r.known ? '' : 'unknown', 6)} ${pad(r.group, 22)} ${pad(r.id, 44)} ${r.source}`,
  );
