/**
 * picomatch, loaded the first time a glob is needed: a config's `files:`, a
 * folder to walk, a target that is a pattern. A run on one named file needs
 * none, and need not compile and set up its 65 KB at start-up.
 */
import type picomatchType from 'picomatch';

let loaded: typeof picomatchType | undefined;

export async function loadGlob(): Promise<typeof picomatchType> {
  return (loaded ??= (await import('picomatch')).default);
}

/** picomatch after `loadGlob()`, for code that must stay synchronous. */
export function glob(): typeof picomatchType {
  if (loaded === undefined) throw new Error('glob() before loadGlob()');
  return loaded;
}

/**
 * A matcher for globs, after `loadGlob()`. picomatch's `**` is made of `.`,
 * which stops at a line break: a folder named `a\nb` (a pull request's
 * choice) would match no `docs/**` glob, and its files would go unchecked.
 * A line break in the path is matched as a character no glob names, which
 * `*`, `?` and `**` match.
 */
export function matcher(globs: string | string[], options: { dot?: boolean; nocase?: boolean }): (path: string) => boolean {
  const isMatch = glob()(globs, options);
  return (path) => isMatch(LINE_BREAK.test(path) ? path.replace(LINE_BREAKS, '\u0001') : path);
}

const LINE_BREAK = /[\n\r\u2028\u2029]/;
const LINE_BREAKS = /[\n\r\u2028\u2029]/g;
