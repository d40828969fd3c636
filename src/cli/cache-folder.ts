import { isAbsolute, join } from 'node:path';

/**
 * Where the CLI keeps V8's cached data (src/cli-loader.ts), by node's own
 * conventions: `NODE_COMPILE_CACHE` if set, else the user's cache folder
 * (`XDG_CACHE_HOME` or ~/.cache, ~/Library/Caches on macOS, `LOCALAPPDATA`
 * on Windows), in `support-table-lint/`. Undefined with
 * `NODE_DISABLE_COMPILE_CACHE` set, or when there is no home folder. Relative
 * paths are ignored, as the XDG specification asks.
 */
export function cacheFolder(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: () => string): string | undefined {
  if (env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  const absolute = (path: string | undefined): string | undefined => (path && isAbsolute(path) ? path : undefined);
  try {
    const base =
      absolute(env.NODE_COMPILE_CACHE) ??
      (platform === 'win32' ? absolute(env.LOCALAPPDATA) : platform === 'darwin' ? join(home(), 'Library', 'Caches') : (absolute(env.XDG_CACHE_HOME) ?? join(home(), '.cache')));
    return base && join(base, 'support-table-lint');
  } catch {
    return undefined; // os.homedir() throws when the user has none
  }
}
