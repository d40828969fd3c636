import { MARKDOWN_FILES } from '../io/glob.js';
/**
 * The Action's inputs, parsed and checked up front so that a typo in a
 * workflow fails the step with a message naming the input, before any work.
 */

export type FailOn = 'error' | 'warning' | 'never';

export interface ActionInputs {
  config: string;
  files: string[];
  scope: 'changed' | 'all';
  gate: 'new' | 'all';
  failOn: FailOn;
  annotations: boolean;
  checkRun: 'true' | 'false' | 'auto';
  summary: boolean;
  trustedConfig: 'base' | 'head';
  token: string;
  reportFile: string;
  sarifFile: string;
  /** Post fixes inside the diff as suggestions in a review. */
  suggestions: boolean;
  /** `both`: lint and publish; `analyse`: lint and write the artifact, no API writes; `publish`: publish an artifact. */
  mode: 'both' | 'analyse' | 'publish';
  /** The result artifact `analyse` writes and `publish` reads. */
  artifact: string;
}

export const DEFAULT_ARTIFACT = 'support-table-lint-result.json';

export const DEFAULT_CONFIG = '.github/support-table-lint.yml';

export class InputError extends Error {}

const oneOf = <T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T => {
  const v = value.trim().toLowerCase();
  if (v === '') return fallback;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new InputError(`Input "${name}" is "${value}"; use one of ${allowed.map((a) => `"${a}"`).join(', ')}.`);
};

// Accepts the YAML 1.2 core schema booleans, as @actions/core's getBooleanInput does.
const bool = (name: string, value: string, fallback: boolean): boolean => {
  const v = value.trim();
  if (v === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw new InputError(`Input "${name}" is "${value}"; use "true" or "false".`);
};

/** Globs may be given one per line or separated by commas; a comma inside braces (`*.{md,markdown}`) is the glob's own. */
export function splitGlobs(value: string): string[] {
  const globs: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of value) {
    if (char === '\n' || (char === ',' && depth === 0)) {
      globs.push(current);
      current = '';
      depth = 0;
      continue;
    }
    if (char === '{') depth++;
    else if (char === '}' && depth > 0) depth--;
    current += char;
  }
  globs.push(current);
  return globs.map((g) => g.trim()).filter((g) => g !== '');
}

/** `get` returns an input's raw value, '' when unset (as core.getInput does). */
export function parseInputs(get: (name: string) => string): ActionInputs {
  const files = splitGlobs(get('files'));
  return {
    config: get('config').trim() || DEFAULT_CONFIG,
    files: files.length > 0 ? files : [MARKDOWN_FILES],
    scope: oneOf('scope', get('scope'), ['changed', 'all'], 'changed'),
    gate: oneOf('gate', get('gate'), ['new', 'all'], 'new'),
    failOn: oneOf('fail-on', get('fail-on'), ['error', 'warning', 'never'], 'error'),
    annotations: bool('annotations', get('annotations'), true),
    checkRun: oneOf('check-run', get('check-run'), ['true', 'false', 'auto'], 'auto'),
    summary: bool('summary', get('summary'), true),
    trustedConfig: oneOf('trusted-config', get('trusted-config'), ['base', 'head'], 'base'),
    token: get('token').trim(),
    reportFile: get('report-file').trim(),
    sarifFile: get('sarif-file').trim(),
    suggestions: bool('suggestions', get('suggestions'), true),
    // "analyze" too: the spelling most workflows will use.
    mode: oneOf('mode', get('mode').trim().toLowerCase() === 'analyze' ? 'analyse' : get('mode'), ['both', 'analyse', 'publish'], 'both'),
    artifact: get('artifact').trim() || DEFAULT_ARTIFACT,
  };
}
