/**
 * Runs the bundled Action (dist/index.js) the way the runner does: a child
 * process with INPUT_* and GITHUB_* variables, a real git repository as the
 * workspace, and a fake GitHub REST API on 127.0.0.1 that records requests.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import ajvFormatsModule from 'ajv-formats';

export const ACTION = resolve('dist/index.js');
export const TOKEN = 'ghs_e2eSECRETtoken0123456789';
export const OWNER = 'acme';
export const REPO = 'docs';

/** Path → text; null deletes the file; `{ symlink }` makes a symlink to that target. */
export type Files = Record<string, string | null | { symlink: string }>;

export interface Repo {
  dir: string;
  baseSha: string;
  headSha: string;
  /** The commit checked out: the merge commit for pull requests, the head for pushes. */
  checkedOut: string;
  /** A shallow clone's origin, with the whole history (what GitHub has, for the stand-in's answers). */
  origin?: string;
}

const gitRaw = (dir: string, ...args: string[]): string =>
  execFileSync('git', args, { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_SYSTEM: '/dev/null' } });
const git = (dir: string, ...args: string[]): string => gitRaw(dir, ...args).trim();

const write = (dir: string, files: Files): void => {
  for (const [path, text] of Object.entries(files)) {
    const file = join(dir, path);
    if (text === null) rmSync(file, { force: true });
    else if (typeof text === 'object') {
      mkdirSync(dirname(file), { recursive: true });
      symlinkSync(text.symlink, file);
    } else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
  }
};

const temps: string[] = [];
export const cleanup = (): void => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
};

/** A temp folder that `cleanup` removes with the repositories (a test's publish folder, a victim file's home). */
export function tempFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `stl-e2e-${prefix}-`));
  temps.push(dir);
  return dir;
}

/**
 * A base commit on main, a PR branch commit on top, and (for pull requests)
 * the merge commit checked out detached, as actions/checkout does.
 * `shallow` clones only the checked-out commit (fetch-depth: 1).
 */
/**
 * A repository with a base commit and a pull request's head commit on a
 * branch from it, checked out as actions/checkout does by default: the merge
 * of the head into the base branch. `baseMoves`: files the base branch
 * changes after the branch was made (the event's base is then that commit).
 */
export function makeRepo(base: Files, head: Files, opts: { merge?: boolean; shallow?: boolean; baseMoves?: Files; checkout?: 'base' } = {}): Repo {
  const dir = tempFolder('repo');
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'e2e@example.com');
  git(dir, 'config', 'user.name', 'e2e');
  git(dir, 'config', 'commit.gpgsign', 'false');
  write(dir, base);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  let baseSha = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'checkout', '-q', '-b', 'pr');
  write(dir, head);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'pr');
  const headSha = git(dir, 'rev-parse', 'HEAD');
  let checkedOut = headSha;
  if (opts.baseMoves) {
    git(dir, 'checkout', '-q', 'main');
    write(dir, opts.baseMoves);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'base moves on');
    baseSha = git(dir, 'rev-parse', 'HEAD');
  }
  // What actions/checkout gives `pull_request_target` by default: the base branch, without the pull request.
  if (opts.checkout === 'base') {
    git(dir, 'checkout', '-q', '--detach', baseSha);
    checkedOut = baseSha;
  } else if (opts.merge !== false) {
    git(dir, 'checkout', '-q', 'main');
    git(dir, 'merge', '-q', '--no-ff', '-m', 'Merge pr into main', 'pr');
    checkedOut = git(dir, 'rev-parse', 'HEAD');
    git(dir, 'checkout', '-q', '--detach', checkedOut);
  }
  if (!opts.shallow) return { dir, baseSha, headSha, checkedOut };
  const clone = tempFolder('shallow');
  git(clone, 'init', '-q');
  git(clone, 'fetch', '-q', '--depth', '1', `file://${dir}`, checkedOut);
  git(clone, 'checkout', '-q', '--detach', checkedOut);
  return { dir: clone, baseSha, headSha, checkedOut, origin: dir };
}

