/**
 * Text from a pull request (file names, cell values, messages that quote
 * them) placed into GitHub-flavoured markdown: the Action's job summary,
 * check-run output and review comments. Hostile text is normal here: a file
 * name or a cell must not be able to create a link, an image, a mention, an
 * HTML element, or break the table row it sits in.
 */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  // A mention notifies people (`@org/team` in a Maintainers cell); an issue reference links.
  '@': '&#64;',
  '#': '&#35;',
};

/**
 * `text` as literal inline markdown, on one line: HTML is written as
 * entities, markdown punctuation is backslash-escaped, bare URLs do not
 * autolink, and line breaks (CR, LF, CRLF and the Unicode ones) become
 * `<br>`, the only line break a table cell can hold. Other control
 * characters become U+FFFD.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/[&<>@#]/g, (c) => ENTITIES[c]!)
      // `$` too: GitHub renders `$…$` and `$$…$$` as math.
      .replace(/[\\`*_[\]()|~!{}$]/g, (c) => `\\${c}`)
      // GFM autolinks `https://…` and `www.…` even without brackets.
      .replace(/:\/\//g, '&#58;//')
      .replace(/www\./gi, (w) => `${w.slice(0, 3)}&#46;`)
      .replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, '<br>')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd')
      // Bidirectional overrides and isolates would make the text show other than it is.
      .replace(/[\u202a-\u202e\u2066-\u2069]/g, (c) => `&lt;U+${c.charCodeAt(0).toString(16).toUpperCase()}&gt;`)
      // A list marker or a setext underline at the start of a line. A backslash escapes punctuation
      // only: `1.` becomes `1\.` (a `\1` would show its backslash).
      .replace(/^[-+=]/, '\\$&')
      .replace(/^(\d+)([.)])/, '$1\\$2')
  );
}

/** A repository path as a URL path: every segment percent-encoded, parentheses and quotes included (they end a markdown link). */
export const encodePath = (path: string): string =>
  path
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');

/** A fence for a code block holding `text`: backticks, one more than the longest run in it (at least three). */
export function fenceFor(text: string): string {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return '`'.repeat(Math.max(3, longest + 1));
}

/**
 * Text inside `<code>…</code>`, on one line. Markdown between inline HTML
 * tags is still markdown (a header cell `[Sign in](https://evil.example)`
 * would become a live link), so every character markdown or GFM's autolinks
 * act on is written as a numeric entity, which renders as itself.
 */
export const markdownCode = (text: string): string =>
  text
    // `$` too: GitHub renders `$…$` as math, inside inline HTML as well.
    .replace(/[&<>|[\]()*_~`\\!@#{}:$]/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/www\./gi, (w) => `${w.slice(0, 3)}&#46;`)
    .replace(/\r\n|\r|\n/g, ' ');
