/**
 * Inside GitHub Actions the runner reads every line a step prints, on both
 * streams: a line that starts with `::` is a workflow command, and so is one
 * with `##[` anywhere in it. Document text reaches every output of the CLI
 * (a cell in a finding, a file name, a line of a patch, a row of `rows`), so
 * a pull request could otherwise write annotations, mask values or stop the
 * runner reading commands, through a workflow that runs the CLI.
 *
 * Each output is guarded in its own terms, so that what a program reads from
 * it (`> report.json`, `| jq`, `| git apply`) is unchanged:
 * - JSON (json, sarif, `rows`, `diff -f json`): `##[` is written `#\u0023[`,
 *   the same string to a JSON reader; no JSON line starts with `::`.
 * - Text (stylish, `diff`, markdown) and the `github` format's other lines:
 *   every `##[` is broken by a zero-width space (the formatters already
 *   guard a line's start); a `github` annotation line is its command alone.
 * - A patch (`-f diff` with a fix option), whose lines cannot change: it is
 *   printed between `::stop-commands::TOKEN` and `::TOKEN::` (GitHub's way
 *   to print text verbatim; `git apply` skips both lines), the token random.
 * - Standard error: every `##[` broken (its lines start with the tool's name).
 * Standard output to a regular file (`> report.json`) is no runner's to read
 * and is left alone.
 */
import type { CliIo } from './main.js';

const breakOldStyle = (text: string): string => (text.includes('##[') ? text.replace(/##\[/g, '#\u200b#[') : text);

/** A `::` line is read as that command alone (its `##[` is text, and a file name must stay whole); other lines are broken. */
const outsideCommands = (text: string): string =>
  text.includes('##[') ? text.split('\n').map((line) => (line.trimStart().startsWith('::') ? line : breakOldStyle(line))).join('\n') : text;

const jsonSafe = (text: string): string => (text.includes('##[') ? text.replace(/##\[/g, '#\\u0023[') : text);

const inActions = (io: CliIo): boolean => io.env['GITHUB_ACTIONS'] === 'true';

/** Standard error, guarded from the first word (a usage error may quote an argument). */
export const guardStderr = (io: CliIo): CliIo => (inActions(io) ? { ...io, stderr: { write: (text: string) => io.stderr.write(breakOldStyle(text)) } } : io);

export type OutputKind = 'json' | 'text' | 'github' | 'patch';

/** `io` with standard error guarded (guardStderr), and standard output as its kind needs; `end` finishes it. */
export function guardWorkflowCommands(io: CliIo, kind: OutputKind): { io: CliIo; end(): void } {
  if (!inActions(io)) return { io, end() {} };
  const guarded = guardStderr(io);
  const { stdout } = io;
  if (stdout.isFile === true) return { io: guarded, end() {} };
  if (kind === 'patch') {
    // Web Crypto's global, read only here: importing node:crypto costs every run's start-up ~10 ms.
    const token = Array.from(globalThis.crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
    stdout.write(`::stop-commands::${token}\n`);
    return { io: guarded, end: () => void stdout.write(`::${token}::\n`) };
  }
  const transform = kind === 'json' ? jsonSafe : kind === 'github' ? outsideCommands : breakOldStyle;
  // A report is written in pieces, which may cut a `##[`: a piece's last `#`s wait for the next.
  let held = '';
  const write = (text: string): unknown => {
    const all = held + text;
    const cut = all.endsWith('##') ? 2 : all.endsWith('#') ? 1 : 0;
    held = all.slice(all.length - cut);
    const ready = all.slice(0, all.length - cut);
    return ready === '' ? true : stdout.write(transform(ready));
  };
  return {
    io: {
      ...guarded,
      stdout: {
        write,
        ...(stdout.isTTY !== undefined ? { isTTY: stdout.isTTY } : {}),
        ...(stdout.once ? { once: stdout.once.bind(stdout) } : {}),
        ...(stdout.removeListener ? { removeListener: stdout.removeListener.bind(stdout) } : {}),
        get destroyed() {
          return stdout.destroyed;
        },
      },
    },
    end: () => {
      if (held !== '') stdout.write(transform(held));
      held = '';
    },
  };
}
