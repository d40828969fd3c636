// Rollup's json plugin inlines package.json into dist/cli.js, so the bundle
// reports its own version without reading any file at run time.
import pkg from '../../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;
