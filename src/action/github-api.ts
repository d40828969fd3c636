/**
 * The REST calls the Action makes, behind a small interface so the logic
 * around them can be tested without a server.
 *
 * The client is Octokit's core with the REST, pagination, retry and
 * throttling plugins (not @actions/github, whose import parses the event
 * file and throws a stack trace when it is malformed): 5xx answers are
 * retried with back-off, 429 and secondary rate limits wait for
 * `Retry-After` (a bounded number of times, never long), every request has
 * a timeout, and the runner's proxy settings are honoured.
 */
import { HttpClient } from '@actions/http-client';
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { fetch as undiciFetch, type RequestInit } from 'undici';

export interface PullFile {
  filename: string;
  status: string;
  previous_filename?: string;
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

export interface GitHubApi {
  listPullFiles(pullNumber: number): Promise<PullFile[]>;
  /** A file's text at a commit; undefined when the file does not exist there. */
  getFileAtRef(path: string, ref: string): Promise<string | undefined>;
  createCheckRun(run: { name: string; headSha: string; conclusion: 'success' | 'failure'; output: CheckRunOutput }): Promise<number>;
  updateCheckRun(id: number, output: CheckRunOutput): Promise<void>;
}

const isPullFile = (f: unknown): f is PullFile =>
  typeof f === 'object' && f !== null && typeof (f as PullFile).filename === 'string' && typeof (f as PullFile).status === 'string';

/** HTTP status of an Octokit error, if it has one. */
export const statusOf = (error: unknown): number | undefined => {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
};

/** A short, token-free description of an API failure. */
export const describeApiError = (error: unknown): string => {
  const status = statusOf(error);
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  return status ? `HTTP ${status}: ${message}` : message;
};

/** A request that takes longer than this is abandoned (a stalled API must not hold the job for minutes). */
export const REQUEST_TIMEOUT_MS = 30_000;
/** Rate-limited requests are retried this many times, and only when GitHub asks for a short wait. */
const RATE_LIMIT_RETRIES = 2;
const LONGEST_WAIT_S = 60;

const Client = Octokit.plugin(restEndpointMethods, paginateRest, retry, throttling);
export type Client = InstanceType<typeof Client>;

export function createClient(token: string, baseUrl: string, log: (message: string) => void = () => {}): Client {
  const dispatcher = new HttpClient().getAgentDispatcher(baseUrl);
  const timedFetch = (url: string, init: RequestInit = {}) =>
    undiciFetch(url, { ...init, ...(dispatcher ? { dispatcher } : {}), signal: init.signal ?? AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  const retryOnLimit = (what: string) => (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    if (retryCount >= RATE_LIMIT_RETRIES || retryAfter > LONGEST_WAIT_S) return false;
    log(`GitHub's ${what} for ${options.method} ${options.url}: retrying in ${retryAfter} s.`);
    return true;
  };
  return new Client({
    auth: token,
    baseUrl,
    userAgent: 'support-table-lint',
    request: { fetch: timedFetch },
    // 5xx (and other answers not listed): two more tries, after 1 s and 4 s.
    retry: { retries: 2, doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
    throttle: { onRateLimit: retryOnLimit('rate limit'), onSecondaryRateLimit: retryOnLimit('secondary rate limit') },
  });
}

export function octokitApi(token: string, owner: string, repo: string, baseUrl: string, log?: (message: string) => void): GitHubApi {
  const octokit = createClient(token, baseUrl, log);
  return {
    async listPullFiles(pullNumber) {
      const files: unknown = await octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number: pullNumber, per_page: 100 });
      if (!Array.isArray(files)) throw new Error('the pull request files API did not answer with a list');
      return files.filter(isPullFile).map((f) => ({ filename: f.filename, status: f.status, ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}) }));
    },
    async getFileAtRef(path, ref) {
      try {
        const response = await octokit.rest.repos.getContent({ owner, repo, path, ref, mediaType: { format: 'raw' } });
        // Octokit hands raw bodies over as text or bytes, depending on the content type.
        const data: unknown = response.data;
        if (typeof data === 'string') return data;
        if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) return new TextDecoder().decode(data as ArrayBuffer);
        throw new Error(`unexpected contents response for ${path}`);
      } catch (error) {
        if (statusOf(error) === 404) return undefined;
        throw error;
      }
    },
    async createCheckRun({ name, headSha, conclusion, output }) {
      const response = await octokit.rest.checks.create({
        owner,
        repo,
        name,
        head_sha: headSha,
        status: 'completed',
        conclusion,
        output,
      });
      return response.data.id;
    },
    async updateCheckRun(id, output) {
      await octokit.rest.checks.update({ owner, repo, check_run_id: id, output });
    },
  };
}
