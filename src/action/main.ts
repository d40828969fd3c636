/**
 * The Action, as the typescript-action template has it: inputs in, the core
 * call, the report out. GitHub I/O stays at the edges (analyse.ts, the API
 * client, git, publish.ts); decisions live in the pure modules.
 */
import * as core from '@actions/core';
import { ConfigError } from '../config/errors.js';
import { analyse, githubEnv } from './analyse.js';
import { InputError, parseInputs } from './inputs.js';
import { publish } from './publish.js';

export async function run(): Promise<void> {
  try {
    const inputs = parseInputs((name) => core.getInput(name));
    const github = githubEnv(process.env);
    const analysis = await analyse(inputs, github, (message) => core.info(message));
    await publish(analysis, inputs, github);
  } catch (error) {
    core.setFailed(explain(error));
  }
}

/** A failure as one message that says what to do, never a stack trace. */
function explain(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof InputError || error instanceof ConfigError) return `support-table-lint: ${message}`;
  return `support-table-lint: ${message}${/[.!]$/.test(message) ? '' : '.'}`;
}
