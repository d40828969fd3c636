/**
 * The `support-table-lint` check run on the PR's head commit: unlike
 * workflow-command annotations it can carry every gating finding, 50 per
 * request. Failing to create it never fails the step.
 */
import type { Violation } from '../engine/types.js';
import { gatingOrder } from './annotations.js';
import { describeApiError, statusOf, type CheckRunAnnotation, type GitHubApi } from './github-api.js';

export const CHECK_NAME = 'support-table-lint';
export const ANNOTATIONS_PER_REQUEST = 50;

const LEVEL = { error: 'failure', warning: 'warning', notice: 'notice' } as const;

export const toCheckAnnotation = (v: Violation): CheckRunAnnotation => ({
  path: v.file,
  start_line: v.line,
  end_line: v.endLine,
  ...(v.line === v.endLine ? { start_column: v.column, end_column: v.endColumn } : {}),
  annotation_level: LEVEL[v.severity],
  message: v.message,
  title: v.rule,
  ...(v.suggestion !== undefined ? { raw_details: `Suggested cell text: ${v.suggestion}` } : {}),
});

export const batches = <T>(items: T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length > 0 ? out : [[]];
};

export type CheckRunOutcome = { ok: true; id: number } | { ok: false; notice: string };

export async function publishCheckRun(
  api: GitHubApi,
  run: { headSha: string; failed: boolean; title: string; summary: string; gating: Violation[] },
): Promise<CheckRunOutcome> {
  const [first = [], ...rest] = batches(gatingOrder(run.gating).map(toCheckAnnotation), ANNOTATIONS_PER_REQUEST);
  const output = (annotations: CheckRunAnnotation[]) => ({ title: run.title, summary: run.summary, annotations });
  let id: number;
  try {
    id = await api.createCheckRun({
      name: CHECK_NAME,
      headSha: run.headSha,
      conclusion: run.failed ? 'failure' : 'success',
      output: output(first),
    });
  } catch (error) {
    const why =
      statusOf(error) === 403
        ? 'the token may not create check runs (pull requests from forks and read-only tokens cannot; grant `checks: write` otherwise)'
        : `the API failed (${describeApiError(error)})`;
    return { ok: false, notice: `No ${CHECK_NAME} check run: ${why}. The findings are in these annotations and the job summary.` };
  }
  let sent = first.length;
  for (const batch of rest) {
    try {
      await api.updateCheckRun(id, output(batch));
      sent += batch.length;
    } catch (error) {
      return {
        ok: false,
        notice: `The ${CHECK_NAME} check run holds only ${sent} of ${run.gating.length} findings: adding the rest failed (${describeApiError(error)}). All findings are in the job summary.`,
      };
    }
  }
  return { ok: true, id };
}
