/** Writes src/i18n/zh-Hant.ts from src/i18n/zh-CN.ts (OpenCC plus src/data/zh-hant.json). Run after
 *  changing either: `npm run i18n:zh-hant`. tests/i18n/zh-hant.test.ts fails while the file is stale. */
import { writeFileSync } from 'node:fs';
import { zhCN } from '../src/i18n/zh-CN.ts';
import { hantDictionarySource } from '../src/lib/hant.ts';

const target = new URL('../src/i18n/zh-Hant.ts', import.meta.url);
writeFileSync(target, hantDictionarySource(zhCN));
console.log(`wrote ${target.pathname} (${Object.keys(zhCN).length} strings)`);
