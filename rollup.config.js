// Self-contained bundles: the Action entry point (ESM), the CLI (CommonJS
// chunks, loaded by dist/cli.js through V8's code cache: src/cli-loader.ts),
// and the parse worker.
import { createHash } from 'node:crypto';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import { tsImport } from 'tsx/esm/api';

/**
 * The presets' and the config schema's validators, generated once per build
 * as Ajv standalone code (scripts/precompile-presets.ts) and put in place of
 * src/schema/precompiled.ts and precompiled-config.ts, so that a run without
 * a config validates preset tables without Ajv, and a config of presets is
 * checked without it.
 */
const generated = new Map();
const precompiledPresets = () => ({
  name: 'precompiled-presets',
  load(id) {
    const which = /\/src\/schema\/precompiled(-config)?\.ts$/.exec(id.replace(/\\/g, '/'));
    if (!which) return null;
    const kind = which[1] ? 'config' : 'presets';
    if (!generated.has(kind)) {
      generated.set(kind, tsImport('./scripts/precompile-presets.ts', import.meta.url).then((module) => module.presetValidatorsModule('./link-agreement.js', './regex.js', kind)));
    }
    return generated.get(kind);
  },
});

const inPackage = (name) => (id) => id.replace(/\\/g, '/').includes(`/node_modules/${name}/`);

/**
 * A chunk's file name says what it holds: code loaded on demand is named
 * after its module (`ajv`: Ajv, needed only with a config file; `parser`:
 * micromark, needed only by documents the fast reader cannot read alone;
 * `re2`: a config's own patterns; `yaml`: a config file; `picomatch`: globs;
 * `precompiled-config`: the config schema's validator; `changes`: the
 * comparison with a base; `init`; `load`: sources of truth; `patch` and
 * `diff`: unified and keyed diffs), and everything the entry loads at
 * start-up is `shared`.
 */
const chunkName = (chunk) =>
  chunk.moduleIds.some(inPackage('yaml')) ? 'yaml' : chunk.moduleIds.some(inPackage('picomatch')) ? 'picomatch' : chunk.isDynamicEntry ? chunk.name : 'shared';

/** Whether the entry loads a module at start-up: it is the entry, or a module loaded at start-up imports it statically. */
const loadedAtStart = (id, getModuleInfo, known = new Map()) => {
  if (known.has(id)) return known.get(id);
  known.set(id, false); // an import cycle adds nothing
  const info = getModuleInfo(id);
  const answer = info !== null && (info.isEntry || info.importers.some((importer) => loadedAtStart(importer, getModuleInfo, known)));
  known.set(id, answer);
  return answer;
};

/**
 * The CLI's chunks and a hash of each one's content, taken as the CLI build
 * writes them and handed to the loader's build (`virtual:cli-chunks`), which
 * names cached data after them. Rollup builds the configurations below in turn.
 */
const cliChunks = new Map();
const recordChunks = () => ({
  name: 'record-cli-chunks',
  generateBundle(_options, output) {
    for (const [file, chunk] of Object.entries(output)) if (chunk.type === 'chunk') cliChunks.set(file, createHash('sha256').update(chunk.code).digest('hex').slice(0, 16));
  },
});
const cliChunksModule = () => ({
  name: 'cli-chunks',
  resolveId: (id) => (id === 'virtual:cli-chunks' ? '\0cli-chunks' : null),
  load(id) {
    if (id !== '\0cli-chunks') return null;
    if (!cliChunks.has('cli-main.cjs')) throw new Error('the CLI build must come before its loader');
    return `export const CHUNKS = ${JSON.stringify(Object.fromEntries([...cliChunks].sort()))};`;
  },
});

// Each entry is its own build, with its chunks beside it, prefixed with its name.
const bundle = (input, file, banner, { split = true, format = 'es', plugins = [] } = {}) => ({
  input,
  output: {
    dir: 'dist',
    entryFileNames: file.replace(/^dist\//, ''),
    chunkFileNames: (chunk) => `${file.replace(/^dist\/|-main\.cjs$|\.js$/g, '')}-${chunkName(chunk)}.${format === 'cjs' ? 'cjs' : 'js'}`,
    format,
    // A chunk loaded on demand is `require`d: the loader compiles chunks with vm.Script, which has no `import()`.
    ...(format === 'cjs' ? { dynamicImportInCjs: false } : {}),
    sourcemap: false,
    banner,
    ...(split
      ? {
          // Everything the entry module loads at start-up goes into one file
          // (`main`), and only that: rollup would otherwise split what the entry
          // shares with a chunk loaded on demand into files of their own (each one
          // more module load at start-up), and merging small chunks puts code meant
          // to load on demand (the comparison with a base, init) back on the
          // start-up path. The entry module stays in a file of its own: the Action's awaits
          // the run at top level, and a chunk loaded during the run that imported
          // the entry's file would wait for that run to end.
          manualChunks: (id, { getModuleInfo }) =>
            inPackage('re2js')(id) ? 're2' : !getModuleInfo(id)?.isEntry && loadedAtStart(id, getModuleInfo) ? 'main' : undefined,
        }
      : { inlineDynamicImports: true }),
  },
  // Ajv and some of its plugins are CommonJS and require JSON files.
  plugins: [
    ...plugins,
    precompiledPresets(),
    typescript({ tsconfig: './tsconfig.json', include: ['src/**/*.ts'], noEmit: false, outDir: 'dist', declaration: false }),
    nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
    commonjs(),
    json(),
  ],
  onwarn(warning, warn) {
    // @actions/* and Octokit use `this` at module top level; harmless in ESM.
    if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'CIRCULAR_DEPENDENCY') return;
    warn(warning);
  },
});

export default [
  bundle('src/index.ts', 'dist/index.js'),
  bundle('src/cli.ts', 'dist/cli-main.cjs', undefined, { format: 'cjs', plugins: [recordChunks()] }),
  bundle('src/cli-loader.ts', 'dist/cli.js', '#!/usr/bin/env node', { split: false, plugins: [cliChunksModule()] }),
  // Parses on worker threads; both bundles above start it from their own folder. One file:
  // a worker loads the parser as it starts.
  bundle('src/markdown/worker.ts', 'dist/parse-worker.js', undefined, { split: false }),
];
