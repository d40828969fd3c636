/**
 * Which config judges the change. With `trusted-config: base`, a pull
 * request is judged by the config and schemas of its base commit, so it
 * cannot loosen the rules that judge it; the head's config is still loaded,
 * to report it when broken and to say when the PR changes it.
 */
import { DEFAULT_CONFIG } from './inputs.js';

export type Read = (path: string) => string | undefined;
export type Load<C> = (file: string | null, read: Read) => C;

/** `.support-table-lint.yml` is also found when the default path is absent. */
export const ALTERNATE_CONFIG = '.support-table-lint.yml';

/** The config file to load, or null to apply the presets by header. */
export function configFile(input: string, exists: (path: string) => boolean, atBase = false): string | null {
  if (exists(input)) return input;
  if (input === DEFAULT_CONFIG && exists(ALTERNATE_CONFIG)) return ALTERNATE_CONFIG;
  // A PR that adds the config is judged by what the base had: the presets.
  if (input === DEFAULT_CONFIG || atBase) return null;
  throw new Error(`The config file "${input}" (input \`config\`) does not exist. Fix the path, or remove the input to apply the built-in presets.`);
}

/**
 * Runs a loader that reads synchronously over a source that can only be read
 * asynchronously (git, the contents API): each pass records the paths it was
 * missing, which are fetched before the next pass. Returns the result and
 * every file the loader read.
 */
export async function loadAsync<C>(
  load: (read: Read) => C,
  fetch: (path: string) => Promise<string | undefined>,
): Promise<{ value: C; files: Map<string, string | undefined> }> {
  const files = new Map<string, string | undefined>();
  for (;;) {
    const missing = new Set<string>();
    const read: Read = (path) => {
      if (files.has(path)) return files.get(path);
      missing.add(path);
      return undefined;
    };
    let value: C | undefined;
    let failure: unknown;
    try {
      value = load(read);
    } catch (error) {
      failure = error;
    }
    if (missing.size === 0) {
      if (failure !== undefined) throw failure;
      return { value: value as C, files };
    }
    for (const path of missing) files.set(path, await fetch(path));
  }
}

export interface ChosenConfig<C> {
  config: C;
  /** Said as notices. */
  notices: string[];
  /** The head's config error when the base config judges: reported, fails the step. */
  headError?: string;
}

/**
 * `base` is the base commit's reader for pull requests with
 * `trusted-config: base`, undefined otherwise.
 */
export async function chooseConfig<C>(opts: {
  input: string;
  load: Load<C>;
  head: Read;
  base?: (path: string) => Promise<string | undefined>;
}): Promise<ChosenConfig<C>> {
  const { input, load, head, base } = opts;
  const headFile = () => configFile(input, (p) => head(p) !== undefined);
  if (!base) return { config: load(headFile(), head), notices: [] };

  const chosen = await loadAsync((read) => load(configFile(input, (p) => read(p) !== undefined, true), read), base);
  const notices: string[] = [];
  const changed = [...chosen.files].filter(([path, text]) => text !== undefined && head(path) !== text).map(([p]) => p);
  const baseFile = configFile(input, (p) => chosen.files.get(p) !== undefined, true);
  let headError: string | undefined;
  let headFiles: string[] = [];
  try {
    const recorded = new Set<string>();
    load(headFile(), (p) => {
      recorded.add(p);
      return head(p);
    });
    headFiles = [...recorded].filter((p) => head(p) !== undefined && chosen.files.get(p) !== head(p));
  } catch (error) {
    headError = `This pull request's config is broken and will fail once merged: ${(error as Error).message}`;
  }
  const touched = [...new Set([...changed, ...headFiles])].sort();
  if (touched.length > 0) {
    notices.push(
      `This pull request changes ${touched.join(', ')}; it is judged with the ${baseFile ? 'config' : 'built-in presets'} of its base commit (trusted-config: base). The new rules apply once it is merged.`,
    );
  }
  return { config: chosen.value, notices, ...(headError !== undefined ? { headError } : {}) };
}
