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
    // pull-requests: write for the review of suggested fixes.
    expect(parsed.permissions).toEqual({ contents: 'read', checks: 'write', 'pull-requests': 'write' });
    const steps = Object.values(parsed.jobs)[0]?.steps ?? [];
    expect(steps.map((s) => s.uses)).toEqual(['actions/checkout@v4', 'support-table-lint/support-table-lint@v1']);
  });

  it('gives the two workflows for forks, copy-paste ready: analyse with a read-only token, publish without the PR\'s code', () => {
    const blocks = [...section.matchAll(/```yaml\n([^]*?)```/g)].map((m) => parse(m[1]!) as Workflow);
    const analyse = blocks.find((w) => w.on === 'pull_request' && steps(w).some((s) => s.with?.['mode'] === 'analyse'));
    const publish = blocks.find((w) => typeof w.on === 'object' && 'workflow_run' in w.on);
    expect(analyse?.permissions).toEqual({ contents: 'read' });
    const upload = steps(analyse!).find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.['path']).toBe(action.inputs['artifact']?.default);
    expect((publish!.on as { workflow_run: { workflows: string[] } }).workflow_run.workflows).toEqual([analyse!.name]);
    expect(publish!.permissions).toEqual({ actions: 'read', checks: 'write', 'pull-requests': 'write' });
    expect(steps(publish!).map((s) => s.uses?.split('@')[0])).toEqual(['actions/download-artifact', 'support-table-lint/support-table-lint']);
    expect(steps(publish!)[0]?.with?.['name']).toBe(upload?.with?.['name']);
    expect(steps(publish!)[1]?.with).toEqual({ mode: 'publish' });
  });
});

interface Workflow {
  name: string;
  on: string | Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: { uses?: string; with?: Record<string, string> }[] }>;
}
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);
