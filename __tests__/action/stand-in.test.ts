/**
 * The e2e stand-in must reject what GitHub rejects, or the e2e tests' "no
 * request was rejected" proves nothing. Requests GitHub refuses, sent
 * straight to it.
 */
import { OWNER, REPO, startApi, type FakeApi } from './harness.js';

let api: FakeApi;
beforeAll(async () => {
  api = await startApi({
    pullFiles: [{ filename: 'docs/a.md', status: 'modified', patch: '@@ -10,3 +10,4 @@\n a\n+b\n c\n d' }],
    pull: { headSha: 'a'.repeat(40) },
  });
});
afterAll(() => api.close());

const send = async (method: string, path: string, body: unknown) => {
  const response = await fetch(`${api.url}/repos/${OWNER}/${REPO}${path}`, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as { errors?: string[] } };
};
const annotation = { path: 'docs/a.md', start_line: 3, end_line: 3, annotation_level: 'failure', message: 'm' };
const run = (output: unknown) => ({ name: 'n', head_sha: 'a'.repeat(40), status: 'completed', conclusion: 'failure', output });

describe('the REST stand-in', () => {
  it.each([
    ['51 annotations (OpenAPI maxItems)', run({ title: 't', summary: 's', annotations: Array(51).fill(annotation) }), /maxItems|more than 50/],
    ['a summary of 65,536 characters (OpenAPI maxLength)', run({ title: 't', summary: 'x'.repeat(65_536) }), /65535/],
    ['no summary (OpenAPI required)', run({ title: 't' }), /summary/],
    ['a wrong annotation level (OpenAPI enum)', run({ title: 't', summary: 's', annotations: [{ ...annotation, annotation_level: 'error' }] }), /allowed values/],
    ['columns on a range of lines', run({ title: 't', summary: 's', annotations: [{ ...annotation, end_line: 4, start_column: 1, end_column: 2 }] }), /start_column/],
    ['a message over 64 KB', run({ title: 't', summary: 's', annotations: [{ ...annotation, message: 'x'.repeat(64 * 1024 + 1) }] }), /64 KB/],
    ['a title over 255 characters', run({ title: 'x'.repeat(256), summary: 's' }), /255/],
    ['completed without a conclusion', { name: 'n', head_sha: 'a'.repeat(40), status: 'completed', output: { title: 't', summary: 's' } }, /conclusion/],
  ])('answers 422 to a check run with %s', async (_what, body, why) => {
    const answer = await send('POST', '/check-runs', body);
    expect(answer.status).toBe(422);
    expect(answer.body.errors?.join('\n')).toMatch(why);
  });

  it.each([
    ['a line outside the diff', { line: 20 }, /must be part of the diff/],
    ['a range starting in another hunk', { line: 11, start_line: 5 }, /same hunk/],
    ['a file the PR does not change', { path: 'docs/b.md', line: 11 }, /Path could not be resolved/],
  ])('answers 422 to a review comment on %s', async (_what, comment, why) => {
    const answer = await send('POST', '/pulls/7/reviews', { commit_id: 'a'.repeat(40), event: 'COMMENT', body: 'b', comments: [{ path: 'docs/a.md', body: 'x', side: 'RIGHT', ...comment }] });
    expect(answer.status).toBe(422);
    expect(answer.body.errors?.join('\n')).toMatch(why);
  });

  it('accepts what GitHub accepts', async () => {
    expect((await send('POST', '/check-runs', run({ title: 't', summary: 's', annotations: [annotation] }))).status).toBe(201);
    const review = await send('POST', '/pulls/7/reviews', { commit_id: 'a'.repeat(40), event: 'COMMENT', body: 'b', comments: [{ path: 'docs/a.md', body: 'x', line: 12, start_line: 10, side: 'RIGHT', start_side: 'RIGHT' }] });
    expect(review.status).toBe(200);
    expect(api.rejected).toHaveLength(11);
  });
});
