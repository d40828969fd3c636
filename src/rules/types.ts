/**
 * A rule is one module: its metadata (ESLint's `meta`: id, type,
 * description, default severity, docs URL, `fixable`, messages by id) and the
 * one function that produces its findings. Rules differ only in what they
 * look at, so there is one context type per kind:
 *
 * - `table`: a table a preset or config entry judges (header, rows, notes);
 * - `schema`: one JSON Schema error of one row, the rule that claims its keyword;
 * - `file`: facts about reading a file (size, encoding, path, parse outcome);
 * - `change`: a judged table and the same table at the base version;
 * - `run`: what the run did not check (a table nothing judges, a config
 *   entry that judged nothing, a named file no entry applies to);
 * - `suppression`: suppressions that suppressed nothing, or are malformed.
 *   As ESLint reports unused disable directives from the linter, not from a
 *   rule, the suppression code (engine/suppress.ts) reports these; the
 *   module holds their metadata and messages.
 *
 * Rules never see the file system, the network or `@actions/*`; they report
 * data and the engine resolves it (message template, severity, file, table).
 */
import type { TableOptions } from '../config/types.js';
import type { Fix, Severity, SeverityOrOff, Span } from '../core/types.js';
import type { Cell, MarkdownDocument, Row, Table } from '../markdown/types.js';
import type { RowError } from '../schema/validate.js';
import type { SourceData } from '../sources/data.js';
import type { RowPairs } from '../engine/changes.js';
import { INVISIBLE } from '../markdown/read.js';
import type { Legend } from '../markdown/legend.js';
import type { Spelling } from '../engine/spelling.js';

export const DOCS_URL = 'https://github.com/support-table-lint/support-table-lint#rules';

/** ESLint's rule types: a `problem` is likely wrong, a `suggestion` could be better, `layout` is form only. */
export type RuleType = 'problem' | 'suggestion' | 'layout';

export interface RuleMeta {
  /** Stable id, kebab-case. */
  id: string;
  type: RuleType;
  /** One line, shown in the README's rule list and in SARIF. */
  description: string;
  /** Default severity; the config and schemas may override it. */
  severity: Severity;
  /** Link to the rule's documentation. */
  docs: string;
  /** `code` when some of its findings carry a fix. */
  fixable?: 'code';
  /** Message templates by id; `{{name}}` is filled from the report's `data`. */
  messages: Record<string, string>;
  /**
   * `config`: its findings are about the config, not the document (an option
   * that names a column or value the table does not have turns a check off).
   * `unread`: they say the file was not checked (too large, past the parse
   * budget, not UTF-8, an unsafe link): what the change did to it is unknown.
   * Compared with a base, neither is old news: a pull request or a `--base`
   * run shows them whether the base version had them or not, so a file that
   * could not be checked before cannot be changed unchecked.
   */
  about?: 'config' | 'unread';
}

/** What a rule reports; the engine fills in the message and resolves the rest. */
export interface Report {
  span: Span;
  messageId: string;
  data?: Record<string, string | number>;
  suggestion?: string;
  field?: string;
  rowKey?: string;
  fix?: Fix;
  /** A fix of this finding alone when `fix` is one finding's share of a run's fix (see `Finding.fixAlone`). */
  fixAlone?: Fix;
  /** A severity the table's options give this finding (a reference's `unknown: warning`); config `severities:` still win. */
  severity?: SeverityOrOff;
  /**
   * A table rule's finding about a cell's value that the schema may say too
   * (monotonic's "no such day" beside `format: date`): said only when no
   * schema keyword reports that cell, whose wording is the schema author's.
   */
  unlessSchemaSays?: true;
}

