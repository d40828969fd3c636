import { formatJson } from '../../src/report/json.js';
import { result } from './fixtures.js';

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
      files: [
        { file: 'docs/support.md', tablesChecked: 1, errors: 1, warnings: 1, notices: 0 },
        { file: 'docs/clean.md', tablesChecked: 2, errors: 0, warnings: 0, notices: 0 },
      ],
      summary: { files: 2, tables: 3, errors: 1, warnings: 1, notices: 0 },
    });
  });

  it('keeps the field order stable', () => {
    const first = JSON.parse(formatJson(result, { color: false, version: '1' })).violations[0];
    expect(Object.keys(first)).toEqual(['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'rule', 'message', 'suggestion', 'field', 'rowKey']);
  });

  it('reports an empty run', () => {
    expect(formatJson({ files: [] }, { color: false, version: '1' })).toBe(
      '{\n  "violations": [],\n  "files": [],\n  "summary": {\n    "files": 0,\n    "tables": 0,\n    "errors": 0,\n    "warnings": 0,\n    "notices": 0\n  }\n}\n',
    );
  });
});
