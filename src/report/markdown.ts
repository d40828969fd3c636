/**
 * Text from a document, a file name or a message, made inert inside GitHub
 * markdown (a job summary, a check run's output, a review comment): it can
 * neither start a link, an image or emphasis, nor end a table cell, nor
 * carry HTML, nor break a line. Every ASCII punctuation character markdown
 * gives a meaning is backslash-escaped (CommonMark: a backslash before any
 * ASCII punctuation is a literal), `<`, `>` and `&` become entities, and
 * line breaks (CR, LF, CRLF) become `<br>`.
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|~^$:"']/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r\n|\r|\n/g, '<br>');
}

/** Text inside `<code>…</code>` (no backslash escapes there): entities and `|` only. */
export const markdownCode = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;').replace(/\r\n|\r|\n/g, ' ');
