import type { Log } from 'sarif';
import { formatSarif, sarifLog } from '../../src/report/sarif.js';
import type { RuleMeta } from '../../src/rules/types.js';
import { allRules } from '../../src/rules/index.js';
import { result } from './fixtures.js';

const rules: RuleMeta[] = [
  { id: 'allowed-values', description: 'Cells hold allowed values.', severity: 'error', docs: 'https://example.test/rules#allowed-values' },
  { id: 'notes-hint', description: 'A hint.', severity: 'notice', docs: 'https://example.test/rules#notes-hint' },
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
                  helpUri: 'https://example.test/rules#allowed-values',
                  defaultConfiguration: { level: 'error' },
                },
                {
                  id: 'notes-hint',
                  shortDescription: { text: 'A hint.' },
                  helpUri: 'https://example.test/rules#notes-hint',
                  defaultConfiguration: { level: 'note' },
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
    const log = sarifLog({ files: [{ file: v.file, tablesChecked: 1, violations: [v] }] }, '1', rules);
    expect(log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('my%20docs/a%23b.md');
  });

  it('lists every registered rule by default, with a description and help link', () => {
    const log: Log = JSON.parse(formatSarif({ files: [] }, { color: false, version: '0.1.0' }));
    const described = log.runs[0]!.tool.driver.rules!;
    expect(described.map((r) => r.id)).toEqual(allRules.map((r) => r.id));
    expect(described.find((r) => r.id === 'file-encoding')).toEqual({
      id: 'file-encoding',
      shortDescription: { text: 'A linted file must be readable and encoded as UTF-8.' },
      helpUri: 'https://github.com/support-table-lint/support-table-lint#rules-file-encoding',
      defaultConfiguration: { level: 'error' },
    });
  });
});
