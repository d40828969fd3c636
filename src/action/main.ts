/**
 * The Action, as the typescript-action template has it: inputs in, the core
 * call, the report out. GitHub I/O stays at the edges (analyse.ts, the API
 * client, git, publish.ts); decisions live in the pure modules.
 *
 * Three modes: `both` lints and publishes in one step; `analyse` lints and
 * writes the result as an artifact, calling no writing API (a fork's
 * `pull_request` run has a read-only token); `publish`, in a `workflow_run`
 * workflow with a writing token, publishes such an artifact without
 * linting, checking out or running anything from the pull request.
 */
import * as core from '@actions/core';
import { ConfigError } from '../config/errors.js';
import { githubEnv } from './analyse.js';
import { InputError, parseInputs } from './inputs.js';
import { logLine } from './log.js';
import { runAnalyse, runPublish } from './modes.js';
import { ArtifactError } from './result.js';

export async function run(): Promise<void> {
  try {
    const inputs = parseInputs((name) => core.getInput(name));
    const github = githubEnv(process.env);
    const log = (message: string) => core.info(logLine(message));
    if (inputs.mode === 'publish') await runPublish(inputs, github, log);
    else await runAnalyse(inputs, github, log);
  } catch (error) {
    core.setFailed(explain(error));
  }
}

/** A failure as one message that says what to do, never a stack trace. */
function explain(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof InputError || error instanceof ConfigError || error instanceof ArtifactError) return `support-table-lint: ${message}`;
  return `support-table-lint: ${message}${/[.!]$/.test(message) ? '' : '.'}`;
}
