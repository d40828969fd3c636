import { formatJson, ITEMS_PER_BATCH, jsonPieces, jsonReport, PIECE_CHARS } from '../../src/report/json.js';
import type { LintResult } from '../../src/core/types.js';
import { bestEffort, noMaintainers, only, result } from './fixtures.js';

describe('json', () => {
  it('writes the documented fields only, per-file counts and a summary', () => {
    expect(JSON.parse(formatJson(result, { color: false, version: '1' }))).toEqual({
      violations: [
        {
          file: 'docs/support.md',
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 28,
          severity: 'error',
          rule: 'allowed-values',
          message: 'Support State "Best effort" of "frobnicator" is not an allowed value; did you mean "Best-effort"?',
          suggestion: 'Best-effort',
          field: 'Support State',
          rowKey: 'frobnicator',
          fix: { range: [113, 124], text: 'Best-effort', line: 3, column: 17, endLine: 3, endColumn: 28 },
        },
        {
          file: 'docs/support.md',
          line: 4,
          column: 23,
          endLine: 4,
          endColumn: 24,
          severity: 'warning',
          rule: 'maintainers-required',
          message: '"widget" is Supported but has no Maintainers.',
          field: 'Maintainers',
          rowKey: 'widget',
        },
      ],
      suppressed: [],
      files: [
        { file: 'docs/support.md', tablesChecked: 1, tablesLeftAlone: 0, errors: 1, warnings: 1, notices: 0, suppressed: 0 },
        { file: 'docs/clean.md', tablesChecked: 2, tablesLeftAlone: 1, errors: 0, warnings: 0, notices: 0, suppressed: 0 },
      ],
      summary: { files: 2, tables: 3, tablesLeftAlone: 1, errors: 1, warnings: 1, notices: 0, suppressed: 0 },
    });
  });

  it('keeps the field order stable', () => {
    const first = JSON.parse(formatJson(result, { color: false, version: '1' })).violations[0];
    expect(Object.keys(first)).toEqual(['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'rule', 'message', 'suggestion', 'field', 'rowKey', 'fix']);
  });

  it('reports an empty run', () => {
    expect(formatJson({ files: [] }, { color: false, version: '1' })).toBe(
      '{\n  "violations": [],\n  "suppressed": [],\n  "files": [],\n  "summary": {\n    "files": 0,\n    "tables": 0,\n    "tablesLeftAlone": 0,\n    "errors": 0,\n    "warnings": 0,\n    "notices": 0,\n    "suppressed": 0\n  }\n}\n',
    );
  });

  it('lists suppressed findings with their reasons, and counts them', () => {
    const run = only();
    run.files[0]!.suppressed.push({ ...bestEffort, suppressions: [{ kind: 'config', justification: 'a provider spells itself so' }] });
    const report = JSON.parse(formatJson(run, { color: false, version: '1' }));
    expect(report.suppressed).toEqual([
      expect.objectContaining({ rule: 'allowed-values', rowKey: 'frobnicator', suppressions: [{ kind: 'config', justification: 'a provider spells itself so' }] }),
    ]);
    expect(report.violations).toEqual([]);
    expect(report.summary.suppressed).toBe(1);
    expect(report.files[0].suppressed).toBe(1);
  });
});

describe('jsonPieces', () => {
  const whole = (run: LintResult): string => `${JSON.stringify(jsonReport(run), null, 2)}\n`;
  const withEverything = (): LintResult => {
    const run = only(bestEffort, noMaintainers);
    const file = run.files[0]!;
    file.suppressed.push({ ...noMaintainers, suppressions: [{ kind: 'directive', justification: 'a "quoted"\nreason' }] });
    file.existing = [bestEffort];
    file.output = 'fixed\ntext with "quotes" and \\ and \u2028';
    run.files.push({ ...only().files[0]!, file: 'b.md', existing: [] });
    return run;
  };

  // Every string field of a finding with what JSON must escape: quotes, backslashes, control
  // characters, a line separator, a lone surrogate; and a finding with a fix but no place for it.
  const odd = 'a "b" \\ c\n\t\u0001 \u2028 \ud800 é 🙂';
  const escaped: LintResult = only(
    { ...bestEffort, file: `docs/${odd}.md`, message: odd, suggestion: odd, field: odd, rowKey: odd, fix: { range: [0, 3], text: odd } },
    { ...noMaintainers, fix: { range: [1, 1], text: '' } },
  );

  it.each([
    ['an empty run', { files: [] }],
    ['findings whose every text needs escaping', escaped],
    ['findings in two files', result],
    ['suppressed and existing findings and a fixed text', withEverything()],
  ])('writes exactly the text of the whole report: %s', (_name, run) => {
    expect([...jsonPieces(run as LintResult)].join('')).toBe(whole(run as LintResult));
  });

  it('cuts a report of many findings into pieces of a bounded size (and one batch of findings), none of them the whole', () => {
    const many = only(...Array.from({ length: 12_000 }, (_, i) => ({ ...bestEffort, line: i + 1, rowKey: `feature-${i}` })));
    const pieces = [...jsonPieces(many)];
    expect(pieces.join('')).toBe(whole(many));
    expect(pieces.length).toBeGreaterThan(2);
    const item = JSON.stringify(jsonReport(only(bestEffort)).violations[0], null, 2).length;
    for (const piece of pieces) expect(piece.length).toBeLessThan(PIECE_CHARS + ITEMS_PER_BATCH * (item + 8));
  });
});
