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

// Piping into `head` closes stdout early; that is not an error worth a trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
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
