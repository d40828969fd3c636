/**
 * The REST calls the Action makes, behind a small interface so the logic
 * around them can be tested without a server.
 *
 * The client is Octokit's core with the REST, pagination, retry and
 * throttling plugins (not @actions/github, whose import parses the event
 * file and throws a stack trace when it is malformed):
 *
 * - 5xx answers are retried by the retry plugin, twice, after 1 s and 4 s;
 * - 429 and 403 rate-limit answers are left to the throttling plugin, which
 *   waits for `Retry-After` (or the reset time): at most twice, and only when
 *   GitHub asks for a minute or less, so a rate-limited run ends instead of
 *   holding the job; whoever reports the failure then says where the
 *   findings are instead;
 * - every request has a timeout, and after one request timed out the others
 *   fail at once (a stalled API must not cost minutes per call);
 * - 401, 403 and 404 are explained with the permission the call needs;
 * - the runner's proxy settings are honoured.
 */
import { HttpClient } from '@actions/http-client';
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { fetch as undiciFetch, Response as UndiciResponse, type RequestInit } from 'undici';

export interface PullFile {
  filename: string;
  status: string;
  previous_filename?: string;
  /** The file's diff hunks; GitHub leaves it out for binary files and large diffs. */
  patch?: string;
}

export interface CheckRunAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  message: string;
  title: string;
  raw_details?: string;
}

export interface CheckRunOutput {
  title: string;
  summary: string;
  annotations: CheckRunAnnotation[];
}

export interface ReviewComment {
  id: number;
  body: string;
  /** Login of the author; null for a deleted account. */
  author: string | null;
  /** The lines it was on are gone from the pull request's diff (GitHub gives it no `line`): a suggestion there cannot be applied. */
  outdated: boolean;
}

export interface NewReviewComment {
  path: string;
  body: string;
  /** The last line of the range (in the PR head's version of the file). */
  line: number;
  side: 'RIGHT';
  /** The first line, for a range of more than one line. */
  start_line?: number;
  start_side?: 'RIGHT';
}

export interface GitHubApi {
  listPullFiles(pullNumber: number): Promise<PullFile[]>;
  /**
   * A file's bytes at a commit, at most `maxBytes` of them read: `size`
   * alone when it has more (then nothing past the budget is downloaded);
   * undefined when there is no such file.
   */
  getFileAtRef(path: string, ref: string, maxBytes: number): Promise<{ bytes: Uint8Array } | { size: number } | undefined>;
  createCheckRun(run: { name: string; headSha: string; conclusion: 'success' | 'failure'; output: CheckRunOutput }): Promise<number>;
  updateCheckRun(id: number, output: CheckRunOutput): Promise<void>;
  /** The pull request's head commit and state. */
  /** A pull request's head: commit, branch and repository (`owner/name`; undefined when the fork is gone). */
  getPull(pullNumber: number): Promise<{ headSha: string; state: string; headRef?: string; headRepo?: string }>;
  /** The login the token acts as, as review comments name it (REST `/user`, else GraphQL `viewer`), or undefined when neither will say. */
  authenticatedLogin(): Promise<string | undefined>;
  listReviewComments(pullNumber: number): Promise<ReviewComment[]>;
  createReview(pullNumber: number, review: { commitId: string; body: string; comments: NewReviewComment[] }): Promise<void>;
  deleteReviewComment(id: number): Promise<void>;
}

/** A GitHubApi whose every call fails with `error`: no token, or a mode that must not call the API. */
export function failingApi(error: () => Error): GitHubApi {
  const fail = async (): Promise<never> => {
    throw error();
  };
  return {
    listPullFiles: fail,
    getFileAtRef: fail,
    createCheckRun: fail,
    updateCheckRun: fail,
    getPull: fail,
    authenticatedLogin: fail,
    listReviewComments: fail,
    createReview: fail,
    deleteReviewComment: fail,
  };
}

const isPullFile = (f: unknown): f is PullFile =>
  typeof f === 'object' && f !== null && typeof (f as PullFile).filename === 'string' && typeof (f as PullFile).status === 'string';

/**
 * Thrown for a request that timed out, and for every request after it.
 * Named AbortError so that Octokit passes it on as it is, and the retry
 * plugin (which retries Octokit's request errors) does not try a server that
 * is not answering again.
 */
class StalledError extends Error {
  override name = 'AbortError';
}

/**
 * A request given up for good: a cut-off answer to a request that changes
 * something, a write answered with a redirect, a link to another host.
 * Named AbortError for the same reason as StalledError: Octokit passes it on
 * as it is, and the retry plugin does not send it again.
 */
