/**
 * The `stylish` format, for people at a terminal: findings grouped by file,
 * each with the source line and a `^~~~` marker under the offending cell,
 * and always a last line that says what was checked (a run that checked
 * nothing must not look like a clean pass).
 */
import { commandSafe, terminalSafe } from './terminal.js';
import type { FileResult, LintResult, Severity, Violation } from '../core/types.js';
import { allViolations, countResult, coverageOf, type FormatOptions, type Formatter } from './types.js';

/** Longer source lines are cut to a window around the marked cell. */
export const MAX_EXCERPT = 100;
const LEAD_CONTEXT = 24;

const ansi = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const paint = {
  underline: ansi(4, 24),
  dim: ansi(2, 22),
  bold: ansi(1, 22),
  error: ansi(31, 39),
  warning: ansi(33, 39),
  notice: ansi(36, 39),
};
const plain = (s: string) => s;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;


/** The source line cut to fit, and the marker line under the violation's columns. */
export function excerpt(line: string, v: Pick<Violation, 'line' | 'column' | 'endLine' | 'endColumn'>): [string, string] {
  const start = Math.min(Math.max(v.column - 1, 0), line.length);
  const end = v.endLine === v.line ? Math.min(Math.max(v.endColumn - 1, start), line.length) : line.length;
  let from = 0;
  let to = line.length;
  if (line.length > MAX_EXCERPT) {
    from = Math.max(0, Math.min(start - LEAD_CONTEXT, line.length - MAX_EXCERPT));
    to = from + MAX_EXCERPT;
  }
  const text = `${from > 0 ? '…' : ''}${line.slice(from, to)}${to < line.length ? '…' : ''}`;
  // Keep tabs in the marker's indent so it lines up under a tab-indented line; other characters take
  // the columns a terminal gives them (中 and ✅ two, a combining accent none).
  const before = line.slice(from, start);
  const indent = `${from > 0 ? ' ' : ''}${before.replace(/[^\t]+/g, (run) => ' '.repeat(displayWidth(run)))}`;
  const width = Math.max(1, displayWidth(line.slice(start, Math.min(end, to))));
  return [text, `${indent}^${'~'.repeat(width - 1)}`];
}

const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]|\p{Emoji_Presentation}/u;
const ZERO = /[\p{Mn}\p{Me}\p{Cf}]/u;

/** Columns a terminal gives `text`: East Asian wide characters and emoji two, combining and format characters none. */
export function displayWidth(text: string): number {
  let width = 0;
  let previous = '';
  for (const char of text) {
    // An emoji written in text style turned into emoji style by VS16 (❤️) takes two columns.
    if (char === '\uFE0F' && previous !== '' && !WIDE.test(previous)) width += 1;
    else if (!ZERO.test(char)) width += WIDE.test(char) ? 2 : 1;
    previous = char;
  }
  return width;
}

export const formatStylish: Formatter = (result, options) => [...stylishPieces(result, options)].join('');

/**
 * The stylish report in pieces, a file's findings a few hundred at a time:
 * written one after the other, a report of 100,000 long findings is never
 * one string (V8 ends a string at 2^29 characters, and the run with it).
 */
export function* stylishPieces(result: LintResult, options: FormatOptions): Generator<string> {
  const c = options.color ? paint : { underline: plain, dim: plain, bold: plain, error: plain, warning: plain, notice: plain };
  for (const file of result.files) {
    if (file.violations.length > 0) yield* formatFile(file, c);
    if (options.verbose && !file.isConfig) yield coverageLines(file, c);
  }
  yield footer(result, c, options.fixed);
}

type Painter = Record<'underline' | 'dim' | 'bold' | Severity, (s: string) => string>;

/** `--verbose` with another format: what checked each table, alone (the CLI writes it to standard error, beside the report). */
export function formatCoverage(result: LintResult): string {
  const c: Painter = { underline: plain, dim: plain, bold: plain, error: plain, warning: plain, notice: plain };
  return result.files.filter((file) => !file.isConfig).map((file) => coverageLines(file, c)).join('');
}

