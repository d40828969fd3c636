/**
 * The `github` format: workflow commands that the Actions runner turns into
 * annotations, escaped exactly as @actions/core does (which the core must not
 * import).
 */
import type { Violation } from '../core/types.js';
import { githubLocation } from './location.js';
import { terminalSafe } from './terminal.js';
import { allViolations, type Formatter } from './types.js';

/**
 * Message text: `%`, CR and LF are escaped so that a message cannot start a
 * second command, and other control characters shown as control pictures
 * (the log viewer would act on an escape sequence from a cell).
 */
export const escapeData = (s: string): string => terminalSafe(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));

/** Property values: also `:` and `,`, which separate properties. */
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function workflowCommand(v: Violation): string {
  const at = githubLocation(v);
  const properties: [string, string | number][] = [
    ['file', at.path],
    ['line', at.startLine],
    ['endLine', at.endLine],
  ];
  if (at.startColumn !== undefined) properties.push(['col', at.startColumn], ['endColumn', at.endColumn!]);
  properties.push(['title', v.rule]);
  const props = properties.map(([name, value]) => `${name}=${escapeProperty(String(value))}`).join(',');
  return `::${v.severity} ${props}::${escapeData(v.message)}`;
}

export const formatGithub: Formatter = (result) => [...githubPieces(result)].join('');

/** The workflow commands in pieces, as stylishPieces: never one string however many findings there are. */
export function* githubPieces(result: Parameters<Formatter>[0]): Generator<string> {
  let out = '';
  let count = 0;
  for (const v of allViolations(result)) {
    out += `${workflowCommand(v)}\n`;
    if (++count % 500 === 0) {
      yield out;
      out = '';
    }
  }
  if (out !== '') yield out;
}
