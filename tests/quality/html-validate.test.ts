/** Every built HTML page conforms to HTML as checked by html-validate's `html-validate:standard`
 *  preset (conformance rules only, no style rules): zero errors, zero warnings. No rule is turned off.
 *  A failure lists rule id, page, line:column, selector and message. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HtmlValidate, StaticConfigLoader, type Message } from 'html-validate';
import { DIST, htmlPages } from '../helpers/dist';

/** One configuration for every file, resolved once: the static loader re-validates and re-merges it
 *  (element metadata included) on each call, which took about half the time of checking ~400 pages. */
class ResolvedOnceLoader extends StaticConfigLoader {
  private resolved?: ReturnType<StaticConfigLoader['getConfigFor']>;
  override getConfigFor(...[handle, override]: Parameters<StaticConfigLoader['getConfigFor']>) {
    if (override) return super.getConfigFor(handle, override);
    return (this.resolved ??= super.getConfigFor(handle));
  }
}

// root: true, so no .htmlvalidate.json lying around changes what is checked.
const validator = new HtmlValidate(new ResolvedOnceLoader({ root: true, extends: ['html-validate:standard'] }));

const fileOf = (urlPath: string) => path.join(DIST, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
const format = (urlPath: string, m: Message) =>
  `${m.ruleId} ${urlPath}:${m.line}:${m.column}${m.selector ? ` [${m.selector}]` : ''} ${m.message}`;

describe('html-validate (html-validate:standard)', () => {
  it('the validator is live: it reports a known error', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>x</title></head><body><ul><div>x</div></ul></body></html>',
      'probe.html',
    );
    expect(report.results.flatMap((r) => r.messages.map((m) => m.ruleId))).toContain('element-permitted-content');
  });

  it.each(htmlPages())('%s', async (urlPath) => {
    const report = await validator.validateFile(fileOf(urlPath));
    const messages = report.results.flatMap((r) => r.messages.map((m) => format(urlPath, m)));
    if (messages.length) console.log(messages.join('\n'));
    expect(messages).toEqual([]);
  });
});
