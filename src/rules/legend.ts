import type { Span } from '../core/types.js';
import type { Legend } from '../markdown/legend.js';
import { ruleDocs, type TableRule } from './types.js';
import { legendSpellings, looseForm } from '../schema/suggest.js';
import { columnIndex, lineOf, perDocument, quoteList, replaceInCell, rowKeyOf } from './util.js';

/**
 * A document that defines its own values (a "Status Definitions" section)
 * and a table that uses them must agree, both ways: every value the column
 * uses is defined there, and every term defined there is one the schema
 * allows. A value the schema rejects is left to allowed-values.
 */
export const legend: TableRule = {
  kind: 'table',
  meta: {
    id: 'legend',
    type: 'problem',
    description: "The values a column uses are the terms the document's legend defines, and the schema allows every term of the legend.",
    severity: 'warning',
    docs: ruleDocs('legend'),
    fixable: 'code',
    messages: {
      undefined: '{{column}} "{{value}}" of "{{key}}" is not defined under "{{heading}}" (line {{line}}), which defines {{terms}}: define it there, or use a defined value.',
      variant: '{{column}} "{{value}}" of "{{key}}" is spelt "{{suggestion}}" under "{{heading}}" (line {{line}}): write it as the legend does.',
      notAllowed: 'The legend under "{{heading}}" defines "{{term}}", which the schema does not allow for {{column}} ({{allowed}}): allow it in the schema, or remove it from the legend.',
      noTerms: 'The section "{{heading}}" (line {{line}}), where the config says the legend of {{column}} is, defines no terms (`**Term**: …`, `- Term: …` or `1. Term: …`): write them so, or fix legend.heading.',
      noColumn:
        'The legend under "{{heading}}" (line {{line}}) defines {{terms}}, and no column of the table uses them: set legend.column to the column whose values it defines, or use its terms.',
      noLegend: 'No heading contains "{{heading}}", where the config says the legend of {{column}} is: add the section, or fix legend.heading.',
    },
  },
  check({ source, document, table, rows, options, keyIndex, enums, legend: found, legendColumn, report }) {
    const config = options.legend;
    if (!config) return;
    if (config.column !== undefined && columnIndex(table, config.column) < 0) return; // option-column's to report
    const first = table.header[0]!.span;
    const named = config.column ?? legendColumn;
    if (!found) {
      if (config.optional !== true) report({ span: first, messageId: 'noLegend', data: { heading: config.heading, column: named ?? 'the table' } });
      return;
    }
    if (found.terms.length === 0) {
      if (config.optional !== true) report({ span: first, messageId: 'noTerms', data: { heading: found.heading.text, line: found.heading.line, column: named ?? 'the table' } });
      return;
    }
    if (legendColumn === undefined) {
      const data = { heading: found.heading.text, line: found.heading.line, terms: factsOf(found).listed };
      if (config.optional !== true) report({ span: first, messageId: 'noColumn', data });
      return;
    }
    const index = columnIndex(table, legendColumn);
    const column = table.columns[index]!;
    const facts = factsOf(found);
    const terms = facts.terms;
    const allowed = enums[column] && new Set(enums[column]);
    const byLooseForm = facts.byLooseForm;
    const listed = facts.listed;
    for (const row of rows) {
      const value = row.cells[index]!.text;
      if (value === '' || terms.has(value) || (allowed && !allowed.has(value))) continue;
      const variants = byLooseForm.get(looseForm(value)) ?? [];
      const suggestion = variants.length === 1 ? variants[0] : undefined;
      const cell = row.cells[index]!;
      const fix = suggestion === undefined ? undefined : replaceInCell(source, cell, value, suggestion);
      report({
        span: cell.span,
        field: column,
        rowKey: rowKeyOf(row, keyIndex),
        messageId: suggestion === undefined ? 'undefined' : 'variant',
        data: { column, value, key: rowKeyOf(row, keyIndex), heading: found.heading.text, line: found.heading.line, terms: listed, ...(suggestion === undefined ? {} : { suggestion }) },
        ...(suggestion === undefined ? {} : { suggestion }),
        ...(fix ? { fix } : {}),
      });
    }
    if (!allowed) return;
    // A line may define a term and its mark (`- Completed: ✅`): the line is allowed when either is.
    const allowedLines = new Set(found.terms.filter(({ term }) => allowed.has(term)).map(({ line }) => line));
    const allowedText = [...allowed].slice(0, 30).join(', ') + (allowed.size > 30 ? ` and ${allowed.size - 30} more` : '');
    for (const { term, line } of found.terms) {
      if (allowed.has(term) || allowedLines.has(line)) continue;
      // Said once for the page, not by each of its tables.
      const reported = perDocument(document, `legend-not-allowed\u0000${found.heading.line}`, () => new Set<string>());
      const said = `${column}\u0000${term}\u0000${line}`;
      if (reported.has(said)) continue;
      reported.add(said);
      const data = { heading: found.heading.text, term, column, allowed: allowedText };
      report({ span: termSpan(source, line, term), field: column, rowKey: term, messageId: 'notAllowed', data });
    }
  },
};

