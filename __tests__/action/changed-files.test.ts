import { jest } from '@jest/globals';
import { fromNameStatus, fromPullFiles, listChangedFiles, MAX_PR_FILES } from '../../src/action/changed-files.js';
import { touchedIn } from '../../src/io/git.js';
import { failingApi, type GitHubApi } from '../../src/action/github-api.js';

const api = (list: GitHubApi['listPullFiles']): GitHubApi => ({ ...failingApi(() => new Error('not in this test')), listPullFiles: list });
const pr = { kind: 'pull_request' as const, number: 5, baseSha: 'b', headSha: 'h', fork: false, readOnly: false };

describe('changed files', () => {
  it('flags removed files, follows renames and treats copies as added', () => {
    expect(fromPullFiles([
      { filename: 'a.md', status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' },
      { filename: 'gone.md', status: 'removed' },
      { filename: 'new.md', status: 'renamed', previous_filename: 'old.md', patch: '' },
      { filename: 'fresh.md', status: 'added', patch: '@@ -0,0 +1 @@\n+x' },
      { filename: 'copy.md', status: 'copied', previous_filename: 'a.md', patch: '' },
      // A diff too large to show has no patch: GitHub takes no review comment on it.
      { filename: 'huge.md', status: 'modified' },
    ])).toEqual([
      { path: 'a.md', basePath: 'a.md', patch: '@@ -1 +1 @@\n-a\n+b' },
      { path: 'gone.md', basePath: 'gone.md', deleted: true },
      { path: 'new.md', basePath: 'old.md', patch: '' },
      { path: 'fresh.md', basePath: null, patch: '@@ -0,0 +1 @@\n+x' },
      { path: 'copy.md', basePath: null, patch: '' },
      { path: 'huge.md', basePath: 'huge.md', patchless: true },
    ]);
  });

  it('parses git diff --name-status -z, paths with spaces included', () => {
    expect(fromNameStatus('M\0docs/a b.md\0D\0x.md\0R087\0old.md\0new.md\0A\0n.md\0')).toEqual([
      { path: 'docs/a b.md', basePath: 'docs/a b.md' },
      { path: 'x.md', basePath: 'x.md', deleted: true },
      { path: 'new.md', basePath: 'old.md' },
      { path: 'n.md', basePath: null },
    ]);
  });

  it('lists every path a change touched: deleted files and both names of a rename too', async () => {
    expect(touchedIn('M\0docs/a b.md\0D\0x.md\0R087\0old.md\0new.md\0A\0n.md\0')).toEqual(['docs/a b.md', 'x.md', 'old.md', 'new.md', 'n.md']);
    const listed = [{ filename: 'gone.json', status: 'removed' }, { filename: 'new.md', status: 'renamed', previous_filename: 'old.md' }];
    expect((await listChangedFiles(pr, api(async () => listed), async () => ''))!.touched).toEqual(['gone.json', 'new.md', 'old.md']);
  });

  it('uses the API when it answers', async () => {
    const git = jest.fn(async (_args: string[]) => '');
    const result = await listChangedFiles(pr, api(async () => [{ filename: 'a.md', status: 'modified', patch: '' }]), git);
    expect(result).toEqual({ files: [{ path: 'a.md', basePath: 'a.md', patch: '' }], touched: ['a.md'], source: 'api' });
    expect(git).not.toHaveBeenCalled();
  });

  it('falls back to git diff BASE...HEAD when the API fails', async () => {
    const git = jest.fn(async (_args: string[]) => 'M\0a.md\0');
    const failing = api(async () => { throw Object.assign(new Error('Server Error'), { status: 500 }); });
    const result = await listChangedFiles(pr, failing, git);
    expect(git).toHaveBeenCalledWith(['diff', '--name-status', '-M', '-z', '--end-of-options', 'b...h', '--']);
    expect(result).toEqual({
      files: [{ path: 'a.md', basePath: 'a.md' }], touched: ['a.md'], source: 'git',
      note: 'Listed the changed files with git because the pull request files API failed (HTTP 500: Server Error).',
    });
  });

  it('an empty list, or one shorter than the event says, is confirmed with git: a body cut off is no pull request that changed nothing', async () => {
    const git = jest.fn(async (_args: string[]) => 'M\0a.md\0');
    const empty = await listChangedFiles(pr, api(async () => []), git);
    expect(empty).toMatchObject({ files: [{ path: 'a.md', basePath: 'a.md' }], source: 'git', note: 'Listed the changed files with git because the pull request files API listed no file.' });
    const short = await listChangedFiles({ ...pr, changedFiles: 2 }, api(async () => [{ filename: 'a.md', status: 'modified' }]), git);
    expect(short).toMatchObject({ source: 'git', note: 'Listed the changed files with git because the pull request files API listed 1 file, and the event says the pull request changes 2.' });
    // As many as the event says: the API's list stands.
    const whole = await listChangedFiles({ ...pr, changedFiles: 1 }, api(async () => [{ filename: 'a.md', status: 'modified' }]), git);
    expect(whole).toMatchObject({ source: 'api' });
    // Neither the API nor the clone can tell: the run stops with what to do, never checks nothing.
    const shallow = jest.fn(async (_args: string[]): Promise<string> => {
      throw new Error('fatal: bad revision');
    });
    await expect(listChangedFiles(pr, api(async () => []), shallow)).rejects.toThrow('Could not list the files this pull request changed: the pull request files API listed no file');
  });

  it(`falls back to git when the PR has ${MAX_PR_FILES} files, the most the API lists`, async () => {
    const full = Array.from({ length: MAX_PR_FILES }, (_, i) => ({ filename: `f${i}.md`, status: 'modified' }));
    const result = await listChangedFiles(pr, api(async () => full), async () => 'A\0z.md\0');
    expect(result?.source).toBe('git');
    expect(result?.files).toEqual([{ path: 'z.md', basePath: null }]);
  });

  it('says what to do when neither works', async () => {
    const failing = api(async () => { throw new Error('boom'); });
    await expect(listChangedFiles(pr, failing, async () => { throw new Error('git diff failed: bad revision'); })).rejects.toThrow(
      'Could not list the files this pull request changed: the pull request files API failed (boom), and git diff failed: bad revision. Fetch the history in actions/checkout (`fetch-depth: 0`), or set `scope: all`.',
    );
  });

  it('diffs before..after on push, and gives up (scope all) when the commits are missing', async () => {
    const push = { kind: 'push' as const, before: 'b1', after: 'a1' };
    const git = jest.fn(async (_args: string[]) => 'M\0a.md\0');
    expect(await listChangedFiles(push, api(async () => []), git)).toEqual({ files: [{ path: 'a.md', basePath: 'a.md' }], touched: ['a.md'], source: 'git' });
    expect(git).toHaveBeenCalledWith(['diff', '--name-status', '-M', '-z', '--end-of-options', 'b1..a1', '--']);
    expect(await listChangedFiles(push, api(async () => []), async () => { throw new Error('x'); })).toBeUndefined();
  });
});
