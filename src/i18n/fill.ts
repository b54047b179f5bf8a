/** Fills `{name}` placeholders; unknown names stay as written, so a typo shows instead of vanishing.
 *  Dictionary-free, so browser code can use it without shipping the dictionaries. */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}
