/**
 * The bundles validate preset tables with validators generated at build time
 * (Ajv standalone code, scripts/precompile-presets.ts) instead of compiling
 * the presets at start-up. They must report exactly what the presets
 * compiled by Ajv at run time report: here the bundled CLI and the sources
 * lint the same documents, presets only, and the findings are compared.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { loadConfig } from '../../src/config/load.js';
import { lintSources, textLoader } from '../../src/engine/pipeline.js';
import { presetValidatorsModule } from '../../scripts/precompile-presets.js';

const cli = resolve('dist/cli.js');
const FILES = ['__tests__/fixtures/presets/kata-support-levels.md', '__tests__/fixtures/presets/kubevirt-feature-gates.md', 'examples/support-levels.md', 'examples/feature-gates-riscv64.md'];

interface Finding {
  file: string;
  line: number;
  column: number;
  rule: string;
  severity: string;
  message: string;
}

const key = ({ file, line, column, rule, severity, message }: Finding): string => JSON.stringify([file, line, column, rule, severity, message]);

(existsSync(cli) ? describe : describe.skip)('precompiled preset validators (dist/cli.js)', () => {
  it('are in the bundle, and report what run-time compiled presets report', async () => {
    // In the code the CLI loads at start-up (the entry's shared chunk).
    expect(readFileSync(cli.replace(/\.js$/, '-shared.cjs'), 'utf8')).toContain('PRECOMPILED_PRESETS = {');
    let bundled: Finding[] = [];
    try {
      bundled = (JSON.parse(execFileSync('node', [cli, ...FILES, '--format', 'json'], { encoding: 'utf8' })) as { violations: Finding[] }).violations;
    } catch (error) {
      bundled = (JSON.parse((error as { stdout: string }).stdout) as { violations: Finding[] }).violations;
    }
    const config = await loadConfig({ file: null, read: async () => undefined });
    const result = await lintSources(FILES.map((file) => ({ file, head: textLoader(readFileSync(file, 'utf8')) })), config);
    const fromSources = result.files.flatMap((file) => file.violations);
    expect(bundled.length).toBeGreaterThan(10);
    expect(bundled.map(key)).toEqual(fromSources.map(key));
  });
});

/** Configs the config schema rejects, each in its own way. */
const BAD_CONFIGS = [
  'tables: []\nextra: 1\n',
  'tables:\n  - preset: kata-support-levels\n    files: docs/*.md\n',
  'tables:\n  - preset: kata-support-levels\n    severities: { allowed-values: loud }\n',
  'tables:\n  - schema: s.json\n    preset: kata-support-levels\n',
  'tables:\n  - files: ["**"]\n',
  'budgets: { maxFileBytes: -1 }\ntables: []\n',
  'tables:\n  - preset: kata-support-levels\n    match: { columns: Feature }\n',
  // An option of another kind of source (items: on an extract:), which the schema's if/then forbids.
  'sources:\n  s:\n    extract: { files: ["a.go"], pattern: "(?<name>x)" }\n    items: /gates\n    key: [name]\ntables: []\n',
];

(existsSync(cli) ? describe : describe.skip)('the precompiled config validator (dist/cli.js)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'stl-config-'));
    writeFileSync(join(dir, 'a.md'), '# nothing\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is a chunk of its own, which a run without a config does not load', () => {
    expect(readFileSync(cli.replace(/\.js$/, '-shared.cjs'), 'utf8')).not.toContain('PRECOMPILED_CONFIG = configValidator');
    expect(readFileSync(join(dirname(cli), 'cli-precompiled-config.cjs'), 'utf8')).toMatch(/exports\.PRECOMPILED_CONFIG = /);
  });

  it.each(BAD_CONFIGS)('reports what Ajv at run time reports: %j', async (text) => {
    writeFileSync(join(dir, 'c.yml'), text);
    const fromSources = await loadConfig({ file: 'c.yml', read: async () => text }).then(
      () => 'accepted',
      (error: Error) => error.message,
    );
    expect(fromSources).not.toBe('accepted');
    let stderr = '';
    try {
      execFileSync('node', [cli, 'a.md', '--config', 'c.yml'], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      stderr = (error as { stderr: string }).stderr;
    }
    expect(stderr).toContain(fromSources);
  });
});

describe('the generated validators modules', () => {
  it('carries every preset and imports nothing but the link check, RE2 patterns and Ajv runtime helpers', () => {
    const code = presetValidatorsModule('./link-agreement.js', './regex.js');
    const config = presetValidatorsModule('./link-agreement.js', './regex.js', 'config');
    expect(code).toContain('export const PRECOMPILED_PRESETS = { "kubevirt-feature-gates": preset0, "kata-support-levels": preset1 }');
    expect(code).not.toContain('PRECOMPILED_CONFIG');
    expect(config).toContain('export const PRECOMPILED_CONFIG = configValidator;');
    expect(config).not.toContain('PRECOMPILED_PRESETS');
    for (const module of [code, config]) {
      for (const line of module.split('\n').filter((l) => l.startsWith('import '))) expect(line).toMatch(/from "(\.\/link-agreement\.js|\.\/regex\.js|ajv\/dist\/runtime\/[a-z0-9]+)";$/);
      expect(module).not.toMatch(/require\(/);
    }
    // Preset patterns run on RE2 as authored ones do, never on backtracking RegExp.
    expect(code).toMatch(/const (func\d+) = compilePattern;/);
    expect(code).not.toMatch(/new RegExp/);
  });
});
