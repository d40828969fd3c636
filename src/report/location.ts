/**
 * Where a finding goes in GitHub: the one conversion used by the `github`
 * format, the Action's annotations and its check run, so they cannot
 * disagree.
 *
 * GitHub's Checks API documents `start_line`/`end_line` as the first and the
 * last line of the annotation (both inclusive) and `start_column`/
 * `end_column` likewise, with columns starting at 1, and only on one line:
 * "Annotations only support start_column and end_column on the same line.
 * Omit this parameter if start_line and end_line have different values."
 * Workflow commands (`col`, `endColumn`) create the same annotations. So the
 * end column is inclusive: the column of the range's last character, while
 * our spans (like mdast's) end just past it. An empty range (an empty cell)
 * points at its first column.
 */
import type { Violation } from '../core/types.js';

export interface GitHubLocation {
  path: string;
  startLine: number;
  endLine: number;
  startColumn?: number;
  endColumn?: number;
}

export function githubLocation(v: Pick<Violation, 'file' | 'line' | 'column' | 'endLine' | 'endColumn'>): GitHubLocation {
  const location: GitHubLocation = { path: v.file, startLine: v.line, endLine: Math.max(v.line, v.endLine) };
  if (v.endLine === v.line) {
    location.startColumn = v.column;
    location.endColumn = Math.max(v.column, v.endColumn - 1);
  }
  return location;
}