/** Each file's text at base and head, by `sha:path`, as the contents API gives them (for a shallow clone). */
export function contentsOf(repo: Repo, paths: string[]): Record<string, string> {
  const contents: Record<string, string> = {};
  for (const sha of [repo.baseSha, repo.headSha]) {
    for (const path of paths) {
      try {
        contents[`${sha}:${path}`] = gitRaw(repo.origin ?? repo.dir, 'show', `${sha}:${path}`);
      } catch {
        // not in that commit
      }
    }
  }
  return contents;
}

/** Each changed file's diff hunks between base and head, as the files API gives them in `patch` (headers cut off). */
export function patchOf(repo: Repo, path: string, basePath?: string): string | undefined {
  // Not trimmed: a hunk may end with a blank context line (" ").
  const out = gitRaw(repo.origin ?? repo.dir, 'diff', '--no-color', '--no-ext-diff', '-M', '-U3', `${repo.baseSha}...${repo.headSha}`, '--', ...(basePath && basePath !== path ? [basePath, path] : [path]));
  const at = out.indexOf('\n@@');
  // GitHub's patch has no newline after its last line.
  return at < 0 ? undefined : out.slice(at + 1).replace(/\n$/, '');
}

/** A `workflow_run` event for the run that analysed `repo`'s pull request (forks get no pull_requests). */
export const workflowRunPayload = (repo: Repo, opts: { pullNumbers?: number[]; headSha?: string; conclusion?: string } = {}) => ({
  action: 'completed',
  workflow_run: {
    id: 424242,
    name: 'Support tables',
    event: 'pull_request',
    status: 'completed',
    conclusion: opts.conclusion ?? 'failure',
    head_sha: opts.headSha ?? repo.headSha,
    head_branch: 'pr',
    head_repository: { full_name: `${OWNER}/${REPO}` },
    pull_requests: (opts.pullNumbers ?? []).map((number) => ({ number, head: { sha: repo.headSha }, base: { sha: repo.baseSha } })),
  },
  repository: { full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER } },
});

export interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  body: unknown;
  /** Bytes of the request body. */
  size: number;
}

/** A request the stand-in answered with 422 (or 400), as GitHub would have: what was wrong. */
export interface Rejected {
  method: string;
  path: string;
  errors: string[];
}

/** An answer to give instead of the normal one; `stall` never answers. */
export type Scripted = { status: number; body?: unknown; headers?: Record<string, string> } | 'stall';

export interface PullFileEntry {
  filename: string;
  status: string;
  previous_filename?: string;
  patch?: string;
}

export interface StoredComment {
  id: number;
  body: string;
  path: string;
  line: number | null;
  start_line?: number | null;
  user: { login: string; type: string } | null;
  commit_id?: string;
}

export interface ApiBehaviour {
  /** The PR's files as the API lists them; `500` makes the endpoint fail; `not-a-list` answers 200 with an object. */
  pullFiles?: PullFileEntry[] | 500 | 'not-a-list';
  /** Status for POST /check-runs (default 201). */
  checkRunStatus?: number;
  /** Status for POST /pulls/{n}/reviews (default 200). */
  reviewStatus?: number;
  /** File contents by `ref:path`, for the contents API (bytes as they are, or text sent as UTF-8). */
  contents?: Record<string, string | Uint8Array>;
  /** Answers given first, in order, per route: `POST check-runs`, `PATCH check-runs`, `GET pulls/files`, `POST pulls/reviews`, `GET pulls/comments`, `DELETE pulls/comments`, `GET pulls`, `GET user`, `GET contents`. */
  script?: Record<string, Scripted[]>;
  /** Review comments already on the PR. */
  comments?: StoredComment[];
  /** GET /pulls/{n}: the PR's head commit. */
  pull?: { headSha: string; state?: string; headRef?: string; headRepo?: string };
  /** GET /user: a login, or GitHub's answer to an installation token (403, the default). */
  user?: string;
  /**
   * POST /graphql `viewer`: a GitHub App's bot (GraphQL names it without the
   * `[bot]` REST adds), or, by default, the FORBIDDEN error GitHub gives a
   * token that may not ask.
   */
  viewer?: { login: string; typename: 'Bot' | 'User' };
}

export interface FakeApi {
  url: string;
  requests: Recorded[];
  /** Requests answered 4xx because GitHub's OpenAPI description or documented limits reject them. */
  rejected: Rejected[];
  /** Review comments now on the PR (created by reviews, minus deletions). */
  comments: StoredComment[];
  close(): Promise<void>;
}

