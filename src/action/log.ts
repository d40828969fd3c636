/**
 * Log lines with text from a pull request in them. The runner reads a line
 * that starts with `::` as a workflow command (after trimming spaces) and a
 * `##[` anywhere in a line as an old-style one, so a file named
 * `::error::x.md` or a cell holding `##[warning]` could otherwise write
 * annotations or set things. Every such line starts with our name, and
 * `%`, CR, LF and `##[` are escaped.
 */
import { escapeData } from '../report/github.js';

export const logLine = (text: string): string => `support-table-lint: ${escapeData(text).replace(/##\[/g, '#%23[')}`;
