/** Home page lists from the editors' order in src/data/home.ts. Pure, so it is unit-tested directly. */

export interface Group<K> {
  id: string;
  heading: K;
  guides: readonly string[];
}

/** The guides of each group in the editors' order, then any guide no group lists (so a new guide is
 *  never missing from the home page) under `more`. `guides` holds this language's guides by slug;
 *  `allSlugs` every guide in any language. A listed slug that is no guide at all fails the build,
 *  naming it (a renamed guide must be renamed in the data too); one not written in this language is
 *  skipped. Empty groups are left out. */
export function groupGuides<K, T>(
  groups: readonly Group<K>[],
  guides: ReadonlyMap<string, T>,
  allSlugs: ReadonlySet<string>,
  more: { id: string; heading: K },
): { id: string; heading: K; items: T[] }[] {
  const listed = new Set<string>();
  const out = groups.map((group) => ({
    id: group.id,
    heading: group.heading,
    items: group.guides.flatMap((slug) => {
      if (listed.has(slug)) throw new Error(`src/data/home.ts: guide "${slug}" is listed twice`);
      if (!allSlugs.has(slug))
        throw new Error(`src/data/home.ts: group "${group.id}" lists "${slug}", which is not a guide`);
      listed.add(slug);
      const guide = guides.get(slug);
      return guide ? [guide] : [];
    }),
  }));
  const rest = [...guides].filter(([slug]) => !listed.has(slug)).map(([, guide]) => guide);
  return [...out, { ...more, items: rest }].filter((g) => g.items.length > 0);
}
