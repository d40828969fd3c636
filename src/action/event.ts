/**
 * What triggered the run, reduced to what the Action needs: the commits to
 * compare and where findings belong.
 */

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

export function describeEvent(name: string, payload: unknown, sha: string): EventInfo {
  const p = (payload ?? {}) as Payload;
  if ((name === 'pull_request' || name === 'pull_request_target') && p.pull_request) {
    const pr = p.pull_request;
    const baseSha = pr.base?.sha;
    const headSha = pr.head?.sha;
    if (typeof pr.number === 'number' && baseSha && headSha) {
      const baseRepo = pr.base?.repo?.full_name;
      const headRepo = pr.head?.repo?.full_name;
      return { kind: 'pull_request', number: pr.number, baseSha, headSha, fork: !!baseRepo && headRepo !== baseRepo };
    }
  }
  // A push that creates a branch has no `before` commit to compare with.
  if (name === 'push' && p.before && p.after && !ZERO_SHA.test(p.before)) {
    return { kind: 'push', before: p.before, after: p.after };
  }
  return { kind: 'other', name, sha };
}

/** The commit findings are reported on, and the one to compare with (if any). */
export const headOf = (e: EventInfo): string => (e.kind === 'pull_request' ? e.headSha : e.kind === 'push' ? e.after : e.sha);
export const baseOf = (e: EventInfo): string | undefined =>
  e.kind === 'pull_request' ? e.baseSha : e.kind === 'push' ? e.before : undefined;
