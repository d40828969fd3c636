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
import { DEFAULT_INIT_CONFIG, init } from '../../src/cli/init.js';
import { ENUM_MAX_VALUES, groupValues, inferPlan, MAX_INIT_COLUMNS, MAX_INIT_SHAPES, MAX_LEGEND_SECTIONS } from '../../src/init/infer.js';
import { planInit } from '../../src/init/plan.js';
import { MAX_LISTED_MISTAKES, renderInit } from '../../src/init/render.js';
import { readTextInside } from '../../src/io/disk.js';
import { loadParser, readMarkdown } from '../../src/markdown/read.js';

// The reader loads the markdown parser on demand; these tests call it directly.
await loadParser();

const presets = () => loadConfig({ file: null, read: async () => undefined });
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
  const plan = await planInit([{ file: 'docs/doc.md', source }], await presets());
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
    // The page keeps its preset (kata-support-levels), whose findings on the page as it is init listed; the misspelling is new.
    const before = (await lintText('docs/doc.md', source, config)).violations.filter((v) => v.line === line + 1);
    expect(before.filter((v) => v.severity === 'error')).toEqual([]);
    const errors = (await lintText('docs/doc.md', mutated, config)).violations.filter((v) => v.severity === 'error' && v.line === line + 1);
    expect(errors.map((v) => [v.line, v.rule, v.suggestion])).toContainEqual([line + 1, 'allowed-values', 'Supported']);
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
    expect(shape).toMatchObject({ key: 'Gate', unique: true, order: { scope: 'table', compare: 'text', direction: 'asc' }, legend: { heading: 'Status Definitions', column: 'Status' } });
    expect(plan.mistakes.map((m) => `${m.line} ${m.column} ${m.value} -> ${m.canonical}: ${m.why}`)).toEqual([
      '12 Status supported -> SUPPORTED: the legend under "Status Definitions" spells it "SUPPORTED"',
      '12 Level beta -> Beta: the other rows spell it "Beta"',
      '14 Level GA? -> GA: the other rows spell it "GA"',
    ]);
    expect(ENUM_MAX_VALUES).toBe(12);
  });

  it(`a table wider than ${MAX_INIT_COLUMNS} columns gets no schema; one as wide as that does, its repeated name found`, () => {
    const wide = (count: number, repeatAt?: number) => {
      const names = Array.from({ length: count }, (_, i) => (i === repeatAt ? 'c1' : `c${i}`));
      return [`| ${names.join(' | ')} |`, `|${names.map(() => '---').join('|')}|`, `| ${names.map((_, i) => `v${i}`).join(' | ')} |`, ''].join('\n');
    };
    const tooWide = inferPlan([{ file: 'w.md', source: wide(MAX_INIT_COLUMNS + 1) }]);
    expect(tooWide.shapes).toEqual([]);
    expect(tooWide.tooWide).toEqual([{ file: 'w.md', line: 1, columns: MAX_INIT_COLUMNS + 1 }]);
    const widest = inferPlan([{ file: 'w.md', source: wide(MAX_INIT_COLUMNS, 999) }]);
    expect(widest.tooWide).toEqual([]);
    expect(widest.shapes[0]!.columns).toHaveLength(MAX_INIT_COLUMNS - 1);
    expect(widest.mistakes.map((m) => m.why)).toEqual(['column 1000 is named "c1" like column 2: its cells cannot be checked; rename one of the two columns']);
  });

  it('a value written once, a letter away from one used again and again, is a typo of it, not a value to allow', () => {
    const statuses = ['Supported', 'Supported', 'EOL', 'Supportd', 'EOL', 'Planned', 'Supported', 'Planned'];
    const source = ['| Release | Status |', '| - | - |', ...statuses.map((status, i) => `| r${i} | ${status} |`), ''].join('\n');
    const plan = inferPlan([{ file: 'd.md', source }]);
    expect(plan.shapes[0]!.columns[1]!.enum).toEqual(['Supported', 'EOL', 'Planned']);
    expect(plan.mistakes.map((m) => `${m.line} ${m.value} -> ${m.canonical}`)).toEqual(['6 Supportd -> Supported']);
  });

  it('a value another column writes is a word of the table, not a typo of one a letter away (ulimit: Bytes beside Kbytes)', () => {
    const rows = [['core', 'Kbytes', 'Blocks'], ['data', 'Kbytes', 'Bytes'], ['stack', 'Kbytes', 'Bytes'], ['queue', 'Bytes', 'Bytes'], ['locked', 'Kbytes', 'Bytes'], ['rss', 'Kbytes', 'Bytes']];
    const source = ['| Limit | Shell | Kernel |', '| - | - | - |', ...rows.map((cells) => `| ${cells.join(' | ')} |`), ''].join('\n');
    const plan = inferPlan([{ file: 'd.md', source }]);
    expect(plan.shapes[0]!.columns[1]!.enum).toEqual(['Kbytes', 'Bytes']);
    expect(plan.mistakes).toEqual([]);
  });

  it("a schema's file name is cut between words", () => {
    const plan = inferPlan([{ file: 'd.md', source: '| Component | Architecture | Description | Support levels | Maintainers |\n| - | - | - | - | - |\n| a | b | c | d | e |\n' }]);
    expect(renderInit(plan, '.github/support-table-lint.yml').map((file) => file.path)).toEqual([
      '.github/support-table-lint.yml',
      '.github/component-architecture-description-support-levels.schema.yaml',
    ]);
  });

  it("a schema's file name drops accents and keeps the words of other scripts", () => {
    const source = (header: string) => `| ${header} |\n| - | - |\n| a | b |\n`;
    const plan = inferPlan([
      { file: 'es.md', source: source('Patrón de implementación | Estabilidad') },
      { file: 'ja.md', source: source('コンポーネント | 安定性') },
    ]);
    expect(renderInit(plan, '.github/support-table-lint.yml').map((file) => file.path).slice(1)).toEqual([
      '.github/patron-de-implementacion-estabilidad.schema.yaml',
      '.github/コンポーネント-安定性.schema.yaml',
    ]);
  });

  it('a row with a cell missing is listed, and teaches nothing: its shifted value is no allowed value, its empty cell no reason to allow empty', () => {
    const rows = ['| runtime | core | Main. |', '| agent | core | In the VM. |', '| kernel | kernel | Guest. |', '| www | Source for the website. |', '| ctl | utility | Debug. |', '| ci | core | CI. |', '| shim | utility | Shim. |'];
    const plan = inferPlan([{ file: 'd.md', source: ['| Component | Type | Description |', '|-|-|-|', ...rows, ''].join('\n') }]);
    expect(plan.shapes[0]!.columns[1]!.enum).toEqual(['core', 'kernel', 'utility']);
    expect(plan.mistakes.map((m) => `${m.line} ${m.why}`)).toEqual(['6 the row has 2 cells, the header 3']);
    const schema = renderInit(plan, '.github/support-table-lint.yml')[1]!.text;
    expect(schema).toMatch(/"Description":\n\s+type: string\n\s+minLength: 1/);
  });

  it('a key repeated by one pasted row turns uniqueness off, and says which row did it', () => {
    const table = (...keys: string[]) => ['| Platform | Status |', '| --- | --- |', ...keys.map((key) => `| ${key} | Supported |`), ''].join('\n');
    const plan = inferPlan([
      { file: 'a.md', source: table('linux/amd64', 'linux/arm64', 'linux/s390x', 'windows/amd64') },
      { file: 'b.md', source: table('linux/riscv64', 'linux/riscv64', 'freebsd/amd64') },
    ]);
    expect(plan.shapes[0]).toMatchObject({ unique: false, repeats: [{ file: 'b.md', line: 4, value: 'linux/riscv64', first: 3 }] });
    expect(renderInit(plan, '.github/support-table-lint.yml')[1]!.text).toContain('# Platform would, but for b.md:4 (linux/riscv64): if that repeat is a slip, remove it and write unique: { scope: table }.');
    // A column that repeats all over is no key that a slip spoiled: nothing to say.
    const statuses = inferPlan([{ file: 'c.md', source: table('a', 'a', 'b', 'b', 'c', 'c', 'd', 'd') }]);
    expect(statuses.shapes[0]!.repeats).toBeUndefined();
  });

  it('a prose list that spells none of the values as the table writes them is no legend of them: the table\'s spelling stands', () => {
    const rows = ['io_stat | `GAUGE`', 'proc_stat | `GAUGE`', 'cpu_total | `COUNTER`', 'max_fds | `GAUGE`', 'scrapes | `COUNTER`'].map((row) => `| ${row} |`);
    const source = ['### Metric types', '', '- Counter: a cumulative metric.', '', '- Gauge: a value that goes up and down.', '', '### Metrics', '', '| Metric | Type |', '|---|---|', ...rows, ''].join('\n');
    const plan = inferPlan([{ file: 'd.md', source }]);
    expect(plan.shapes[0]!.columns[1]!.enum).toEqual(['GAUGE', 'COUNTER']);
    expect(plan.shapes[0]!.legend).toBeUndefined();
    expect(plan.mistakes).toEqual([]);
  });

  it('GitHub emoji shortcodes are marks: a matrix of :heavy_check_mark: and empty cells gets its choice of two', () => {
    const source = ['| Arch | Alpine | Debian |', '|--|--|--|', '| arm64 | :heavy_check_mark: | |', '| s390x | | :heavy_check_mark: |', '| x86_64 | :heavy_check_mark: | :heavy_check_mark: |', ''].join('\n');
    const plan = inferPlan([{ file: 'd.md', source }]);
    expect(plan.shapes[0]!.columns.slice(1).map((column) => column.enum)).toEqual([
      [':heavy_check_mark:', ''],
      [':heavy_check_mark:', ''],
    ]);
  });

  it('a zero-width space or a look-alike letter in a header is listed, as the run will report it', () => {
    const plan = inferPlan([{ file: 'd.md', source: '| Na\u200bme | St\u0430tus |\n| - | - |\n| a | b |\n' }]);
    expect(plan.mistakes.map((m) => `${m.line} ${m.why}`)).toEqual([
      '1 Header cell "Name" holds 1 invisible character (U+200B): delete it; the column is read as "Name".',
      '1 Header cell "Status" holds 1 letter of another script that looks like Latin (\u0430 U+0430): type it as Latin letters; the column is read as "Status".',
    ]);
  });

  it("team links whose text is the team's name alone agree with their URL; one that names another team is the mistake", () => {
    const team = (lang: string, slug = lang) => `| ${lang} | [sig-docs-${lang}-owners](https://github.com/orgs/kubernetes/teams/sig-docs-${slug}-owners) |`;
    const source = ['| Language | Owners |', '| - | - |', team('de'), team('fr'), team('ja'), team('ko', 'ja'), team('zh'), ''].join('\n');
    const plan = inferPlan([{ file: 'd.md', source }]);
    expect(plan.shapes[0]!.columns[1]!.link).toMatchObject({ kind: 'team-name' });
    expect(plan.mistakes.map((m) => `${m.line} ${m.why}`)).toEqual(['6 the link text and URL name different things']);
  });

  it('a link form most links break is the page\'s way of writing them, not a rule: none is written', () => {
    const user = (name: string) => `| ${name} | [${name}](https://github.com/orgs/acme/teams/t-${name}) |`;
    const plan = inferPlan([{ file: 'd.md', source: ['| Name | Owners |', '| - | - |', user('alice'), user('bob'), user('carol'), ''].join('\n') }]);
    expect(plan.shapes[0]!.columns[1]!.link).toBeUndefined();
    expect(plan.mistakes).toEqual([]);
    // One link alone that disagrees shows no way of writing: it is the mistake.
    const one = inferPlan([{ file: 'd.md', source: ['| Name | Owners |', '| - | - |', '| a | [@acme/x](https://github.com/orgs/acme/teams/y) |', ''].join('\n') }]);
    expect(one.shapes[0]!.columns[1]!.link).toMatchObject({ kind: 'team' });
    expect(one.mistakes.map((m) => m.why)).toEqual(['the link text and URL name different things']);
  });
});

