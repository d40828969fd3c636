/**
 * The one regular-expression engine for patterns a schema or config author
 * writes (`pattern`, `patternProperties`, `linkAgreement`, source extracts):
 * RE2, through re2js (a pure-JavaScript port). RE2 matches in time linear in
 * the input, so a catastrophic pattern such as `^([a-z0-9]+-?)+$` cannot hang
 * a run on a 40-character cell, as JavaScript's backtracking engine would.
 * RE2 syntax is JavaScript's without lookahead, lookbehind and backreferences
 * (a schema that uses them is reported as invalid, naming the pattern);
 * named groups are written `(?<name>…)`. Matching is a search, as `RegExp#test`
 * is: anchor with `^` and `$`.
 *
 * The patterns this package ships (in schemas/*.json: the presets and the
 * config schema) are the exception: each was reviewed to be linear on
 * JavaScript's engine (every repetition starts with a character its
 * continuation cannot start with), and they run on it with RE2's meaning
 * (`\s` is RE2's `[\t\n\f\r ]`; __tests__/schema/regex.test.ts holds the
 * reviewed list and checks both engines agree). So a run without a config
 * never loads re2js (258 kB, about 15 ms of a small run's start-up); a
 * config is loaded through `loadPatternEngine()` first, which the config
 * loader awaits before it compiles anything.
 */
import type { RE2JS } from 're2js';
import { CONFIG_SCHEMA, PRESET_SCHEMAS } from './preset-schemas.js';

/** Read-only: `exec` hands the same match to every call with the same input (see `Answers`). */
export interface Match {
  /** Named groups that took part in the match. */
  readonly groups: Readonly<Record<string, string>>;
  /** Where each of those groups is in the input: [start, end). */
  readonly indices: Readonly<Record<string, readonly [number, number]>>;
}

export interface Pattern {
  source: string;
  toString(): string;
  test(input: string): boolean;
  exec(input: string): Match | null;
  /** Every non-overlapping match, in order, found as they are asked for (a reader past its limit stops the search). */
  execAll(input: string): Iterable<Match>;
}

let engine: typeof RE2JS | undefined;

/** Loads RE2 (a chunk of its own in the bundles); `compilePattern` needs it for any pattern this package does not ship. */
export async function loadPatternEngine(): Promise<void> {
  engine ??= (await import('re2js')).RE2JS;
}

/**
 * Compiles `source`; throws an Error naming the pattern when RE2 cannot
 * compile it. Compiled patterns are shared by source (the link-text-url
 * rule compiles its schema's patterns again for every fix it offers).
 */
export function compilePattern(source: string): Pattern {
  let pattern = compiled.get(source);
  if (pattern === undefined) {
    const native = shippedPatterns().has(source) ? nativeSource(source) : undefined;
    pattern = remembering(native !== undefined ? nativePattern(source, native) : re2Pattern(source));
    if (compiled.size >= MAX_COMPILED) compiled.clear();
    compiled.set(source, pattern);
  }
  return pattern;
}

const compiled = new Map<string, Pattern>();
const MAX_COMPILED = 1024;

/** `compilePattern` on RE2 whatever the source (the tests compare both engines on the shipped patterns). */
export function re2Pattern(source: string): Pattern {
  if (engine === undefined) throw new Error(`internal error: the pattern ${source} was compiled before loadPatternEngine() finished`);
  let re: RE2JS;
  try {
    re = engine.compile(source);
  } catch (error) {
    throw new Error(`the pattern ${source} is not supported (${(error as Error).message}); patterns use RE2 syntax: no lookaround, no backreferences`);
  }
  const names = Object.keys(re.namedGroups());
  const size = re.programSize();
  const matchOf = (matcher: ReturnType<RE2JS['matcher']>): Match => {
    const groups: Record<string, string> = {};
    const indices: Record<string, [number, number]> = {};
    for (const name of names) {
      const value = matcher.group(name);
      if (value === null || value === undefined) continue;
      groups[name] = value;
      indices[name] = [matcher.start(name), matcher.end(name)];
    }
    return { groups, indices };
  };
  return {
    source,
    // Ajv caches compiled patterns by this string: it must tell patterns apart.
    toString: () => `/${source}/re2`,
    // RE2JS#test skips the matcher and runs on the DFA where it can.
    test: (input) => {
      withinBudget(source, size, input);
      return re.test(input);
    },
    exec(input) {
      withinBudget(source, size, input);
      const matcher = re.matcher(input);
      return matcher.find() ? matchOf(matcher) : null;
    },
    *execAll(input) {
      const matcher = re.matcher(input);
      while (matcher.find()) yield matchOf(matcher);
    },
  };
}

/**
 * Thrown by a pattern asked to match past the check's deadline
 * (`withCheckDeadline`), or given an input so long that RE2's work on it
 * (its program size times the input's length) could run for minutes: the
 * file's check stops there and says so (parse-timeout), rather than hang.
 */
export class CheckBudgetError extends Error {}

let checkDeadline = Infinity;

/** Runs `check` with patterns bound by `deadline` (a `Date.now()` time); synchronous, so no other check runs meanwhile. */
export function withCheckDeadline<T>(deadline: number, check: () => T): T {
  const outer = checkDeadline;
  checkDeadline = deadline;
  try {
    return check();
  } finally {
    checkDeadline = outer;
  }
}

/**
 * RE2's work on one input is bounded by its program size times the input's
 * length; past this, a pattern is not run (on this machine kind a unit of
 * that work costs up to 0.06 µs, when RE2 falls back from its DFA: a few
 * seconds at most). A plain pattern of ten instructions still matches a
 * 10 MB cell.
 */
