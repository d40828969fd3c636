/**
 * picomatch, loaded the first time a glob is needed: a config's `files:`, a
 * folder to walk, a target that is a pattern. A run on one named file needs
 * none, and need not compile and set up its 65 KB at start-up.
 *
 * picomatch turns a glob into a JavaScript regular expression, and
 * JavaScript's engine backtracks: a glob with several `*` in one path
 * segment (`**\/*-*-*-*.md`) takes seconds on a file named with 300 dashes,
 * and minutes with one `*` more, and a pull request chooses its file names.
 * Such globs run on RE2 (re2js, linear in the path) instead: picomatch's own
 * regular expression, less the lookaheads that only keep `**` and `*` off
 * `.` and `..` segments, which paths made relative never have (a path that
 * has one still goes to picomatch).
 */
import type picomatchType from 'picomatch';
import type { RE2JS } from 're2js';

let loaded: typeof picomatchType | undefined;
let re2: typeof RE2JS | undefined;

/**
 * Loads picomatch, and RE2 when one of `globs` needs it (see `backtracks`):
 * every caller passes the globs it will hand to `matcher`.
 */
export async function loadGlob(globs: readonly string[] = []): Promise<typeof picomatchType> {
  if (re2 === undefined && globs.some(backtracks)) re2 = (await import('re2js')).RE2JS;
  return (loaded ??= (await import('picomatch')).default);
}

/** picomatch after `loadGlob()`, for code that must stay synchronous. */
export function glob(): typeof picomatchType {
  if (loaded === undefined) throw new Error('glob() before loadGlob()');
  return loaded;
}

/**
 * Whether picomatch's expression for the glob can backtrack past linear
 * time: two or more wildcards that each take a run of characters in one
 * segment (`*-*`, `a*b*`), two `**` segments, or an extglob (`+(a|b)`). One
 * `*` per segment, one `**`, `?`, classes and braces of plain words stay
 * linear.
 */
export const backtracks = (pattern: string): boolean => {
  const segments = pattern.split('/');
  // Two `**` with a literal between (`**/docs/**/gates/**`) try every way to split the folders among them.
  return /[@!?*+]\(/.test(pattern) || segments.filter((segment) => segment === '**').length >= 2 || segments.some((segment) => segment !== '**' && (segment.match(/\*+/g)?.length ?? 0) >= 2);
};

/** picomatch's lookaheads that are always true on a path with no `.` or `..` segment and no trailing `/`. */
const DOT_SEGMENT_GUARDS = ['(?!\\.{1,2}(?:\\/|$))', '(?!(?:^|\\/)\\.{1,2}(?:\\/|$))', '(?=.)'];
const DOT_SEGMENT = /(?:^|\/)\.{1,2}(?:\/|$)/;

/**
 * A matcher for globs, after `loadGlob(globs)`. picomatch's `**` is made of
 * `.`, which stops at a line break: a folder named `a\nb` (a pull request's
 * choice) would match no `docs/**` glob, and its files would go unchecked.
 * A line break in the path is matched as a character no glob names, which
 * `*`, `?` and `**` match. A path matches when it matches any of the globs
 * (a `!glob` matches every path its glob does not, as in picomatch).
 */
export function matcher(globs: string | string[], options: { dot?: boolean; nocase?: boolean }): (path: string) => boolean {
  const list = typeof globs === 'string' ? [globs] : globs;
  const linear = list.filter(backtracks);
  const picomatch = glob();
  const plain = linear.length === list.length ? () => false : picomatch(list.filter((pattern) => !backtracks(pattern)), options);
  const safe = linear.map((pattern) => linearMatcher(pattern, options));
  return (path) => {
    const text = LINE_BREAK.test(path) ? path.replace(LINE_BREAKS, '\u0001') : path;
    return plain(text) || safe.some((isMatch) => isMatch(text));
  };
}

function linearMatcher(pattern: string, options: { dot?: boolean; nocase?: boolean }): (path: string) => boolean {
  const negated = pattern.startsWith('!') && !pattern.startsWith('!(');
  const positive = negated ? pattern.slice(1) : pattern;
  const fallback = glob()(pattern, options);
  // An escaped letter (`\\z`) means other things to RE2 (`\\z`, `\\pL`): such a glob, rare, stays picomatch's.
  if (pattern.includes('\\')) return fallback;
  if (re2 === undefined) throw new Error(`internal error: the glob ${pattern} was compiled before loadGlob() loaded RE2 for it`);
  let source = glob().makeRe(positive, options).source;
  for (const guard of DOT_SEGMENT_GUARDS) source = source.split(guard).join('');
  let compiled: RE2JS | undefined;
  try {
    // Any lookaround left is one RE2 has no equivalent for: picomatch alone, as before.
    if (!/\(\?<?[=!]/.test(source)) compiled = re2.compile(source, options.nocase ? re2.CASE_INSENSITIVE : 0);
  } catch {
    compiled = undefined;
  }
  if (compiled === undefined) return fallback;
  const re = compiled;
  // picomatch also matches a path written exactly as the glob (a file named `a*-*.md`).
  return (path) => (path === '' || path === pattern || path.endsWith('/') || DOT_SEGMENT.test(path) ? fallback(path) : re.test(path) !== negated);
}

const LINE_BREAK = /[\n\r\u2028\u2029]/;
const LINE_BREAKS = /[\n\r\u2028\u2029]/g;

/** The markdown files GitHub renders (both extensions): what the CLI looks for in a folder, and the Action's `files` default. */
export const MARKDOWN_FILES = '**/*.{md,markdown}';
