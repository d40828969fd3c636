/**
 * "Did you mean" for values that must be one of a fixed list.
 */
import { distance } from 'fastest-levenshtein';

/** Text and emoji presentation selectors (U+FE0E, U+FE0F): invisible, and the same symbol either way. */
export const VARIATION_SELECTORS = /[\uFE0E\uFE0F]/g;

/**
 * Ignore what authors vary without meaning to: case, emphasis, a hesitant
 * `?`, spaces vs hyphens. Not strikethrough: `~~Supported~~` is a status
 * withdrawn, and a fix that took the tildes away would reinstate it.
 */
export const looseForm = (value: string): string =>
  value
    .toLowerCase()
    // `⚠` and `⚠️` (U+FE0F after it) look the same; editors drop and add the selector.
    .replace(VARIATION_SELECTORS, '')
    .replace(/[*_`]/g, '')
    .replace(/\?+\s*$/, '')
    .replace(/[\s\-]+/g, ' ')
    .trim();

/**
 * Edits allowed for a typo. One edit for ordinary words, two only for long
 * ones, none for very short ones: `verified` must not become `UNVERIFIED`
 * (two edits, opposite meaning) and `GA` must not become `Beta`.
 */
const typoBudget = (length: number): number => (length >= 12 ? 2 : length >= 4 ? 1 : 0);

/**
 * Whether one name is the other with one short piece put in or taken out,
 * case and punctuation aside (`loong64` → `loongarch64`, `risc-v` →
 * `riscv64`, `ExpandDisks` → `ExpandDisksGate`): short beside the name, so
 * that a name that only begins with another (`VSOCKGate` →
 * `VSOCKGateRemovedX`) is another name.
 */
export function onePieceApart(a: string, b: string): boolean {
  const bare = (key: string): string => key.toLowerCase().replace(/[\s\-_./:]+/g, '');
  const [short, long] = bare(a).length <= bare(b).length ? [bare(a), bare(b)] : [bare(b), bare(a)];
  if (short.length < 4 || long.length - short.length > Math.max(4, Math.floor(short.length / 3))) return false;
  let prefix = 0;
  while (prefix < short.length && short[prefix] === long[prefix]) prefix++;
  // The rest of the short key must be the long key's end: what is between is the piece put in.
  return long.endsWith(short.slice(prefix));
}

/** Whether `b` is `a` with two neighbouring characters swapped (`Lfie` for `Life`): one slip of the fingers, not two edits. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** A list of allowed values read once for many questions: each value's loose form, and the values by loose form. */
export interface PreparedValues {
  values: readonly string[];
  loose: readonly string[];
  byLoose: ReadonlyMap<string, readonly string[]>;
}

export function prepareValues(values: readonly string[]): PreparedValues {
  const loose = values.map(looseForm);
  const byLoose = new Map<string, string[]>();
  loose.forEach((form, i) => {
    const list = byLoose.get(form);
    if (list) list.push(values[i]!);
    else byLoose.set(form, [values[i]!]);
  });
  return { values, loose, byLoose };
}

/** The allowed value `value` most likely meant, or undefined when none is close or two are equally close. */
export function suggest(value: string, allowed: readonly string[]): string | undefined {
  return suggestAmong(value, prepareValues(allowed));
}

/**
 * `suggest` against a prepared list: a column checked against an enum of a
 * thousand gates on every one of 50,000 rows reads the enum once, and skips
 * the values whose length alone puts them past any typo's reach.
 */
export function suggestAmong(value: string, allowed: PreparedValues): string | undefined {
  const loose = looseForm(value);
  if (loose === '') return undefined;
  const same = allowed.byLoose.get(loose);
  if (same?.length === 1) return same[0];
  if (same && same.length > 1) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (let i = 0; i < allowed.values.length; i++) {
    const other = allowed.loose[i]!;
    // No typo budget exceeds two edits, and each edit changes the length by one at most.
    if (Math.abs(other.length - loose.length) > 2) continue;
    // A swap is one edit, and is allowed from three characters on (`Yse` for `Yes`), where another edit is not.
    const swap = swapped(loose, other);
    const edits = swap ? 1 : distance(loose, other);
    const shorter = Math.min(loose.length, other.length);
    if (edits > Math.max(typoBudget(shorter), swap && shorter >= 3 ? 1 : 0)) continue;
    if (edits < bestDistance) {
      best = allowed.values[i];
      bestDistance = edits;
      tie = false;
    } else if (edits === bestDistance) {
      tie = true;
    }
  }
  return tie ? undefined : best;
}

/**
 * The document's own spelling of allowed values it writes differently: the
 * schema says `Best-effort`, the page's legend defines `Best effort`, and on
 * that page `Best effort` is right and `Best-effort` the variant. Maps each
 * allowed value to the legend's spelling (same loose form), for values the
 * legend does not also define as written; empty when they agree.
 */
export function legendSpellings(terms: readonly string[], allowed: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const defined = new Set(terms);
  const allowedSet = new Set(allowed);
  // The legend's own spellings by loose form, once (a legend may define thousands of terms).
  const byForm = new Map<string, string[]>();
  for (const term of defined) {
    if (allowedSet.has(term)) continue;
    const form = looseForm(term);
    const list = byForm.get(form);
    if (list) list.push(term);
    else byForm.set(form, [term]);
  }
  for (const value of allowed) {
    if (defined.has(value) || looseForm(value) === '') continue;
    const variants = byForm.get(looseForm(value)) ?? [];
    if (variants.length === 1) out.set(value, variants[0]!);
  }
  return out;
}
