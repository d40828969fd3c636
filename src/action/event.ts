/**
 * What triggered the run, reduced to what the Action needs: the commits to
 * compare and where findings belong. The event file is read here (not by
 * @actions/github, which throws on a malformed one while being imported),
 * and every commit id in it is checked before it can reach git.
 */
import { readFileSync, statSync } from 'node:fs';
import { checkedCommit } from './git.js';

export type EventInfo =
  | {
      kind: 'pull_request';
      number: number;
      baseSha: string;
      /** The PR's head commit: check runs and summary links go here, not to the merge commit. */
      headSha: string;
      /** Head repository differs from the base one. */
      fork: boolean;
      /**
       * A fork's `pull_request` run: GitHub gives it a read-only token, so
       * writing calls are not tried (`pull_request_target` runs get a
       * writing token, forks or not).
       */
      readOnly: boolean;
      /** How many files the event says the pull request changes (`pull_request.changed_files`), when it says. */
      changedFiles?: number;
    }
  /**
   * A push, or a merge queue's group (`merge_group`): its commit against the
   * base branch's, so that only what the queued pull requests change gates
   * (`mergeGroup` set), as on a push.
   */
  | { kind: 'push'; before: string; after: string; mergeGroup?: true }
  | { kind: 'other'; name: string; sha: string };

const ZERO_SHA = /^0+$/;

interface Payload {
  pull_request?: {
    number?: number;
    changed_files?: number;
    base?: { sha?: string; repo?: { full_name?: string } };
    head?: { sha?: string; repo?: { full_name?: string } | null };
  };
  before?: string;
  after?: string;
  merge_group?: { base_sha?: string; head_sha?: string };
}

/** An event file larger than this is not a GitHub event. */
const MAX_EVENT_BYTES = 32 * 1024 * 1024;

/** The event's name, payload and commit, from the runner's environment. */
export function readEvent(env: Record<string, string | undefined>): { name: string; payload: unknown; sha: string } {
  const name = env['GITHUB_EVENT_NAME'] ?? '';
  const sha = env['GITHUB_SHA'] ?? '';
  const path = env['GITHUB_EVENT_PATH'];
  if (!path) return { name, payload: {}, sha };
  let payload: unknown;
  try {
    if (statSync(path).size > MAX_EVENT_BYTES) throw new Error(`it is larger than ${MAX_EVENT_BYTES} bytes`);
    payload = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const why = error instanceof SyntaxError ? `it is not JSON (${error.message})` : (error as Error).message;
    throw new Error(`Could not read the event file GITHUB_EVENT_PATH (${path}): ${why}. Run this Action inside a GitHub Actions workflow.`);
  }
  return { name, payload, sha };
}

export function describeEvent(name: string, payload: unknown, sha: string): EventInfo {
  const p = (typeof payload === 'object' && payload !== null ? payload : {}) as Payload;
  if ((name === 'pull_request' || name === 'pull_request_target') && p.pull_request) {
    const pr = p.pull_request;
    const baseSha = pr.base?.sha;
    const headSha = pr.head?.sha;
    if (typeof pr.number === 'number' && typeof baseSha === 'string' && typeof headSha === 'string') {
      const baseRepo = pr.base?.repo?.full_name;
      const headRepo = pr.head?.repo?.full_name;
      return {
        kind: 'pull_request',
        number: pr.number,
        baseSha: checkedCommit(baseSha, 'pull_request.base.sha'),
        headSha: checkedCommit(headSha, 'pull_request.head.sha'),
        fork: !!baseRepo && headRepo !== baseRepo,
        readOnly: name === 'pull_request' && !!baseRepo && headRepo !== baseRepo,
        ...(Number.isSafeInteger(pr.changed_files) && pr.changed_files! >= 0 ? { changedFiles: pr.changed_files! } : {}),
      };
    }
  }
  // A push that creates a branch has no `before` commit to compare with.
  if (name === 'push' && typeof p.before === 'string' && typeof p.after === 'string' && !ZERO_SHA.test(p.before)) {
    return { kind: 'push', before: checkedCommit(p.before, 'before'), after: checkedCommit(p.after, 'after') };
  }
  if (name === 'merge_group' && typeof p.merge_group?.base_sha === 'string' && typeof p.merge_group.head_sha === 'string') {
    return {
      kind: 'push',
      before: checkedCommit(p.merge_group.base_sha, 'merge_group.base_sha'),
      after: checkedCommit(p.merge_group.head_sha, 'merge_group.head_sha'),
      mergeGroup: true,
    };
  }
  return { kind: 'other', name, sha };
}

/** The commit findings are reported on, and the one to compare with (if any). */
export const headOf = (e: EventInfo): string => (e.kind === 'pull_request' ? e.headSha : e.kind === 'push' ? e.after : e.sha);
export const baseOf = (e: EventInfo): string | undefined =>
  e.kind === 'pull_request' ? e.baseSha : e.kind === 'push' ? e.before : undefined;

/**
 * A `workflow_run` event, for `mode: publish`: the run that analysed a pull
 * request. Its head commit comes from GitHub, not from the artifact that run
 * uploaded, so the check run and the review go to the commit that was
 * really analysed.
 */
export interface WorkflowRunInfo {
  id: number;
  /** The event that triggered the analysing run (`pull_request`). */
  event: string;
  headSha: string;
  /** Pull requests GitHub lists for the run (empty for forks). */
  pullNumbers: number[];
  /** The branch and repository (`owner/name`) the analysed commit came from, when the event says. */
  headBranch?: string;
  headRepository?: string;
  /** How the analysing run ended (`success`, `failure`, ...), as GitHub says. */
  conclusion?: string;
}

export function describeWorkflowRun(name: string, payload: unknown): WorkflowRunInfo {
  const run = (payload as { workflow_run?: Record<string, unknown> } | null)?.workflow_run;
  if (name !== 'workflow_run' || typeof run !== 'object' || run === null) {
    throw new Error(
      `mode: publish runs in a workflow triggered by \`workflow_run\` (this run was triggered by \`${name || 'nothing'}\`); see "Full results for pull requests from forks" in the README.`,
    );
  }
  const headSha = typeof run['head_sha'] === 'string' ? run['head_sha'] : '';
  const pulls = Array.isArray(run['pull_requests']) ? (run['pull_requests'] as { number?: unknown }[]) : [];
  const headRepository = (run['head_repository'] as { full_name?: unknown } | null | undefined)?.full_name;
  return {
    ...(typeof run['head_branch'] === 'string' ? { headBranch: run['head_branch'] } : {}),
    ...(typeof headRepository === 'string' ? { headRepository } : {}),
    ...(typeof run['conclusion'] === 'string' ? { conclusion: run['conclusion'] } : {}),
    id: typeof run['id'] === 'number' ? run['id'] : 0,
    event: typeof run['event'] === 'string' ? run['event'] : '',
    headSha: checkedCommit(headSha, 'workflow_run.head_sha'),
    pullNumbers: pulls.flatMap((p) => (typeof p?.number === 'number' && Number.isInteger(p.number) ? [p.number] : [])),
  };
}
