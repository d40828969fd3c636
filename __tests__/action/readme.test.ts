/** The README's inputs and outputs tables cannot drift from action.yml. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

interface ActionYml {
  runs: { using: string; main: string };
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
}

const action = parse(readFileSync('action.yml', 'utf8')) as ActionYml;
const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('<!-- section: action -->'), readme.indexOf('<!-- /section: action -->'));

/** Rows of the markdown table that follows `### heading`, as arrays of cells. */
const tableAfter = (heading: string): string[][] => {
  const start = section.indexOf(`### ${heading}\n`);
  expect(start).toBeGreaterThanOrEqual(0);
  const lines = section.slice(start).split('\n').slice(1);
  const first = lines.findIndex((l) => l.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.slice(1, -1).split(' | ').map((c) => c.trim()));
  }
  return rows;
};

const unquote = (cell: string): string => {
  const code = /^`(.*)`$/.exec(cell)?.[1] ?? cell;
  return code === "''" ? '' : code;
};

describe('README action section', () => {
  it('lists every input of action.yml with its default, in the same order', () => {
    const rows = tableAfter('Inputs');
    expect(rows.map((r) => unquote(r[0]!))).toEqual(Object.keys(action.inputs));
    for (const [name, def, meaning] of rows) {
      expect([unquote(name!), unquote(def!)]).toEqual([unquote(name!), action.inputs[unquote(name!)]?.default ?? '']);
      expect(meaning).not.toBe('');
    }
  });

  it('lists every output of action.yml, in the same order', () => {
    expect(tableAfter('Outputs').map((r) => unquote(r[0]!))).toEqual(Object.keys(action.outputs));
  });

  it('runs the bundled entry point on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('gives a copy-paste workflow with the permissions the Action needs', () => {
    const workflow = /```yaml\n([^]*?)```/.exec(section)?.[1];
    const parsed = parse(workflow ?? '') as { on: string; permissions: Record<string, string>; jobs: Record<string, { steps: { uses?: string }[] }> };
    expect(parsed.on).toBe('pull_request');
    expect(parsed.permissions).toEqual({ contents: 'read', checks: 'write' });
    const steps = Object.values(parsed.jobs)[0]?.steps ?? [];
    expect(steps.map((s) => s.uses)).toEqual(['actions/checkout@v4', 'support-table-lint/support-table-lint@v1']);
  });
});
