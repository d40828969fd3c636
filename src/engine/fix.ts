/**
 * Fixes are data (`{ range, text }` on a finding, ESLint's model); this is
 * the one place that applies them. Fixes are applied in passes, at most
 * `MAX_PASSES`: in each pass every fix that does not overlap an earlier one
 * is applied, the text is linted again, and the next pass takes the fixes
 * that are left, until no finding carries a fix.
 *
 * After each pass the text is parsed again and its structure compared: a fix
 * that would change the number of tables, or of rows in a table, is not
 * applied but reported (markdownlint once turned a table into a list and
 * reported success).
 */
import type { Fix, Violation } from '../core/types.js';
import { readMarkdownFast } from '../markdown/fast.js';
import { loadParser } from '../markdown/read.js';

export const MAX_PASSES = 10;

export interface AppliedFixes {
  output: string;
  applied: Fix[];
  /** Fixes that overlap one applied before them: the next pass may apply them. */
  skipped: Fix[];
}

/** Applies every fix that does not overlap (or touch) an earlier one, in source order. */
export function applyFixes(source: string, fixes: readonly Fix[]): AppliedFixes {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  let output = '';
  let last = -Infinity;
  let at = 0;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    if (start <= last || start < 0 || end > source.length || end < start) {
      skipped.push(fix);
      continue;
    }
    output += source.slice(at, start) + fix.text;
    at = end;
    last = end;
    applied.push(fix);
  }
  return { output: output + source.slice(at), applied, skipped };
}

/** The number of tables and of rows in each: what a fix must not change. */
export function structureOf(source: string): number[] {
  return readMarkdownFast(source).tables.map((table) => table.rows.length);
}

const sameStructure = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((n, i) => n === b[i]);

export interface ShapeKept extends AppliedFixes {
  /** Fixes that would change the number of tables or of a table's rows, and how. */
  refused: { fix: Fix; reason: string }[];
}

/**
 * Parses a call of applyKeepingShape may spend on trials: fixes it has not
 * reached by then are left for the next pass (`skipped`), so a page whose
 * fixes mostly break it costs a bounded number of parses a pass, not one or
 * two per fix.
 */
export const MAX_SHAPE_TRIALS = 32;

/**
 * `applyFixes`, keeping only fixes that leave every table with its rows.
 * All at once first (one parse); when the result changes the structure, the
 * fixes are halved and each half tried on what the earlier ones made, down
 * to the single fixes at fault. A few bad fixes among thousands cost a few
 * dozen parses, where trying each fix alone cost one parse per fix (minutes
 * on a table of thousands of rows); past MAX_SHAPE_TRIALS the rest wait.
 */
export function applyKeepingShape(source: string, fixes: readonly Fix[]): ShapeKept {
  const before = structureOf(source);
  // What the fixes' structure should be: the same tables and rows, but for rows a fix joins on purpose (`Fix.grows`).
  let kept = before;
  const expected = (list: readonly Fix[]): number[] => {
    const out = [...kept];
    for (const { grows } of list) if (grows && grows.table < out.length) out[grows.table]! += grows.rows;
    return out;
  };
  const first = applyFixes(source, fixes);
  if (sameStructure(expected(first.applied), structureOf(first.output))) return { ...first, refused: [] };
  // Overlapping fixes are the next pass's, as in applyFixes; the rest are bisected in source order.
  const refused: ShapeKept['refused'] = [];
  const applied: Fix[] = [];
  let output = source;
  let delta = 0;
  const shifted = (list: readonly Fix[]): Fix[] => list.map((fix) => ({ ...fix, range: [fix.range[0] + delta, fix.range[1] + delta] }));
  const skipped = [...first.skipped];
  let trials = 0;
  const tryAll = (list: readonly Fix[]): void => {
    if (list.length === 0) return;
    if (trials++ >= MAX_SHAPE_TRIALS) {
      skipped.push(...list);
      return;
    }
    const trial = applyFixes(output, shifted(list));
    const shape = structureOf(trial.output);
    const wanted = expected(list);
    if (sameStructure(wanted, shape)) {
      kept = wanted;
      output = trial.output;
      for (const fix of list) delta += fix.text.length - (fix.range[1] - fix.range[0]);
      applied.push(...list);
      return;
    }
    if (list.length === 1) {
      refused.push({ fix: list[0]!, reason: describeChange(wanted, shape) });
      return;
    }
    const half = list.length >> 1;
    tryAll(list.slice(0, half));
    tryAll(list.slice(half));
  };
  tryAll(first.applied);
  return { output, applied, skipped, refused };
}

