/**
 * Inside GitHub Actions the runner reads every line a step prints, on both
 * streams: a line that starts with `::` is a workflow command, and so is one
 * with `##[` anywhere in it. Document text reaches every output of the CLI
 * (a cell in a finding, a file name, a line of a patch, a row of `rows`), so
 * a pull request could otherwise write annotations, mask values or stop the
 * runner reading commands, through a workflow that runs the CLI.
 *
 * Standard output is wrapped in `::stop-commands::TOKEN` … `::TOKEN::`
 * (GitHub's way to print text verbatim), with a token no document can guess,
 * so JSON, SARIF and patches keep every byte. Standard error, which the
 * runner reads on its own schedule, has every `##[` broken by a zero-width
 * space (its lines start with the tool's name, never with `::`). The `github`
 * format's findings are commands by design (their text escaped by
 * report/github.ts): it is not wrapped, and a `##[` on any other line of it
 * is broken.
 */
import { randomBytes } from 'node:crypto';
import type { CliIo } from './main.js';

const breakOldStyle = (text: string): string => (text.includes('##[') ? text.replace(/##\[/g, '#\u200b#[') : text);

/** A `::` line is read as that command alone (its `##[` is text, and a file name must stay whole); other lines are broken. */
const outsideCommands = (text: string): string =>
  text.includes('##[') ? text.split('\n').map((line) => (line.trimStart().startsWith('::') ? line : breakOldStyle(line))).join('\n') : text;

const inActions = (io: CliIo): boolean => io.env['GITHUB_ACTIONS'] === 'true';

/** Standard error, guarded from the first word (a usage error may quote an argument). */
export const guardStderr = (io: CliIo): CliIo => (inActions(io) ? { ...io, stderr: { write: (text: string) => io.stderr.write(breakOldStyle(text)) } } : io);

/** `io` with standard error guarded (guardStderr), and standard output as `format` needs; `end` closes the verbatim block. */
export function guardWorkflowCommands(io: CliIo, format: string): { io: CliIo; end(): void } {
  if (!inActions(io)) return { io, end() {} };
  const { stdout } = io;
  const { stderr } = guardStderr(io);
  const streamed = (write: (text: string) => unknown): CliIo['stdout'] => ({
    write,
    ...(stdout.isTTY !== undefined ? { isTTY: stdout.isTTY } : {}),
    ...(stdout.once ? { once: stdout.once.bind(stdout) } : {}),
    ...(stdout.removeListener ? { removeListener: stdout.removeListener.bind(stdout) } : {}),
  });
  if (format === 'github') return { io: { ...io, stderr, stdout: streamed((text) => stdout.write(outsideCommands(text))) }, end() {} };
  const token = randomBytes(16).toString('hex');
  stdout.write(`::stop-commands::${token}\n`);
  return { io: { ...io, stderr }, end: () => void stdout.write(`::${token}::\n`) };
}