const MAX_PATTERN_WORK = 2e8;

function withinBudget(source: string, size: number, input: string): void {
  if (Date.now() > checkDeadline) throw new CheckBudgetError(`the check ran past its deadline while matching the pattern ${clipSource(source)}`);
  if (size * input.length > MAX_PATTERN_WORK) {
    throw new CheckBudgetError(`the pattern ${clipSource(source)} (${size} RE2 instructions) is too costly to match against a value of ${input.length} characters`);
  }
}

const clipSource = (source: string): string => (source.length > 120 ? `${source.slice(0, 120)}…` : source);

/**
 * Cells repeat (the same team link or status in many rows), and a match
 * costs about a microsecond and a half on RE2 in JavaScript and half that
 * with group indices on JavaScript's engine: each pattern remembers its
 * answers for a bounded number of distinct inputs.
 */
function remembering(pattern: Pattern): Pattern {
  const tested = new Answers<boolean>();
  const executed = new Answers<Match | null>();
  return {
    source: pattern.source,
    toString: pattern.toString,
    test: (input) => tested.get(input) ?? tested.set(input, pattern.test(input)),
    exec(input) {
      const known = executed.get(input);
      return known !== undefined ? known : executed.set(input, pattern.exec(input));
    },
    execAll: pattern.execAll,
  };
}

/** A shipped pattern on JavaScript's engine (see the module comment); `u` for RE2's code points, `d` for group indices. */
function nativePattern(source: string, native: string): Pattern {
  const once = new RegExp(native, 'du');
  const matchOf = (match: RegExpExecArray): Match => {
    const groups: Record<string, string> = {};
    const indices: Record<string, [number, number]> = {};
    for (const [name, value] of Object.entries(match.groups ?? {})) {
      if (value === undefined) continue;
      groups[name] = value;
      indices[name] = match.indices!.groups![name]!;
    }
    return { groups, indices };
  };
  return {
    source,
    toString: () => `/${source}/re2`,
    test: (input) => once.test(input),
    exec(input) {
      const match = once.exec(input);
      return match === null ? null : matchOf(match);
    },
    *execAll(input) {
      for (const match of input.matchAll(new RegExp(native, 'dgu'))) yield matchOf(match);
    },
  };
}

/**
 * A shipped pattern with RE2's meaning on JavaScript's engine: RE2's `\s` is
 * `[\t\n\f\r ]` (JavaScript's also takes `\v` and Unicode spaces) and its
 * `.` is `[^\n]` (JavaScript's also stops at `\r`, U+2028 and U+2029).
 * Undefined for what this does not translate (`\S` inside a class, `[]…]`).
 */
export function nativeSource(source: string): string | undefined {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (char === '\\') {
      const next = source[i + 1] ?? '';
      i++;
      if (next === 's') out += inClass ? '\\t\\n\\f\\r ' : '[\\t\\n\\f\\r ]';
      else if (next === 'S') {
        if (inClass) return undefined;
        out += '[^\\t\\n\\f\\r ]';
      } else out += char + next;
    } else if (inClass) {
      if (char === ']') inClass = false;
      out += char;
    } else if (char === '[') {
      inClass = true;
      out += char;
      if (source[i + 1] === '^') out += source[++i];
      // RE2 reads a `]` right after `[` or `[^` as a member; JavaScript as the end.
      if (source[i + 1] === ']') return undefined;
    } else out += char === '.' ? '[^\\n]' : char;
  }
  return out;
}

let shipped: ReadonlySet<string> | undefined;

/** Every pattern in schemas/*.json: `pattern` values, `patternProperties` keys and `linkAgreement`'s `text` and `url`. */
export function shippedPatterns(): ReadonlySet<string> {
  shipped ??= collectPatterns([CONFIG_SCHEMA, ...Object.values(PRESET_SCHEMAS)]);
  return shipped;
}

function collectPatterns(schemas: unknown[]): Set<string> {
  const found = new Set<string>();
  const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!isObject(node)) return;
    for (const [key, value] of Object.entries(node)) {
      // ajv-errors' messages are keyed by keyword: `errorMessage.pattern` is text, not a pattern.
      if (key === 'errorMessage') continue;
      if (key === 'pattern' && typeof value === 'string') found.add(value);
      if (key === 'patternProperties' && isObject(value)) Object.keys(value).forEach((name) => found.add(name));
      if (key === 'linkAgreement' && isObject(value)) {
        for (const side of [value['text'], value['url']]) if (typeof side === 'string') found.add(side);
      }
      walk(value);
    }
  };
  walk(schemas);
  return found;
}

/** Answers for up to `MAX_ANSWERS` inputs of up to `MAX_ANSWERED` characters; emptied when full. */
class Answers<T> {
  private readonly map = new Map<string, T>();

  get(input: string): T | undefined {
    return this.map.get(input);
  }

  set(input: string, answer: T): T {
    if (input.length <= MAX_ANSWERED) {
      if (this.map.size >= MAX_ANSWERS) this.map.clear();
      this.map.set(input, answer);
    }
    return answer;
  }
}

const MAX_ANSWERS = 4096;
const MAX_ANSWERED = 1024;

/** Ajv's `code.regExp` option: `pattern` and `patternProperties` are matched with RE2. */
export const ajvRegExp = Object.assign((pattern: string) => compilePattern(pattern), {
  code: 'compilePattern',
});
