/**
 * Which config judges the change. With `trusted-config: base`, a pull
 * request is judged by the config and schemas of its base commit, so it
 * cannot loosen the rules that judge it; the head's config is still loaded,
 * to report it when broken and to say when the PR changes it.
 */
import type { ReadText } from '../config/load.js';
import { DEFAULT_CONFIG } from './inputs.js';

export type Load<C> = (file: string | null, read: ReadText) => Promise<C>;

/** `.support-table-lint.yml` is also found when the default path is absent. */
export const ALTERNATE_CONFIG = '.support-table-lint.yml';

/**
 * The most text of config and schema files the Action reads from a pull
 * request's head to check its config under `trusted-config: base`. Compiling
 * a schema is not bounded by any time budget, and a PR's schemas are written
 * by whoever opened it: 4 files of 560 KB with 8,000 properties each held a
 * run for 18 s. A config and its schemas past this are not checked (said in
 * a notice); the base's config, which judges, has no such bound.
 */
export const MAX_HEAD_CONFIG_CHARS = 512 * 1024;

/** The config file to load, or null to apply the presets by header. */
export async function configFile(input: string, exists: (path: string) => Promise<boolean>, atBase = false): Promise<string | null> {
  if (await exists(input)) return input;
  if (input === DEFAULT_CONFIG && (await exists(ALTERNATE_CONFIG))) return ALTERNATE_CONFIG;
  // A PR that adds the config is judged by what the base had: the presets.
  if (input === DEFAULT_CONFIG || atBase) return null;
  throw new Error(`The config file "${input}" (input \`config\`) does not exist. Fix the path, or remove the input to apply the built-in presets.`);
}

/** A reader that remembers what it read, to tell which of those files the PR changed. */
function recording(read: ReadText): { read: ReadText; files: Map<string, string | undefined> } {
  const files = new Map<string, string | undefined>();
  return {
    files,
    read: async (path) => {
      const text = await read(path);
      files.set(path, typeof text === 'string' ? text : undefined);
      return text;
    },
  };
}

const existsWith = (read: ReadText) => async (path: string) => typeof (await read(path)) === 'string';

export interface ChosenConfig<C> {
  config: C;
  /** Said as notices. */
  notices: string[];
  /** The head's config error when the base config judges: reported, fails the step. */
  headError?: string;
}

/**
 * `base` reads the base commit, for pull requests with `trusted-config:
 * base`; undefined otherwise.
 */
export async function chooseConfig<C>(opts: { input: string; load: Load<C>; head: ReadText; base?: ReadText }): Promise<ChosenConfig<C>> {
  const { input, load, head, base } = opts;
  if (!base) return { config: await load(await configFile(input, existsWith(head)), head), notices: [] };

  const atBase = recording(base);
  const baseFile = await configFile(input, existsWith(atBase.read), true);
  const config = await load(baseFile, atBase.read);
  // Past the bound, every further read fails, and so does the load: the error is not the PR's. Each
  // file counts once (the config is read to find it, then to load it).
  const sizes = new Map<string, number>();
  const total = (): number => [...sizes.values()].reduce((sum, n) => sum + n, 0);
  const notRead = new Set<string>();
  const bounded: ReadText = async (path) => {
    if (total() > MAX_HEAD_CONFIG_CHARS) return (notRead.add(path), { error: 'not read' });
    const text = await head(path);
    if (typeof text === 'string') sizes.set(path, text.length);
    return total() > MAX_HEAD_CONFIG_CHARS ? (notRead.add(path), { error: 'not read' }) : text;
  };
  const atHead = recording(bounded);
  let headError: string | undefined;
  try {
    await load(await configFile(input, existsWith(atHead.read)), atHead.read);
  } catch (error) {
    headError = `This pull request's config is broken and will fail once merged: ${(error as Error).message}`;
  }
  const notices: string[] = [];
  const unchecked = notRead.size > 0;
  if (unchecked) headError = undefined;
  // Files either side read (and found) that differ between the two; one the bound kept from the head is read for that alone.
  const paths = new Set([...atBase.files.keys(), ...atHead.files.keys()]);
  const touched: string[] = [];
  for (const path of paths) {
    const before = atBase.files.has(path) ? atBase.files.get(path) : await readText(base, path);
    const after = atHead.files.has(path) && !notRead.has(path) ? atHead.files.get(path) : await readText(head, path);
    if ((before !== undefined || after !== undefined) && before !== after) touched.push(path);
  }
  touched.sort();
  // A config too big to check that the PR leaves as the base has it is the base's, which judges: nothing to say.
  if (unchecked && touched.length > 0) {
    notices.push(
      `This pull request's config was not checked: with its schemas it is more than ${MAX_HEAD_CONFIG_CHARS / 1024} KiB of text, more than the Action compiles from a pull request (trusted-config: base). The pull request is judged with the ${baseFile ? 'config' : 'built-in presets'} of its base commit; run support-table-lint on the branch to check its config.`,
    );
  }
  // With a head config that does not load, its error says it all: "the new rules apply once merged" would not be true.
  if (touched.length > 0 && headError === undefined) {
    notices.push(
      `This pull request changes ${touched.join(', ')}; it is judged with the ${baseFile ? 'config' : 'built-in presets'} of its base commit (trusted-config: base). The new rules apply once it is merged.`,
    );
  }
  return { config, notices, ...(headError !== undefined ? { headError } : {}) };
}

async function readText(read: ReadText, path: string): Promise<string | undefined> {
  const text = await read(path);
  return typeof text === 'string' ? text : undefined;
}