class GivenUpError extends Error {
  override name = 'AbortError';
}

/** HTTP status of an Octokit error, if it has one. */
export const statusOf = (error: unknown): number | undefined => {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
};

const headerOf = (error: unknown, name: string): string | undefined => {
  const value = (error as { response?: { headers?: Record<string, unknown> } } | null)?.response?.headers?.[name];
  return typeof value === 'string' ? value : undefined;
};

/** A 403 or 429 that is GitHub's rate limit, not a missing permission. */
export const isRateLimit = (error: unknown): boolean => {
  const status = statusOf(error);
  if (status === 429) return true;
  if (status !== 403) return false;
  return headerOf(error, 'x-ratelimit-remaining') === '0' || /rate limit/i.test(error instanceof Error ? error.message : '');
};

/**
 * A short, token-free description of an API failure. `permission` is what
 * the call needs (`checks: write`); 403 and 404 name it, since GitHub answers
 * a token without it with "Resource not accessible by integration" or, for
 * private repositories, "Not Found".
 */
export const describeApiError = (error: unknown, permission?: string): string => {
  const status = statusOf(error);
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  // Octokit gives an aborted request the status 500; it never reached GitHub.
  if (!status || error instanceof StalledError || error instanceof GivenUpError) return message;
  const base = `HTTP ${status}: ${message}`;
  if (status === 401) return `${base}; the token (input \`token\`) is missing, expired or revoked`;
  if (isRateLimit(error)) return `${base}; GitHub's rate limit, which the Action waits out at most twice and for at most ${LONGEST_WAIT_S} s each time, so as not to hold the job`;
  if ((status === 403 || status === 404) && permission) {
    return `${base}; the token needs \`${permission}\` (add it under \`permissions:\` in the workflow; pull requests from forks get a read-only token)`;
  }
  return base;
};

/**
 * A request that takes longer than this is abandoned. 30 s is far more than
 * any of these calls needs. `SUPPORT_TABLE_LINT_REQUEST_TIMEOUT_MS` can only
 * shorten it: the end-to-end tests run the bundled Action as a process
 * against a stand-in that never answers, and an internal constant cannot be
 * reached from there; a shorter timeout cannot make a job hang.
 */
export const REQUEST_TIMEOUT_MS = 30_000;

export function requestTimeout(env: Record<string, string | undefined> = process.env): number {
  const asked = Number(env['SUPPORT_TABLE_LINT_REQUEST_TIMEOUT_MS']);
  return Number.isInteger(asked) && asked >= 100 && asked < REQUEST_TIMEOUT_MS ? asked : REQUEST_TIMEOUT_MS;
}

/** Rate-limited requests are retried this many times, and only when GitHub asks for a short wait. */
const RATE_LIMIT_RETRIES = 2;
const LONGEST_WAIT_S = 60;

/**
 * A GraphQL viewer's login as the REST API writes it: GraphQL may name a bot
 * without the `[bot]` that REST adds (`dependabot` against `dependabot[bot]`).
 */
export function restLogin(viewer: { login?: unknown; __typename?: unknown } | null | undefined): string | undefined {
  const login = viewer?.login;
  if (typeof login !== 'string' || login === '') return undefined;
  return viewer?.__typename === 'Bot' && !login.endsWith('[bot]') ? `${login}[bot]` : login;
}

const Client = Octokit.plugin(restEndpointMethods, paginateRest, retry, throttling);
export type Client = InstanceType<typeof Client>;

