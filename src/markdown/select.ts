/**
 * Which tables a run may judge, as plain data: it travels to the parse
 * workers, where the reader uses it to skip the rows of tables nothing can
 * judge, and the engine's judge uses the same test on the main thread, so the
 * two cannot disagree.
 */
import { distance } from 'fastest-levenshtein';

export interface Candidate {
  /** Columns a table must have (compared with `columnKey`). */
  columns: string[];
  /**
   * How many of `columns` a table may lack and still be judged (so that a
   * table whose required column was renamed is reported, not let go).
   */
  tolerance: number;
  /**
   * With no tolerance: a table may still lack one of the columns when a
   * header cell it does not otherwise name is a slip away from it (`Supported?`
   * for `Supported`), so that renaming the second column of a two-column
   * table does not take it out of the check.
   */
  near?: true;
}

export interface TableSelection {
  candidates: Candidate[];
  /**
   * `false` when no candidate reads notes (`- **Key**: text` list items,
   * for the `notes` option): the reader then leaves them all out, and need
   * not parse the lists that hold them.
   */
  notes?: boolean;
  /**
   * `false` when no candidate uses headings (a `match.heading`, a legend, or
   * notes, which live under one): the reader then reads the tables only,
   * and suppression comments, as in a document where no table is selected
   * (no headings, no notes, every table's `headingPath` empty), and need not
   * parse the text around them.
   */
  headings?: boolean;
}

/**
 * The form in which header names are compared: case-folded. Header names are
 * already NFKC-normalised with invisible characters removed and whitespace
 * collapsed (see `headerName`).
 */
export const columnKey = (name: string): string => name.toLowerCase();

/** How many of the candidate's columns the table lacks. */
export function missingColumns(columns: readonly string[], wanted: readonly string[]): string[] {
  const have = new Set(columns.map(columnKey));
  return wanted.filter((name) => !have.has(columnKey(name)));
}

export function matchesCandidate(columns: readonly string[], candidate: Candidate): boolean {
  const missing = missingColumns(columns, candidate.columns);
  if (missing.length <= candidate.tolerance) return true;
  if (!candidate.near || missing.length !== 1) return false;
  const wanted = new Set(candidate.columns.map(columnKey));
  return columns.some((name) => !wanted.has(columnKey(name)) && closeColumn(name, missing[0]!));
}

/** Header names close enough to be a typo of each other (case aside): `STATE` for `STATUS`, `Maintainer` for `Maintainers`. */
export const closeColumn = (a: string, b: string): boolean => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x !== y && distance(x, y) <= Math.max(2, Math.floor(Math.min(x.length, y.length) * 0.4));
};

export const selects = (selection: TableSelection, columns: readonly string[]): boolean =>
  mayMatch(selection.candidates, columns).some((i) => matchesCandidate(columns, selection.candidates[i]!));

/** Candidates by the (folded) columns they need, with how many each needs at least; those that need none. */
interface CandidateIndex {
  byColumn: Map<string, number[]>;
  needs: number[];
  anyTable: number[];
}

const indexes = new WeakMap<readonly Candidate[], CandidateIndex>();

/** Below this many candidates, each is simply tried. */
const INDEX_FROM = 8;

/**
 * The indices, in order, of the candidates a table with these columns may
 * match: those that need no column, and those whose columns it has enough
 * of. A prefilter (`matchesCandidate` decides); with a config `init` wrote
 * for a page of thousands of shapes, one entry per shape, each table is
 * compared with the entries that share its columns, not with all of them.
 */
export function mayMatch(candidates: readonly Candidate[], columns: readonly string[]): number[] {
  if (candidates.length < INDEX_FROM) return candidates.map((_, i) => i);
  let index = indexes.get(candidates);
  if (index === undefined) {
    index = { byColumn: new Map(), needs: [], anyTable: [] };
    for (const [i, candidate] of candidates.entries()) {
      const distinct = new Set(candidate.columns.map(columnKey));
      // A table that matches lacks at most `tolerance` of the candidate's columns, so it has the rest of the distinct ones.
      index.needs[i] = distinct.size - Math.max(candidate.tolerance, candidate.near ? 1 : 0);
      if (index.needs[i]! <= 0) index.anyTable.push(i);
      else {
        for (const column of distinct) {
          const list = index.byColumn.get(column);
          if (list) list.push(i);
          else index.byColumn.set(column, [i]);
        }
      }
    }
    indexes.set(candidates, index);
  }
  const shared = new Map<number, number>();
  for (const column of new Set(columns.map(columnKey))) for (const i of index.byColumn.get(column) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
  const found = [...index.anyTable];
  for (const [i, count] of shared) if (count >= index.needs[i]!) found.push(i);
  return found.sort((a, b) => a - b);
}
