/**
 * markdownlint-style fixtures: each markdown file under fixtures/presets
 * carries its expected findings in a trailing `support-table-lint-expect`
 * comment, one `line:column severity rule [-> suggestion]` per line. The files
 * are linted with no config file, so the presets apply by header.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/load.js';
import { lintSource } from '../../src/engine/lint.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'presets');
const config = loadConfig({ file: null, read: () => undefined });

const expectedIn = (source: string): string[] => {
  const block = /<!-- support-table-lint-expect\n([\s\S]*?)-->/.exec(source);
  if (!block) throw new Error('fixture has no support-table-lint-expect comment');
  return block[1]!.split('\n').filter((line) => line.trim() !== '');
};

describe.each(readdirSync(dir).filter((name) => name.endsWith('.md')))('%s', (name) => {
  const source = readFileSync(join(dir, name), 'utf8');
  const result = lintSource(name, source, config);

  it('reports exactly the expected findings', () => {
    const actual = result.violations.map(
      (v) => `${v.line}:${v.column} ${v.severity} ${v.rule}${v.suggestion === undefined ? '' : ` -> ${v.suggestion}`}`,
    );
    expect(actual).toEqual(expectedIn(source));
  });

  it('names the row key in every message about a row', () => {
    for (const violation of result.violations.filter((v) => v.rowKey)) {
      expect(violation.message).toContain(violation.rowKey);
    }
  });

  it('checks the one table outside code blocks', () => {
    expect(result.tablesChecked).toBe(1);
  });
});