/** The files API pages in twos here, so that even small PRs exercise pagination. */
const PAGE = 2;
/** GitHub's login for GITHUB_TOKEN. */
export const ACTIONS_BOT = 'github-actions[bot]';

// ---------------------------------------------------------------------------
// Request validation against GitHub's published OpenAPI description (a pinned
// subset of @octokit/openapi, see fixtures/extract-openapi.mjs), plus the
// limits GitHub documents in prose and enforces with 422.

interface Operation {
  method: string;
  path: string;
  operationId: string;
  parameters: { name: string; in: string; required: boolean; schema?: { type?: string } }[];
  requestBody?: object;
}
const SPEC = JSON.parse(readFileSync(resolve('__tests__/action/fixtures/github-rest-openapi.json'), 'utf8')) as { operations: Operation[] };
// OpenAPI 3.0 schemas: draft-04-like, with `nullable` (Ajv knows it) and `example` (not a keyword, hence strict: false).
const ajv = new Ajv({ strict: false, allErrors: true });
const addFormats = (typeof ajvFormatsModule === 'function' ? ajvFormatsModule : (ajvFormatsModule as unknown as { default: typeof ajvFormatsModule }).default) as unknown as (a: Ajv) => void;
addFormats(ajv);
const OPERATIONS = SPEC.operations.map((op) => ({
  ...op,
  pattern: new RegExp(`^${op.path.replace(/\{path\}/, '(?<path>.+)').replace(/\{(\w+)\}/g, '(?<$1>[^/]+)')}$`),
  validate: op.requestBody ? ajv.compile(op.requestBody) : undefined,
}));

const KB64 = 64 * 1024;
const bytes = (s: unknown): number => (typeof s === 'string' ? Buffer.byteLength(s, 'utf8') : 0);

/** Right-side line numbers of each hunk of a patch, read from the hunk headers alone (independent of the Action's parser). */
export function hunkRanges(patch: string | undefined): [number, number][] {
  const ranges: [number, number][] = [];
  for (const m of (patch ?? '').matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(m[1]);
    const count = m[2] === undefined ? 1 : Number(m[2]);
    if (count > 0) ranges.push([start, start + count - 1]);
  }
  return ranges;
}

type Body = Record<string, unknown>;

