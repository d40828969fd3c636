/**
 * Findings on the pull request's head commit, when the workspace holds
 * another commit. actions/checkout checks out the merge of the pull request
 * into its base branch (`refs/pull/N/merge`) by default, and that is what
 * is linted: against the base branch's tip it shows exactly what the pull
 * request changes. But annotations, check runs, links and suggestions are
 * placed on the head commit, whose lines differ wherever the base branch
 * moved on in the same file since the branch was made. So each file's
 * findings and changes are moved to the head's lines and offsets, by a line
 * diff of the two texts (a line the diff keeps has the same text in both, so
 * columns stay).
 */
import { diffArrays } from 'diff';
import type { FileResult, TableChange, Violation } from '../core/types.js';
import { lineIndex, locate } from '../engine/lint.js';

export interface LineMap {
  /** A 1-based line of the merge's text → the same line in the head's text; undefined for a line only the merge has. */
  line(line: number): number | undefined;
  /** An offset in the merge's text → the same place in the head's, when its line is in both. */
  offset(offset: number): number | undefined;
}

/** Line diffs are given up past these (a file rewritten on both sides): its findings keep the merge's lines. */
const DIFF_LIMITS = { maxEditLength: 20_000, timeout: 2_000 };

export function lineMap(merged: string, head: string): LineMap | undefined {
  if (merged === head) return { line: (line) => line, offset: (offset) => offset };
  // Lines as the findings count them (CRLF, CR or LF end one, as in markdown), not as diffLines
  // splits them (it keeps a lone CR inside a line): the two must agree, or a finding moves to a
  // neighbouring row.
  const mergedStarts = lineIndex(merged);
  const headStarts = lineIndex(head);
  const lines = (text: string, starts: number[]): string[] => starts.map((start, i) => text.slice(start, starts[i + 1] ?? text.length).replace(/\r?\n$|\r$/, ''));
  const parts = diffArrays(lines(merged, mergedStarts), lines(head, headStarts), DIFF_LIMITS);
  if (parts === undefined) return undefined;
  const toHead = new Map<number, number>();
  let from = 1;
  let to = 1;
  for (const part of parts) {
    const lines = part.count ?? 0;
    if (part.added) to += lines;
    else if (part.removed) from += lines;
    else for (let i = 0; i < lines; i++) toHead.set(from++, to++);
  }
  return {
    line: (line) => toHead.get(line),
    offset: (offset) => {
      const at = locate(mergedStarts, offset);
      const line = toHead.get(at.line);
      return line === undefined ? undefined : headStarts[line - 1]! + at.column - 1;
    },
  };
}

/**
 * A finding moved to the head's lines and offsets. A finding on a line only
 * the merge has (the base branch's own change, seen through the merge) goes
 * to the nearest line above that the head has, at its first column and
 * without its fix: the head has no such cell to point at or mend.
 */
export function moveViolation<V extends Violation>(v: V, map: LineMap): V {
  const moved = movePlace(v, map);
  if (moved === undefined) {
    let above = v.line - 1;
    while (above > 0 && map.line(above) === undefined) above--;
    const at = above > 0 ? map.line(above)! : 1;
    const { offset: _offset, endOffset: _endOffset, ...rest } = withoutFix(v);
    return { ...rest, line: at, endLine: at, column: 1, endColumn: 1 } as V;
  }
  if (!v.fix || !v.fixSpan) return moved;
  const span = movePlace(v.fixSpan, map);
  // The fix's text was made from the merge's lines: it may move only when every line it spans is in the head,
  // unchanged and in the same run. A sort that also carries a row the base branch edited since (between the
  // first and last line) would otherwise write the base branch's row into the pull request.
  return span === undefined || !keptWhole(v.fixSpan.line, v.fixSpan.endLine, map) ? withoutFix(moved) : { ...moved, fix: { range: [span.offset, span.endOffset], text: v.fix.text }, fixSpan: span };
}

/** Whether the merge's lines `first`..`last` are all in the head, one after another (kept by the line diff, so the same text). */
function keptWhole(first: number, last: number, map: LineMap): boolean {
  const start = map.line(first);
  if (start === undefined) return false;
  for (let line = first + 1; line <= last; line++) if (map.line(line) !== start + (line - first)) return false;
  return true;
}

function withoutFix<V extends Violation>(v: V): V {
  const { fix: _fix, fixSpan: _fixSpan, ...rest } = v;
  return rest as V;
}

/** A place (a finding's or a fix's) at the head's lines and offsets; undefined when the head lacks a line of it. Columns stay. */
function movePlace<P extends { line: number; endLine: number; offset?: number; endOffset?: number }>(place: P, map: LineMap): P | undefined {
  const line = map.line(place.line);
  const endLine = map.line(place.endLine);
  if (line === undefined || endLine === undefined) return undefined;
  if (place.offset === undefined || place.endOffset === undefined) return { ...place, line, endLine };
  const offset = map.offset(place.offset);
  const endOffset = map.offset(place.endOffset);
  return offset === undefined || endOffset === undefined ? undefined : { ...place, line, endLine, offset, endOffset };
}

function moveChange(change: TableChange, map: LineMap): TableChange {
  const at = (line: number): number => map.line(line) ?? line;
  return {
    ...change,
    line: at(change.line),
    added: change.added.map((row) => ({ ...row, line: at(row.line) })),
    renamed: change.renamed.map((row) => ({ ...row, line: at(row.line) })),
    changed: change.changed.map((row) => ({ ...row, line: at(row.line) })),
  };
}

/** A file's findings and changes at the head's lines (the findings of its base version keep theirs). */
export function moveFile(file: FileResult, map: LineMap): FileResult {
  return {
    ...file,
    violations: file.violations.map((v) => moveViolation(v, map)),
    suppressed: file.suppressed.map((v) => moveViolation(v, map)),
    ...(file.changes ? { changes: file.changes.map((change) => moveChange(change, map)) } : {}),
  };
}
