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
