/**
 * `init`, round trip, on every document of ../shared/corpus that has a
 * table: the config and schemas it writes load, and linting the same
 * document with them gives no error but on the lines it listed as likely
 * mistakes. A copy with one value misspelt is caught.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { loadConfig } from '../../src/config/load.js';
import { lintText } from '../../src/engine/pipeline.js';
import { ENUM_MAX_VALUES, inferPlan } from '../../src/init/infer.js';
import { renderInit } from '../../src/init/render.js';
import { readTextInside } from '../../src/io/disk.js';
import { loadParser, readMarkdown } from '../../src/markdown/read.js';

// The reader loads the markdown parser on demand; these tests call it directly.
await loadParser();

const corpus = resolve('..', 'shared', 'corpus');
const files = existsSync(corpus)
  ? readdirSync(corpus, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.md') && entry.name !== 'MANIFEST.md')
      .map((entry) => join(entry.parentPath, entry.name))
      .sort()
  : [];
if (files.length === 0) console.warn(`init round trip skipped: ${corpus} is not there`);

/** init on `source` as docs/doc.md in a fresh folder; then the config loaded from what it wrote. */
async function initIn(source: string) {
  const dir = mkdtempSync(join(tmpdir(), 'stl-init-'));
  const plan = inferPlan([{ file: 'docs/doc.md', source }]);
  for (const file of renderInit(plan, '.github/support-table-lint.yml')) {
    await mkdir(dirname(join(dir, file.path)), { recursive: true });
    await writeFile(join(dir, file.path), file.text);
  }
  const config = await loadConfig({ file: '.github/support-table-lint.yml', read: (path) => readTextInside(path, dir, 1 << 24) });
  rmSync(dir, { recursive: true, force: true });
  return { plan, config };
}

const withTables = files.filter((file) => readMarkdown(readFileSync(file, 'utf8')).tables.length > 0);

(withTables.length > 0 ? describe : describe.skip)('init round trip on ../shared/corpus', () => {
  it.each(withTables.map((file) => [file.slice(corpus.length + 1), file]))('%s', async (_name, file) => {
    const source = readFileSync(file, 'utf8');
    const { plan, config } = await initIn(source);
    const result = await lintText('docs/doc.md', source, config);
    expect(result.tablesChecked).toBe(readMarkdown(source).tables.length);
    const listed = new Set(plan.mistakes.map((mistake) => mistake.line));
    const unlisted = result.violations.filter((v) => v.severity === 'error' && !listed.has(v.line)).map((v) => `${v.line}:${v.column} ${v.rule} ${v.message}`);
    expect(unlisted).toEqual([]);
  });
});

(withTables.length > 0 ? describe : describe.skip)('init catches what it was written to catch', () => {
  it('a status misspelt in a copy of the Kata page is an error; the spelling init saw is not', async () => {
    const kata = withTables.find((file) => file.includes('unknown-idx57895363708'))!;
    const source = readFileSync(kata, 'utf8');
    const { config } = await initIn(source);
    const line = source.split('\n').findIndex((text) => /\| Supported \|/.test(text));
    const mutated = source.split('\n').map((text, i) => (i === line ? text.replace('| Supported |', '| Suported |') : text)).join('\n');
    const errors = (await lintText('docs/doc.md', mutated, config)).violations.filter((v) => v.severity === 'error');
    expect(errors.map((v) => [v.line, v.rule, v.suggestion])).toEqual([[line + 1, 'allowed-values', 'Supported']]);
  });

  it('the legend gives the allowed values, and near-duplicates are one value', () => {
    const source = [
      '## Status Definitions',
      '',
      ' **SUPPORTED**: works',
      ' **PENDING**: not yet',
      '',
      '## Gates',
      '',
      '| Gate | Status | Level |',
      '| - | - | - |',
      ...['a', 'b', 'c', 'd', 'e', 'f'].map((key, i) => `| ${key} | ${['SUPPORTED', 'PENDING', 'supported', 'SUPPORTED', 'PENDING', 'SUPPORTED'][i]} | ${['Beta', 'GA', 'beta', 'Beta', 'GA?', 'GA'][i]} |`),
      '',
    ].join('\n');
    const plan = inferPlan([{ file: 'd.md', source }]);
    const [shape] = plan.shapes;
    expect(shape!.columns.map((c) => [c.name, c.enum])).toEqual([
      ['Gate', undefined],
      ['Status', ['SUPPORTED', 'PENDING']],
      ['Level', ['Beta', 'GA']],
    ]);
    expect(shape).toMatchObject({ key: 'Gate', unique: true, order: 'table', legend: { heading: 'Status Definitions', column: 'Status' } });
    expect(plan.mistakes.map((m) => `${m.line} ${m.column} ${m.value} -> ${m.canonical}: ${m.why}`)).toEqual([
      '12 Status supported -> SUPPORTED: the legend under "Status Definitions" spells it "SUPPORTED"',
      '12 Level beta -> Beta: the other rows spell it "Beta"',
      '14 Level GA? -> GA: the other rows spell it "GA"',
    ]);
    expect(ENUM_MAX_VALUES).toBe(12);
  });
});
