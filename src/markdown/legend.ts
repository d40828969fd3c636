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
export const isMark = (value: string): boolean => value !== '' && !/[\p{L}\p{N}]/u.test(value);

const BOLD_TERM = /^\s{0,3}(?:[-*+]\s+|\d{1,9}[.)]\s+)?\*\*([^*\n]{1,80}?)\*\*\s*:?/;
const LIST_TERM = /^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s+([^:*`[\]\n]{1,60}?)\s*(?::|\s[-–—])\s/;

/**
 * The section under `heading`, read for terms: the heading whose text is
 * `heading` (case-insensitive), else the first whose text contains it. The
 * lines of `table` (the table the legend is for) are never read as terms, so
 * a table is not its own legend when it shares the section.
 */
export function findLegend(source: string, headings: readonly Heading[], heading: string, table?: { span: { line: number; endLine: number } }): Legend | undefined {
  const wanted = heading.trim().toLowerCase();
  let index = headings.findIndex((candidate) => candidate.text.trim().toLowerCase() === wanted);
  if (index < 0) index = headings.findIndex((candidate) => candidate.text.toLowerCase().includes(wanted));
  if (index < 0) return undefined;
  const start = headings[index]!;
  // The heading's own text, up to the next heading of any depth: a subsection (`## Notes` under the page's
  // title) has a role of its own, and its `- **Key**: …` items are not terms of this legend.
  const end = headings[index + 1];
  const lines = source.split(/\r\n|\r|\n/);
  const section = lines.slice(start.line, end ? end.line - 1 : lines.length);
  // Blank out the table's own lines (1-based document lines → 0-based section indexes).
  if (table) {
    for (let line = table.span.line; line <= table.span.endLine; line++) {
      const i = line - start.line - 1;
      if (i >= 0 && i < section.length) section[i] = '';
    }
  }
  const terms: LegendTerm[] = [];
  const seen = new Set<string>();
  const add = (term: string, line: number): void => {
    const clean = term.replace(/\s*:$/, '').trim();
    if (clean === '' || seen.has(clean)) return;
    seen.add(clean);
    terms.push({ term: clean, line });
  };
  section.forEach((text, i) => {
    const match = BOLD_TERM.exec(text) ?? LIST_TERM.exec(text);
    if (!match) return;
    add(match[1]!, start.line + 1 + i);
    // `- Completed: ✅`: a legend of marks names the mark after the colon; the mark is what cells hold.
    const mark = text.slice(match[0].length).trim();
    if (mark.length <= 8 && isMark(mark) && !/\s/.test(mark)) add(mark, start.line + 1 + i);
  });
  if (LEGEND_HEADING.test(start.text)) {
    for (const table of readFragment(section.join('\n')).tables) {
      for (const row of table.rows) if (row.kind === 'data') add(row.cells[0]?.text ?? '', start.line + row.span.line);
    }
  }
  return { heading: start, endLine: start.line + section.length, terms: terms.sort((a, b) => a.line - b.line) };
}

