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
      /** Head repository differs from the base one: the token is read-only. */
      fork: boolean;
    }
  | { kind: 'push'; before: string; after: string }
  | { kind: 'other'; name: string; sha: string };

const ZERO_SHA = /^0+$/;

interface Payload {
  pull_request?: {
    number?: number;
    base?: { sha?: string; repo?: { full_name?: string } };
    head?: { sha?: string; repo?: { full_name?: string } | null };
  };
  before?: string;
  after?: string;
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
      };
    }
  }
  // A push that creates a branch has no `before` commit to compare with.
  if (name === 'push' && typeof p.before === 'string' && typeof p.after === 'string' && !ZERO_SHA.test(p.before)) {
    return { kind: 'push', before: checkedCommit(p.before, 'before'), after: checkedCommit(p.after, 'after') };
  }
  return { kind: 'other', name, sha };
}

/** The commit findings are reported on, and the one to compare with (if any). */
export const headOf = (e: EventInfo): string => (e.kind === 'pull_request' ? e.headSha : e.kind === 'push' ? e.after : e.sha);
export const baseOf = (e: EventInfo): string | undefined =>
  e.kind === 'pull_request' ? e.baseSha : e.kind === 'push' ? e.before : undefined;