/** What GitHub would reject in a request, by operation: the OpenAPI schema, then the documented limits. */
function problems(operationId: string, op: (typeof OPERATIONS)[number], body: unknown, params: Record<string, string>, query: URLSearchParams, behaviour: ApiBehaviour): string[] {
  const errors: string[] = [];
  for (const p of op.parameters) {
    const value = p.in === 'path' ? params[p.name] : p.in === 'query' ? query.get(p.name) : undefined;
    if (p.required && (value === undefined || value === null)) errors.push(`parameter ${p.name} is required`);
    if (value != null && p.schema?.type === 'integer' && !/^\d+$/.test(value)) errors.push(`parameter ${p.name} must be an integer`);
  }
  if (op.validate && !op.validate(body ?? {})) {
    for (const e of op.validate.errors ?? []) errors.push(`${e.instancePath || '/'} ${e.message}`);
  }
  if (op.requestBody && (body === undefined || typeof body !== 'object')) errors.push('a JSON body is required');
  const b = (body ?? {}) as Body;
  if (operationId === 'checks/create' || operationId === 'checks/update') {
    if (operationId === 'checks/create' && b['status'] === 'completed' && b['conclusion'] === undefined) errors.push('conclusion is required when status is completed');
    const output = b['output'] as Body | undefined;
    if (output) {
      if (typeof output['title'] === 'string' && output['title'].length > 255) errors.push('output.title is longer than 255 characters');
      if (operationId === 'checks/update' && output['title'] === undefined) errors.push('output.title is required');
      const annotations = (output['annotations'] as Body[] | undefined) ?? [];
      annotations.forEach((a, i) => {
        if (bytes(a['message']) > KB64) errors.push(`output.annotations[${i}].message is larger than 64 KB`);
        if (bytes(a['raw_details']) > KB64) errors.push(`output.annotations[${i}].raw_details is larger than 64 KB`);
        if (typeof a['title'] === 'string' && a['title'].length > 255) errors.push(`output.annotations[${i}].title is longer than 255 characters`);
        if ((a['start_column'] !== undefined || a['end_column'] !== undefined) && a['start_line'] !== a['end_line']) {
          errors.push(`output.annotations[${i}]: start_column and end_column are only allowed when start_line equals end_line`);
        }
        if (typeof a['start_line'] === 'number' && (a['start_line'] < 1 || (a['end_line'] as number) < a['start_line'])) errors.push(`output.annotations[${i}]: bad line range`);
      });
    }
  }
  if (operationId === 'pulls/create-review') {
    if ((b['event'] === 'COMMENT' || b['event'] === 'REQUEST_CHANGES') && typeof b['body'] !== 'string') errors.push('body is required for COMMENT reviews');
    if (bytes(b['body']) > 0 && (b['body'] as string).length > 65_536) errors.push('body is too long (maximum is 65536 characters)');
    if (behaviour.pull && b['commit_id'] !== undefined && b['commit_id'] !== behaviour.pull.headSha) errors.push('commit_id is not the pull request head');
    const files = Array.isArray(behaviour.pullFiles) ? behaviour.pullFiles : [];
    ((b['comments'] as Body[] | undefined) ?? []).forEach((c, i) => {
      if (typeof c['body'] === 'string' && c['body'].length > 65_536) errors.push(`comments[${i}].body is too long (maximum is 65536 characters)`);
      const file = files.find((f) => f.filename === c['path']);
      if (!file) return void errors.push(`comments[${i}]: Path could not be resolved`);
      if (c['side'] !== undefined && c['side'] !== 'RIGHT' && c['side'] !== 'LEFT') errors.push(`comments[${i}].side is not RIGHT or LEFT`);
      const line = c['line'] as number | undefined;
      const start = (c['start_line'] as number | undefined) ?? line;
      if (line === undefined) return void errors.push(`comments[${i}]: line (or position) is required`);
      // GitHub lists a file whose diff is too large to show without a patch, and takes no comment on it.
      if (file.patch === undefined) return void errors.push(`comments[${i}]: path diff too large`);
      const hunk = hunkRanges(file.patch).find(([from, to]) => from <= line && line <= to);
      if (!hunk) return void errors.push(`comments[${i}]: Pull request review thread line must be part of the diff`);
      if (start! > line) errors.push(`comments[${i}]: start_line must precede line`);
      else if (start! < hunk[0]) errors.push(`comments[${i}]: Pull request review thread start line must be part of the same hunk as the line.`);
    });
  }
  return errors;
}

