/**
 * Runs the bundled Action (dist/index.js) the way the runner does: a child
 * process with INPUT_* and GITHUB_* variables, a real git repository as the
 * workspace, and a fake GitHub REST API on 127.0.0.1 that records requests.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const ACTION = resolve('dist/index.js');
export const TOKEN = 'ghs_e2eSECRETtoken0123456789';
export const OWNER = 'acme';
export const REPO = 'docs';

export type Files = Record<string, string | null>;

export interface Repo {
  dir: string;
  baseSha: string;
  headSha: string;
  /** The commit checked out: the merge commit for pull requests, the head for pushes. */
  checkedOut: string;
}

const git = (dir: string, ...args: string[]): string =>
  execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_SYSTEM: '/dev/null' } }).trim();

const write = (dir: string, files: Files): void => {
  for (const [path, text] of Object.entries(files)) {
    const file = join(dir, path);
    if (text === null) rmSync(file, { force: true });
    else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
  }
};

const temps: string[] = [];
export const cleanup = (): void => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
};

/**
 * A base commit on main, a PR branch commit on top, and (for pull requests)
 * the merge commit checked out detached, as actions/checkout does.
 * `shallow` clones only the checked-out commit (fetch-depth: 1).
 */
export function makeRepo(base: Files, head: Files, opts: { merge?: boolean; shallow?: boolean } = {}): Repo {
  const dir = mkdtempSync(join(tmpdir(), 'stl-e2e-'));
  temps.push(dir);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'e2e@example.com');
  git(dir, 'config', 'user.name', 'e2e');
  git(dir, 'config', 'commit.gpgsign', 'false');
  write(dir, base);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'checkout', '-q', '-b', 'pr');
  write(dir, head);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'pr');
  const headSha = git(dir, 'rev-parse', 'HEAD');
  let checkedOut = headSha;
  if (opts.merge !== false) {
    git(dir, 'checkout', '-q', 'main');
    git(dir, 'merge', '-q', '--no-ff', '-m', 'Merge pr into main', 'pr');
    checkedOut = git(dir, 'rev-parse', 'HEAD');
    git(dir, 'checkout', '-q', '--detach', checkedOut);
  }
  if (!opts.shallow) return { dir, baseSha, headSha, checkedOut };
  const clone = mkdtempSync(join(tmpdir(), 'stl-e2e-shallow-'));
  temps.push(clone);
  git(clone, 'init', '-q');
  git(clone, 'fetch', '-q', '--depth', '1', `file://${dir}`, checkedOut);
  git(clone, 'checkout', '-q', '--detach', checkedOut);
  return { dir: clone, baseSha, headSha, checkedOut };
}

export interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  body: unknown;
}

export interface ApiBehaviour {
  /** The PR's files as the API lists them; `500` makes the endpoint fail. */
  pullFiles?: { filename: string; status: string; previous_filename?: string }[] | 500;
  /** Status for POST /check-runs (default 201). */
  checkRunStatus?: number;
  /** File texts by `ref:path`, for the contents API. */
  contents?: Record<string, string>;
}

export interface FakeApi {
  url: string;
  requests: Recorded[];
  close(): Promise<void>;
}

/** The files API pages in twos here, so that even small PRs exercise pagination. */
const PAGE = 2;

