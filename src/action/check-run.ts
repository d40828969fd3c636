/**
 * The `support-table-lint` check run on the PR's head commit: unlike
 * workflow-command annotations it can carry every gating finding, 50 per
 * request. Failing to create it never fails the step.
 */
import type { Violation } from '../core/types.js';
import { githubLocation } from '../report/location.js';
import { gatingOrder } from './annotations.js';
import { clip, LIMITS } from './limits.js';
import { describeApiError, statusOf, type CheckRunAnnotation, type GitHubApi } from './github-api.js';

export const CHECK_NAME = 'support-table-lint';
export const ANNOTATIONS_PER_REQUEST = 50;

const LEVEL = { error: 'failure', warning: 'warning', notice: 'notice' } as const;

export const toCheckAnnotation = (v: Violation): CheckRunAnnotation => {
  const at = githubLocation(v);
  return {
    path: at.path,
    start_line: at.startLine,
    end_line: at.endLine,
    ...(at.startColumn !== undefined ? { start_column: at.startColumn, end_column: at.endColumn! } : {}),
    annotation_level: LEVEL[v.severity],
    message: clip(v.message, LIMITS.annotationMessageBytes, 'bytes'),
    title: clip(v.rule, LIMITS.annotationTitleChars, 'chars'),
    ...(v.suggestion !== undefined ? { raw_details: clip(`Suggested cell text: ${v.suggestion}`, LIMITS.rawDetailsBytes, 'bytes') } : {}),
  };
};

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
  const output = (annotations: CheckRunAnnotation[]) => ({
    title: clip(run.title, LIMITS.outputTitleChars, 'chars'),
    summary: clip(run.summary, LIMITS.outputSummaryChars, 'chars'),
    annotations,
  });
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