export async function startApi(behaviour: ApiBehaviour): Promise<FakeApi> {
  const requests: Recorded[] = [];
  const rejected: Rejected[] = [];
  const comments: StoredComment[] = [...(behaviour.comments ?? [])];
  const script: Record<string, Scripted[]> = Object.fromEntries(Object.entries(behaviour.script ?? {}).map(([k, v]) => [k, [...v]]));
  let nextId = 1000;
  let nextComment = 5000;
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = text;
      }
      const method = req.method ?? '';
      requests.push({ method, path: url.pathname, query: url.searchParams, authorization: req.headers.authorization, body, size: chunks.reduce((n, c) => n + c.length, 0) });
      const json = (status: number, answer: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
        res.end(status === 204 ? undefined : JSON.stringify(answer));
      };
      const prefix = `/repos/${OWNER}/${REPO}`;
      const path = url.pathname;
      // GraphQL is not in the REST description: GitHub answers 200 with `errors` for a query it will not run.
      if (method === 'POST' && path === '/graphql') {
        const query = (body as { query?: unknown } | undefined)?.query;
        if (typeof query !== 'string') return json(200, { errors: [{ message: 'A query attribute must be specified and must be a string.' }] });
        if (!/^\s*query\s*\{\s*viewer\s*\{\s*login\s+__typename\s*\}\s*\}\s*$/.test(query)) return json(200, { errors: [{ message: `no stand-in for the query ${query}` }] });
        if (!behaviour.viewer) return json(200, { data: null, errors: [{ type: 'FORBIDDEN', path: ['viewer'], message: 'Resource not accessible by integration' }] });
        return json(200, { data: { viewer: { login: behaviour.viewer.login, __typename: behaviour.viewer.typename } } });
      }
      const op = OPERATIONS.find((o) => o.method === method && o.pattern.test(path));
      const match = op ? op.pattern.exec(path) : null;
      if (!op || !match) return json(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
      const route = ROUTES[op.operationId] ?? op.operationId;
      const params = Object.fromEntries(Object.entries(match.groups ?? {}).map(([k, v]) => [k, decodeURIComponent(v)]));
      if (params['owner'] !== OWNER || params['repo'] !== REPO) {
        if (op.path.startsWith('/repos/')) return json(404, { message: 'Not Found', status: '404' });
      }
      const errors = problems(op.operationId, op, body, params, url.searchParams, behaviour);
      if (errors.length > 0) {
        rejected.push({ method, path, errors });
        return json(422, { message: 'Validation Failed', errors, documentation_url: `https://docs.github.com/rest`, status: '422' });
      }
      const scripted = script[route]?.shift();
      if (scripted === 'stall') return; // never answers
      if (scripted) return json(scripted.status, scripted.body ?? { message: 'scripted' }, scripted.headers);

      switch (op.operationId) {
        case 'pulls/list-files': {
          const files = behaviour.pullFiles;
          if (files === 500 || files === undefined) return json(500, { message: 'Server Error' });
          if (files === 'not-a-list') return json(200, { message: 'this is not a list of files' });
          const page = Number(url.searchParams.get('page') ?? '1');
          const slice = files.slice((page - 1) * PAGE, page * PAGE).map((f) => ({ sha: '0'.repeat(40), additions: 1, deletions: 0, changes: 1, blob_url: '', raw_url: '', contents_url: '', ...f }));
          const headers: Record<string, string> = {};
          if (page * PAGE < files.length) {
            const next = new URL(url);
            next.searchParams.set('page', String(page + 1));
            headers['link'] = `<http://${req.headers.host}${next.pathname}${next.search}>; rel="next"`;
          }
          return json(200, slice, headers);
        }
        case 'checks/create': {
          const status = behaviour.checkRunStatus ?? 201;
          if (status >= 400) return json(status, { message: 'Resource not accessible by integration', status: String(status) });
          return json(status, { id: nextId++ });
        }
        case 'checks/update':
          return json(200, { id: Number(params['check_run_id']) });
        case 'repos/get-content': {
          const text = behaviour.contents?.[`${url.searchParams.get('ref')}:${params['path']}`];
          if (text === undefined) return json(404, { message: 'Not Found' });
          const body = typeof text === 'string' ? Buffer.from(text) : Buffer.from(text);
          res.writeHead(200, { 'content-type': 'application/vnd.github.raw', 'content-length': String(body.length) });
          return res.end(body);
        }
        case 'users/get-authenticated':
          if (behaviour.user) return json(200, { login: behaviour.user, id: 1, type: 'User' });
          return json(403, { message: 'Resource not accessible by integration', status: '403' });
        case 'pulls/get':
          if (!behaviour.pull) return json(404, { message: 'Not Found' });
          return json(200, {
            number: Number(params['pull_number']),
            state: behaviour.pull.state ?? 'open',
            head: { sha: behaviour.pull.headSha, ref: behaviour.pull.headRef ?? 'pr', repo: { full_name: behaviour.pull.headRepo ?? `${OWNER}/${REPO}` } },
          });
        case 'pulls/list-review-comments': {
          const page = Number(url.searchParams.get('page') ?? '1');
          const per = Number(url.searchParams.get('per_page') ?? '30');
          const slice = comments.slice((page - 1) * per, page * per);
          const headers: Record<string, string> = {};
          if (page * per < comments.length) {
            const next = new URL(url);
            next.searchParams.set('page', String(page + 1));
            headers['link'] = `<http://${req.headers.host}${next.pathname}${next.search}>; rel="next"`;
          }
          return json(200, slice, headers);
        }
        case 'pulls/create-review': {
          const status = behaviour.reviewStatus ?? 200;
          if (status >= 400) return json(status, { message: 'Resource not accessible by integration', status: String(status) });
          const b = body as Body;
          for (const c of (b['comments'] as Body[] | undefined) ?? []) {
            comments.push({
              id: nextComment++,
              body: c['body'] as string,
              path: c['path'] as string,
              line: c['line'] as number,
              start_line: (c['start_line'] as number | undefined) ?? null,
              user: { login: author(behaviour), type: 'Bot' },
              commit_id: b['commit_id'] as string,
            });
          }
          return json(200, { id: nextId++, state: 'COMMENTED', body: b['body'] });
        }
        case 'pulls/delete-review-comment': {
          const i = comments.findIndex((c) => c.id === Number(params['comment_id']));
          if (i < 0) return json(404, { message: 'Not Found' });
          comments.splice(i, 1);
          return json(204, undefined);
        }
      }
      json(404, { message: `no stand-in for ${method} ${path}` });
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    rejected,
    comments,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        // undici keeps connections alive (and a stalled request is still open); the Action process is gone, so drop them.
        server.closeAllConnections();
      }),
  };
}

