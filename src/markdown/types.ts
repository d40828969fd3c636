/**
 * The table model: what the markdown reader produces and every rule reads.
 *
 * Plain data with positions, in the spirit of mdast (see `Span` in
 * core/types.ts: 1-based lines and columns, exclusive end column, and source
 * offsets so that a finding can carry a fix).
 */
import type { Span } from '../core/types.js';

export type { Span };

/** A link inside a cell: `[text](url)` or an autolink `<url>` (bare URLs and reference links are not links here). */
export interface Link {
  text: string;
  url: string;
}

export interface Cell {
  /** Plain text: inline markup removed, `\|` unescaped, trimmed (including U+00A0). */
  text: string;
  /** The cell's markdown source, trimmed. */
  raw: string;
  links: Link[];
  /** The cell's whole content is one `**strong**` node (group-row labels). */
  strong: boolean;
  span: Span;
}

/**
 * `data` rows are validated; a `group` row (first cell entirely bold and at
 * least one other cell empty, e.g. `| **Architectures** | | |`) labels the
 * rows below it; a `spacer` row has
 * only empty cells (`| |`); a `header` row restates the header's column
 * names (a long matrix does so per section: `| [Tracer](…) | Optional | Go |
 * Java | … |`) and labels the rows below it by its first cell, as a group
 * row does. Only data rows are validated.
 */
export type RowKind = 'data' | 'group' | 'spacer' | 'header';

export interface Row {
  kind: RowKind;
  /** One cell per header column (the GFM parser pads short rows and drops extra cells). */
  cells: Cell[];
  /** How many cells the row has in its source line, before padding or truncation. */
  sourceCellCount: number;
  /** Label of the nearest group row above this row, if any. */
  group: string | null;
  span: Span;
}

export interface Table {
  /** 0-based position among the document's tables. */
  index: number;
  /** Header names: plain text, whitespace collapsed, quotes and emphasis removed. */
  columns: string[];
  header: Cell[];
  rows: Row[];
  span: Span;
  /** Texts of the headings that enclose the table, outermost first. */
  headingPath: string[];
  /** The rows were not read: no preset or entry could judge the table (see `FastOptions.select`). */
  skipped?: true;
}

export interface Heading {
  depth: number;
  text: string;
  line: number;
}

/**
 * A list item that starts with bold text, such as KubeVirt's
 * `- **HostDiskGate**: Tested in storage tests`. `key` is the bold text
 * without a trailing colon.
 */
export interface ListNote {
  key: string;
  text: string;
  span: Span;
  /** Texts of the headings that enclose the list item, outermost first. */
  headingPath: string[];
}

/**
 * An HTML comment that starts with `support-table-lint-` (a suppression
 * directive), as written; `engine/suppress.ts` reads its grammar. Comments in
 * code blocks are code, not directives, so they never appear here.
 */
export interface DirectiveComment {
  /** The comment's text, `<!--` and `-->` included. */
  text: string;
  span: Span;
}

export interface MarkdownDocument {
  tables: Table[];
  headings: Heading[];
  notes: ListNote[];
  directives: DirectiveComment[];
}
