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
/**
 * A check run carries at most this many annotations (20 requests). Each
 * request is a write the throttle spaces a second apart, and a token may
 * make 1,000 requests an hour: 200,000 findings would take 4,000 requests
 * and over an hour. The rest are in the report file or the job summary,
 * and the run says so.
 */
export const MAX_CHECK_ANNOTATIONS = 1000;

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
  const order = gatingOrder(run.gating);
  const capped = order.length > MAX_CHECK_ANNOTATIONS;
  const [first = [], ...rest] = batches((capped ? order.slice(0, MAX_CHECK_ANNOTATIONS) : order).map(toCheckAnnotation), ANNOTATIONS_PER_REQUEST);
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
      output: output(first, rest.length === 0 && !capped),
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
      await api.updateCheckRun(id, output(batch, i === rest.length - 1 && !capped));
      sent += batch.length;
    } catch (error) {
      return { ok: false, created: true, sent, why: `adding the rest failed (${describeApiError(error, 'checks: write')})` };
    }
  }
  if (capped) return { ok: false, created: true, sent, why: `a check run gets at most ${MAX_CHECK_ANNOTATIONS} annotations, so that it takes ${MAX_CHECK_ANNOTATIONS / ANNOTATIONS_PER_REQUEST} requests and not ${Math.ceil(order.length / ANNOTATIONS_PER_REQUEST)}` };
  return { ok: true, id };
}
