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
 * Options: --skip-markdownlint (ours only), --only NAME[,NAME] (inputs by
 * name; `action` for the Action run).
 *
 * markdownlint-cli2 is given 60 s on each 100k-row table (it needs minutes)
 * and is not run on their 200k doubles, whose target is our own 100k time;
 * on the bench corpus it is given 400 s, so that the ratio is a real one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
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

// The four forms of issue 11, each judged by a preset: KubeVirt's own layout
// (no outer pipes); Kata cells with a team link, inline code, emphasis and an
// escaped pipe; rows with blanks after the closing pipe; rows with one cell
// fewer or one more than the header (a column-count finding on each).
const gateName = (i) => `Gate${String(i).padStart(7, '0')}`;
const FORMS = {
  kubevirt: {
    label: 'KubeVirt pipe-less',
    head: '# Feature gates\n\nFEATURE GATE | GRADUATION | STATUS\n-- | -- | --\n',
    row: (i) => `${gateName(i)} | ${['Alpha', 'Beta', 'GA'][i % 3]} | UNVERIFIED\n`,
  },
  kata: {
    label: 'Kata links, code, emphasis, \\|',
    head: '# Support\n\n' + KATA_HEADER,
    row: (i) => `| f${String(i).padStart(6, '0')} | Supported | [@org/t-${i % 9}](https://github.com/orgs/org/teams/t-${i % 9}) | \`o_${i % 97}\` **care** \\| _x_ |\n`,
  },
  trailing: {
    label: 'trailing blanks',
    head: '# Support\n\n' + KATA_HEADER,
    row: (i) => `| feature-${String(i).padStart(6, '0')} | Best-effort | | fine |   \n`,
  },
  // Every row is otherwise valid, so the findings are the column-count ones the form calls for.
  ragged: {
    label: 'fewer / more cells',
    head: '# Support\n\n' + KATA_HEADER,
    row: (i) =>
      `| feature-${String(i).padStart(6, '0')} | Supported | [@org/t-${i % 9}](https://github.com/orgs/org/teams/t-${i % 9}) |${i % 2 ? '' : ' ok | extra |'}\n`,
  },
};

function generate(name, build) {
  const path = join(work, name);
  if (!existsSync(path)) writeFileSync(path, build());
  return path;
}

const bigBudget = () => generate('big-budget.yml', () => 'tables:\n  - preset: kata-support-levels\n  - preset: kubevirt-feature-gates\nbudgets:\n  maxFileBytes: 67108864\n  maxParseMs: 60000\n');

function formInputs() {
  const out = [];
  for (const [key, form] of Object.entries(FORMS)) {
    for (const rows of [100_000, 200_000]) {
      const k = rows / 1000;
      out.push({
        name: `${k}k rows: ${form.label}`,
        form: key,
        rows,
        path: generate(`${key}-${k}k.md`, () => form.head + Array.from({ length: rows }, (_, i) => form.row(i)).join('')),
        // The doubles exist to compare our time with our own 100k; some pass the default 10 MiB size budget.
        args: rows > 100_000 ? ['--config', bigBudget()] : [],
        peer: rows === 100_000,
        // The 200k target is a ratio of two of our runs: the median of three of each.
        oursRepeat: 3,
        peerTimeoutS: 60,
      });
    }
  }
  return out;
}

/**
 * Every table of the bench corpus checked: a config that judges every table
 * in every file with a permissive schema. The corpus is linted from the
 * folder it is extracted to, with the config and schema beside its
 * `corpus/` tree (never in the repository).
 */
