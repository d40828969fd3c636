// Two self-contained ESM bundles: the Action entry point and the CLI.
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import { tsImport } from 'tsx/esm/api';

/**
 * The presets' validators, generated once per build as Ajv standalone code
 * (scripts/precompile-presets.ts) and put in place of src/schema/precompiled.ts,
 * so that a run without a config validates preset tables without Ajv.
 */
let presetValidators;
const precompiledPresets = () => ({
  name: 'precompiled-presets',
  load(id) {
    if (!id.replace(/\\/g, '/').endsWith('/src/schema/precompiled.ts')) return null;
    presetValidators ??= tsImport('./scripts/precompile-presets.ts', import.meta.url).then((module) => module.presetValidatorsModule('./link-agreement.js', './regex.js'));
    return presetValidators;
  },
});

// Each entry is its own build; code loaded on demand (Ajv, needed only with a
// config file) goes to a chunk beside it, named after the entry.
const bundle = (input, file, banner) => ({
  input,
  output: {
    dir: 'dist',
    entryFileNames: file.replace(/^dist\//, ''),
    chunkFileNames: `${file.replace(/^dist\/|\.js$/g, '')}-[name].js`,
    format: 'es',
    sourcemap: false,
    banner,
    // Small shared pieces go into the entry rather than a file of their own (one module load less at start-up).
    experimentalMinChunkSize: 64 * 1024,
    // RE2, loaded with a config (its own patterns), in a chunk named for it. (Naming the YAML
    // parser's chunk so would move CommonJS helpers the entry needs into it, and load it always.)
    manualChunks: (id) => (/[\\/]node_modules[\\/]re2js[\\/]/.test(id) ? 're2' : undefined),
  },
  // Ajv and some of its plugins are CommonJS and require JSON files.
  plugins: [
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
  bundle('src/cli.ts', 'dist/cli.js', '#!/usr/bin/env node'),
  // Parses on worker threads; both bundles above start it from their own folder.
  bundle('src/markdown/worker.ts', 'dist/parse-worker.js'),
];
