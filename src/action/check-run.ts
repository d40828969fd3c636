/**
 * The `support-table-lint` check run on the PR's head commit: unlike
 * workflow-command annotations it can carry every gating finding, 50 per
 * request. Failing to create it never fails the step.
 */
import type { Violation } from '../core/types.js';
import { githubLocation } from '../report/location.js';
import { gatingOrder } from './annotations.js';
import { clip, LIMITS } from './limits.js';
import { describeApiError, isRateLimit, statusOf, type CheckRunAnnotation, type GitHubApi } from './github-api.js';

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

export type CheckRunOutcome =
  | { ok: true; id: number }
  /** `sent`: findings the run holds (0 when it was not created); `why`: the reason, token-free. */
  | { ok: false; created: boolean; sent: number; why: string };

/**
 * Creates the run with the first 50 annotations and appends the rest, 50 per
 * update. `summary(complete)` is its output.summary: `complete` is true only
 * on the request that sends the last annotations, so the run never claims
 * to hold every finding before it does (a later request may fail).
 */
export async function publishCheckRun(
  api: GitHubApi,
  run: { headSha: string; failed: boolean; title: string; summary: (complete: boolean) => string; gating: Violation[] },
): Promise<CheckRunOutcome> {
  const [first = [], ...rest] = batches(gatingOrder(run.gating).map(toCheckAnnotation), ANNOTATIONS_PER_REQUEST);
  const output = (annotations: CheckRunAnnotation[], complete: boolean) => ({
    title: clip(run.title, LIMITS.outputTitleChars, 'chars'),
    summary: clip(run.summary(complete), LIMITS.outputSummaryChars, 'chars'),
    annotations,
  });
  let id: number;
  try {
    id = await api.createCheckRun({
      name: CHECK_NAME,
      headSha: run.headSha,
      conclusion: run.failed ? 'failure' : 'success',
      output: output(first, rest.length === 0),
    });
  } catch (error) {
    const why =
      statusOf(error) === 403 && !isRateLimit(error)
        ? 'the token may not create check runs (pull requests from forks and read-only tokens cannot; grant `checks: write` otherwise)'
        : `the API failed (${describeApiError(error, 'checks: write')})`;
    return { ok: false, created: false, sent: 0, why };
  }
  let sent = first.length;
  for (const [i, batch] of rest.entries()) {
    try {
      await api.updateCheckRun(id, output(batch, i === rest.length - 1));
      sent += batch.length;
    } catch (error) {
      return { ok: false, created: true, sent, why: `adding the rest failed (${describeApiError(error, 'checks: write')})` };
    }
  }
  return { ok: true, id };
}
