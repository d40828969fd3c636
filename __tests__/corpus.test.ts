/**
 * The CLI over real-world documents in ../shared (never copied into the repo):
 * no file may crash it, and the findings on the two seeds and their histories
 * are the ones a reader of those files expects. Runs `node dist/cli.js`, so
 * `npm run bundle` first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { JsonReport, JsonViolation } from '../src/report/json.js';

const SHARED = resolve('..', 'shared');
const present = existsSync(join(SHARED, 'corpus')) && existsSync(join(SHARED, 'seeds'));
if (!present) console.warn(`corpus check skipped: ${SHARED} (with corpus/ and seeds/) does not exist on this machine`);
const describeCorpus = present ? describe : describe.skip;

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );

const SEED_GATES = '../shared/seeds/000_535e8aa6c559db33.txt';
const SEED_KATA = '../shared/seeds/004_e46981f79cc4b968.txt';
const KUBEVIRT_HISTORY = '../shared/corpus/kubevirt-arm64-history/kubevirt__user-guide__docs__';
const KATA_HISTORY = '../shared/corpus/kata-support-levels-history/';

/** `line rule rowKey`, plus `-> suggestion` when there is one: compact enough to list every finding. */
const brief = (v: JsonViolation): string =>
  `${v.line} ${v.severity} ${v.rule} ${v.rowKey ?? '-'}${v.suggestion === undefined ? '' : ` -> ${v.suggestion}`}`;