export interface TableContext {
  /** The document's text, for building fixes. */
  source: string;
  document: MarkdownDocument;
  /** The table, its columns spelled as the schema spells them. */
  table: Table;
  /** The table's data rows (group and spacer rows left out). */
  rows: Row[];
  /** Options for this table, with the preset's or schema's defaults applied. */
  options: TableOptions;
  /** Index into `table.columns` of the key column. */
  keyIndex: number;
  /**
   * Columns the header must have, and the columns it may have (`null`: any),
   * from the options or, by default, the schema; `named`: the columns the
   * schema's `properties` name; `builtIn`: the required columns are a
   * built-in preset's, not names the user wrote (which may hold the slip).
   */
  expectedColumns: { required: string[]; known: string[] | null; patterns: { test(name: string): boolean; source: string }[]; named: string[]; builtIn: boolean };
  /** The config's sources of truth, loaded, by name. */
  sources: ReadonlyMap<string, SourceData>;
  /**
   * The schema's allowed values by column (its `enum`s and `const`s), as the
   * document's legend spells them when it spells one otherwise (`Best effort`).
   */
  enums: Readonly<Record<string, string[]>>;
  /** The document's legend that `options.legend` names, when the document has that section (an optional one only when it names one of the column's values). */
  legend?: Legend;
  /** The column that legend defines (as the schema names it): `options.legend.column`, or the one its terms show it defines. */
  legendColumn?: string;
  /** The page's spelling of allowed values, when its legend spells some otherwise than the schema (engine/spelling.ts). */
  spelling?: Spelling;
  report(report: Report): void;
}

export interface SchemaErrorContext {
  source: string;
  table: Table;
  row: Row;
  rowKey: string;
  /** The key column's name (the schema's spelling), whose cell names the row. */
  keyColumn: string;
  error: RowError;
  /** The cell of the column the error concerns; undefined when no single cell is at fault. */
  cell: Cell | undefined;
  /** Where to report: the cell, or the row when no single cell is at fault. */
  span: Span;
  report(report: Report): void;
}

/** What reading a file came to, for the file rules. Exactly one of the problems is set, or none. */
export interface FileFacts {
  file: string;
  /** The path is a symlink that leads outside the workspace, or not a regular file. */
  unsafe?: { reason: string };
  unreadable?: { reason: string };
  tooLarge?: { size: number; budget: number };
  /** The bytes are not UTF-8; `line` holds the first bad byte. */
  notUtf8?: { line: number };
  /** The bytes are UTF-8 only by accident: UTF-16 text without a byte-order mark (ASCII with a 0 byte beside each character). */
  utf16?: { order: 'little-endian' | 'big-endian' };
  parseTimeout?: { budget: number };
  parseFailure?: { reason: string };
  /** Read, but its check stopped before the end (not one of the problems above: the findings made until then stand). */
  checkTimeout?: { budget: number; why: string };
}

/** A judged table at the base version, the same table at the head, and their rows paired by key. */
export interface ChangeContext {
  /** The head version's text, for fixes. */
  source: string;
  /** `identity`: the columns `unique: { by }` tells rows apart by, when not the key alone (rules name rows by them, `rowNameOf`). */
  base: { table: Table; rows: Row[]; keyIndex: number; identity?: number[]; label: string; spelling?: Spelling };
  /** The head table; `judged: false` when it is there but no preset or entry checks it any more. Absent: the table is gone. */
  head?: { table: Table; rows: Row[]; keyIndex: number; identity?: number[]; judged: boolean; spelling?: Spelling; enums?: Readonly<Record<string, string[]>> };
  /** Rows paired by key, when both versions are judged. */
  pairs?: RowPairs;
  /** The change deleted the file (`head` is then absent). */
  deleted?: boolean;
  /** With `deleted`: the change renamed the file to this path, which the run does not lint. */
  renamedTo?: string;
  /** The table's options (the head judge's, else the base judge's). */
  options: TableOptions;
  report(report: Report): void;
}

/**
 * A judge whose required columns a table left alone has all but one of
 * (`missing`); `column`: the header cell that stands in for it. `sibling`:
 * the line of a table of the same page that judge checks, with as many
 * columns, when that (not a close name) is what makes the table look like
 * one it should check.
 */
export interface NearMiss {
  label: string;
  missing: string;
  column: number;
  presetColumns: boolean;
  sibling?: number;
}

/**
 * What the run did not check, for the run rules. Exactly one is set. The
 * engine gathers the facts (it alone sees every file and entry); the rules
 * decide what to say.
 */