export function createClient(token: string, baseUrl: string, log: (message: string) => void = () => {}): Client {
  const dispatcher = new HttpClient().getAgentDispatcher(baseUrl);
  const timeout = requestTimeout();
  let stalled: StalledError | undefined;
  const origin = new URL(baseUrl).origin;
  const timedFetch = async (url: string, init: RequestInit = {}) => {
    if (stalled) throw stalled;
    const method = (init.method ?? 'GET').toUpperCase();
    const write = method !== 'GET' && method !== 'HEAD';
    // Octokit's pagination follows an answer's `Link` header as it is, with the token: a link to another
    // host (a hostile proxy or API) is not asked, and the list is unreadable (its callers fall back to git).
    const to = new URL(url);
    if (to.origin !== origin) throw new GivenUpError(`GitHub's API pointed to ${to.origin}, which is not the API (${origin}); it was not asked, so the token stays with GitHub`);
    const timedOut = (error: unknown): boolean => (error as Error | undefined)?.name === 'TimeoutError';
    let response: Awaited<ReturnType<typeof undiciFetch>>;
    try {
      // A write is never sent on to where a redirect points (fetch would send its body, findings and all, to another host).
      response = await undiciFetch(url, { ...init, ...(dispatcher ? { dispatcher } : {}), ...(write ? { redirect: 'manual' as const } : {}), signal: init.signal ?? AbortSignal.timeout(timeout) });
    } catch (error) {
      if (!timedOut(error)) throw error;
      stalled = new StalledError(`GitHub's API did not answer within ${timeout / 1000} s, so no further API calls were made`);
      throw stalled;
    }
    if (write && response.status >= 300 && response.status < 400) {
      await response.body?.cancel().catch(() => {});
      throw new GivenUpError(`GitHub's API answered ${method} ${to.pathname} with a redirect (HTTP ${response.status}); a write is not sent anywhere else`);
    }
    // The body is read here, within the same time: Octokit reads a body it cannot finish (cut off, or
    // stalled past the timeout) as "", and its pagination that as an empty list, so a pull request's
    // files or review comments would read as none. A raw file's body stays a stream (it is read with
    // the size budget), as do answers that have none.
    const raw = /\.raw\b/.test(String(new Headers(init.headers as Record<string, string> | undefined).get('accept') ?? ''));
    if (raw || response.body === null || [101, 204, 205, 304].includes(response.status)) return response;
    try {
      const body = await response.arrayBuffer();
      // Octokit reads the answer's url (pagination follows the Link header, not this, but errors name it).
      return Object.defineProperty(new UndiciResponse(body, { status: response.status, statusText: response.statusText, headers: response.headers }), 'url', { value: response.url });
    } catch (error) {
      if (timedOut(error)) {
        stalled = new StalledError(`GitHub's API did not finish its answer within ${timeout / 1000} s, so no further API calls were made`);
        throw stalled;
      }
      const what = `GitHub's answer to ${method} ${to.pathname} was cut off (${(error as Error).message})`;
      // A read is asked again (the retry plugin retries Octokit's request errors); a request that
      // changes something may have been carried out, and asking again would make a second check run,
      // review or comment, so it is given up as it is.
      if (!write) throw new Error(what);
      throw new GivenUpError(`${what}; it was not sent again, since GitHub may have carried it out`);
    }
  };
  const retryOnLimit = (what: string) => (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    if (retryCount >= RATE_LIMIT_RETRIES || retryAfter > LONGEST_WAIT_S) return false;
    log(`GitHub's ${what} for ${options.method} ${options.url}: retrying in ${retryAfter} s.`);
    return true;
  };
  const client = new Client({
    auth: token,
    baseUrl,
    userAgent: 'support-table-lint',
    request: { fetch: timedFetch },
    // 5xx (and other answers not listed): two more tries, after 1 s and 4 s.
    // 429 is the throttling plugin's (and the hook below's), which honour Retry-After.
    retry: { retries: 2, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    throttle: { onRateLimit: retryOnLimit('rate limit'), onSecondaryRateLimit: retryOnLimit('secondary rate limit') },
  });
  // The throttling plugin retries a 429 only when it recognises it (the words "secondary rate", or
  // no requests left): any other 429 waits for its Retry-After here, or backs off (1 s, then 2 s).
  client.hook.wrap('request', async (request, options) => {
    for (let tries = 0; ; tries++) {
      try {
        return await request(options);
      } catch (error) {
        if (!isPlainTooMany(error) || tries >= RATE_LIMIT_RETRIES) throw error;
        const wait = retryAfterSeconds(headerOf(error, 'retry-after')) ?? 2 ** tries;
        if (wait > LONGEST_WAIT_S) throw error;
        log(`GitHub's rate limit (HTTP 429) for ${options.method} ${options.url}: retrying in ${wait} s.`);
        await new Promise((done) => setTimeout(done, wait * 1000));
      }
    }
  });
  return client;
}

/** A 429 the throttling plugin does not handle itself. */
const isPlainTooMany = (error: unknown): boolean =>
  statusOf(error) === 429 && !/\bsecondary rate\b/i.test(error instanceof Error ? error.message : '') && headerOf(error, 'x-ratelimit-remaining') !== '0';

/** `Retry-After` in seconds: a number of seconds or an HTTP date (RFC 9110); undefined when absent or unreadable. */
export function retryAfterSeconds(header: string | undefined, now = Date.now()): number | undefined {
  if (header === undefined || header.trim() === '') return undefined;
  if (/^\s*\d+\s*$/.test(header)) return Number(header);
  // An HTTP date names its day and month (`Wed, 21 Oct 2015 07:28:00 GMT`); `Date.parse` would take `-5` as a year.
  const date = /[a-z]{3}/i.test(header) ? Date.parse(header) : NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

export function octokitApi(token: string, owner: string, repo: string, baseUrl: string, log?: (message: string) => void): GitHubApi {
  const octokit = createClient(token, baseUrl, log);
  return {
    async listPullFiles(pullNumber) {
      const files: unknown = await octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number: pullNumber, per_page: 100 });
      if (!Array.isArray(files) || !files.every(isPullFile)) throw new Error('the pull request files API did not answer with a list of files');
      return files.map((f) => ({
        filename: f.filename,
        status: f.status,
        ...(typeof f.previous_filename === 'string' ? { previous_filename: f.previous_filename } : {}),
        ...(typeof f.patch === 'string' ? { patch: f.patch } : {}),
      }));
    },
    async getFileAtRef(path, ref, maxBytes) {
      try {
        // The body unparsed, as a stream: its bytes as they are (the encoding check is the loader's), and no
        // more of them than the budget (a blob of 100 MB is not downloaded to be refused).
        const response = await octokit.rest.repos.getContent({ owner, repo, path, ref, mediaType: { format: 'raw' }, request: { parseSuccessResponseBody: false } });
        const declared = Number(response.headers['content-length']);
        const body = response.data as unknown as ReadableStream<Uint8Array> | null;
        if (Number.isFinite(declared) && declared > maxBytes) {
          await body?.cancel().catch(() => {});
          return { size: declared };
        }
        return await readBounded(body, maxBytes);
      } catch (error) {
        if (statusOf(error) === 404) return undefined;
        throw error;
      }
    },
    async createCheckRun({ name, headSha, conclusion, output }) {
      const response = await octokit.rest.checks.create({ owner, repo, name, head_sha: headSha, status: 'completed', conclusion, output });
      // An answer without a check run's id (an HTML page, `{}`) made none that can be completed: a failure, not a check run.
      const id = (response.data as { id?: unknown } | null)?.id;
      if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) throw new Error(`GitHub's answer to creating the check run (HTTP ${response.status}) names no check run`);
      return id;
    },
    async updateCheckRun(id, output) {
      await octokit.rest.checks.update({ owner, repo, check_run_id: id, output });
    },
    async getPull(pullNumber) {
      const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number: pullNumber });
      const headRepo = data.head.repo?.full_name;
      return { headSha: data.head.sha, state: data.state, headRef: data.head.ref, ...(headRepo ? { headRepo } : {}) };
    },
    async authenticatedLogin() {
      try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return typeof data.login === 'string' ? data.login : undefined;
      } catch (error) {
        // An installation token (GITHUB_TOKEN, or a GitHub App's) may not read /user (401, 403, 404),
        // and a /user that fails otherwise (500, 422) is no reason to give up the review: GraphQL next.
        // Only an API that stopped answering ends it (no call is made after that).
        if (error instanceof StalledError || (error as { cause?: unknown }).cause instanceof StalledError) throw error;
      }
      // GraphQL's `viewer` does name an App's bot, which the REST API (and so
      // review comments) calls `<slug>[bot]`. Without it an App's earlier
      // suggestions would not be recognised as its own, and would be posted again.
      try {
        const { viewer } = await octokit.graphql<{ viewer?: { login?: unknown; __typename?: unknown } | null }>('query { viewer { login __typename } }');
        return restLogin(viewer);
      } catch {
        return undefined; // a token GraphQL refuses too: the caller assumes GITHUB_TOKEN's bot
      }
    },
    async listReviewComments(pullNumber) {
      const comments: unknown = await octokit.paginate(octokit.rest.pulls.listReviewComments, { owner, repo, pull_number: pullNumber, per_page: 100 });
      if (!Array.isArray(comments)) throw new Error('the review comments API did not answer with a list');
      return comments.flatMap((c: { id?: unknown; body?: unknown; user?: { login?: unknown } | null; line?: unknown }) =>
        typeof c.id === 'number' && typeof c.body === 'string'
          ? [{ id: c.id, body: c.body, author: typeof c.user?.login === 'string' ? c.user.login : null, outdated: c.line === null }]
          : [],
      );
    },
    async createReview(pullNumber, { commitId, body, comments }) {
      await octokit.rest.pulls.createReview({ owner, repo, pull_number: pullNumber, commit_id: commitId, body, event: 'COMMENT', comments });
    },
    async deleteReviewComment(id) {
      await octokit.rest.pulls.deleteReviewComment({ owner, repo, comment_id: id });
    },
  };
}

/** At most `maxBytes` of a response body: its bytes, or how many it had when it had more (the rest is not read). */
async function readBounded(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<{ bytes: Uint8Array } | { size: number }> {
  if (body === null) return { bytes: new Uint8Array() };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return { size };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { bytes };
}
