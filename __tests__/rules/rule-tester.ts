/**
 * ESLint's RuleTester, for support-table-lint: each case is a markdown
 * document linted by the real pipeline (config loading, reader, judge,
 * rules, suppressions) with a config entry built from the case's schema and
 * table options. Invalid cases list the exact findings of the rule under
 * test; fixable ones also give the fixed text, which is linted again to show
 * the fixed findings gone and no new ones.
 */
import { loadConfig, type CompiledConfig } from '../../src/config/load.js';
import type { SourceDefinition, TableEntry } from '../../src/config/types.js';
import { loadSources } from '../../src/sources/load.js';
import type { Violation } from '../../src/core/types.js';
import { fixText } from '../../src/engine/fix.js';
import { lintText } from '../../src/engine/pipeline.js';
import { allRuleMetas } from '../../src/rules/index.js';

export interface RuleCase {
  name: string;
  markdown: string;
  /** The row schema (default: any object). */
  schema?: object;
  /** Table options and `match`, as a config entry has them. */
  entry?: Omit<TableEntry, 'schema' | 'preset'>;
  /** A built-in preset instead of a schema. */
  preset?: string;
  /** The config's `sources:`, and the files they read (by path). */
  sources?: Record<string, SourceDefinition>;
  files?: Record<string, string>;
}

export interface Expected {
  /** `line:column-endColumn` (or `line:column-endLine:endColumn`). */
  at: string;
  message: string;
  field?: string;
  rowKey?: string;
  suggestion?: string;
  /** Given only when it is not the rule's default severity. */
  severity?: string;
}

export interface InvalidCase extends RuleCase {
  errors: Expected[];
  /** The text after fixing (fixable rules); absent: no fix is offered. */
  output?: string;
}

export async function configFor(testCase: RuleCase): Promise<CompiledConfig> {
  const entry = { ...testCase.entry, ...(testCase.preset ? { preset: testCase.preset } : { schema: 'schema.json' }) };
  const files: Record<string, string> = {
    ...testCase.files,
    'config.yml': JSON.stringify({ tables: [entry], ...(testCase.sources ? { sources: testCase.sources } : {}) }),
    'schema.json': JSON.stringify(testCase.schema ?? { type: 'object' }),
  };
  const read = async (path: string) => files[path];
  const config = await loadConfig({ file: 'config.yml', read });
  const fail = async (): Promise<never> => {
    throw new Error('not in this test');
  };
  return { ...config, sourceData: await loadSources(config, { readText: read, glob: fail, fetchText: fail }) };
}

export const at = (v: Pick<Violation, 'line' | 'column' | 'endLine' | 'endColumn'>): string =>
  v.line === v.endLine ? `${v.line}:${v.column}-${v.endColumn}` : `${v.line}:${v.column}-${v.endLine}:${v.endColumn}`;

export async function lintCase(rule: string, testCase: RuleCase, markdown = testCase.markdown): Promise<Violation[]> {
  const result = await lintText('doc.md', markdown, await configFor(testCase));
  return result.violations.filter((v) => v.rule === rule);
}

const brief = (v: Violation): Expected => ({
  at: at(v),
  message: v.message,
  ...(v.field === undefined ? {} : { field: v.field }),
  ...(v.rowKey === undefined ? {} : { rowKey: v.rowKey }),
  ...(v.suggestion === undefined ? {} : { suggestion: v.suggestion }),
  ...(v.severity === allRuleMetas.find((meta) => meta.id === v.rule)?.severity ? {} : { severity: v.severity }),
});

export function testRule(rule: string, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  describe(rule, () => {
    // jest's it.each fails on an empty list; a rule may have cases of one kind only.
    if (cases.valid.length > 0) it.each(cases.valid.map((c) => [c.name, c] as const))('valid: %s', async (_, testCase) => {
      expect((await lintCase(rule, testCase)).map(brief)).toEqual([]);
    });
    if (cases.invalid.length > 0) it.each(cases.invalid.map((c) => [c.name, c] as const))('invalid: %s', async (_, testCase) => {
      const found = await lintCase(rule, testCase);
      expect(found.map(brief)).toEqual(testCase.errors);
      const config = await configFor(testCase);
      const lint = async (text: string) => (await lintText('doc.md', text, config)).violations;
      const fixed = await fixText(testCase.markdown, lint, (v) => v.rule === rule);
      expect(fixed.dropped).toEqual([]);
      expect(fixed.output).toBe(testCase.output ?? testCase.markdown);
      if (testCase.output === undefined) return;
      // Re-lint: the rule's fixable findings are gone, and nothing new appeared.
      const before = await lint(testCase.markdown);
      const after = await lint(fixed.output);
      expect(after.filter((v) => v.rule === rule && v.fix)).toEqual([]);
      const known = new Set(before.map((v) => `${v.rule}\0${v.rowKey ?? ''}\0${v.field ?? ''}`));
      expect(after.filter((v) => !known.has(`${v.rule}\0${v.rowKey ?? ''}\0${v.field ?? ''}`)).map(brief)).toEqual([]);
    });
  });
}