export interface RunFacts {
  /**
   * A table no preset or config entry judges. `near`: a judge whose required
   * columns the header has all but one of (`missing`), with `column` the
   * index of the header cell closest to it.
   */
  leftAlone?: { table: Table; near?: NearMiss };
  /**
   * An entry of the config file that judged no table. `linted`: the linted
   * files its `files:` match. `matchesNoFile`: whether its globs match no
   * file of the repository at all (asked only when `linted` is empty).
   */
  idleEntry?: { label: string; line: number; globs: string[]; linted: string[]; matchesNoFile: boolean; columns: string[]; heading?: string; base: string };
  /** A file named explicitly that no entry of the config (`config`, its path) applies to. */
  uncovered?: { file: string; config: string };
}

export interface RunContext {
  facts: RunFacts;
  report(report: Report): void;
}

export interface FileContext {
  facts: FileFacts;
  report(report: Report): void;
}

interface RuleBase {
  meta: RuleMeta;
}

export interface TableRule extends RuleBase {
  kind: 'table';
  check(context: TableContext): void;
}

export interface SchemaRule extends RuleBase {
  kind: 'schema';
  /** Whether this rule reports the error (rules are asked in the registry's order; the first claims it). */
  claims(error: RowError): boolean;
  check(context: SchemaErrorContext): void;
}

export interface FileRule extends RuleBase {
  kind: 'file';
  check(context: FileContext): void;
}

export interface ChangeRule extends RuleBase {
  kind: 'change';
  check(context: ChangeContext): void;
}

export interface RunRule extends RuleBase {
  kind: 'run';
  check(context: RunContext): void;
}

export type Rule = TableRule | SchemaRule | FileRule | ChangeRule | RunRule | SuppressionRule;

/** The suppression findings' metadata; engine/suppress.ts, which knows what each suppression did, reports them. */
export interface SuppressionRule extends RuleBase {
  kind: 'suppression';
}

export const ruleDocs = (id: string): string => `${DOCS_URL}-${id}`;

/** `{{name}}` placeholders filled from `data`; an unknown name stays as written, so a mistake shows. */
/** How messages name a column whose header cell is empty. */
export const UNNAMED_COLUMN = 'The column with an empty header';

/**
 * Text from the document, with the characters that render as nothing named
 * (`Active<U+200B>`): a message about a cell that holds one must show why
 * the cell is wrong.
 */
const visible = (text: string): string =>
  // Every invisible character is past U+00AC (the soft hyphen is the first): most text is not looked at twice.
  BEYOND_LATIN1_START.test(text) && INVISIBLE_ONE.test(text) ? text.replace(INVISIBLE, (char) => `<U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`) : text;
const INVISIBLE_ONE = new RegExp(INVISIBLE.source, 'u');
// eslint-disable-next-line no-control-regex
const BEYOND_LATIN1_START = /[^\u0000-\u00ac]/;

export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  const parts = templateParts(template);
  const out = [parts[0]!];
  for (let i = 1; i < parts.length; i += 3) {
    const name = parts[i + 1]!;
    const value = name in data ? visible(String(data[name])) : parts[i]!;
    // A header cell may be empty (cluster-api's version matrix): its column still needs a name a reader can see.
    out.push(value === '' && name === 'column' ? UNNAMED_COLUMN : value, parts[i + 2]!);
  }
  // Joined, not added up: `+` makes a tree of string pieces (six per message,
  // 19 MB for 100,000 findings) that lives as long as the finding; `join`
  // makes one flat string.
  return out.join('');
}

/**
 * A template cut once into text and placeholders: `[text, whole, name, text,
 * whole, name, text, ...]` (a rule with 100,000 findings fills the same
 * template 100,000 times). Templates are the rules' own messages: few.
 */
const templates = new Map<string, string[]>();
function templateParts(template: string): string[] {
  let parts = templates.get(template);
  if (parts === undefined) {
    parts = [];
    let last = 0;
    for (const match of template.matchAll(/\{\{\s*([\w-]+)\s*\}\}/g)) {
      parts.push(template.slice(last, match.index), match[0], match[1]!);
      last = match.index + match[0].length;
    }
    parts.push(template.slice(last));
    if (templates.size < 1024) templates.set(template, parts);
  }
  return parts;
}

/** The one span a whole-file finding gets: line `line`, column 1. */
export const lineSpan = (line = 1): Span => ({ line, column: 1, endLine: line, endColumn: 1, offset: 0, endOffset: 0 });
