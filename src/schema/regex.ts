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
 */
import { RE2JS } from 're2js';

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
  /** Every non-overlapping match, in order. */
  execAll(input: string): Match[];
}

/** Compiles `source` with RE2; throws an Error naming the pattern when RE2 cannot compile it. */
export function compilePattern(source: string): Pattern {
  let re: RE2JS;
  try {
    re = RE2JS.compile(source);
  } catch (error) {
    throw new Error(`the pattern ${source} is not supported (${(error as Error).message}); patterns use RE2 syntax: no lookaround, no backreferences`);
  }
  const names = Object.keys(re.namedGroups());
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
  // Cells repeat (the same team link or status in many rows), and RE2 in
  // JavaScript costs about a microsecond and a half a match: each pattern
  // remembers its answers for a bounded number of distinct inputs.
  const tested = new Answers<boolean>();
  const executed = new Answers<Match | null>();
  return {
    source,
    // Ajv caches compiled patterns by this string: it must tell patterns apart.
    toString: () => `/${source}/re2`,
    // RE2JS#test skips the matcher and runs on the DFA where it can.
    test: (input) => tested.get(input) ?? tested.set(input, re.test(input)),
    exec(input) {
      const known = executed.get(input);
      if (known !== undefined) return known;
      const matcher = re.matcher(input);
      return executed.set(input, matcher.find() ? matchOf(matcher) : null);
    },
    execAll(input) {
      const matcher = re.matcher(input);
      const out: Match[] = [];
      while (matcher.find()) out.push(matchOf(matcher));
      return out;
    },
  };
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
