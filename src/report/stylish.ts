/**
 * The `stylish` format, for people at a terminal: findings grouped by file,
 * each with the source line and a `^~~~` marker under the offending cell.
 */
import type { FileResult, Severity, Violation } from '../engine/types.js';
import { allViolations, countSeverities, type FormatOptions, type Formatter } from './types.js';

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
  // Keep tabs in the marker's indent so it lines up under a tab-indented line.
  const indent = `${from > 0 ? ' ' : ''}${line.slice(from, start).replace(/[^\t]/g, ' ')}`;
  const width = Math.max(1, Math.min(end, to) - start);
  return [text, `${indent}^${'~'.repeat(width - 1)}`];
}

const splitLines = (text: string): string[] => text.split(/\r\n|\r|\n/);

export const formatStylish: Formatter = (result, options) => {
  const c = options.color ? paint : { underline: plain, dim: plain, bold: plain, error: plain, warning: plain, notice: plain };
  const lines = linesOf(options);
  let out = '';
  for (const file of result.files) {
    if (file.violations.length > 0) out += formatFile(file, lines(file.file), c);
  }
  const counts = countSeverities(allViolations(result));
  const total = counts.errors + counts.warnings + counts.notices;
  if (total === 0) return out;
  let summary = `✖ ${plural(total, 'problem')} (${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}`;
  summary += counts.notices > 0 ? `, ${plural(counts.notices, 'notice')})` : ')';
  const worst: Severity = counts.errors > 0 ? 'error' : counts.warnings > 0 ? 'warning' : 'notice';
  return `${out}${c.bold(c[worst](summary))}\n`;
};

type Painter = Record<'underline' | 'dim' | 'bold' | Severity, (s: string) => string>;

function formatFile(file: FileResult, source: string[] | undefined, c: Painter): string {
  const positions = file.violations.map((v) => `${v.line}:${v.column}`);
  const posWidth = Math.max(...positions.map((p) => p.length));
  const sevWidth = Math.max(...file.violations.map((v) => v.severity.length));
  let out = `${c.underline(file.file)}\n`;
  file.violations.forEach((v, i) => {
    const position = c.dim(positions[i]!.padEnd(posWidth));
    const severity = c[v.severity](v.severity.padEnd(sevWidth));
    out += `  ${position}  ${severity}  ${v.message}  ${c.dim(v.rule)}\n`;
    const line = source?.[v.line - 1];
    if (line !== undefined && line.trim() !== '') {
      const [text, marker] = excerpt(line, v);
      out += `    ${text}\n    ${c[v.severity](marker)}\n`;
    }
  });
  return `${out}\n`;
}

function linesOf(options: FormatOptions): (file: string) => string[] | undefined {
  const cache = new Map<string, string[] | undefined>();
  return (file) => {
    if (!cache.has(file)) {
      const text = options.source?.(file);
      cache.set(file, text === undefined ? undefined : splitLines(text));
    }
    return cache.get(file);
  };
}
