import type { Log } from 'sarif';
import { formatSarif, sarifLog } from '../../src/report/sarif.js';
import type { RuleMeta } from '../../src/rules/types.js';
import { allRuleMetas } from '../../src/rules/index.js';
import { MAX_RESULTS_PER_RUN } from '../../src/report/sarif.js';
import { bestEffort, noMaintainers, only, result } from './fixtures.js';

const rules: RuleMeta[] = [
  { id: 'allowed-values', type: 'problem', description: 'Cells hold allowed values.', severity: 'error', docs: 'https://example.test/rules#allowed-values', fixable: 'code', messages: {} },
  { id: 'notes-hint', type: 'suggestion', description: 'A hint.', severity: 'notice', docs: 'https://example.test/rules#notes-hint', messages: {} },
];

describe('sarif', () => {
  it('describes the tool and its rules, and places each result at its cell', () => {
    expect(sarifLog(result, '1.2.3', rules)).toEqual({
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'support-table-lint',
              version: '1.2.3',
              informationUri: 'https://github.com/support-table-lint/support-table-lint',
              rules: [
                {
                  id: 'allowed-values',
                  shortDescription: { text: 'Cells hold allowed values.' },
                  fullDescription: { text: 'Cells hold allowed values. Some findings of this rule carry a fix (support-table-lint --fix).' },
                  help: {
                    text: 'Cells hold allowed values. See https://example.test/rules#allowed-values',
                    markdown: 'Cells hold allowed values.\n\n[Documentation](https://example.test/rules#allowed-values)',
                  },
                  helpUri: 'https://example.test/rules#allowed-values',
                  defaultConfiguration: { level: 'error' },
                  properties: { tags: ['problem'] },
                },
                {
                  id: 'notes-hint',
                  shortDescription: { text: 'A hint.' },
                  fullDescription: { text: 'A hint.' },
                  help: { text: 'A hint. See https://example.test/rules#notes-hint', markdown: 'A hint.\n\n[Documentation](https://example.test/rules#notes-hint)' },
                  helpUri: 'https://example.test/rules#notes-hint',
                  defaultConfiguration: { level: 'note' },
                  properties: { tags: ['suggestion'] },
                },
                // Not in the rule list: described by its id so the result stays valid.
                { id: 'maintainers-required', shortDescription: { text: 'maintainers-required' } },
              ],
            },
          },
          columnKind: 'utf16CodeUnits',
          results: [
            {
              ruleId: 'allowed-values',
              ruleIndex: 0,
              level: 'error',
              message: { text: 'Support State "Best effort" of "frobnicator" is not an allowed value; did you mean "Best-effort"?' },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: 'docs/support.md', uriBaseId: '%SRCROOT%' },
                    region: { startLine: 3, startColumn: 17, endLine: 3, endColumn: 28 },
                  },
                },
              ],
              fixes: [
                {
                  description: { text: 'Fix for allowed-values' },
                  artifactChanges: [
                    {
                      artifactLocation: { uri: 'docs/support.md', uriBaseId: '%SRCROOT%' },
                      replacements: [
                        { deletedRegion: { startLine: 3, startColumn: 17, endLine: 3, endColumn: 28 }, insertedContent: { text: 'Best-effort' } },
                      ],
                    },
                  ],
                },
              ],
            },
            {
              ruleId: 'maintainers-required',
              ruleIndex: 2,
              level: 'warning',
              message: { text: '"widget" is Supported but has no Maintainers.' },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: 'docs/support.md', uriBaseId: '%SRCROOT%' },
                    region: { startLine: 4, startColumn: 23, endLine: 4, endColumn: 24 },
                  },
                },
              ],
            },
          ],
        },
      ],
    });
  });

  it('percent-encodes path segments of the artifact URI', () => {
    const v = { ...result.files[0]!.violations[0]!, file: 'my docs/a#b.md' };
    const log = sarifLog(only(v), '1', rules);
    expect(log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('my%20docs/a%23b.md');
  });

  it('lists every registered rule by default, with a description and help link', () => {
    const log: Log = JSON.parse(formatSarif({ files: [] }, { color: false, version: '0.1.0' }));
    const described = log.runs[0]!.tool.driver.rules!;
    expect(described.map((r) => r.id)).toEqual(allRuleMetas.map((r) => r.id));
    expect(described.find((r) => r.id === 'file-encoding')).toMatchObject({
      id: 'file-encoding',
      shortDescription: { text: 'A linted file must be readable and encoded as UTF-8.' },
      fullDescription: { text: 'A linted file must be readable and encoded as UTF-8.' },
      help: { text: 'A linted file must be readable and encoded as UTF-8. See https://github.com/support-table-lint/support-table-lint#rules-file-encoding' },
      helpUri: 'https://github.com/support-table-lint/support-table-lint#rules-file-encoding',
      defaultConfiguration: { level: 'error' },
    });
  });

  it('keeps at most 25,000 results in the run, the most severe first, and says how many it left out', () => {
    const many = [
      ...Array.from({ length: MAX_RESULTS_PER_RUN }, (_, i) => ({ ...noMaintainers, line: i + 1 })),
      { ...bestEffort, line: MAX_RESULTS_PER_RUN + 5 },
    ];
    const run = sarifLog(only(...many), '1').runs[0]!;
    expect(run.results).toHaveLength(MAX_RESULTS_PER_RUN);
    expect(run.results!.filter((r) => r.level === 'error')).toHaveLength(1);
    expect(run.invocations![0]!.toolExecutionNotifications![0]!.message.text).toBe(
      `1 of ${MAX_RESULTS_PER_RUN + 1} results were left out: code scanning accepts at most ${MAX_RESULTS_PER_RUN} per run. The most severe are kept; the JSON report (--format json, or the Action's report-file) holds them all.`,
    );
  });
});

