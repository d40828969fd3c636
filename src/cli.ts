/** The `support-table-lint` command: bundled to dist/cli-main.cjs, which dist/cli.js loads (src/cli-loader.ts). */
import { fstatSync } from 'node:fs';
import { main } from './cli/main.js';

const stdoutIsFile = (): boolean => {
  try {
    return fstatSync(1).isFile();
  } catch {
    return false;
  }
};

// Piping into `head` closes stdout early; that is not an error worth a trace. The rest of the report
// goes nowhere (main's writer sees the stream destroyed), and the run still ends with its verdict:
// `support-table-lint docs/ | head` under `set -o pipefail` must fail on an error it found.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

void main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  // Touching process.stdin opens it (about 5 ms); only `--stdin` reads it.
  get stdin() {
    return process.stdin;
  },
  stdout: Object.assign(process.stdout, { isFile: stdoutIsFile() }),
  stderr: process.stderr,
}).then((code) => {
  process.exitCode = code;
});
