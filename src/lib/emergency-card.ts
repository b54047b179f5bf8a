/** The personal emergency card: what a reader will need if the phone is lost, typed on the device and
 *  kept there. Pure: the field list, the stored form and the text layout of the image, shared by the
 *  page, the browser code and the unit tests. Nothing here (or anywhere) sends the card's data. */

/** The card's fields, in order. `lines` is the height of the input (1 = single-line input). */
export const CARD_FIELDS = [
  { id: 'name', lines: 1 },
  { id: 'eid', lines: 1 },
  { id: 'imei', lines: 1 },
  { id: 'esims', lines: 3 },
  { id: 'block', lines: 3 },
  { id: 'trusted', lines: 2 },
  { id: 'notes', lines: 2 },
] as const;
/** The buttons <emergency-card> wires up (`data-card-action`), in order. */
export const CARD_ACTIONS = ['save', 'image', 'print', 'clear'] as const;
export type CardFieldId = (typeof CARD_FIELDS)[number]['id'];
export type CardValues = Partial<Record<CardFieldId, string>>;

/** localStorage key; versioned so a later change of fields can tell old data apart. */
export const CARD_STORAGE_KEY = 'emergency-card:v1';

const IDS = new Set<string>(CARD_FIELDS.map((f) => f.id));

/** Values worth storing: known fields, trimmed, empty ones left out. */
export function cleanCard(values: Record<string, unknown>): CardValues {
  const out: CardValues = {};
  for (const [key, value] of Object.entries(values))
    if (IDS.has(key) && typeof value === 'string' && value.trim()) out[key as CardFieldId] = value.trim();
  return out;
}

/** The stored card, or an empty one for missing or damaged data (never an exception on the page). */
export function parseStoredCard(raw: string | null): CardValues {
  if (!raw) return {};
  try {
    const data: unknown = JSON.parse(raw);
    return data && typeof data === 'object' ? cleanCard(data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function isEmptyCard(values: CardValues): boolean {
  return Object.keys(values).length === 0;
}

/** Splits text into lines no wider than `maxWidth` as `measure` reports: at spaces for Latin text,
 *  between any two characters for CJK (which has no spaces), always keeping the author's line breaks. */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    // Tokens: words with their following space, or single CJK characters.
    const tokens = paragraph.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+\s*|\s+/g) ?? [''];
    let line = '';
    for (const token of tokens) {
      if (line && measure((line + token).trimEnd()) > maxWidth) {
        out.push(line.trimEnd());
        line = token.trimStart();
      } else line += token;
      // A single token wider than the line (a long number): cut it by characters.
      while (measure(line.trimEnd()) > maxWidth && line.trimEnd().length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && measure(line.slice(0, cut)) > maxWidth) cut--;
        out.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    out.push(line.trimEnd());
  }
  return out;
}