/**
 * What the rule derives from a legend, once per legend: a page of thousands
 * of tables shares one (markdown/legend.ts hands the same object to every
 * table outside the section).
 */
interface LegendFacts {
  terms: Set<string>;
  /** Terms by loose form: a variant spelling of a defined term (`Best-effort` for `Best effort`) is mended. */
  byLooseForm: Map<string, string[]>;
  /** The terms as a message names them (the first twenty). */
  listed: string;
  /** Whether it names one of these allowed values, by the values. */
  names: Map<string, boolean>;
  /** Its own spellings of these allowed values (see `legendSpellings`), by the values. */
  spellings: Map<string, Map<string, string>>;
}
const facts = new WeakMap<Legend, LegendFacts>();
function factsOf(legend: Legend): LegendFacts {
  const known = facts.get(legend);
  if (known) return known;
  const terms = new Set(legend.terms.map((entry) => entry.term));
  const byLooseForm = new Map<string, string[]>();
  for (const term of terms) {
    const form = looseForm(term);
    const list = byLooseForm.get(form);
    if (list) list.push(term);
    else byLooseForm.set(form, [term]);
  }
  const made = { terms, byLooseForm, listed: quoteList(legend.terms.map((entry) => entry.term), 20), names: new Map<string, boolean>(), spellings: new Map<string, Map<string, string>>() };
  facts.set(legend, made);
  return made;
}

/** Whether the legend defines `value`, in any spelling. */
export const definesLoosely = (legend: Legend, value: string): boolean => value !== '' && factsOf(legend).byLooseForm.has(looseForm(value));

/** Whether the legend defines one of `allowed`, in any spelling. */
export function namesAnAllowedValue(legend: Legend, allowed: readonly string[]): boolean {
  const { names, byLooseForm } = factsOf(legend);
  const key = allowed.join('\u0000');
  if (!names.has(key)) names.set(key, allowed.some((value) => byLooseForm.has(looseForm(value))));
  return names.get(key)!;
}

/** The legend's own spellings of `allowed` values it writes differently (`Best effort` for `Best-effort`), worked out once per legend. */
export function spellingsOf(legend: Legend, allowed: readonly string[]): Map<string, string> {
  const { spellings, terms } = factsOf(legend);
  const key = allowed.join('\u0000');
  if (!spellings.has(key)) spellings.set(key, legendSpellings([...terms], allowed));
  return spellings.get(key)!;
}

/** Where the legend's line names the term (its whole line when the text is not found as written). */
function termSpan(source: string, line: number, term: string): Span {
  const whole = lineOf(source, line);
  const at = source.slice(whole.offset, whole.endOffset).indexOf(term);
  if (at === -1) return whole;
  return { ...whole, column: at + 1, endColumn: at + 1 + term.length, offset: whole.offset + at, endOffset: whole.offset + at + term.length };
}
