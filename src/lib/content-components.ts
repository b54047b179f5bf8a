/** The components MDX content may use, and the props each takes: string literals only, checked by the
 *  content check (src/plugins/remark-safe-content.ts). Adding a component is one entry here plus its
 *  import in src/components/mdx.ts (typed against this table, so the two cannot drift). Pure. */
import { SLUG } from './content-files';

export const CALLOUT_TYPES = ['note', 'tip', 'warning', 'danger'] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];

export const CHECKLIST_PLATFORMS = ['iphone', 'android'] as const;

/** Ids that end up in markup and storage keys: the same form as slugs. */
export const CONTENT_ID = SLUG;

export interface PropRule {
  required?: boolean;
  /** The value must be one of these. */
  oneOf?: readonly string[];
  /** The value must match; `format` says how, in the error. */
  pattern?: RegExp;
  format?: string;
  /** A bare attribute that is on or off, written without a value: `<Fact id="x" dated />`. */
  flag?: boolean;
}

export const CONTENT_COMPONENTS = {
  Callout: { type: { oneOf: CALLOUT_TYPES }, title: {} },
  Steps: {},
  Checklist: {
    id: { required: true, pattern: CONTENT_ID, format: 'lowercase a-z, 0-9 and hyphens' },
    // A list only owners of that phone need (it leaves the overall count once the other one is ticked).
    platform: { oneOf: CHECKLIST_PLATFORMS },
  },
  // Progress over every checklist on the page, and a print button.
  ChecklistSummary: {},
  // Facts registry (content/facts/*.yaml): an id or group that does not exist fails at render.
  Fact: { id: { required: true, pattern: CONTENT_ID, format: 'a fact id from content/facts/' }, dated: { flag: true } },
  FactTable: { group: { required: true, pattern: CONTENT_ID, format: 'a file name in content/facts/' } },
} satisfies Record<string, Record<string, PropRule>>;

export type ContentComponentName = keyof typeof CONTENT_COMPONENTS;

export function isContentComponent(name: string): name is ContentComponentName {
  return Object.hasOwn(CONTENT_COMPONENTS, name);
}

export function isFlagProp(name: ContentComponentName, prop: string): boolean {
  const rules: Record<string, PropRule> = CONTENT_COMPONENTS[name];
  return Object.hasOwn(rules, prop) && rules[prop]!.flag === true;
}

/** What is wrong with a known component's string props (an empty list when nothing is). */
export function componentPropProblems(name: ContentComponentName, props: ReadonlyMap<string, string>): string[] {
  const rules: Record<string, PropRule> = CONTENT_COMPONENTS[name];
  const problems: string[] = [];
  for (const prop of props.keys()) {
    if (!Object.hasOwn(rules, prop))
      problems.push(`<${name}> has no prop "${prop}" (it takes: ${Object.keys(rules).join(', ') || 'none'})`);
  }
  for (const [prop, rule] of Object.entries(rules)) {
    const value = props.get(prop);
    if (rule.flag && value !== undefined && value !== '') problems.push(`<${name} ${prop}> is written without a value`);
    if (value === undefined) {
      if (rule.required) problems.push(`<${name}> needs ${prop}="…"`);
      continue;
    }
    if (rule.oneOf && !rule.oneOf.includes(value))
      problems.push(`<${name} ${prop}="${value}"> must be one of: ${rule.oneOf.join(', ')}`);
    if (rule.pattern && !rule.pattern.test(value))
      problems.push(`<${name} ${prop}="${value}"> must be ${rule.format ?? `like ${rule.pattern}`}`);
  }
  return problems;
}