describe('init reads real tables as they are', () => {
  const table = (header: string, ...rows: string[]) => [header, header.replace(/[^|]+/g, ' --- '), ...rows].join('\n');
  const plan = (...parts: string[]) => inferPlan([{ file: 'd.md', source: parts.join('\n\n') + '\n' }]);

  it('numbers are ordered as numbers, and versions falling as versions', () => {
    const weeks = plan(table('| Week | Release |', '| 2 | 1.30 |', '| 14 | 1.31 |', '| 16 | 1.32 |', '| 27 | 1.33 |'));
    expect(weeks.shapes[0]!.order).toEqual({ scope: 'table', compare: 'natural', direction: 'asc' });
    expect(weeks.mistakes).toEqual([]);
    const releases = plan(table('| Version | Supported |', '| v1.14.5 | yes |', '| v1.14.3 | yes |', '| v1.13.10 | no |', '| v1.13.9 | no |', '| v1.9.2 | no |'));
    expect(releases.shapes[0]!.order).toMatchObject({ scope: 'table', direction: 'desc' });
    expect(releases.mistakes).toEqual([]);
    // 1.5 … 2.0 is in text order too; as text, the next release 2.10 would be out of order.
    const rising = plan(table('| Release | Status |', '| 1.5 | EOL |', '| 1.6 | EOL |', '| 1.7 | EOL |', '| 1.8 | EOL |', '| 1.9 | Active |', '| 2.0 | Active |'));
    expect(rising.shapes[0]!.order).toEqual({ scope: 'table', compare: 'natural', direction: 'asc' });
  });

  it('tables with the same columns in another order keep their own keys: no false repeats', () => {
    const result = plan(
      table('| Kubernetes | containerd | CRI |', '| 1.10 | 1.1 | v1alpha2 |', '| 1.11 | 1.1 | v1alpha2 |', '| 1.12 | 1.2 | v1alpha2 |'),
      table('| containerd | Kubernetes | CRI |', '| 1.1 | 1.10+ | v1alpha2 |', '| 1.2 | 1.10+ | v1alpha2 |', '| 1.3 | 1.12+ | v1alpha2 |'),
    );
    expect(result.shapes).toHaveLength(1);
    expect(result.shapes[0]).toMatchObject({ ownKeys: true, unique: true });
    expect(result.mistakes).toEqual([]);
  });

  it('a table sorted by character codes (capitals first, as Kubernetes sorts) is ascii order, and its mistakes are the rows the rule will report', () => {
    const gates = plan(table('| Feature | Default |', '| APIListChunking | true |', '| APIServerTracing | true |', '| AllAlpha | false |', '| AnyVolumeDataSource | true |', '| CSIMigration | true |', '| CloudDualStackNodeIPs | true |', '| DevicePlugins | true |'));
    expect(gates.shapes[0]!.order).toEqual({ scope: 'table', compare: 'ascii', direction: 'asc' });
    expect(gates.mistakes).toEqual([]);
    const slipped = plan(table('| Release | State |', '| 0.1 | EOL |', '| 2.4 | Next |', '| 0.2 | EOL |', '| 1.0 | EOL |', '| 1.6 | EOL |', '| 1.7 | LTS |', '| 2.0 | Active |', '| 2.1 | Active |', '| 2.2 | Active |', '| 2.3 | Active |', '| 2.5 | Next |'));
    expect(slipped.mistakes.map((m) => m.value)).toEqual(['2.4']);
  });

  it('tables of one shape that lead with different columns, each a key in its own table, are keyed by them', () => {
    const result = plan(
      table('| Kubernetes | containerd | CRI |', '| 1.32 | 2.1.0+ | v1 |', '| 1.33 | 2.1.0+ | v1 |', '| 1.34 | 2.1.3+ | v1 |', '| 1.35 | 2.2.0+ | v1 |'),
      table('| containerd | Kubernetes | CRI |', '| v1.0 | 1.7 | v1alpha1 |', '| v1.1 | 1.10+ | v1alpha2 |', '| v1.2 | 1.10+ | v1alpha2 |', '| v1.3 | 1.12+ | v1alpha2 |'),
    );
    expect(result.shapes[0]).toMatchObject({ ownKeys: true, unique: true });
  });

  it('one value, lists and versions are no vocabulary: no enum', () => {
    const result = plan(
      table('| Component | Initial | Owners | State |', '| a | containerd v1.7 | @x, @y | Active |', '| b | containerd v1.7 | @z | Active |', '| c | containerd v1.8 | @x, @y | EOL |', '| d | containerd v1.8 | @z | EOL |'),
      table('| Name | Tier |', '| a | One |', '| b | One |', '| c | One |', '| d | One |'),
    );
    expect(result.shapes[0]!.columns.map((column) => [column.name, column.enum])).toEqual([
      ['Component', undefined],
      ['Initial', undefined],
      ['Owners', undefined],
      ['State', ['Active', 'EOL']],
    ]);
    expect(result.shapes[1]!.columns[1]!.enum).toBeUndefined();
  });

  it('the same key in two tables of a page is no repeat; prose is no enum', () => {
    const pattern = (...rows: string[]) => table('| Pattern | Usable |', ...rows);
    const prose = 'Yes, but it will only collect logs from the node it runs on';
    const result = plan(pattern('| Sidecar | No |', '| Agent | Yes |', '| Gateway | Yes |'), pattern('| Sidecar | Yes |', '| Agent | ' + prose + ' |', '| Gateway | No |'));
    expect(result.shapes[0]).toMatchObject({ unique: true });
    expect(result.shapes[0]!.columns[1]!.enum).toBeUndefined();
    expect(result.mistakes).toEqual([]);
  });

  it('a column of remarks each written once, and empty cells, is free text: the empty cells are no uses of a value', async () => {
    const rows = [['Debian', 'Stable', ''], ['Fedora', 'Stable', 'Needs the testing repo'], ['Alpine', 'Beta', 'musl builds only'], ['Arch', 'Beta', ''], ['Gentoo', 'Alpha', ''], ['NixOS', 'Alpha', 'Maintained by the community']];
    const source = table('| Distro | Support | Remarks |', ...rows.map((cells) => `| ${cells.join(' | ')} |`)) + '\n';
    const result = plan(source);
    expect(result.shapes[0]!.columns.map((column) => [column.name, column.enum])).toEqual([
      ['Distro', undefined],
      ['Support', ['Stable', 'Beta', 'Alpha']],
      ['Remarks', undefined],
    ]);
    // A new remark, or one reworded, is no error.
    const { config } = await initIn(source);
    const edited = source.replace('musl builds only', 'musl and glibc builds') + '| Void | Alpha | Runit only |\n';
    expect((await lintText('docs/doc.md', edited, config)).violations.filter((v) => v.severity === 'error')).toEqual([]);
  });

  it('a column of versions that repeat is no key: two gates that arrived in one release are no duplicate; the first column with its stage is the key', async () => {
    const gates = [
      ['`AlphaWidgets`', '`false`', 'Alpha', '1.20', '1.22'],
      ['`AlphaWidgets`', '`true`', 'Beta', '1.23', ''],
      ['`BetaGadgets`', '`false`', 'Alpha', '1.23', ''],
      ['`ColdStorage`', '`true`', 'Beta', '1.23', ''],
      ['`DeepSleep`', '`false`', 'Alpha', '1.25', '1.26'],
      ['`DeepSleep`', '`true`', 'Beta', '1.27', ''],
      ['`EdgeRouting`', '`false`', 'Alpha', '1.27', ''],
    ];
    const header = '| Feature | Default | Stage | Since | Until |';
    const source = table(header, ...gates.map((cells) => `| ${cells.join(' | ')} |`)) + '\n';
    const result = plan(source);
    expect(result.shapes[0]).toMatchObject({ key: 'Feature', unique: true, uniqueBy: ['Feature', 'Stage'], uniqueScope: 'table' });
    expect(result.mistakes).toEqual([]);
    const { config } = await initIn(source);
    expect((await lintText('docs/doc.md', source, config)).violations).toEqual([]);
    // Another gate in 1.23 is fine; a gate's stage listed twice is the duplicate.
    const more = source + '| `FastPath` | `false` | Alpha | 1.23 | |\n';
    expect((await lintText('docs/doc.md', more, config)).violations.filter((v) => v.severity === 'error')).toEqual([]);
    const twice = source + '| `EdgeRouting` | `false` | Alpha | 1.28 | |\n';
    expect((await lintText('docs/doc.md', twice, config)).violations.map((v) => [v.line, v.rule])).toEqual([[10, 'unique-key']]);
  });

  it('a key is a column of names before one of versions, dates or numbers; a column whose values repeat as written is none', () => {
    // Area repeats; Since and Component are each unique on the page, Since by chance.
    const rows = [['Net', '1.2', 'dns'], ['Net', '1.3', 'proxy'], ['Storage', '1.4', 'csi'], ['Storage', '1.5', 'snapshots'], ['Auth', '1.6', 'oidc']];
    const result = plan(table('| Area | Since | Component |', ...rows.map((cells) => `| ${cells.join(' | ')} |`)));
    expect(result.shapes[0]).toMatchObject({ key: 'Component', unique: true });
    expect(result.shapes[0]!.uniqueBy).toBeUndefined();
    // A first column with a value written twice alike: no key, no "duplicate" on the page as it is.
    const releases = Array.from({ length: 12 }, (_, i) => `| r${i === 5 ? 4 : i} | ${i % 2 ? 'EOL' : 'Active'} |`);
    const repeated = plan(table('| Release | Status |', ...releases));
    expect(repeated.shapes[0]).toMatchObject({ key: 'Release', unique: false });
    expect(repeated.mistakes).toEqual([]);
    // Written otherwise (`genpolicy` below `Genpolicy`), the second is a slip, listed as one.
    const slipped = plan(table('| Feature | Status |', ...Array.from({ length: 12 }, (_, i) => `| ${i === 1 ? 'feature0' : `Feature${i}`} | ${i % 2 ? 'EOL' : 'Active'} |`)));
    expect(slipped.shapes[0]).toMatchObject({ key: 'Feature', unique: true });
    expect(slipped.mistakes.map((m) => `${m.line} ${m.column} ${m.value}: ${m.why}`)).toEqual(['4 Feature feature0: listed twice: line 3 has it as "Feature0"']);
  });

  it('a table keyed by two columns (a row per platform and architecture) gets a composite key, checked in every table of the shape', async () => {
    const platforms = (...rows: string[][]) => table('| OS | Arch | Tier |', ...rows.map((cells) => `| ${cells.join(' | ')} |`));
    const source = [
      '1. Pick a build:',
      '',
      platforms(['Linux', 'x86_64', 'Tier 1'], ['Linux', 'aarch64', 'Tier 1'], ['macOS', 'aarch64', 'Tier 2'], ['Windows', 'x86_64', 'Tier 2']).replace(/^/gm, '   '),
      '',
      platforms(['Linux', 'riscv64', 'Tier 3'], ['Linux', 's390x', 'Tier 3'], ['FreeBSD', 'x86_64', 'Tier 3']).replace(/^/gm, '> '),
      '',
    ].join('\n');
    const { plan: made, config } = await initIn(source);
    expect(made.shapes).toHaveLength(1);
    expect(made.shapes[0]).toMatchObject({ key: 'OS', unique: true, uniqueBy: ['OS', 'Arch'] });
    const [, schema] = renderInit(made, '.github/support-table-lint.yml');
    expect(schema!.text).toContain('  unique: { scope: table, by: ["OS", "Arch"] }\n');
    expect((await lintText('docs/doc.md', source, config)).violations).toEqual([]);
    const twice = source.replace('   | Windows | x86_64 | Tier 2 |', '   | Windows | x86_64 | Tier 2 |\n   | Linux | x86_64 | Tier 3 |');
    expect((await lintText('docs/doc.md', twice, config)).violations.map((v) => [v.line, v.rule])).toEqual([[9, 'unique-key']]);
  });

  it('a column of one mark beside empty cells is a choice of two (🔄 or nothing); one word everywhere is no enum', () => {
    const rows = Array.from({ length: 8 }, (_, i) => `| v1.${i} | ${i < 3 ? '🔄' : ''} | Yes |`);
    const result = plan(table('| Version | Supported | Tested |', ...rows));
    expect(result.shapes[0]!.columns.map((column) => column.enum)).toEqual([undefined, ['🔄', ''], undefined]);
  });

  it('a matrix that restates its header per section: no enum learns the column names, and a key repeated across sections is unique per group', () => {
    const langs = '| Optional | Go | Java | JS |';
    const result = plan(
      table(
        `| Feature ${langs}`,
        `| [TracerProvider](api.md) ${langs}`,
        '| Get a Tracer | | + | + | + |',
        '| Safe for concurrent calls | | + | N/A | + |',
        `| [Tracer](api.md) ${langs}`,
        '| Create a Span | | + | + | - |',
        '| Safe for concurrent calls | | + | + | + |',
      ),
    );
    expect(result.shapes[0]).toMatchObject({ unique: true, uniqueScope: 'group' });
    // One vocabulary across the matrix: N/A, used less than the marks, is one of its values in every column.
    expect(result.shapes[0]!.columns.map((column) => column.enum)).toEqual([undefined, undefined, ['+', 'N/A', '-'], ['+', 'N/A', '-'], ['+', 'N/A', '-']]);
    expect(result.mistakes).toEqual([]);
  });

  it("another table that shares some values is not a legend; bold terms in the table's own section are", () => {
    const releases = table('| Release | Status |', '| 1.0 | End of Life |', '| 1.1 | End of Life |', '| 1.2 | Active |', '| 1.3 | Active |');
    const uses = table('| Feature | Since |', '| a | 1.0 |', '| b | 1.1 |', '| c | 1.1 |', '| d | 1.2 |', '| e | 1.3 |');
    const result = plan('## Current releases', releases, '## Features', uses);
    expect(result.shapes.find((shape) => shape.key === 'Feature')!.columns[1]!.enumFrom).toBeUndefined();
    const legend = plan('## Gates', '- **Supported**: works', '- **Unsupported**: does not', table('| Gate | Status |', '| a | Supported |', '| b | Unsupported |', '| c | Partially supported |', '| d | Supported |'));
    expect(legend.shapes[0]!.columns[1]!.enum).toEqual(['Supported', 'Unsupported']);
    expect(legend.mistakes.map((m) => `${m.line} ${m.value}: ${m.why}`)).toEqual(['11 Partially supported: not defined by the legend under "Gates"']);
  });

  it('bullets that explain the columns, or share one value with a column, are no legend of its values', async () => {
    const source = ['## Sizes', '', '* Disk - the size comes from the disk.', '* Cloud - the size comes from the cloud.', '', table('|  | small | large |', '| virtio | Cloud & disk | disk |', '| other | Cloud | X |'), '', '* large - a large node.', ''].join('\n');
    const result = plan(source);
    expect(result.shapes[0]!.columns.map((column) => column.enumFrom)).toEqual([undefined, undefined, undefined]);
    expect(result.shapes[0]!.legend).toBeUndefined();
    const { config } = await initIn(source);
    expect((await lintText('docs/doc.md', source, config)).violations.filter((v) => v.severity === 'error')).toEqual([]);
  });

  it.each([
    ['marks with words', ['✅ Works', '⚠️ Limited', '❌ Broken'], '| Plugin | Chrome | Firefox | Safari |', [[0, 0, 0], [0, 0, 1], [0, 2, 1], [0, 0, 2], [1, 1, 2]]],
    ['words', ['Yes', 'No', 'Partial'], '| Backend | Resize | Clone | Encrypt |', [[0, 0, 1], [1, 0, 1], [0, 0, 2], [0, 0, 0], [1, 1, 1]]],
  ])('columns of a matrix that write the same %s share one vocabulary: a value a neighbour uses is allowed, a misspelling is not', async (_name, words, header, grid) => {
    const rows = (grid as number[][]).map((cells, i) => `| p${i} | ${cells.map((cell) => (words as string[])[cell]).join(' | ')} |`);
    const source = table(header as string, ...rows) + '\n';
    const result = plan(source);
    expect(result.shapes[0]!.columns.map((column) => column.enum)).toEqual([undefined, words, words, words]);
    expect(result.mistakes).toEqual([]);
    const { config } = await initIn(source);
    // Row p0 takes the third value in its first matrix column (used only in the others until now), and p1 a misspelling.
    const [third, first] = [(words as string[])[2]!, (words as string[])[0]!];
    const lines = source.split('\n');
    lines[2] = lines[2]!.replace(`| p0 | ${first} |`, `| p0 | ${third} |`);
    lines[3] = lines[3]!.replace(/ \|$/, '').replace(/[^|]+$/, ` ${first.slice(0, -1)} `) + '|';
    const errors = (await lintText('docs/doc.md', lines.join('\n'), config)).violations.filter((v) => v.severity === 'error');
    expect(errors.map((v) => [v.line, v.rule])).toEqual([[4, 'allowed-values']]);
  });

  it('columns of marks share their marks: a mark one column has not used yet is allowed', () => {
    const result = plan(table('| Service | Traces | Metrics | Logs |', '| a | ✅ | ✅ | 🚧 |', '| b | ✅ | 🔕 | 🚧 |', '| c | 🚧 | ✅ | ✅ |', '| d | ✅ | ✅ | |'));
    expect(result.shapes[0]!.columns.map((column) => [column.name, column.enum])).toEqual([
      ['Service', undefined],
      ['Traces', ['✅', '🚧', '🔕']],
      ['Metrics', ['✅', '🚧', '🔕']],
      ['Logs', ['✅', '🚧', '🔕', '']],
    ]);
  });

  it("a small table's one key written in another spelling (UniFi, Unifi) keeps the first column its key, and the slip is listed", () => {
    const result = plan(table('| Provider | Status | Maintainers |', '| AWS | Stable | @a |', '| Google | Stable | @b |', '| UniFi | Beta | @c |', '| Unifi | Alpha | @d |', '| Azure | Stable | @e |'));
    expect(result.shapes[0]!.key).toBe('Provider');
    expect(result.mistakes.map((m) => `${m.line} ${m.column} ${m.value}`)).toEqual(['6 Provider Unifi']);
  });

  it('a word or two among marks (partial, experimental) joins the marks every column shares; a remark does not', () => {
    const grid = ['| a | ✓ | ✗ | ✓ |', '| b | ✓ | ✓ | experimental |', '| c | ✗ | ✓ | ✓ |', '| d | ✓ | ✗ | partial |', '| e | ✓ | ✓ | ✗ |'];
    const result = plan(table('| Feature | Linux | Windows | macOS |', ...grid));
    const shared = ['✓', '✗', 'experimental', 'partial'];
    expect(result.shapes[0]!.columns.map((column) => column.enum)).toEqual([undefined, shared, shared, shared]);
    const remark = plan(table('| Feature | Linux | Windows | macOS |', ...grid.map((row) => row.replace('partial', 'works on Apple silicon only'))));
    expect(remark.shapes[0]!.columns[3]!.enum).toBeUndefined();
  });

  it.each([
    ['a name twice', ['| Version | Linux | Version |', '| 1.0 | yes | 2.0 |', '| 1.1 | no | 2.1 |'], ['Version', 'Linux'], ['1: column 3 is named "Version" like column 1'], ['duplicate-column']],
    ['two spellings of a name', ['| Name | Status | status |', '| a | Yes | old |', '| b | No | new |'], ['Name', 'Status'], ['1: column 3 is named "status" like column 2'], ['duplicate-column']],
    ['a name twice, the second with what reads as a slip (beta beside Beta)', ['| Channel | Channel |', '| Stable | 1.29 |', '| Stable | 1.30 |', '| Beta | 1.31 |', '| beta | 1.32 |', '| Beta | 1.33 |'], ['Channel'], ['1: column 2 is named "Channel" like column 1'], ['duplicate-column']],
    ['a reserved name', ['| Name | $raw |', '| a | 1 |', '| b | 2 |'], ['Name'], ['1: column 2 is named "$raw", which the row object reserves'], ['reserved-column']],
    ['blank header cells (a key/value table)', ['| | |', '| Meaning | The operator cannot reconcile. |', '| Impact | None. |'], [''], [], []],
    ['an unnamed column that happens to be unique, beside a repeating first column', ['| Platform | Arch | |', '| Linux | amd64 | 1) |', '| Linux | arm64 | 2) |', '| Windows | amd64 | 3) |', '| macOS | arm64 | 4) |'], ['Platform', 'Arch', ''], [], []],
    ['no data rows', ['| Version | Status |'], ['Version', 'Status'], ['1: the table has no data rows'], ['empty-table']],
  ])('a header init cannot make one property per column of (%s): a schema that loads, and every finding of a run listed', async (_name, lines, properties, listed, rules) => {
    const source = table(...(lines as [string, ...string[]]));
    const { plan: made, config } = await initIn(source);
    expect(made.shapes[0]!.columns.map((column) => column.name)).toEqual(properties);
    expect(made.mistakes.map((mistake) => `${mistake.line}: ${mistake.why}`.slice(0, (listed as string[])[0]?.length ?? 0))).toEqual(listed);
    // Warnings too: nothing init did not say.
    const result = await lintText('docs/doc.md', source, config);
    expect(result.violations.map((v) => v.rule)).toEqual(rules);
  });

  it('a legend of marks (`- Completed: ✅`) gives the marks, and a run passes it', async () => {
    const source = ['## Coverage', '', table('| Service | Traces | Logs |', '| a | ✅ | 🚧 |', '| b | ✅ | ✅ |', '| c | 🚧 | ✅ |', '| d | ✅ | ✅ |'), '', 'Legend:', '', '- Completed: ✅', '- Not Applicable: 🔕', '- Not Present (Yet): 🚧', ''].join('\n');
    const result = plan(source);
    expect(result.shapes[0]!.columns.map((column) => column.enum)).toEqual([undefined, ['✅', '🔕', '🚧'], ['✅', '🔕', '🚧']]);
    expect(result.shapes[0]!.legend).toEqual({ heading: 'Coverage', column: 'Traces' });
    const { config } = await initIn(source);
    expect((await lintText('docs/doc.md', source, config)).violations).toEqual([]);
  });

  it('GitHub user links: text and URL compared in any case, and no side preferred, so no fix guesses which is the typo', async () => {
    const user = (login: string, url = login) => `[@${login}](https://github.com/${url})`;
    const rows = ['alice', 'bob', 'carol', 'dave'].map((name, i) => `| ${name} | ${user(name, i === 0 ? 'Alice' : name)} |`);
    const { plan, config } = await initIn(table('| Name | GitHub |', ...rows) + '\n');
    const [, schema] = renderInit(plan, '.github/support-table-lint.yml');
    expect(schema!.text).toContain('            ignoreCase: true\n            # prefer: url');
    const result = await lintText('docs/doc.md', table('| Name | GitHub |', ...rows, `| erin | ${user('erin', 'eirn')} |`) + '\n', config);
    expect(result.violations.map((v) => [v.line, v.rule, v.fix])).toEqual([[7, 'link-text-url', undefined]]);
  });

  it('a column of team links and user links gets one agreement for both, and a link whose text and URL are of different kinds is caught', async () => {
    const rows = ['| a | [@acme/web](https://github.com/orgs/acme/teams/web) |', '| b | [@jdoe](https://github.com/jdoe), [@acme/api](https://github.com/orgs/acme/teams/api) |', '| c | [@alice](https://github.com/alice) |'];
    const { plan, config } = await initIn(table('| Provider | Maintainers |', ...rows) + '\n');
    expect(plan.shapes[0]!.columns[1]!.link?.kind).toBe('team-or-user');
    const [, schema] = renderInit(plan, '.github/support-table-lint.yml');
    expect(schema!.text).toContain('# Team links [@org/team](https://github.com/orgs/org/teams/team) or user links [@user](https://github.com/user): text and URL must agree.');
    expect((await lintText('docs/doc.md', table('| Provider | Maintainers |', ...rows) + '\n', config)).violations).toEqual([]);
    const crossed = table('| Provider | Maintainers |', ...rows, '| d | [@bob](https://github.com/orgs/acme/teams/bob) |') + '\n';
    expect((await lintText('docs/doc.md', crossed, config)).violations.map((v) => [v.line, v.rule])).toEqual([[6, 'link-text-url']]);
  });

  it("a table a preset checks keeps the preset, and the preset's findings are listed", async () => {
    const gates = table('FEATURE GATE | GRADUATION | STATUS', 'AGate | GA | SUPPORTED', 'BGate | Beta | UNSUPPORTED');
    const result = await planInit([{ file: 'g.md', source: gates + '\n' }], await presets());
    expect(result.shapes).toEqual([]);
    expect(result.presets).toEqual([{ name: 'kubevirt-feature-gates', seen: [{ file: 'g.md', line: 1, rows: 2 }] }]);
    expect(result.mistakes.map((m) => `${m.line} ${m.preset}`)).toEqual(['4 note-required']);
    const [config] = renderInit(result, '.github/support-table-lint.yml');
    expect(config!.text).toContain('  - files: ["g.md"]\n    preset: kubevirt-feature-gates\n');
  });

  it("a schema lists the likely mistakes of its own tables, not those of another table of the page with a column of the same name", () => {
    // Two shapes that share `Status`, a typo in each (kubernetes-csi's `Name | Status | More Information` schema listed the 52 of its drivers table).
    const releases = table('| Release | Status |', ...['Supported', 'Supported', 'EOL', 'Supportd', 'EOL', 'Supported'].map((status, i) => `| r${i} | ${status} |`));
    const components = table('| Component | Status | Owner |', ...['Active', 'Active', 'Deprecated', 'Activ', 'Deprecated'].map((status, i) => `| c${i} | ${status} | o${i} |`));
    const result = plan(releases, components);
    expect(result.mistakes.map((m) => `${m.line} ${m.column} ${m.value}`)).toEqual(['6 Status Supportd', '15 Status Activ']);
    const schemas = renderInit(result, '.github/support-table-lint.yml').filter((file) => file.path.endsWith('.schema.yaml'));
    const listed = (first: string) => schemas.find((file) => file.text.startsWith(`# A schema for one row of the table ${first} |`))!.text.split('\n').filter((line) => line.startsWith('#   d.md:'));
    expect(listed('Release')).toEqual(['#   d.md:6: Status "Supportd": the other rows spell it "Supported" ("Supported"?)']);
    expect(listed('Component')).toEqual(['#   d.md:15: Status "Activ": the other rows spell it "Active" ("Active"?)']);
  });

  it("a schema counts a table's rows as a run's --verbose does, and says which are not data (group rows, a line with no `|`)", async () => {
    const source = [
      table('| Feature | eBPF | Legacy |', '| **Policy** | | |', '| Ingress | ✅ | ✅ |', '| Egress | ✅ | ❌ |', '| **Routing** | | |', '| BGP | ✅ | ✅ |', '| VXLAN | ❌ | ✅ |'),
      '{{< /table >}}',
      '',
    ].join('\n');
    const { plan: made, config } = await initIn(source);
    const [, schema] = renderInit(made, '.github/support-table-lint.yml');
    const { coverage } = await lintText('docs/doc.md', source, config);
    expect(coverage.map((table) => table.rows)).toEqual([7]);
    expect(schema!.text).toContain('docs/doc.md (line 1, 7 rows: 4 data rows, 2 group rows, 1 line with no `|`).');
    const plain = table('| Name | Tier |', '| a | 1 |', '| b | 2 |') + '\n';
    expect(renderInit(plan(plain), '.github/support-table-lint.yml')[1]!.text).toContain('d.md (line 1, 2 rows).');
  });

  it('a document name with line breaks stays inside the comments and strings init writes', async () => {
    const name = 'docs/evil\nadditionalProperties: true\r#\u2028x\u0085.md';
    const source = table('| Name | Level |', '| a | x |', '| b | x |', '| c | y |', '| d | y |', '| e | Y |') + '\n';
    const plan = await planInit([{ file: name, source }], await presets());
    const [config, schema] = renderInit(plan, '.github/support-table-lint.yml');
    const { parse } = await import('yaml');
    // Each file is the YAML it means: no key came from the name, and the config names the file as it is.
    expect(Object.keys(parse(schema!.text))).not.toContain('additionalProperties');
    expect(parse(config!.text).tables[0].files).toEqual([name]);
    for (const file of [config!, schema!]) expect(file.text.split('\n').filter((line) => /^[a-zA-Z]/.test(line))).toEqual(expect.not.arrayContaining(['additionalProperties: true']));
    expect(schema!.text).toContain('docs/evil\\u000aadditionalProperties: true\\u000d#\\u2028x\\u0085.md (line 1');
  });
});

