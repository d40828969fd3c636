/**
 * markdownlint-style fixtures: each markdown file under fixtures/presets
 * carries its expected findings in a trailing `fixture-expect`
 * comment, one `line:column severity rule [-> suggestion]` per line. The files
 * are linted with no config file, so the presets apply by header; each is then
 * fixed and linted again, and the findings left must be exactly those the
 * fixture lists as having no fix.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/load.js';
import type { Violation } from '../../src/core/types.js';
import { fixText } from '../../src/engine/fix.js';
import { lintText } from '../../src/engine/pipeline.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'presets');
const config = await loadConfig({ file: null, read: async () => undefined });

const expectedIn = (source: string): string[] => {
  const block = /<!-- fixture-expect\n([\s\S]*?)-->/.exec(source);
  if (!block) throw new Error('fixture has no fixture-expect comment');
  return block[1]!.split('\n').filter((line) => line.trim() !== '');
};
const brief = (v: Violation): string => `${v.line}:${v.column} ${v.severity} ${v.rule}${v.suggestion === undefined ? '' : ` -> ${v.suggestion}`}`;

describe.each(readdirSync(dir).filter((name) => name.endsWith('.md')))('%s', (name) => {
  const source = readFileSync(join(dir, name), 'utf8');

  it('reports exactly the expected findings', async () => {
    const result = await lintText(name, source, config);
    expect(result.violations.map(brief)).toEqual(expectedIn(source));
    expect(result.tablesChecked).toBe(1);
    for (const violation of result.violations.filter((v) => v.rowKey)) expect(violation.message).toContain(violation.rowKey);
  });

  it('after --fix, only the findings without a fix are left', async () => {
    const before = (await lintText(name, source, config)).violations;
    const fixed = await fixText(source, async (text) => (await lintText(name, text, config)).violations);
    expect(fixed.dropped).toEqual([]);
    const after = (await lintText(name, fixed.output, config)).violations;
    const unfixable = before.filter((v) => !v.fix).map((v) => `${v.rule} ${v.rowKey ?? ''} ${v.field ?? ''}`);
    expect(after.map((v) => `${v.rule} ${v.rowKey ?? ''} ${v.field ?? ''}`).sort()).toEqual(unfixable.sort());
  });
});