/** Who the reviews the stand-in stores are by: the token's user, the App's bot (REST adds `[bot]`), or GITHUB_TOKEN's bot. */
const author = (behaviour: ApiBehaviour): string =>
  behaviour.user ?? (behaviour.viewer ? (behaviour.viewer.typename === 'Bot' ? `${behaviour.viewer.login}[bot]` : behaviour.viewer.login) : ACTIONS_BOT);

/** Script keys by operation. */
const ROUTES: Record<string, string> = {
  'checks/create': 'POST check-runs',
  'checks/update': 'PATCH check-runs',
  'pulls/list-files': 'GET pulls/files',
  'pulls/create-review': 'POST pulls/reviews',
  'pulls/list-review-comments': 'GET pulls/comments',
  'pulls/delete-review-comment': 'DELETE pulls/comments',
  'pulls/get': 'GET pulls',
  'users/get-authenticated': 'GET user',
  'repos/get-content': 'GET contents',
};

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
  files: '**/*.{md,markdown}',
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
  /** The event file's text as is (a malformed one), instead of `payload`. */
  eventText?: string;
  /** More variables, or runner variables replaced (GITHUB_STEP_SUMMARY pointing nowhere). */
  env?: Record<string, string>;
  /** Node options for the Action's process (a small heap, to show a file is not read whole). */
  nodeArgs?: string[];
}): Promise<RunResult> {
  const scratch = tempFolder('runner');
  const eventPath = join(scratch, 'event.json');
  const outputPath = join(scratch, 'output');
  const summaryPath = join(scratch, 'summary.md');
  writeFileSync(eventPath, opts.eventText ?? JSON.stringify(opts.payload));
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
    RUNNER_TEMP: scratch,
    ...opts.env,
  };
  return new Promise((done) => {
    execFile(process.execPath, [...(opts.nodeArgs ?? []), ACTION], { cwd: opts.repo.dir, env, encoding: 'utf8', timeout: 60_000, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({
        code,
        stdout,
        stderr,
        outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
        summary: existsSync(summaryPath) ? readFileSync(summaryPath, 'utf8') : '',
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

const CHECK_LEVEL: Record<string, string> = { error: 'failure', warning: 'warning', notice: 'notice' };

/**
 * The annotations a pull request shows for a run, in the shape of
 * `commands()`: the workflow commands of the step log, and the annotations
 * of the check runs it created (which carry the gating findings when they
 * are complete; the Action then writes no workflow command for them).
 */
export function annotationsOf(stdout: string, requests: FakeApi['requests'], kind: 'error' | 'warning' | 'notice'): { props: Record<string, string>; message: string }[] {
  const fromRuns = requests
    .filter((r) => r.path.includes('/check-runs') && (r.method === 'POST' || r.method === 'PATCH'))
    .flatMap((r) => ((r.body as { output?: { annotations?: Record<string, unknown>[] } }).output?.annotations ?? []))
    .filter((a) => a['annotation_level'] === CHECK_LEVEL[kind])
    .map((a) => ({
      props: {
        title: String(a['title']),
        file: String(a['path']),
        line: String(a['start_line']),
        endLine: String(a['end_line']),
        ...(a['start_column'] !== undefined ? { col: String(a['start_column']), endColumn: String(a['end_column']) } : {}),
      },
      message: String(a['message']),
    }));
  return [...commands(stdout, kind), ...fromRuns];
}
