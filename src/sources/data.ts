/**
 * A source of truth as the reference rules see it: items (plain objects of
 * text fields), the fields that identify an item, and an index from every
 * key value to its items, so that checking a table against 10,000 items
 * stays linear.
 */

export type Item = Readonly<Record<string, string>>;

export interface SourceData {
  name: string;
  /** The fields that identify an item; a row's value may equal any of them. */
  key: readonly string[];
  items: readonly Item[];
  /** Key value → items, as written (in Unicode's composed form, NFC: `é` typed as e + ◌́ is the same text). */
  exact: ReadonlyMap<string, readonly Item[]>;
  /** Key value in NFKC, lower-cased → items, for a value written in another case or with a compatibility character (a full-width Ｋ; the Kelvin sign is canonically K, so NFC already makes it one). */
  folded: ReadonlyMap<string, readonly Item[]>;
  /**
   * What the source read in the repository (relative to the working
   * directory): files by path, and the globs of an `extract:`. A change
   * that touches one of them changed the truth itself (see `touchedSources`).
   */
  reads: {
    paths: readonly string[];
    globs: readonly string[];
    /** The folder (absolute) the paths are relative to, where `touchedSources` finds what the paths really are; absent: the process's working directory. */
    cwd?: string;
  };
}

/**
 * Scalars become text (numbers and booleans as JSON writes them); nested
 * values are left out, their field names added to `nested` (so a message can
 * say a field holds lists, not that it is missing).
 */
export function toItem(value: unknown, extra: Record<string, string> = {}, nested?: Set<string>): Item | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const item: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [field, raw] of Object.entries(value)) {
    // Trimmed, as a cell is: an aligned registry (`CPUManagerGate      = GA`) or a padded export names
    // the same gate as the cell, and a fix must never be a change of spaces the cell drops again.
    if (typeof raw === 'string') item[field] = raw.trim();
    else if (typeof raw === 'number' || typeof raw === 'boolean') item[field] = String(raw);
    else if (typeof raw === 'object' && raw !== null) nested?.add(field);
  }
  for (const [field, raw] of Object.entries(extra)) item[field] = raw.trim();
  return item;
}

export function sourceData(name: string, key: readonly string[], items: readonly Item[], reads: SourceData['reads'] = { paths: [], globs: [] }): SourceData {
  const exact = new Map<string, Item[]>();
  const folded = new Map<string, Item[]>();
  const add = (map: Map<string, Item[]>, value: string, item: Item): void => {
    const list = map.get(value);
    if (!list) map.set(value, [item]);
    else if (!list.includes(item)) list.push(item);
  };
  for (const item of items) {
    for (const field of key) {
      const value = item[field];
      if (value === undefined || value === '') continue;
      add(exact, same(value), item);
      add(folded, looseKey(value), item);
    }
  }
  return { name, key, items, exact, folded, reads };
}

const ASCII = /^[\u0000-\u007f]*$/;

/** A key as text: two spellings that are canonically equivalent in Unicode (NFC) are one. */
export const same = (value: string): string => (ASCII.test(value) ? value : value.normalize('NFC'));

/** A key matched loosely: in NFKC (compatibility characters as what they stand for), lower-cased. */
export const looseKey = (value: string): string => (ASCII.test(value) ? value : value.normalize('NFKC')).toLowerCase();

/** The items a row's value names: an exact match first, else one in another case. */
export const lookup = (data: SourceData, value: string): readonly Item[] => data.exact.get(same(value)) ?? data.folded.get(looseKey(value)) ?? [];

/** Every key value of the source, for "did you mean". */
export const keyValues = (data: SourceData): readonly string[] => {
  let known = keyLists.get(data);
  if (!known) keyLists.set(data, (known = [...data.exact.keys()]));
  return known;
};
const keyLists = new WeakMap<SourceData, string[]>();

/**
 * How messages name an item: by the first key field whose value is not what
 * the row wrote (so a row `ExpandDisksGate` matched by `const` shows the
 * item's `name`, `ExpandDisks`), else by its first key value.
 */
export function itemName(data: SourceData, item: Item, rowValue?: string): string {
  const values = data.key.map((field) => item[field]).filter((value): value is string => value !== undefined && value !== '');
  return values.find((value) => value !== rowValue) ?? values[0] ?? '(no key)';
}
