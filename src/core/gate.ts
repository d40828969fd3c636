/**
 * `gate: new` (the Action) and `--base` (the CLI): a finding is new when the
 * base version of its file has no finding with the same identity. Identity
 * leaves out lines and messages, so moving rows or editing elsewhere in a
 * file introduces nothing, while a change that breaks an untouched row (say,
 * deleting the note an UNSUPPORTED gate needs) is caught on that row. It
 * keeps the text the finding points at (a cell), so a wrong value rewritten
 * into another wrong value is the change's own.
 */
import { narrowFixes } from './hand-over.js';
import type { Violation } from './types.js';

export const identity = (v: Violation): string =>
  JSON.stringify([v.file, v.table ?? '', v.rule, v.rowKey ?? '', v.field ?? '', v.text ?? '']);

export const byPosition = (a: Violation, b: Violation): number =>
  a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;

export interface GateResult {
  /** Findings that decide the outcome. */
  gating: Violation[];
  /** Findings already present at the base. */
  existing: Violation[];
}

/**
 * Splits head findings into new and pre-existing. `base` holds the base
 * version's findings with `file` already set to the head path (renames
 * followed). Identities are counted, so a second duplicate of a row that was
 * already duplicated is still new. `always`: findings that are new whatever
 * the base had (those about the config, which would otherwise be shown in
 * no pull request once the base had them, and those that say the file was
 * not checked, which would let a change to it pass unchecked).
 */
export function splitNew(head: Violation[], base: Violation[], always: (v: Violation) => boolean = () => false): GateResult {
  const remaining = new Map<string, number>();
  for (const v of base) remaining.set(identity(v), (remaining.get(identity(v)) ?? 0) + 1);
  const gating: Violation[] = [];
  const existing: Violation[] = [];
  for (const v of [...head].sort(byPosition)) {
    const id = identity(v);
    const left = remaining.get(id) ?? 0;
    if (left > 0 && !always(v)) {
      remaining.set(id, left - 1);
      existing.push(v);
    } else gating.push(v);
  }
  // The table's sort fix may ride on a finding that was there before, or move rows that were out of order
  // before: the change's own rows get fixes of their own.
  narrowFixes(existing, gating);
  return { gating, existing };
}
