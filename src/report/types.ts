import type { LintResult, Severity, Violation } from '../engine/types.js';

export const FORMATS = ['stylish', 'json', 'github', 'sarif'] as const;
export type FormatName = (typeof FORMATS)[number];

export interface FormatOptions {
  /** ANSI colours (stylish only). */
  color: boolean;
  /** The tool's version, for SARIF's `tool.driver.version`. */
  version: string;
  /** A linted file's text by its violation `file` name, for source excerpts (stylish only). */
  source?: (file: string) => string | undefined;
}

export type Formatter = (result: LintResult, options: FormatOptions) => string;

export interface Counts {
  errors: number;
  warnings: number;
  notices: number;
}

export function countSeverities(violations: readonly Violation[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, notices: 0 };
  const key: Record<Severity, keyof Counts> = { error: 'errors', warning: 'warnings', notice: 'notices' };
  for (const violation of violations) counts[key[violation.severity]] += 1;
  return counts;
}

export const allViolations = (result: LintResult): Violation[] => result.files.flatMap((file) => file.violations);