describe('suppressed and pre-existing findings', () => {
  it('a suppressed finding is a result with its suppression; with a base, results say new or unchanged', () => {
    const withBoth = only(bestEffort);
    withBoth.files[0]!.suppressed.push({ ...noMaintainers, suppressions: [{ kind: 'directive', justification: 'intentional' }, { kind: 'config', justification: '' }] });
    withBoth.files[0]!.existing = [{ ...noMaintainers, line: 9 }];
    const results = sarifLog(withBoth, '1').runs[0]!.results!;
    expect(results.map((r) => [r.locations![0]!.physicalLocation!.region!.startLine, r.baselineState, r.suppressions])).toEqual([
      [3, 'new', undefined],
      [4, undefined, [{ kind: 'inSource', justification: 'intentional' }, { kind: 'external' }]],
      [9, 'unchanged', undefined],
    ]);
  });
});

describe('SARIF 2.1.0 schema (OASIS, as Microsoft publishes it in @microsoft/jest-sarif)', () => {
  it('every log we write validates: findings with fixes, the capped run, an empty run', async () => {
    const { readFileSync } = await import('node:fs');
    // CommonJS with `exports.default`: the constructor is the default export's default, or itself.
    const loaded = (await import('ajv-draft-04')) as unknown as { default: { default?: unknown } };
    const AjvDraft04 = (loaded.default.default ?? loaded.default) as new (options: object) => { compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown } };
    const schema = JSON.parse(readFileSync('node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json', 'utf8'));
    // The published schema's language pattern is not valid with the u flag; read it as JSON Schema draft 4 does.
    const validate = new AjvDraft04({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false }).compile(schema);
    const logs = [
      sarifLog(result, '1.2.3'),
      sarifLog(only(...Array.from({ length: MAX_RESULTS_PER_RUN + 2 }, (_, i) => ({ ...noMaintainers, line: i + 1 }))), '1'),
      sarifLog({ files: [] }, '1'),
      (() => {
        const withBoth = only(bestEffort);
        withBoth.files[0]!.suppressed.push({ ...noMaintainers, suppressions: [{ kind: 'directive', justification: 'intentional' }] });
        withBoth.files[0]!.existing = [{ ...noMaintainers, line: 9 }];
        return sarifLog(withBoth, '1');
      })(),
    ];
    for (const log of logs) {
      const ok = validate(JSON.parse(JSON.stringify(log)));
      expect(ok ? [] : validate.errors).toEqual([]);
    }
  });
});
