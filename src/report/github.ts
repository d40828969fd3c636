/**
 * The `github` format: workflow commands that the Actions runner turns into
 * annotations, escaped exactly as @actions/core does (which the core must not
 * import).
 */
import type { Violation } from '../engine/types.js';
import { allViolations, type Formatter } from './types.js';

const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function workflowCommand(v: Violation): string {
  const properties: [string, string | number][] = [
    ['file', v.file],
    ['line', v.line],
    ['endLine', v.endLine],
  ];
  // GitHub ignores columns on annotations that span several lines, and its
  // end column is inclusive where ours is exclusive.
  if (v.endLine === v.line) properties.push(['col', v.column], ['endColumn', Math.max(v.column, v.endColumn - 1)]);
  properties.push(['title', v.rule]);
  const props = properties.map(([name, value]) => `${name}=${escapeProperty(String(value))}`).join(',');
  return `::${v.severity} ${props}::${escapeData(v.message)}`;
}

export const formatGithub: Formatter = (result) => allViolations(result).map((v) => `${workflowCommand(v)}\n`).join('');
