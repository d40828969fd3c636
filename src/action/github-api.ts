/**
 * The REST calls the Action makes, behind a small interface so the logic
 * around them can be tested without a server.
 */
import { getOctokit } from '@actions/github';

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

export function octokitApi(token: string, owner: string, repo: string): GitHubApi {
  const octokit = getOctokit(token);
  return {
    async listPullFiles(pullNumber) {
      const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number: pullNumber, per_page: 100 });
      return files.map((f) => ({ filename: f.filename, status: f.status, previous_filename: f.previous_filename }));
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
