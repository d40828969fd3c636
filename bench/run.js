#!/usr/bin/env node
/**
 * `npm run bench`: support-table-lint (dist/cli.js) against markdownlint-cli2
 * with only its table rules (MD055, MD056, MD058), on the same inputs, in one
 * run. For each input: both wall times, the ratio, files/s, MB/s and peak
 * memory (max RSS of the child process, from /usr/bin/time -v when present).
 *
 * Inputs: the bench corpus (../shared/bench-corpus.tar.gz, extracted once to
 * the temp folder) or, without it, a generated tree; generated 100k- and
 * 200k-row tables; generated pathological files; one small example file.
 *
 * Options: --skip-markdownlint (ours only), --only NAME[,NAME] (inputs by name).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { extractBenchCorpus } from './corpus.js';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const markdownlint = join(root, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
const corpusArchive = resolve(root, '..', 'shared', 'bench-corpus.tar.gz');
const work = join(tmpdir(), 'stl-bench');
const args = process.argv.slice(2);
const skipMarkdownlint = args.includes('--skip-markdownlint');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : undefined;
// markdownlint-cli2 needs minutes and gigabytes on the big tables; past this it is stopped and shown as a timeout.
const TIMEOUT_S = 120;
const timeBinary = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run `npm run bundle` first.');
  process.exit(2);
}
mkdirSync(work, { recursive: true });

// ---------------------------------------------------------------- inputs

const KATA_HEADER = '| Feature | Support State | Maintainers | Notes |\n|---|---|---|---|\n';
// About 80 bytes a row, so 100k rows make the 8 MB table the issue measured.
const kataRow = (i) => `| feature-${String(i).padStart(6, '0')} | Supported | [@kata/t${i % 9}](https://github.com/orgs/kata/teams/t${i % 9}) | ok |\n`;
const smallTable = '# Support\n\n' + KATA_HEADER + kataRow(1) + kataRow(2) + '\n';

function generate(name, build) {
  const path = join(work, name);
  if (!existsSync(path)) writeFileSync(path, build());
  return path;
}

function corpusInput() {
  if (existsSync(corpusArchive)) {
    const dir = extractBenchCorpus(corpusArchive);
    return { name: 'bench corpus', path: dir };
  }
  // Without the corpus: a tree of prose, lists, code and some support tables.
  const dir = join(work, 'synthetic-tree');
  if (!existsSync(dir)) {
    for (let d = 0; d < 40; d++) {
      mkdirSync(join(dir, `section-${d}`), { recursive: true });
      for (let f = 0; f < 50; f++) {
        let text = `# Page ${d}.${f}\n\n`;
        for (let p = 0; p < 20; p++) {
          text += `## Part ${p}\n\nSome *prose* with a [link](https://example.com/${p}) and \`code\`.\n\n`;
          text += '- item one\n- item **two**\n  - nested\n\n```sh\n# not a heading\necho | grep -\n```\n\n';
        }
        if (f % 5 === 0) text += KATA_HEADER + Array.from({ length: 30 }, (_, i) => kataRow(i)).join('') + '\n';
        writeFileSync(join(dir, `section-${d}`, `page-${f}.md`), text);
      }
    }
  }
  return { name: 'synthetic tree', path: dir };
}

const pad = (size, unit) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const MB2 = 2 * 1024 * 1024;

const inputs = [
  corpusInput(),
  { name: 'table 100k rows', path: generate('table-100k.md', () => '# Big\n\n' + KATA_HEADER + Array.from({ length: 100_000 }, (_, i) => kataRow(i)).join('')) },
  {
    name: 'table 200k rows (budget raised)',
    path: generate('table-200k.md', () => '# Big\n\n' + KATA_HEADER + Array.from({ length: 200_000 }, (_, i) => kataRow(i)).join('')),
    // 17.6 MB is past the default 10 MiB size budget.
    args: ['--config', generate('big-budget.yml', () => 'tables:\n  - preset: kata-support-levels\n  - preset: kubevirt-feature-gates\nbudgets:\n  maxFileBytes: 67108864\n  maxParseMs: 60000\n')],
  },
  {
    name: 'unclosed backticks 2 MB',
    path: generate('backticks.md', () => {
      let text = smallTable;
      for (let n = 1; text.length < MB2; n++) text += '`'.repeat(n) + ' a ';
      return text + '\n';
    }),
  },
  {
    name: 'nested list 1000 levels',
    path: generate('nested-list.md', () => smallTable + Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- level ${i}\n`).join('')),
  },
  { name: 'balanced brackets 40k', path: generate('brackets.md', () => smallTable + '['.repeat(40_000) + 'a' + ']'.repeat(40_000) + '\n') },
  {
    name: 'table 100k columns',
    path: generate('wide-table.md', () => {
      const cols = 100_000;
      return '# Wide\n\n|' + Array.from({ length: cols }, (_, i) => ` c${i} |`).join('') + '\n|' + '-|'.repeat(cols) + '\n|' + ' x |'.repeat(cols) + '\n';
    }),
  },
  { name: 'pathological brackets in a cell', path: generate('cell-brackets.md', () => KATA_HEADER + `| x | ${pad(200_000, '[')} | | |\n`) },
  { name: 'one small file', path: join(root, 'examples', 'support-levels.md'), repeat: 5 },
].filter((input) => !only || only.some((name) => input.name.includes(name)));

// ---------------------------------------------------------------- running

const mdlConfig = join(work, '.markdownlint-cli2.jsonc');
writeFileSync(mdlConfig, JSON.stringify({ config: { default: false, MD055: true, MD056: true, MD058: true } }));

function measure(command) {
  // `timeout` stops the measured process itself (killing a wrapper would leave it running).
  const limited = ['timeout', '-k', '5', String(TIMEOUT_S), ...command];
  const argv = timeBinary ? [timeBinary, '-v', ...limited] : limited;
  const started = performance.now();
  const child = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', maxBuffer: 1 << 30, cwd: work });
  const wallMs = performance.now() - started;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr ?? '');
  const status = timeBinary ? Number(/Exit status: (\d+)/.exec(child.stderr ?? '')?.[1] ?? child.status) : child.status;
  const outcome = status === 124 || status === 137 ? 'timeout' : child.signal ? `killed (${child.signal})` : `exit ${status}`;
  return { wallMs, rssMb: rss ? Number(rss[1]) / 1024 : undefined, outcome, stdout: child.stdout ?? '', stderr: child.stderr ?? '' };
}

function median(runs) {
  const sorted = [...runs].sort((a, b) => a.wallMs - b.wallMs);
  return sorted[Math.floor(sorted.length / 2)];
}

function filesAndBytes(path) {
  const stat = statSync(path);
  if (stat.isFile()) return { files: 1, bytes: stat.size };
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.md')) {
      files++;
      bytes += statSync(join(entry.parentPath ?? entry.path, entry.name)).size;
    }
  }
  return { files, bytes };
}

const ours = (input) => {
  const runs = Array.from({ length: input.repeat ?? 1 }, () => measure(['node', cli, input.path, '--format', 'json', ...(input.args ?? [])]));
  const run = median(runs);
  let found = '';
  let files;
  try {
    const report = JSON.parse(run.stdout);
    const rules = new Set(report.violations.map((v) => v.rule));
    files = report.files.length;
    found = `${report.violations.length} findings${rules.has('parse-timeout') ? ', parse-timeout' : ''}${rules.has('file-too-large') ? ', file-too-large' : ''}`;
  } catch {
    found = run.stderr.split('\n').filter((line) => line && !line.includes('\t')).slice(-1)[0] ?? '';
  }
  return { ...run, found, files };
};

const theirs = (input) => {
  if (skipMarkdownlint) return undefined;
  const glob = statSync(input.path).isDirectory() ? `${input.path}/**/*.md` : `:${input.path}`;
  return median(Array.from({ length: input.repeat ?? 1 }, () => measure(['node', markdownlint, glob, '--config', mdlConfig])));
};

const fmt = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const mem = (mb) => (mb === undefined ? 'n/a' : `${Math.round(mb)} MB`);

console.log(`support-table-lint bench — ${new Date().toISOString()} — ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`);
console.log('');
console.log('| input | files | MB | support-table-lint | markdownlint-cli2 (MD055/56/58) | ratio | files/s | MB/s | peak RSS (ours / theirs) | ours found |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---|---|');
for (const input of inputs) {
  const { files, bytes } = filesAndBytes(input.path);
  const mb = bytes / 1e6;
  const a = ours(input);
  const b = theirs(input);
  const theirFiles = b && /Linting: (\d+) file/.exec(b.stdout + b.stderr)?.[1];
  const theirsCell = b ? `${fmt(b.wallMs)}${b.outcome.startsWith('exit') ? '' : ` (${b.outcome})`}${theirFiles && Number(theirFiles) !== a.files ? ` [${theirFiles} files]` : ''}` : 'skipped';
  const ratio = b ? `${(b.wallMs / a.wallMs).toFixed(1)}x` : '';
  const row = [
    input.name,
    a.files ?? files,
    mb.toFixed(1),
    `${fmt(a.wallMs)}${a.outcome.startsWith('exit') ? '' : ` (${a.outcome})`}`,
    theirsCell,
    ratio,
    Math.round((a.files ?? files) / (a.wallMs / 1000)),
    (mb / (a.wallMs / 1000)).toFixed(1),
    `${mem(a.rssMb)} / ${b ? mem(b.rssMb) : '-'}`,
    a.found,
  ];
  console.log(`| ${row.join(' | ')} |`);
}