export interface DroppedFix {
  violation: Violation;
  reason: string;
  /** Not refused, only not reached: another run of the fixes applies it. */
  again?: true;
}

export interface FixOutcome {
  output: string;
  /** How many fixes were applied, over all passes. */
  fixed: number;
  passes: number;
  dropped: DroppedFix[];
}

/**
 * Fixes `source` until no finding carries a fix that can be applied.
 * `lint` lints a text of this file and returns its findings (those with a
 * fix, at least); `accept` picks the fixes to apply (`--fix-type`, rules).
 */
export async function fixText(
  source: string,
  lint: (text: string) => Promise<Violation[]>,
  accept: (violation: Violation) => boolean = () => true,
): Promise<FixOutcome> {
  // Each pass compares the tables before and after: the reader, and maybe the parser, reads both.
  await loadParser();
  let text = source;
  let fixed = 0;
  let passes = 0;
  const dropped: DroppedFix[] = [];
  const refused = new Set<string>();
  const key = (v: Violation): string => `${v.rule}\0${v.table ?? ''}\0${v.rowKey ?? ''}\0${v.field ?? ''}\0${v.fix!.text}`;
  // Each pass's text before it and the fixes it applied: a pass that brings back an earlier text means
  // fixes that undo each other (a link's text fixed by one rule, put back from its URL by another).
  let history: { text: string; applied: Violation[] }[] = [];
  // Fixes refused for going round; said only for findings the final text still has (the other half of a
  // quarrel is often a finding that only the first fix made).
  const quarrels: DroppedFix[] = [];
  while (passes < MAX_PASSES) {
    const candidates = (await lint(text)).filter((v) => v.fix !== undefined && accept(v) && !refused.has(key(v)));
    if (candidates.length === 0) break;
    passes++;
    const byFix = new Map(candidates.map((v) => [v.fix!, v]));
    const { output, applied, refused: broke } = applyKeepingShape(text, candidates.map((v) => v.fix!));
    for (const { fix, reason } of broke) {
      refused.add(key(byFix.get(fix)!));
      dropped.push({ violation: byFix.get(fix)!, reason });
    }
    if (applied.length === 0) break;
    history.push({ text, applied: applied.map((fix) => byFix.get(fix)!) });
    fixed += applied.length;
    text = output;
    const back = history.findIndex((pass) => pass.text === text);
    if (back >= 0) {
      // The passes since that text went round: their fixes undo each other. Each is refused, saying which
      // rule undoes it (running again would only go round), and the fixing starts over from the source
      // without them, so that the file keeps neither half of the quarrel and every other fix.
      const loop = history.slice(back).flatMap((pass) => pass.applied);
      for (const violation of loop) {
        if (refused.has(key(violation))) continue;
        refused.add(key(violation));
        const others = [...new Set(loop.map((v) => v.rule).filter((rule) => rule !== violation.rule))];
        quarrels.push({ violation, reason: `the fix for ${others.length > 0 ? others.join(', ') : violation.rule} undoes it` });
      }
      text = source;
      fixed = 0;
      history = [];
    }
  }
  if (quarrels.length > 0) {
    const left = new Set((await lint(text)).filter((v) => v.fix !== undefined).map(key));
    dropped.push(...quarrels.filter(({ violation }) => left.has(key(violation))));
  }
  // Fixes that overlap apply one a pass (one row moved at a time): what the passes did not reach is said, not left.
  if (passes === MAX_PASSES) {
    for (const violation of (await lint(text)).filter((v) => v.fix !== undefined && accept(v) && !refused.has(key(v)))) {
      dropped.push({ violation, reason: `it was not reached in ${MAX_PASSES} passes of fixes`, again: true });
    }
  }
  return { output: text, fixed, passes, dropped };
}

function describeChange(before: readonly number[], after: readonly number[]): string {
  if (before.length !== after.length) return `it would turn ${before.length} table${before.length === 1 ? '' : 's'} into ${after.length}`;
  const index = before.findIndex((rows, i) => rows !== after[i]);
  return `it would change table ${index + 1} from ${before[index]} rows to ${after[index]}`;
}
