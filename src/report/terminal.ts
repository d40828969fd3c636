/**
 * Text from a document or a file name, made safe for a terminal: control
 * characters (an escape sequence in a cell could recolour or rewrite the
 * screen) are shown as their Unicode control pictures (`␛`), tabs kept.
 */
export const terminalSafe = (s: string): string =>
  // eslint-disable-next-line no-control-regex
  s.replace(/[\u0000-\u0008\u000a-\u001f\u007f\u0080-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    // A bidirectional override shows as U+FFFD: one character for one, so a snippet's marker stays under its cell.
    if (code >= 0x202a) return '\ufffd';
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : `\\u{${code.toString(16)}}`;
  });

/**
 * A line of output that begins (after blanks) with `::` or `##[` is a
 * workflow command when the CLI runs in GitHub Actions: a file named
 * `::error file=x::Forged.md`, or a pipe-less row that starts so, would
 * forge annotations. A zero-width space after the first character keeps the
 * text readable and the runner deaf to it.
 */
export const commandSafe = (line: string): string => line.replace(/^(\s*(?::(?=:)|#(?=#\[)))/, '$1\u200b');

/** Output lines made of text from documents and file names: each field shown safely, and no line a workflow command. */
export const safeLines = (text: string): string => text.split('\n').map(commandSafe).join('\n');
