#!/usr/bin/env node
import { fstatSync } from 'node:fs';
import { m as main } from './cli-shared.js';
import 'node:fs/promises';
import 'node:path';
import 'node:buffer';
import 'node:os';
import 'node:url';
import 'node:util';

/** The `support-table-lint` command (bundled to dist/cli.js). */
const stdoutIsFile = () => {
    try {
        return fstatSync(1).isFile();
    }
    catch {
        return false;
    }
};
// Piping into `head` closes stdout early; that is not an error worth a trace.
process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE')
        process.exit(process.exitCode ?? 0);
    throw error;
});
process.exitCode = await main(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    // Touching process.stdin opens it (about 5 ms); only `--stdin` reads it.
    get stdin() {
        return process.stdin;
    },
    stdout: Object.assign(process.stdout, { isFile: stdoutIsFile() }),
    stderr: process.stderr,
});
