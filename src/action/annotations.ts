/**
 * Workflow-command annotations. GitHub shows at most 10 errors, 10 warnings
 * and 10 notices per step (50 per job) and silently drops the rest, so the
 * findings that decide the outcome go first and a last notice says how many
 * were not shown.
 */
import { byPosition } from '../core/gate.js';
import type { Severity, Violation } from '../core/types.js';
import { severityRank } from '../core/types.js';
import { githubLocation } from '../report/location.js';
import { clip, LIMITS } from './limits.js';

export interface Annotation {
  level: Severity;
  message: string;
  /** The finding it shows (none for the closing notice). */
  finding?: Violation;
  properties: {
    title: string;
    file?: string;
    startLine?: number;
    endLine?: number;
    startColumn?: number;
    endColumn?: number;
  };
}

export interface Caps {
  perLevel: number;
  total: number;
}

export const GITHUB_CAPS: Caps = { perLevel: 10, total: 50 };

/** Gating findings: errors, then warnings, then notices, each in file order. */
export const gatingOrder = (vs: Violation[]): Violation[] =>
  [...vs].sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || byPosition(a, b));

/** An annotation's properties: the shared GitHub location (report/location.ts), titled with the rule. */
export const locate = (v: Violation): Annotation['properties'] => {
  const { path, startLine, endLine, startColumn, endColumn } = githubLocation(v);
  return {
    title: v.rule,
    file: path,
    startLine,
    endLine,
    ...(startColumn !== undefined ? { startColumn, endColumn: endColumn! } : {}),
  };
};

export interface AnnotationPlan {
  annotations: Annotation[];
  /** Findings that did not fit. */
  left: number;
}

/**
 * `used` counts annotations already written by this step (other notices),
 * per level. `whereElse` completes "see ..." in the closing notice.
 */
export function planAnnotations(
  gating: Violation[],
  existing: Violation[],
  whereElse: string,
  caps: Caps = GITHUB_CAPS,
  used: Partial<Record<Severity, number>> = {},
): AnnotationPlan {
  const candidates: Annotation[] = [
    ...gatingOrder(gating).map((v) => ({ level: v.severity, message: clip(v.message, LIMITS.annotationMessageBytes, 'bytes'), finding: v, properties: locate(v) })),
    // Pre-existing findings are notices so they do not read as this PR's failures.
    ...[...existing].sort(byPosition).map((v) => ({
      level: 'notice' as const,
      message: clip(`Pre-existing ${v.severity} (not introduced by this change): ${v.message}`, LIMITS.annotationMessageBytes, 'bytes'),
      finding: v,
      properties: { ...locate(v), title: `${v.rule} (pre-existing)` },
    })),
  ];
  const fit = (reserveNotice: number): Annotation[] => {
    const count: Record<Severity, number> = { error: used.error ?? 0, warning: used.warning ?? 0, notice: (used.notice ?? 0) + reserveNotice };
    let total = count.error + count.warning + count.notice;
    const out: Annotation[] = [];
    for (const a of candidates) {
      if (count[a.level] >= caps.perLevel || total >= caps.total) continue;
      count[a.level]++;
      total++;
      out.push(a);
    }
    return out;
  };
  let annotations = fit(0);
  if (annotations.length === candidates.length) return { annotations, left: 0 };
  annotations = fit(1);
  const left = candidates.length - annotations.length;
  annotations.push({
    level: 'notice',
    message: `${left} more finding${left === 1 ? ' is' : 's are'} not shown as annotations (GitHub shows at most ${caps.perLevel} errors and ${caps.perLevel} warnings per step); see ${whereElse}.`,
    properties: { title: 'support-table-lint: more findings' },
  });
  return { annotations, left };
}
