/**
 * A document's own legend: the text under a heading that defines the values
 * a column may hold, in any of the forms real documents use:
 *
 *     **SUPPORTED**: The feature gate is supported …      (KubeVirt: bold terms)
 *     1. Supported: Actively maintained …                   (Kata: a numbered list)
 *     - **Beta**: …                                         (a list of bold terms)
 *     - Completed: ✅                                       (a mark: both are terms)
 *     | Status | Meaning |                                  (a table: its first column, under a
 *                                                          heading such as "Legend" or "Definitions")
 *
 * Read from the section's own text, so it works whatever the reader skipped.
 */
import { readFragment } from './read.js';
import type { Heading } from './types.js';

export interface LegendTerm {
  term: string;
  /** 1-based line in the document. */
  line: number;
}

export interface Legend {
  heading: Heading;
  /** The section's last line. */
  endLine: number;
  terms: LegendTerm[];
}

/**
 * A heading that says its section explains something. Only under such a
 * heading is a table a legend (its first column the terms): elsewhere a
 * table that shares a few values with the column (a release table's
 * versions, another data table) is data.
 */
const LEGEND_HEADING = /legend|definition|glossary|meaning|terminology|\bkey\b|explained|what .* means/i;

/** A value written with no letter or digit: a mark such as ✅, ❌ or 🚧 (`N/A` is not one). */
export const isMark = (value: string): boolean => (value !== '' && !/[\p{L}\p{N}]/u.test(value)) || GEMOJI.test(value);

/**
 * A GitHub emoji shortcode (`:heavy_check_mark:`, `:x:`, `:+1:`): text in the
 * value, a picture on the page, so a mark as much as `✔️` is.
 */
const GEMOJI = /^:[a-z0-9_+-]{1,40}:$/;

