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

export interface Match {
  /** Named groups that took part in the match. */
  groups: Record<string, string>;
  /** Where each of those groups is in the input: [start, end). */
  indices: Record<string, [number, number]>;
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
    const match: Match = { groups: {}, indices: {} };
    for (const name of names) {
      const value = matcher.group(name);
      if (value === null || value === undefined) continue;
      match.groups[name] = value;
      match.indices[name] = [matcher.start(name), matcher.end(name)];
    }
    return match;
  };
  return {
    source,
    // Ajv caches compiled patterns by this string: it must tell patterns apart.
    toString: () => `/${source}/re2`,
    test: (input) => re.matcher(input).find(),
    exec(input) {
      const matcher = re.matcher(input);
      return matcher.find() ? matchOf(matcher) : null;
    },
    execAll(input) {
      const matcher = re.matcher(input);
      const out: Match[] = [];
      while (matcher.find()) out.push(matchOf(matcher));
      return out;
    },
  };
}

/** Ajv's `code.regExp` option: `pattern` and `patternProperties` are matched with RE2. */
export const ajvRegExp = Object.assign((pattern: string) => compilePattern(pattern), {
  code: 'compilePattern',
});
