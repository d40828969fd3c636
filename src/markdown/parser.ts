/**
 * micromark and its mdast converter, with the extensions this tool reads
 * markdown with. A chunk of its own in the bundles, loaded on first need
 * (read.ts, `loadParser`): the fast reader reads most small documents
 * without it, and it is about a third of the CLI's code to compile at
 * start-up.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';

/**
 * GFM tables, and GFM footnotes so that a footnote reference in a cell
 * (`Beta[^1]`, with `[^1]: ...` defined in the document) is not part of the
 * cell's value (its `raw` keeps it). Without a definition `[^1]` stays text,
 * as on GitHub. Other GFM extensions stay off: a bare URL and a gemoji
 * shortcode (`:x:`) are text.
 */
const parseOptions = {
  extensions: [gfmTable(), gfmFootnote()],
  mdastExtensions: [gfmTableFromMarkdown(), gfmFootnoteFromMarkdown()],
};

export const parseTree = (source: string): Root => fromMarkdown(source, parseOptions);
