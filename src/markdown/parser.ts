/**
 * micromark and its mdast converter, with the extensions this tool reads
 * markdown with. A chunk of its own in the bundles, loaded on first need
 * (read.ts, `loadParser`): the fast reader reads most small documents
 * without it, and it is about a third of the CLI's code to compile at
 * start-up.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';

/** The HTML entity table, which the fast reader takes from here (inline.ts, `useEntities`). */
export { decodeNamedCharacterReference } from 'decode-named-character-reference';

/**
 * GFM tables, and GFM footnotes so that a footnote reference in a cell
 * (`Beta[^1]`, with `[^1]: ...` defined in the document) is not part of the
 * cell's value (its `raw` keeps it). Without a definition `[^1]` stays text,
 * as on GitHub. Other GFM extensions stay off: a bare URL and a gemoji
 * shortcode (`:x:`) are text.
 */
const fragmentOptions = {
  extensions: [gfmTable(), gfmFootnote()],
  mdastExtensions: [gfmTableFromMarkdown(), gfmFootnoteFromMarkdown()],
};

/**
 * A whole document may also open with YAML front matter (`---` on its first
 * line, up to the next `---` line), which GitHub shows as metadata, not as
 * markdown: without this its closing `---` would make its last line a
 * setext heading above every table of the page.
 */
const documentOptions = {
  extensions: [frontmatter('yaml'), ...fragmentOptions.extensions],
  mdastExtensions: [frontmatterFromMarkdown('yaml'), ...fragmentOptions.mdastExtensions],
};

/**
 * A whole document, from its first character, that opens with closed front
 * matter (`frontMatterEnd` in blocks.ts says so; the caller asks it, and
 * this chunk stays free of the reader's modules). Only then is the extension
 * on: when micromark tries front matter and fails at the end of the file (a
 * `---` first line that is a thematic break), the lines it tried are left
 * without their containers, so every list and block quote below reads as
 * paragraph text, where GitHub and the parse without it read lists.
 */
export const parseWithFrontMatter = (source: string): Root => fromMarkdown(markKept(source), documentOptions);

/**
 * micromark skips a byte-order mark at the start of what it parses and
 * counts offsets past it. A file's own mark is gone by the time text is
 * parsed (io/utf8.ts), so one here is text: a second mark, or the first
 * character of a piece the fast reader parses alone. It is parsed as U+2060
 * (WORD JOINER, the invisible character U+FEFF stands for inside text), of
 * the same length, so that offsets stay those of the source, and the text
 * reads as GitHub reads it (cmark-gfm skips only the file's first mark).
 */
const markKept = (source: string): string => (source.charCodeAt(0) === 0xfeff ? `\u2060${source.slice(1)}` : source);

/**
 * A piece of a document that does not start it (the fast reader's chunks, a
 * legend's section): its first line is not the document's, so a `---` there
 * is a thematic break or a setext underline, never front matter.
 */
export const parseFragment = (source: string): Root => fromMarkdown(markKept(source), fragmentOptions);