export async function startApi(behaviour: ApiBehaviour): Promise<FakeApi> {
  const requests: Recorded[] = [];
  let nextId = 1000;
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const text = Buffer.concat(chunks).toString('utf8');
      requests.push({
        method: req.method ?? '',
        path: url.pathname,
        query: url.searchParams,
        authorization: req.headers.authorization,
        body: text ? JSON.parse(text) : undefined,
      });
      const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(body));
      };
      const prefix = `/repos/${OWNER}/${REPO}`;
      const path = url.pathname;
      if (req.method === 'GET' && new RegExp(`^${prefix}/pulls/\\d+/files$`).test(path)) {
        if (behaviour.pullFiles === 500 || behaviour.pullFiles === undefined) return json(500, { message: 'Server Error' });
        const page = Number(url.searchParams.get('page') ?? '1');
        const slice = behaviour.pullFiles.slice((page - 1) * PAGE, page * PAGE);
        const headers: Record<string, string> = {};
        if (page * PAGE < behaviour.pullFiles.length) {
          const next = new URL(url);
          next.searchParams.set('page', String(page + 1));
          headers['link'] = `<http://${req.headers.host}${next.pathname}${next.search}>; rel="next"`;
        }
        return json(200, slice, headers);
      }
      if (req.method === 'POST' && path === `${prefix}/check-runs`) {
        const status = behaviour.checkRunStatus ?? 201;
        if (status >= 400) return json(status, { message: 'Resource not accessible by integration' });
        return json(status, { id: nextId++ });
      }
      if (req.method === 'PATCH' && new RegExp(`^${prefix}/check-runs/\\d+$`).test(path)) {
        return json(200, { id: Number(path.split('/').pop()) });
      }
      if (req.method === 'GET' && path.startsWith(`${prefix}/contents/`)) {
        const file = decodeURIComponent(path.slice(`${prefix}/contents/`.length));
        const text = behaviour.contents?.[`${url.searchParams.get('ref')}:${file}`];
        if (text === undefined) return json(404, { message: 'Not Found' });
        res.writeHead(200, { 'content-type': 'application/vnd.github.raw' });
        return res.end(text);
      }
      json(404, { message: `no fake for ${req.method} ${path}` });
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        // undici keeps connections alive; the Action process is gone, so drop them.
        server.closeAllConnections();
      }),
  };
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
export const parseOutputs = (text: string): Record<string, string> => {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(\S+)\n([^]*?)\n?\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
};

/** Runner-style input variables: `fail-on` becomes INPUT_FAIL-ON. */
const inputEnv = (inputs: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(inputs).map(([k, val]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, val]));

/** The defaults of action.yml, as the runner passes them when a workflow sets nothing. */
export const DEFAULT_INPUTS: Record<string, string> = {
  config: '.github/support-table-lint.yml',
  files: '**/*.md',
  scope: 'changed',
  gate: 'new',
  'fail-on': 'error',
  annotations: 'true',
  'check-run': 'auto',
  summary: 'true',
  'trusted-config': 'base',
  token: TOKEN,
  'report-file': '',
  'sarif-file': '',
};

export async function runAction(opts: {
  repo: Repo;
  api: FakeApi;
  event: string;
  payload: unknown;
  sha?: string;
  inputs?: Record<string, string>;
}): Promise<RunResult> {
  const scratch = mkdtempSync(join(tmpdir(), 'stl-e2e-runner-'));
  temps.push(scratch);
  const eventPath = join(scratch, 'event.json');
  const outputPath = join(scratch, 'output');
  const summaryPath = join(scratch, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(opts.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: scratch,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_SYSTEM: '/dev/null',
    ...inputEnv({ ...DEFAULT_INPUTS, ...opts.inputs }),
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: opts.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: opts.repo.dir,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_SHA: opts.sha ?? opts.repo.checkedOut,
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_API_URL: opts.api.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: `${opts.api.url}/graphql`,
  };
  return new Promise((done) => {
    execFile(process.execPath, [ACTION], { cwd: opts.repo.dir, env, encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({
        code,
        stdout,
        stderr,
        outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
        summary: readFileSync(summaryPath, 'utf8'),
      });
    });
  });
}

export const pullRequestPayload = (repo: Repo, opts: { fork?: boolean; number?: number } = {}) => ({
  action: 'synchronize',
  number: opts.number ?? 7,
  pull_request: {
    number: opts.number ?? 7,
    state: 'open',
    title: 'Update feature gates',
    head: {
      ref: 'pr',
      sha: repo.headSha,
      repo: { full_name: opts.fork ? `contributor/${REPO}` : `${OWNER}/${REPO}`, fork: !!opts.fork },
    },
    base: { ref: 'main', sha: repo.baseSha, repo: { full_name: `${OWNER}/${REPO}`, fork: false } },
  },
  repository: { full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER } },
  sender: { login: 'contributor' },
});

/** Workflow commands of one kind, e.g. `error`, parsed from stdout. */
export const commands = (stdout: string, kind: string): { props: Record<string, string>; message: string }[] =>
  stdout
    .split('\n')
    .filter((l) => l.startsWith(`::${kind} `) || l.startsWith(`::${kind}::`))
    .map((l) => {
      const m = /^::\w+(?: ([^:]*))?::(.*)$/.exec(l)!;
      const props = Object.fromEntries(
        (m[1] ?? '')
          .split(',')
          .filter(Boolean)
          .map((kv) => {
            const i = kv.indexOf('=');
            return [kv.slice(0, i), decodeURIComponent(kv.slice(i + 1))];
          }),
      );
      return { props, message: decodeURIComponent(m[2] ?? '') };
    });