/**
 * Hostile pages (generated, or written against the linter) stay within init's bounds: these tests
 * check the bounds by what init writes and by what it asks, never by the clock.
 */
describe('init is bounded on a page of thousands of table shapes, sections or values', () => {
  /** A page of `count` tables, the i-th with the columns `A<i> | B<i>` (each its own shape), `repeat` the i-th twice. */
  const shapesPage = (count: number, repeat?: number) =>
    Array.from({ length: count }, (_, n) => n + 1)
      .flatMap((i) => (i === repeat ? [i, i] : [i]))
      .map((i) => `| A${i} | B${i} |\n| --- | --- |\n| x${i} | y |\n`)
      .join('\n');

  it(`a page of more than ${MAX_INIT_SHAPES} table shapes: schemas for the ${MAX_INIT_SHAPES} with the most tables, in the order seen, and the rest counted`, () => {
    const plan = inferPlan([{ file: 'd.md', source: shapesPage(MAX_INIT_SHAPES + 2, MAX_INIT_SHAPES + 2) }]);
    expect(plan.shapes).toHaveLength(MAX_INIT_SHAPES);
    // The shape with two tables is kept; of those with one, the first seen: shapes 500 and 501 are left out.
    expect(plan.shapes.map((shape) => shape.columns[0]!.name).slice(-2)).toEqual([`A${MAX_INIT_SHAPES - 1}`, `A${MAX_INIT_SHAPES + 2}`]);
    expect(plan.leftOut).toEqual({ shapes: 2, tables: 2 });
    expect(renderInit(plan, '.github/support-table-lint.yml').filter((file) => file.path.endsWith('.schema.yaml'))).toHaveLength(MAX_INIT_SHAPES);
    expect(inferPlan([{ file: 'd.md', source: shapesPage(3) }]).leftOut).toEqual({ shapes: 0, tables: 0 });
  });

  it(`the command says on stderr how many shapes it left out, and run again adds them`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stl-init-'));
    try {
      await writeFile(join(dir, 'd.md'), shapesPage(MAX_INIT_SHAPES + 2));
      const run = async () => {
        const out = { stdout: '', stderr: '' };
        const code = await init([{ path: 'd.md', display: 'd.md' }], DEFAULT_INIT_CONFIG, false, {
          cwd: dir,
          stdout: { write: (text: string) => (out.stdout += text) },
          stderr: { write: (text: string) => (out.stderr += text) },
        });
        const schemas = readdirSync(join(dir, '.github')).filter((name) => name.endsWith('.schema.yaml'));
        return { code, ...out, schemas };
      };
      const first = await run();
      expect(first.code).toBe(0);
      expect(first.schemas).toHaveLength(MAX_INIT_SHAPES);
      expect(first.stderr).toBe(
        `support-table-lint: 2 more table shapes (2 tables) left out: init writes schemas for ${MAX_INIT_SHAPES} shapes a run at most, those with the most tables. ` +
          `Run the same init again to add the next ${MAX_INIT_SHAPES} to ${DEFAULT_INIT_CONFIG} (the tables it checks already are left to it), or name fewer files\n`,
      );
      const second = await run();
      expect(second.code).toBe(0);
      expect(second.stderr).toBe('');
      expect(second.stdout).toMatch(/^Added 2 entries to \.github\/support-table-lint\.yml\nWrote \.github\/a501-b501\.schema\.yaml\nWrote \.github\/a502-b502\.schema\.yaml\n/);
      expect(second.schemas).toHaveLength(MAX_INIT_SHAPES + 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a table the existing config judges only by tolerating a missing column is a shape of its own: run again, init writes it a schema', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stl-init-'));
    try {
      const wide = '| Name | Kind | Owner | Since |\n| --- | --- | --- | --- |\n| a | x | o | 1 |\n| b | y | p | 2 |\n';
      const narrow = '| Name | Kind | Owner |\n| --- | --- | --- |\n| c | x | o |\n| d | y | p |\n';
      const run = async () => {
        const out = { stdout: '', stderr: '' };
        const code = await init([{ path: 'd.md', display: 'd.md' }], DEFAULT_INIT_CONFIG, false, {
          cwd: dir,
          stdout: { write: (text: string) => (out.stdout += text) },
          stderr: { write: (text: string) => (out.stderr += text) },
        });
        return { code, ...out, schemas: readdirSync(join(dir, '.github')).filter((name) => name.endsWith('.schema.yaml')) };
      };
      await writeFile(join(dir, 'd.md'), wide);
      expect((await run()).schemas).toHaveLength(1);
      // The entry for the wide table would judge the narrow one (one column missing) and report it: not "checked already".
      await writeFile(join(dir, 'd.md'), `${wide}\n${narrow}`);
      const second = await run();
      expect(second.code).toBe(0);
      expect(second.schemas).toHaveLength(2);
      expect(second.stdout).toMatch(/^Added 1 entry to /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it(`typos are looked for only among a column's values used again and again, and not at all when they are more than an enum has`, () => {
    // 5,000 words written once each (no digits, five letters or more: each one a candidate typo), and one typo of `Statusb`.
    const word = (n: number) => `value${[...n.toString(26)].map((digit) => String.fromCharCode(97 + parseInt(digit, 26))).join('')}`;
    const once = [...Array.from({ length: 5000 }, (_, i) => word(i)), 'Statsb'];
    const often = Array.from({ length: ENUM_MAX_VALUES + 1 }, (_, i) => `Status${String.fromCharCode(97 + i)}`);
    let asked = 0;
    const usedElsewhere = () => (asked++, false);
    // One value too many used again and again: there is no enum to make, and no value is weighed against another.
    const many = groupValues([...often, ...often, ...once], usedElsewhere, ENUM_MAX_VALUES);
    expect(asked).toBe(0);
    expect(many.size).toBe(often.length + once.length);
    // As many as an enum has: each value written once is weighed (against those few), and the typo is folded in.
    const few = groupValues([...often.slice(1), ...often.slice(1), ...once], usedElsewhere, ENUM_MAX_VALUES);
    expect(asked).toBe(once.length);
    expect(few.size).toBe(ENUM_MAX_VALUES + once.length - 1);
    expect(few.get('statusb')).toEqual(['Statusb', 'Statsb']);
    expect(few.has('statsb')).toBe(false);
  });

  it(`a schema lists its first ${MAX_LISTED_MISTAKES} likely mistakes and counts the rest; the plan has them all`, () => {
    const rows = Array.from({ length: MAX_LISTED_MISTAKES + 50 }, (_, i) => `| k${String(i).padStart(4, '0')} | a | extra |`);
    const plan = inferPlan([{ file: 'd.md', source: ['| Key | Value |', '| - | - |', ...rows, ''].join('\n') }]);
    expect(plan.mistakes).toHaveLength(MAX_LISTED_MISTAKES + 50);
    const [, schema] = renderInit(plan, '.github/support-table-lint.yml');
    const listed = schema!.text.split('\n').filter((line) => line.startsWith('#   d.md:'));
    expect(listed).toHaveLength(MAX_LISTED_MISTAKES);
    expect(listed[0]).toBe('#   d.md:3: Key "k0000": the row has 3 cells, the header 2');
    expect(schema!.text).toContain(`\n#   and 50 more (init's output lists them all)\n`);
  });

  it('a page of many sections, each with its own legend and table: each table gets the legend of its section', () => {
    const count = 300;
    const source = Array.from({ length: count }, (_, i) => i + 1)
      .map((i) => `## Part ${i}\n\n- **Good${i}**: works\n- **Bad${i}**: does not\n\n| Item${i} | State${i} |\n| --- | --- |\n| a | Good${i} |\n| b | Bad${i} |\n| c | Good${i} |\n| d | Bad${i} |\n`)
      .join('\n');
    const plan = inferPlan([{ file: 'd.md', source }]);
    expect(plan.shapes).toHaveLength(count);
    plan.shapes.forEach((shape, i) => {
      expect(shape.columns[1]!.enum).toEqual([`Good${i + 1}`, `Bad${i + 1}`]);
      expect(shape.legend).toEqual({ heading: `Part ${i + 1}`, column: `State${i + 1}` });
    });
    expect(plan.mistakes).toEqual([]);
  });

  it(`a column's legend is looked for in the first ${MAX_LEGEND_SECTIONS} sections that write one of its values`, () => {
    // Sections that each define Good alone (one of the column's two values: no legend of it), then one that defines both.
    const partial = Array.from({ length: MAX_LEGEND_SECTIONS }, (_, i) => `## Note ${i}\n\n- **Good**: works\n- **Other${i}**: something else\n`);
    const table = '## Table\n\n| Item | State |\n| --- | --- |\n| a | Good |\n| b | Bad |\n| c | Good |\n| d | Bad |\n';
    const full = '## Legend\n\n- **Good**: works\n- **Bad**: does not\n';
    const legendOf = (sections: string[]) => inferPlan([{ file: 'd.md', source: [...sections, table, full].join('\n') }]).shapes[0]!.legend;
    expect(legendOf(partial.slice(1))).toEqual({ heading: 'Legend', column: 'State' });
    // One more before it, and the legend is past the bound (none of the others defines both values): none.
    expect(legendOf(partial)).toBeUndefined();
  });
});