function footer(result: LintResult, c: Painter, fixed: FormatOptions['fixed']): string {
  const counts = countResult(result);
  const coverage = coverageOf(result);
  let checked = `${plural(coverage.files, 'file')}, ${plural(coverage.tables, 'table')} checked (${plural(coverage.leftAlone, 'table')} left alone)`;
  if (coverage.suppressed > 0) checked += `, ${coverage.suppressed} suppressed`;
  const existing = result.files.reduce((n, file) => n + (file.existing?.length ?? 0), 0);
  if (existing > 0) checked += `, ${existing} pre-existing at the base not shown`;
  const total = counts.errors + counts.warnings + counts.notices;
  if (total === 0) return `${fixNote(result, fixed).trimStart()}${checked}\n`;
  let summary = `✖ ${plural(total, 'problem')} (${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}`;
  summary += counts.notices > 0 ? `, ${plural(counts.notices, 'notice')})` : ')';
  const worst: Severity = counts.errors > 0 ? 'error' : counts.warnings > 0 ? 'warning' : 'notice';
  return `${c.bold(c[worst](summary))}\n${fixNote(result, fixed)}${checked}\n`;
}

/**
 * What `--fix` would do, as ESLint says it: how many of the findings shown
 * carry a fix, or after `--fix-dry-run` (whose fixed texts ride on the
 * files) how many files the fixes would change and how to see them.
 */
function fixNote(result: LintResult, fixed: FormatOptions['fixed']): string {
  if (fixed === 'written') return '';
  if (fixed === 'dry-run') {
    const changed = result.files.filter((file) => file.output !== undefined).length;
    if (changed === 0) return '';
    const left = countResult(result);
    const after = left.errors + left.warnings + left.notices > 0 ? '; the problems above are those left after it' : '';
    return `  --fix would change ${plural(changed, 'file')} (--fix-dry-run --format diff shows how)${after}.\n`;
  }
  const fixable = allViolations(result).filter((v) => v.fix !== undefined).length;
  return fixable === 0 ? '' : `  ${fixable} of them potentially fixable with the \`--fix\` option.\n`;
}

/** Findings per piece of the report. */
const PIECE_FINDINGS = 500;

function* formatFile(file: FileResult, c: Painter): Generator<string> {
  const positions = file.violations.map((v) => `${v.line}:${v.column}`);
  // A reduce, not Math.max(...): spreading 130,000 findings as arguments overflows the stack.
  const posWidth = positions.reduce((width, p) => Math.max(width, p.length), 0);
  const sevWidth = file.violations.reduce((width, v) => Math.max(width, v.severity.length), 0);
  let out = `${c.underline(commandSafe(terminalSafe(file.file)))}\n`;
  for (let i = 0; i < file.violations.length; i++) {
    const v = file.violations[i]!;
    const position = c.dim(positions[i]!.padEnd(posWidth));
    const severity = c[v.severity](v.severity.padEnd(sevWidth));
    out += `  ${position}  ${severity}  ${terminalSafe(v.message)}  ${c.dim(v.rule)}\n`;
    if (v.excerpt !== undefined && v.excerpt.trim() !== '') {
      const [text, marker] = excerpt(v.excerpt, v);
      out += `${commandSafe(`    ${terminalSafe(text)}`)}\n    ${c[v.severity](marker)}\n`;
    }
    if ((i + 1) % PIECE_FINDINGS === 0) {
      yield out;
      out = '';
    }
  }
  yield `${out}\n`;
}

/** `--verbose`: what judged each table of the file, or why nothing did. */
function coverageLines(file: FileResult, c: Painter): string {
  if (file.deleted) return `${c.dim(`${commandSafe(terminalSafe(file.file))}: deleted (the rows of its tables at the base are removals)`)}\n`;
  if (file.coverage.length === 0) return `${c.dim(`${commandSafe(terminalSafe(file.file))}: no tables`)}\n`;
  let out = `${c.dim(`${commandSafe(terminalSafe(file.file))}:`)}\n`;
  for (const table of file.coverage) {
    const columns = table.columns.map((name) => terminalSafe(name)).join(' | ');
    out += table.judgedBy
      ? `  line ${table.line}: checked by ${table.judgedBy} (${plural(table.rows, 'row')}): ${columns}\n`
      : `  line ${table.line}: left alone (${table.reason}): ${columns}\n`;
  }
  return out;
}