function corpusInput() {
  if (existsSync(corpusArchive)) {
    const dir = extractBenchCorpus(corpusArchive);
    writeFileSync(join(dir, 'every-table.schema.json'), JSON.stringify({ type: 'object' }));
    writeFileSync(join(dir, 'every-table.yml'), 'tables:\n  - files: ["**"]\n    schema: every-table.schema.json\n');
    return { name: 'bench corpus, every table checked', path: join(dir, 'corpus'), target: 'corpus', cwd: dir, args: ['--config', 'every-table.yml'], peerTimeoutS: 400 };
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
  ...formInputs(),
  // Tables inside containers (the KubeVirt form): the reader reads a plain quote or list item as its own document.
  {
    name: '100k rows in a block quote',
    path: generate('quote-100k.md', () => '# Gates\n\n' + (FORMS.kubevirt.head.replace(/^#.*\n\n/, '') + Array.from({ length: 100_000 }, (_, i) => FORMS.kubevirt.row(i)).join('')).replace(/^/gm, '> ').replace(/> $/, '')),
    peerTimeoutS: 60,
  },
  {
    name: '100k rows in a list item',
    path: generate('item-100k.md', () => '# Gates\n\n- The gates:\n\n' + (FORMS.kubevirt.head.replace(/^#.*\n\n/, '') + Array.from({ length: 100_000 }, (_, i) => FORMS.kubevirt.row(i)).join('')).replace(/^/gm, '  ').replace(/  $/, '')),
    peerTimeoutS: 60,
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
  // The same with one `]` at the end: now a `[` may open a link.
  { name: 'brackets in a cell, closed at the end', path: generate('cell-brackets-closed.md', () => KATA_HEADER + `| x | ${pad(200_000, '[')}] | | |\n`) },
  // And as footnote calls (`[^`), which the fast reader leaves to the parser.
  { name: 'footnote brackets in a cell', path: generate('cell-footnotes.md', () => KATA_HEADER + `| x | ${pad(200_000, '[^')}] | | |\n`) },
  {
    // Issue 12, item 7: 10 MB of three-line tables, one `]` at the very end.
    name: '10 MB of tiny tables',
    path: generate('tiny-tables.md', () => smallTable + '| a | b |\n|---|---|\n| c | d |\n\n'.repeat(Math.floor(9_900_000 / 30)) + '[x]\n'),
  },
  { name: 'one small file', path: join(root, 'examples', 'support-levels.md'), repeat: 5, oursRepeat: 11, small: true },
].filter((input) => !only || only.some((name) => input.name.includes(name)));

// ---------------------------------------------------------------- running

const mdlConfig = join(work, '.markdownlint-cli2.jsonc');
writeFileSync(mdlConfig, JSON.stringify({ config: { default: false, MD055: true, MD056: true, MD058: true } }));

// The CLI's code cache (src/cli-loader.ts) in a folder of the bench's own, empty at the start:
// each input's first run writes it, the runs after use it, as on a developer's machine.
const compileCache = join(work, 'compile-cache');
rmSync(compileCache, { recursive: true, force: true });
const benchEnv = { ...process.env, NODE_COMPILE_CACHE: compileCache };
delete benchEnv.NODE_DISABLE_COMPILE_CACHE;

function measure(command, { cwd = work, timeoutS = TIMEOUT_S, env = benchEnv } = {}) {
  // `timeout` stops the measured process itself (killing a wrapper would leave it running).
  const limited = ['timeout', '-k', '5', String(timeoutS), ...command];
  const argv = timeBinary ? [timeBinary, '-v', ...limited] : limited;
  const started = performance.now();
  const child = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', maxBuffer: 1 << 30, cwd, env });
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

/** `node -e 0`, and the small file without the code cache (a first run), measured in turns with the small file's runs. */
const node0Runs = [];
const coldRuns = [];

const ours = (input) => {
  const target = input.target ?? input.path;
  const command = ['node', cli, target, '--format', 'json', ...(input.args ?? [])];
  const runOurs = () => measure(command, { cwd: input.cwd });
  // The small file is measured against `node -e 0` in turns, so that a change of load on
  // the machine (shared with other builds) weighs on both sides of the ratio alike.
  const runs = Array.from({ length: input.oursRepeat ?? input.repeat ?? 1 }, () => {
    if (input.small) {
      node0Runs.push(measure(['node', '-e', '0']));
      coldRuns.push(measure(command, { cwd: input.cwd, env: { ...benchEnv, NODE_DISABLE_COMPILE_CACHE: '1' } }));
    }
    return runOurs();
  });
  const run = median(runs);
  let found = '';
  let files;
  let tables;
  try {
    const report = JSON.parse(run.stdout);
    const rules = new Set(report.violations.map((v) => v.rule));
    files = report.files.length;
    tables = report.summary?.tables;
    found = `${report.violations.length} findings, ${tables} tables checked${rules.has('parse-timeout') ? ', parse-timeout' : ''}${rules.has('file-too-large') ? ', file-too-large' : ''}`;
  } catch {
    found = run.stderr.split('\n').filter((line) => line && !line.includes('\t')).slice(-1)[0] ?? '';
  }
  return { ...run, found, files };
};

const theirs = (input) => {
  if (skipMarkdownlint || input.peer === false) return undefined;
  const target = input.target ?? input.path;
  const glob = statSync(input.path).isDirectory() ? `${target}/**/*.md` : `:${target}`;
  const timeoutS = input.peerTimeoutS ?? TIMEOUT_S;
  return median(Array.from({ length: input.repeat ?? 1 }, () => measure(['node', markdownlint, glob, '--config', mdlConfig], { cwd: input.cwd, timeoutS })));
};

const fmt = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const mem = (mb) => (mb === undefined ? 'n/a' : `${Math.round(mb)} MB`);

console.log(`support-table-lint bench — ${new Date().toISOString()} — ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}, load ${loadavg().map((n) => n.toFixed(1)).join(' ')}`);
console.log('');
console.log('| input | files | MB | support-table-lint | markdownlint-cli2 (MD055/56/58) | ratio | files/s | MB/s | peak RSS (ours / theirs) | ours found |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---|---|');
const results = new Map();
for (const input of inputs) {
  const { files, bytes } = filesAndBytes(input.path);
  const mb = bytes / 1e6;
  const a = ours(input);
  const b = theirs(input);
  results.set(input, { ours: a, theirs: b });
  const theirFiles = b && /Linting: (\d+) file/.exec(b.stdout + b.stderr)?.[1];
  const theirsCell = b ? `${fmt(b.wallMs)}${b.outcome.startsWith('exit') ? '' : ` (${b.outcome})`}${theirFiles && Number(theirFiles) !== a.files ? ` [${theirFiles} files]` : ''}` : input.peer === false ? 'not run' : 'skipped';
  const ratio = b ? `${b.outcome === 'timeout' ? '≥ ' : ''}${(b.wallMs / a.wallMs).toFixed(1)}x` : '';
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

// ---------------------------------------------------------------- start-up and the Action

const small = inputs.find((input) => input.small);
const node0 = small && node0Runs.length > 0 ? median(node0Runs) : undefined;
if (node0) console.log(`\n\`node -e 0\`: ${fmt(node0.wallMs)} (median of ${node0Runs.length}, in turns with the small file's runs), ${mem(node0.rssMb)}`);
const cold = coldRuns.length > 0 ? median(coldRuns) : undefined;
if (cold && node0) console.log(`The small file without the code cache (a first run, or NODE_DISABLE_COMPILE_CACHE=1): ${fmt(cold.wallMs)} (median of ${coldRuns.length}, in the same turns), ${(cold.wallMs / node0.wallMs).toFixed(2)}x \`node -e 0\``);

let action;
if (!only || only.some((name) => 'action'.includes(name))) {
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench', 'action.ts')], { cwd: root, encoding: 'utf8' });
  action = /^action-ms (\d+(?:\.\d+)?) (.*)$/m.exec(child.stdout ?? '');
  console.log(action ? `The Action on a one-file pull request (e2e harness, API on 127.0.0.1, base and head linted): ${fmt(Number(action[1]))} (median of 3), ${action[2]}` : `The Action run failed: ${(child.stderr ?? '').slice(0, 500)}`);
}

// ---------------------------------------------------------------- targets (issue 11)

console.log('\n| target | measured | met |\n|---|---|---|');
const verdict = (ok) => (ok ? 'yes' : '**no**');
for (const [input, { ours: a, theirs: b }] of results) {
  if (input.cwd && b) {
    const ratio = b.wallMs / a.wallMs;
    console.log(`| every table of the bench corpus ≥ 20x markdownlint-cli2 | ${ratio.toFixed(1)}x${b.outcome === 'timeout' ? ' (theirs stopped: lower bound)' : ''} | ${verdict(ratio >= 20)} |`);
  }
  if (input.form && input.rows === 100_000) {
    const ok = a.wallMs < 2000 && (a.rssMb ?? 0) < 400 && a.outcome.startsWith('exit');
    console.log(`| ${input.name}: < 2 s and < 400 MB | ${fmt(a.wallMs)}, ${mem(a.rssMb)} | ${verdict(ok)} |`);
    const double = [...results].find(([other]) => other.form === input.form && other.rows === 200_000);
    if (double) {
      const ratio = double[1].ours.wallMs / a.wallMs;
      console.log(`| ${input.form} 200k ≤ 2.2x of 100k | ${ratio.toFixed(2)}x (${fmt(double[1].ours.wallMs)}, ${mem(double[1].ours.rssMb)}) | ${verdict(ratio <= 2.2)} |`);
    }
  }
  if (input.name === 'table 100k columns') console.log(`| 100,000-column table ends < 10 s | ${fmt(a.wallMs)} (${a.found}) | ${verdict(a.wallMs < 10_000)} |`);
  if (input.name.startsWith('10 MB of tiny')) console.log(`| 10 MB of tiny tables ends within the 10 s parse budget | ${fmt(a.wallMs)} (${a.found}) | ${verdict(a.wallMs < 10_000)} |`);
  if (input.small && node0) {
    const ratio = a.wallMs / node0.wallMs;
    console.log(`| one small file ≤ 1.6x \`node -e 0\` | ${fmt(a.wallMs)} vs ${fmt(node0.wallMs)}: ${ratio.toFixed(2)}x${b ? ` (markdownlint-cli2 ${fmt(b.wallMs)})` : ''} | ${verdict(ratio <= 1.6)} |`);
  }
}
if (action) console.log(`| the Action's one-file run: reported | ${fmt(Number(action[1]))} | yes |`);
