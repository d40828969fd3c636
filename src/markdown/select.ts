/**
 * Which tables a run may judge, as plain data: it travels to the parse
 * workers, where the reader uses it to skip the rows of tables nothing can
 * judge, and the engine's judge uses the same test on the main thread, so the
 * two cannot disagree.
 */

export interface Candidate {
  /** Columns a table must have (compared with `columnKey`). */
  columns: string[];
  /**
   * How many of `columns` a table may lack and still be judged (so that a
   * table whose required column was renamed is reported, not let go).
   */
  tolerance: number;
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

export const matchesCandidate = (columns: readonly string[], candidate: Candidate): boolean =>
  missingColumns(columns, candidate.columns).length <= candidate.tolerance;

export const selects = (selection: TableSelection, columns: readonly string[]): boolean =>
  selection.candidates.some((candidate) => matchesCandidate(columns, candidate));
