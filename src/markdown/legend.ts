/**
 * A document's own legend: the section under a heading that defines the
 * values a column may hold, in any of the forms real documents use:
 *
 *     **SUPPORTED**: The feature gate is supported …      (KubeVirt: bold terms)
 *     1. Supported: Actively maintained …                   (Kata: a numbered list)
 *     - **Beta**: …                                         (a list of bold terms)
 *     | Status | Meaning |                                  (a table: its first column)
 *
 * Read from the section's own text, so it works whatever the reader skipped.
 */
import { readMarkdown } from './read.js';
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

const BOLD_TERM = /^\s{0,3}(?:[-*+]\s+|\d{1,9}[.)]\s+)?\*\*([^*\n]{1,80}?)\*\*\s*:?/;
const LIST_TERM = /^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s+([^:*`[\]\n]{1,60}?)\s*(?::|\s[-–—])\s/;

/** The section of the first heading whose text contains `heading` (case-insensitive), read for terms. */
export function findLegend(source: string, headings: readonly Heading[], heading: string): Legend | undefined {
  const wanted = heading.toLowerCase();
  const index = headings.findIndex((candidate) => candidate.text.toLowerCase().includes(wanted));
  if (index < 0) return undefined;
  const start = headings[index]!;
  const end = headings.slice(index + 1).find((next) => next.depth <= start.depth);
  const lines = source.split(/\r\n|\r|\n/);
  const section = lines.slice(start.line, end ? end.line - 1 : lines.length);
  const terms: LegendTerm[] = [];
  const add = (term: string, line: number): void => {
    const clean = term.replace(/\s*:$/, '').trim();
    if (clean !== '' && !terms.some((known) => known.term === clean)) terms.push({ term: clean, line });
  };
  section.forEach((text, i) => {
    const match = BOLD_TERM.exec(text) ?? LIST_TERM.exec(text);
    if (match) add(match[1]!, start.line + 1 + i);
  });
  for (const table of readMarkdown(section.join('\n')).tables) {
    for (const row of table.rows) if (row.kind === 'data') add(row.cells[0]?.text ?? '', start.line + row.span.line);
  }
  return { heading: start, endLine: start.line + section.length, terms: terms.sort((a, b) => a.line - b.line) };
}
