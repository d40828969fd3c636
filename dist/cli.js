#!/usr/bin/env node
import { mkdirSync, lstatSync, openSync, fstatSync, readFileSync, closeSync, constants, writeFileSync, renameSync, readdirSync, unlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join, isAbsolute, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { debuglog } from 'node:util';
import { Script } from 'node:vm';

const CHUNKS = {"cli-ajv.cjs":"9f4b99dc6ad6eec5","cli-changes.cjs":"c4e6a16eac96e66e","cli-diff.cjs":"8ce4a6cc58ea4011","cli-init.cjs":"ac4b9145fbd11449","cli-load.cjs":"9873b14d86c78619","cli-main.cjs":"43fb791585239b68","cli-parser.cjs":"649f4d076690b049","cli-patch.cjs":"e86fa39b40c10d42","cli-picomatch.cjs":"ac043c17ae566d66","cli-precompiled-config.cjs":"c35a8aa7c3cf31ec","cli-re2.cjs":"2f8b4d2c58fabd43","cli-shared.cjs":"aeb76a2f7b57eb38","cli-yaml.cjs":"726ab1dd1b21c62c"};

/**
 * Where the CLI keeps V8's cached data (src/cli-loader.ts), by node's own
 * conventions: `NODE_COMPILE_CACHE` if set, else the user's cache folder
 * (`XDG_CACHE_HOME` or ~/.cache, ~/Library/Caches on macOS, `LOCALAPPDATA`
 * on Windows), in `support-table-lint/`. Undefined with
 * `NODE_DISABLE_COMPILE_CACHE` set, or when there is no home folder. Relative
 * paths are ignored, as the XDG specification asks.
 */
function cacheFolder(env, platform, home) {
    if (env.NODE_DISABLE_COMPILE_CACHE)
        return undefined;
    const absolute = (path) => (path && isAbsolute(path) ? path : undefined);
    try {
        const base = absolute(env.NODE_COMPILE_CACHE) ??
            (platform === 'win32' ? absolute(env.LOCALAPPDATA) : platform === 'darwin' ? join(home(), 'Library', 'Caches') : (absolute(env.XDG_CACHE_HOME) ?? join(home(), '.cache')));
        return base && join(base, 'support-table-lint');
    }
    catch {
        return undefined; // os.homedir() throws when the user has none
    }
}

/**
 * The `support-table-lint` command (bundled to dist/cli.js): loads the CLI,
 * built as CommonJS chunks (dist/cli-*.cjs), through V8's code cache.
 *
 * Why: a run on one small file is node's own start-up plus compiling the
 * start-up chunk and each function on its first call, about two thirds of
 * what the bundle costs. Node 20 has no compile cache for ES modules
 * (`module.enableCompileCache` came with node 22), but `vm.Script` takes and
 * makes V8's cached data, which holds every function compiled so far. So the
 * chunks are CommonJS, loaded here: with the cached data of an earlier run
 * when there is one, and the data is written when the process exits, for the
 * next run (about 20 ms of a 100 ms run on this machine kind; bench/RESULTS.md).
 *
 * The cache is an optimisation that must never change a result or fail a
 * run: any problem (no home folder, a read-only disk, data V8 rejects)
 * means compiling as without it, silently. Where it lives: cacheFolder().
 * Cached data is code the process runs, so it is read only from a
 * folder and files the current user owns and no one else may write (on
 * systems with user ids), never through a symlink, and written whole
 * (a temporary file renamed into place). Each file is named after the chunk's
 * content (a hash taken at build time), its size and time, and V8's
 * version, so a changed chunk never meets old data.
 *
 * `NODE_DEBUG=support-table-lint` prints what is loaded and whether V8
 * accepted the cached data (the start-up tests read it).
 */
const debug = debuglog('support-table-lint');
const here = dirname(fileURLToPath(import.meta.url));
const nodeRequire = createRequire(import.meta.url);
const uid = process.getuid?.();
/** Ours and written by no one else: the owner is this user, and neither group nor others may write. */
const ownedAlone = (stats) => uid === undefined || (stats.uid === uid && (stats.mode & 0o022) === 0);
/** The cache folder, made if missing, when it is safe to read code from. */
function usableFolder(folder) {
    if (!folder)
        return undefined;
    try {
        mkdirSync(folder, { recursive: true, mode: 0o700 });
        const stats = lstatSync(folder);
        return stats.isDirectory() && ownedAlone(stats) ? folder : undefined;
    }
    catch {
        return undefined;
    }
}
/** Cached data from a regular file this user owns, opened without following a symlink. */
function readCache(file) {
    let fd;
    try {
        fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
        const stats = fstatSync(fd);
        return stats.isFile() && ownedAlone(stats) ? readFileSync(fd) : undefined;
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            closeSync(fd);
    }
}
/** Writes data whole (another run reads either the old file or the new one), and removes the chunk's older files. */
function writeCache(folder, file, data, chunk) {
    const temporary = join(folder, `${file}.${process.pid}.tmp`);
    try {
        writeFileSync(temporary, data, { flag: 'wx', mode: 0o600 });
        renameSync(temporary, join(folder, file));
        for (const old of readdirSync(folder))
            if (old.startsWith(`${chunk}.`) && old !== file && !old.endsWith('.tmp'))
                unlinkSync(join(folder, old));
    }
    catch {
        try {
            unlinkSync(temporary);
        }
        catch {
            // never made
        }
    }
}
const folder = usableFolder(cacheFolder(process.env, process.platform, homedir));
const toWrite = [];
const loaded = new Map();
/** A chunk of dist/, compiled with cached data when there is some, run as CommonJS with `require` below. */
function load(chunk) {
    const known = loaded.get(chunk);
    if (known)
        return known.exports;
    const path = join(here, chunk);
    const fd = openSync(path, 'r');
    let source;
    let stats;
    try {
        stats = fstatSync(fd);
        source = readFileSync(fd, 'utf8');
    }
    finally {
        closeSync(fd);
    }
    const file = `${chunk}.${CHUNKS[chunk] ?? 'unknown'}-${stats.size}-${Math.trunc(stats.mtimeMs)}-v8-${process.versions.v8}.bin`;
    const cachedData = folder && CHUNKS[chunk] ? readCache(join(folder, file)) : undefined;
    // The wrapper is on the first line, so line numbers in stack traces are the chunk's own.
    const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: path, cachedData });
    debug('load %s (cached data: %s)', chunk, cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'accepted');
    if (folder && CHUNKS[chunk] && (cachedData === undefined || script.cachedDataRejected)) {
        // At exit, the data holds every function the run compiled, not only the chunk's top level.
        toWrite.push(() => writeCache(folder, file, script.createCachedData(), chunk));
    }
    const module = { exports: {} };
    loaded.set(chunk, module);
    script.runInThisContext().call(module.exports, module.exports, requireFromChunk, module, path, here);
    return module.exports;
}
/** `require` in a chunk: another chunk (`./cli-x.cjs`) through the cache, node's built-in modules as usual. */
function requireFromChunk(id) {
    if (id.startsWith('./'))
        return load(id.slice(2));
    debug('require %s', id);
    return nodeRequire(id);
}
if (folder) {
    process.once('exit', () => {
        for (const write of toWrite)
            write();
    });
}
load('cli-main.cjs');