describeCorpus('corpus (../shared)', () => {
  let report: JsonReport;
  let inputs: string[];
  const findings = (file: string): string[] => report.violations.filter((v) => v.file === file).map(brief);
  const byRule = (file: string): Record<string, number> => {
    const counts: Record<string, number> = {};
    for (const v of report.violations.filter((x) => x.file === file)) counts[v.rule] = (counts[v.rule] ?? 0) + 1;
    return counts;
  };
  // The fields these checks are about (left-alone and suppressed counts are checked elsewhere).
  const fileResult = (file: string) => {
    const found = report.files.find((f) => f.file === file);
    return found && { file: found.file, tablesChecked: found.tablesChecked, errors: found.errors, warnings: found.warnings, notices: found.notices };
  };

  beforeAll(() => {
    inputs = [...filesUnder(join(SHARED, 'corpus')), ...filesUnder(join(SHARED, 'seeds'))]
      .sort()
      .map((path) => relative(process.cwd(), path).split('\\').join('/'));
    const run = spawnSync(process.execPath, [resolve('dist/cli.js'), '--format', 'json', ...inputs], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(run.stderr).not.toContain('internal error');
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.status);
    report = JSON.parse(run.stdout) as JsonReport;
  });

  it('lints every file without an internal error, each as readable UTF-8', () => {
    expect(report.files.map((f) => f.file)).toEqual(inputs);
    expect(report.violations.filter((v) => v.rule === 'file-encoding')).toEqual([]);
  });

  it('finds only the ordering slip in the KubeVirt seed: every UNSUPPORTED and PENDING gate has its note', () => {
    expect(fileResult(SEED_GATES)).toEqual({ file: SEED_GATES, tablesChecked: 1, errors: 0, warnings: 1, notices: 0 });
    expect(findings(SEED_GATES)).toEqual(['80 warning sort-order VMExportGate']);
    const [slip] = report.violations.filter((v) => v.file === SEED_GATES);
    expect(slip!.message).toContain('"VMLiveUpdateFeaturesGate" (line 79)');
  });

  it('finds the misspelt levels, missing teams and duplicates in the Kata seed', () => {
    expect(findings(SEED_KATA)).toEqual([
      '40 error allowed-values darwin -> Deprecated',
      '44 error allowed-values AMD SEV-SNP -> Best-effort',
      '45 error allowed-values Intel TDX -> Best-effort',
      '50 error allowed-values dragonball -> Best-effort',
      '58 error allowed-values kata-ctl -> Deprecated',
      '59 error allowed-values kata-manager -> Deprecated',
      '60 error allowed-values kata-monitor -> Deprecated',
      '61 error allowed-values log-parser -> Obsolete',
      '62 error allowed-values trace-forwarder -> Obsolete',
      '63 error allowed-values vsock-exporter -> Obsolete',
      '66 warning required-cell ubuntu',
      '67 warning required-cell cbl-mariner',
      '68 error allowed-values alpine -> Obsolete',
      '69 error allowed-values centos -> Obsolete',
      '70 error allowed-values debian -> Obsolete',
      '73 warning required-cell Build checks',
      '74 warning required-cell cri-containerd tests',
      '75 warning required-cell K8s tests',
      '76 error allowed-values CoCo Stability -> Obsolete',
      '77 error allowed-values Basic-CI -> Obsolete',
      '80 error allowed-values nydus -> Best-effort',
      '81 error allowed-values run-tracing -> Obsolete',
      '82 error allowed-values run-vfio -> Obsolete',
      '87 error allowed-values kata-monitor tests -> Deprecated',
      '89 error allowed-values static checks -> Deprecated',
      '93 error allowed-values runtime-rs (Rust) -> Best-effort',
      '96 warning required-cell Containerd',
      '97 warning required-cell Kubernetes',
      // A reviewer's question left in the Support State cell of a bold section row: a row with a value is a row.
      '117 error allowed-values Security & Attestation',
      '117 error required-cell Security & Attestation',
      '119 error unique-key Genpolicy',
      '142 error unique-key kata-monitor',
    ]);
    const duplicates = report.violations.filter((v) => v.file === SEED_KATA && v.rule === 'unique-key').map((v) => v.message);
    expect(duplicates[0]).toContain('line 55');
    expect(duplicates[1]).toContain('line 60');
  });

  it('leaves the older KubeVirt layout (no GRADUATION column) alone and finds the seed again in its history', () => {
    for (const version of ['operations__feature_gate_status_on_Arm64.md@477bc36b.md', 'operations__feature_gate_status_on_Arm64.md@b40e22aa.md', 'cluster_admin__feature_gate_status_on_Arm64.md@b7a7afce.md', 'cluster_admin__feature_gate_status_on_Arm64.md@50b1493e.md']) {
      expect(fileResult(KUBEVIRT_HISTORY + version)).toMatchObject({ tablesChecked: 0, errors: 0, warnings: 0 });
    }
    expect(findings(`${KUBEVIRT_HISTORY}cluster_admin__feature_gate_status_on_Arm64.md@d398166d.md`)).toEqual(['80 warning sort-order VMExportGate']);
  });

  it.each([
    // K1: `?` levels everywhere, no duplicates yet.
    ['kata-containers__kata-containers__docs__Maintenance.md@9f25c208.md', { 'allowed-values': 21, 'required-cell': 7 }],
    // K2 = the seed (the reviewer's question in a section row's Support State is a finding from here on).
    ['kata-containers__kata-containers__docs__Maintenance.md@unknown-idx11794101688.md', { 'allowed-values': 22, 'required-cell': 8, 'unique-key': 2 }],
    // K3: the 3-cell microk8s row, whose notes land in Maintainers.
    ['kata-containers__kata-containers__docs__Maintenance.md@225f4f1c.md', { 'allowed-values': 23, 'required-cell': 10, 'column-count': 1, 'cell-format': 1, 'unique-key': 2 }],
    // K4: "Deprecated and remove before 4.0?" levels; from here on the legend spells `Best effort`, and so must the rows.
    ['stevenhorsman__kata-containers__docs__Maintenance.md@f1cc4e14.md', { 'allowed-values': 10, 'required-cell': 8 }],
    // K5: K4 plus the re-applied sections, with their duplicates and seven `Best-effort` rows.
    ['stevenhorsman__kata-containers__docs__Maintenance.md@7f680e73.md', { 'allowed-values': 18, 'required-cell': 9, 'unique-key': 2 }],
    // K6: five-level legend, still `?` levels.
    ['kata-containers__kata-containers__docs__Maintenance.md@cab563a0.md', { 'allowed-values': 8, 'required-cell': 8 }],
    // K7: every `?` resolved, every level spelt as its legend spells it.
    ['kata-containers__kata-containers__docs__Maintenance.md@unknown-idx57895363708.md', { 'required-cell': 2 }],
  ])('counts the findings by rule in the Kata history file %s', (name, counts) => {
    expect(fileResult(KATA_HISTORY + name)?.tablesChecked).toBe(1);
    expect(byRule(KATA_HISTORY + name)).toEqual(counts);
  });

  it('reports the short microk8s row in K3 on that row', () => {
    const k3 = `${KATA_HISTORY}kata-containers__kata-containers__docs__Maintenance.md@225f4f1c.md`;
    expect(findings(k3).filter((f) => f.startsWith('103 '))).toEqual([
      '103 error column-count microk8s',
      '103 error allowed-values microk8s -> Best-effort',
      '103 error cell-format microk8s',
      // The missing fourth cell is the Notes column, required for a Best effort row.
      '103 error required-cell microk8s',
    ]);
    expect(report.violations.find((v) => v.file === k3 && v.rule === 'column-count')!.message).toContain('row has 3 cells, the header has 4');
  });

  it("spells the levels as each page's legend does: Best-effort in K2 (the seed), Best effort in K5", () => {
    const k2 = `${KATA_HISTORY}kata-containers__kata-containers__docs__Maintenance.md@unknown-idx11794101688.md`;
    const k5 = `${KATA_HISTORY}stevenhorsman__kata-containers__docs__Maintenance.md@7f680e73.md`;
    expect(findings(k2).filter((f) => f.includes('-> Best'))).toContain('44 error allowed-values AMD SEV-SNP -> Best-effort');
    expect(findings(k5).filter((f) => f.includes('-> Best effort') && !f.includes('?'))).toEqual([
      '40 error allowed-values darwin -> Best effort',
      '82 error allowed-values nydus -> Best effort',
      '93 error allowed-values runtime-rs (Rust) -> Best effort',
      '110 error allowed-values Device Mapper -> Best effort',
      '119 error allowed-values VHOST-USER -> Best effort',
      '125 error allowed-values Confidential Data Hub -> Best effort',
      '126 error allowed-values Attestation Agent -> Best effort',
      '127 error allowed-values KBS Integration -> Best effort',
      '141 error allowed-values VM Templating -> Best effort',
      '146 error allowed-values Metrics -> Best effort',
    ]);
    const message = report.violations.find((v) => v.file === k5 && v.line === 110)!.message;
    expect(message).toBe('Support State "Best-effort" of "Device Mapper" is not one of Supported, Best effort, Not maintained, Experimental, Deprecated, Obsolete. Did you mean "Best effort"?');
  });
});

if (!present) {
  // A visible skip, so a run without ../shared never looks like a pass.
  it.skip('corpus check (../shared is missing)', () => undefined);
}
