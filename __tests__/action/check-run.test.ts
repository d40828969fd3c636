import { batches, MAX_CHECK_ANNOTATIONS, publishCheckRun, toCheckAnnotation } from '../../src/action/check-run.js';
import { failingApi, type CheckRunOutput, type GitHubApi } from '../../src/action/github-api.js';
import { v } from './helpers.js';

const recorder = (fail?: { create?: unknown; updateAt?: number }) => {
  const calls: { kind: string; headSha?: string; conclusion?: string; id?: number; output: CheckRunOutput }[] = [];
  const api: GitHubApi = {
    ...failingApi(() => new Error('not in this test')),
    createCheckRun: async (run) => {
      if (fail?.create) throw fail.create;
      calls.push({ kind: 'create', headSha: run.headSha, conclusion: run.conclusion, output: run.output });
      return 77;
    },
    updateCheckRun: async (id, output) => {
      if (fail?.updateAt === calls.length) throw Object.assign(new Error('Server Error'), { status: 502 });
      calls.push({ kind: 'update', id, output });
    },
  };
  return { api, calls };
};

const findings = (n: number) => Array.from({ length: n }, (_, i) => v({ line: i + 1, rowKey: `G${i}` }));

describe('check run', () => {
  it('sends 50 annotations per request: a create, then updates', async () => {
    const { api, calls } = recorder();
    const outcome = await publishCheckRun(api, { headSha: 'head', failed: true, title: 't', summary: () => 's', gating: findings(120) });
    expect(outcome).toEqual({ ok: true, id: 77 });
    expect(calls.map((c) => [c.kind, c.output.annotations.length])).toEqual([['create', 50], ['update', 50], ['update', 20]]);
    expect(calls[0]).toMatchObject({ headSha: 'head', conclusion: 'failure' });
    expect(calls[2]?.id).toBe(77);
  });

  it('creates a successful run with no annotations when nothing gates', async () => {
    const { api, calls } = recorder();
    await publishCheckRun(api, { headSha: 'h', failed: false, title: 't', summary: () => 's', gating: [] });
    expect(calls).toEqual([{ kind: 'create', headSha: 'h', conclusion: 'success', output: { title: 't', summary: 's', annotations: [] } }]);
  });

  it('turns a 403 into one notice about permissions', async () => {
    const { api } = recorder({ create: Object.assign(new Error('Resource not accessible by integration'), { status: 403 }) });
    const outcome = await publishCheckRun(api, { headSha: 'h', failed: true, title: 't', summary: () => 's', gating: findings(1) });
    expect(outcome).toEqual({
      ok: false, created: false, sent: 0,
      why: 'the token may not create check runs (pull requests from forks and read-only tokens cannot; grant `checks: write` otherwise)',
    });
  });

  it('says how many findings the run holds when a later batch fails', async () => {
    const { api } = recorder({ updateAt: 2 });
    const outcome = await publishCheckRun(api, { headSha: 'h', failed: true, title: 't', summary: () => 's', gating: findings(160) });
    expect(outcome).toEqual({ ok: false, created: true, sent: 100, why: 'adding the rest failed (HTTP 502: Server Error)' });
  });

  it('sends at most MAX_CHECK_ANNOTATIONS, never claims to be complete, and says where the rest are', async () => {
    const { api, calls } = recorder();
    const outcome = await publishCheckRun(api, { headSha: 'h', failed: true, title: 't', summary: (complete) => (complete ? 'all' : 'partial'), gating: findings(MAX_CHECK_ANNOTATIONS + 1) });
    expect(calls).toHaveLength(MAX_CHECK_ANNOTATIONS / 50);
    expect(calls.reduce((n, c) => n + c.output.annotations.length, 0)).toBe(MAX_CHECK_ANNOTATIONS);
    expect(new Set(calls.map((c) => c.output.summary))).toEqual(new Set(['partial']));
    expect(outcome).toEqual({ ok: false, created: true, sent: MAX_CHECK_ANNOTATIONS, why: 'a check run gets at most 1000 annotations, so that it takes 20 requests and not 21' });
  });

  it('claims to be complete only in the request that sends the last annotations', async () => {
    const { api, calls } = recorder();
    await publishCheckRun(api, { headSha: 'h', failed: true, title: 't', summary: (complete) => (complete ? 'all' : 'partial'), gating: findings(120) });
    expect(calls.map((c) => c.output.summary)).toEqual(['partial', 'partial', 'all']);
  });

  it('names the permission a 404 lacks, and tells a rate limit from a missing permission', async () => {
    const notFound = await publishCheckRun(recorder({ create: Object.assign(new Error('Not Found'), { status: 404 }) }).api, { headSha: 'h', failed: false, title: 't', summary: () => 's', gating: [] });
    expect(notFound).toMatchObject({ ok: false, why: expect.stringContaining('HTTP 404: Not Found; the token needs `checks: write`') });
    const limited = Object.assign(new Error('API rate limit exceeded'), { status: 403, response: { headers: { 'x-ratelimit-remaining': '0' } } });
    const outcome = await publishCheckRun(recorder({ create: limited }).api, { headSha: 'h', failed: false, title: 't', summary: () => 's', gating: [] });
    expect(outcome).toMatchObject({ ok: false, why: expect.stringContaining("GitHub's rate limit") });
  });

  it('maps severities and keeps suggestions', () => {
    expect(toCheckAnnotation(v({ severity: 'warning', suggestion: 'Beta', line: 3, endLine: 3, column: 2, endColumn: 6 }))).toEqual({
      path: 'docs/gates.md', start_line: 3, end_line: 3, start_column: 2, end_column: 5, // GitHub's end column is inclusive: the last character's
      annotation_level: 'warning', message: 'message', title: 'allowed-values', raw_details: 'Suggested cell text: Beta',
    });
    expect(toCheckAnnotation(v({ line: 3, endLine: 5 })).annotation_level).toBe('failure');
    expect(toCheckAnnotation(v({ line: 3, endLine: 5 }))).not.toHaveProperty('start_column');
  });

  it('batches evenly', () => {
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(batches([], 50)).toEqual([[]]);
  });
});