// A term may hold backslash escapes (`**N\|A**`, `**Yes\***`): an escaped character is part of the term, not its end.
const BOLD_TERM = /^\s{0,3}(?:[-*+]\s+|\d{1,9}[.)]\s+)?\*\*((?:\\[!-/:-@[-`{-~]|[^*\\\n]|\\(?![!-/:-@[-`{-~])){1,80}?)\*\*\s*:?/;
const LIST_TERM = /^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s+((?:\\[!-/:-@[-`{-~]|[^:*`[\]\\\n]|\\(?![!-/:-@[-`{-~])){1,60}?)\s*(?::|\s[-–—])\s/;

/** A term as the page shows it: CommonMark's backslash escapes of ASCII punctuation undone. */
const unescape = (text: string): string => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/**
 * A term as cells hold it: `` **`vga`**: … `` defines `vga`, which a cell
 * writes `` `vga` `` and reads as `vga` (a code span's text is its value, as
 * in a cell); elsewhere escapes are undone.
 */
const termText = (written: string): string => {
  const code = /^(`+)([^`](?:.*?[^`])?)\1$/.exec(written);
  return code ? code[2]!.trim() : unescape(written).replace(/(`+)([^`](?:.*?[^`])?)\1/g, '$2');
};

/** A term as the section writes it, and, for a term from a table's first column, that table's columns. */
interface Written extends LegendTerm {
  columns?: string;
}

/** A section read once: every term it writes, with its line, in order (a term written twice is here twice). */
interface Section {
  heading: Heading;
  endLine: number;
  written: Written[];
  /**
   * By the asking table's columns: the terms that can define its values, and the legend for a table
   * outside the section. Only a section with terms from a table's first column tells tables apart
   * (rows of a table with the asking table's columns are no terms of it); every other section has one
   * entry, under '', whatever the columns: a page of thousands of shapes and sections asks each
   * section once per shape, and an entry per pair ran out of memory.
   */
  shapes: Map<string, { written: LegendTerm[]; whole?: Legend }>;
  fromTables: boolean;
}

/** A document read for legends: its lines, split once, its headings by text, and its sections by the heading asked for. */
interface Page {
  lines?: string[];
  /** Each heading's text (trimmed, in lower case) and the index of the first heading with it. */
  first?: Map<string, number>;
  sections: Map<string, Section | null>;
  /** `termSections`' answer. */
  withTerms?: TermSection[];
}

/**
 * Sections by document (its headings) and heading asked for: a page of
 * thousands of tables asks for the same legend once per table, and reading
 * the section each time made that page quadratic; so did splitting the page
 * into lines and looking the heading up among all the others once per
 * section, on a page of thousands of sections.
 */
const read = new WeakMap<readonly Heading[], Page>();

const pageOf = (headings: readonly Heading[]): Page => read.get(headings) ?? read.set(headings, { sections: new Map() }).get(headings)!;

/** A section found for the heading asked for (`wanted`: trimmed, in lower case), read once per page. */
function sectionOf(source: string, headings: readonly Heading[], wanted: string): Section | null {
  const page = pageOf(headings);
  let section = page.sections.get(wanted);
  if (section === undefined) {
    section = readSection(source, headings, wanted, page);
    page.sections.set(wanted, section);
  }
  return section;
}

/**
 * The section under `heading`, read for terms: the heading whose text is
 * `heading` (case-insensitive), else the first whose text contains it. The
 * lines of `table` (the table the legend is for) are never read as terms, so
 * a table is not its own legend when it shares the section; nor are the rows
 * of tables with its columns, which are more of the same data, not a legend.
 */
export function findLegend(
  source: string,
  headings: readonly Heading[],
  heading: string,
  table?: { span: { line: number; endLine: number }; columns?: readonly string[] },
): Legend | undefined {
  const section = sectionOf(source, headings, heading.trim().toLowerCase());
  if (!section) return undefined;
  const signature = section.fromTables ? shapeOf(table?.columns ?? []) : '';
  let shape = section.shapes.get(signature);
  if (!shape) {
    shape = { written: section.fromTables ? section.written.filter((entry) => entry.columns === undefined || entry.columns !== signature) : section.written };
    section.shapes.set(signature, shape);
  }
  const inside = table !== undefined && table.span.line <= section.endLine && table.span.endLine > section.heading.line;
  if (!inside && shape.whole) return shape.whole;
  const terms: LegendTerm[] = [];
  const seen = new Set<string>();
  for (const entry of shape.written) {
    if (table && table.span.line <= entry.line && entry.line <= table.span.endLine) continue;
    if (seen.has(entry.term)) continue;
    seen.add(entry.term);
    terms.push({ term: entry.term, line: entry.line });
  }
  const legend = { heading: section.heading, endLine: section.endLine, terms };
  if (!inside) shape.whole = legend;
  return legend;
}

const shapeOf = (columns: readonly string[]): string => columns.map((column) => column.trim().toLowerCase()).join('\u0000');

function readSection(source: string, headings: readonly Heading[], wanted: string, page: Page): Section | null {
  page.first ??= firstByText(headings);
  let index = page.first.get(wanted) ?? -1;
  if (index < 0) index = headings.findIndex((candidate) => candidate.text.toLowerCase().includes(wanted));
  if (index < 0) return null;
  const start = headings[index]!;
  // The heading's own text, up to the next heading of any depth: a subsection (`## Notes` under the page's
  // title) has a role of its own, and its `- **Key**: …` items are not terms of this legend.
  const end = headings[index + 1];
  const lines = (page.lines ??= source.split(/\r\n|\r|\n/));
  const section = lines.slice(start.line, end ? end.line - 1 : lines.length);
  const written: Written[] = [];
  const add = (term: string, line: number, columns?: string): void => {
    const clean = term.replace(/\s*:$/, '').trim();
    if (clean !== '') written.push(columns === undefined ? { term: clean, line } : { term: clean, line, columns });
  };
  section.forEach((text, i) => {
    const match = BOLD_TERM.exec(text) ?? LIST_TERM.exec(text);
    if (!match) return;
    // `**Supported video device types:**`, a paragraph of its own, leads in to the list below: it defines
    // nothing. A list item `- **Supported:**` whose definition is on the next line is a term.
    const leadIn = /:\s*$/.test(match[1]!) && text.slice(match[0].length).trim() === '' && !/^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s/.test(text);
    if (leadIn && (section[i + 1] ?? '').trim() === '') return;
    add(termText(match[1]!), start.line + 1 + i);
    // `- Completed: ✅`: a legend of marks names the mark after the colon; the mark is what cells hold.
    const mark = text.slice(match[0].length).trim();
    if (mark.length <= 8 && isMark(mark) && !/\s/.test(mark)) add(mark, start.line + 1 + i);
  });
  if (LEGEND_HEADING.test(start.text)) {
    for (const table of readFragment(section.join('\n')).tables) {
      const columns = shapeOf(table.columns);
      for (const row of table.rows) if (row.kind === 'data') add(row.cells[0]?.text ?? '', start.line + row.span.line, columns);
    }
  }
  return {
    heading: start,
    endLine: start.line + section.length,
    written: written.sort((a, b) => a.line - b.line),
    shapes: new Map(),
    fromTables: written.some((entry) => entry.columns !== undefined),
  };
}

function firstByText(headings: readonly Heading[]): Map<string, number> {
  const first = new Map<string, number>();
  headings.forEach((heading, index) => {
    const text = heading.text.trim().toLowerCase();
    if (!first.has(text)) first.set(text, index);
  });
  return first;
}

/** A section that writes terms, as `termSections` lists it. */
export interface TermSection {
  heading: Heading;
  /** The section's last line. */
  endLine: number;
  /** Every term the section writes, for any table (`findLegend` leaves out, for a table, the terms of its own lines and of tables with its columns). */
  terms: readonly string[];
}

/**
 * The sections of a page that write terms, in the page's order, each under
 * the first heading of its text (the one `findLegend` finds by that text):
 * the only sections `findLegend` can find a term in, for any table. Read
 * once per page, so that a caller that looks for the legend of every table
 * (init) asks only these, and only those that write one of the table's
 * values.
 */
export function termSections(source: string, headings: readonly Heading[]): readonly TermSection[] {
  const page = pageOf(headings);
  if (page.withTerms) return page.withTerms;
  page.first ??= firstByText(headings);
  const out: TermSection[] = [];
  for (const [text, index] of page.first) {
    const section = sectionOf(source, headings, text);
    if (section && section.heading === headings[index] && section.written.length > 0) {
      out.push({ heading: section.heading, endLine: section.endLine, terms: section.written.map((entry) => entry.term) });
    }
  }
  page.withTerms = out;
  return out;
}
