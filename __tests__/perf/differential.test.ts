/**
 * The proof that the fast reader is exact: over every file of the shared
 * corpora, and over generated tables of every form the fast paths read
 * (forms.ts: pipe-less rows, cells with links, code, emphasis and escaped
 * pipes, trailing blanks, short and long rows), `readMarkdownFast` equals
 * the reference `readMarkdown` (one full-document parse) in every table,
 * row, cell (text, raw, links, strong, span), heading, note and suppression
 * comment (and, with a selection, in what selections.ts says it keeps); and the pre-scan never rules out a file in which the
 * full parse finds a table. Real-world files only live in ../shared (never
 * copied into the repository), so those checks skip without it; edge cases
 * and random documents are in shapes.test.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractBenchCorpus } from '../../bench/corpus.js';
import { readMarkdownFast, type ParseStats } from '../../src/markdown/fast.js';
import { mayContainTable } from '../../src/markdown/prescan.js';
import { loadParser, readMarkdown } from '../../src/markdown/read.js';
import { FORMS } from './forms.js';
import { expectSelections } from './selections.js';

// The reader loads the markdown parser on demand; these tests call it directly.
await loadParser();

const shared = resolve('..', 'shared');
const corpus = join(shared, 'corpus');
const benchArchive = join(shared, 'bench-corpus.tar.gz');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(md|markdown|txt)$/i.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Compares both readers on every file; returns the files that differ, for a readable failure. */
function differences(files: string[]): { mismatches: string[]; prescanMisses: string[]; tables: number } {
  const mismatches: string[] = [];
  const prescanMisses: string[] = [];
  let tables = 0;
  for (const file of files) {
    // A generated document is passed as its text.
    const source = file.includes('\n') ? file : readFileSync(file, 'utf8');
    const reference = readMarkdown(source);
    tables += reference.tables.length;
    if (reference.tables.length > 0 && !mayContainTable(source)) prescanMisses.push(file);
    try {
      expect(readMarkdownFast(source)).toEqual(reference);
      expectSelections(source, reference);
    } catch {
      mismatches.push(file.slice(0, 200));
    }
  }
  return { mismatches, prescanMisses, tables };
}

const describeIf = (condition: boolean, reason: string) => {
  if (!condition) console.log(`skipped: ${reason}`);
  return condition ? describe : describe.skip;
};

describe('fast reader = reference reader on generated tables of every form', () => {
  it.each(Object.entries(FORMS))('%s', (_, form) => {
    const rows = Array.from({ length: 1500 }, (_, i) => form.row(i));
    const source = form.head + [...rows, '', '## Notes', '', '- **Gate3**: why', ''].join('\n');
    const stats: ParseStats = { runs: 0, chars: 0 };
    expect(readMarkdownFast(source, { stats })).toEqual(readMarkdown(source));
    expect(readMarkdown(source).tables[0]!.rows).toHaveLength(1500);
    expect(differences([source]).mismatches).toEqual([]);
    // Read row by row: the parser sees only the notes around the table.
    expect(stats.chars).toBeLessThan(200);
  });
});

describeIf(existsSync(corpus), `${corpus} is not present`)('fast reader = reference reader on ../shared/corpus and seeds', () => {
  it('reads the same tables, rows, cells, headings and notes from every file', () => {
    const files = [...markdownFiles(corpus), ...markdownFiles(join(shared, 'seeds'))];
    const result = differences(files);
    expect(result.tables).toBeGreaterThan(0);
    expect(result.mismatches).toEqual([]);
    expect(result.prescanMisses).toEqual([]);
  });
});

describeIf(existsSync(benchArchive), `${benchArchive} is not present`)('fast reader = reference reader on the bench corpus', () => {
  // A full parse of 56 MB takes a few minutes on one core.
  it('reads the same model from all 5,358 files, and the pre-scan misses no file with a table', () => {
    const files = markdownFiles(extractBenchCorpus(benchArchive));
    expect(files.length).toBe(5358);
    const result = differences(files);
    expect(result.tables).toBeGreaterThan(1000);
    expect(result.mismatches).toEqual([]);
    expect(result.prescanMisses).toEqual([]);
  }, 900_000);
});
