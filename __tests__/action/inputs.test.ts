import { InputError, parseInputs, splitGlobs } from '../../src/action/inputs.js';

const from = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('inputs', () => {
  it('applies the defaults when nothing is set', () => {
    expect(parseInputs(from({}))).toEqual({
      config: '.github/support-table-lint.yml', files: ['**/*.{md,markdown}'], scope: 'changed', gate: 'new', failOn: 'error',
      annotations: true, checkRun: 'auto', summary: true, trustedConfig: 'base', token: '', reportFile: '', sarifFile: '',
      suggestions: true, mode: 'both', artifact: 'support-table-lint-result.json',
    });
  });

  it('reads every input', () => {
    const inputs = parseInputs(from({
      config: 'lint.yml', files: 'docs/**/*.md\nREADME.md, x.md', scope: 'all', gate: 'all', 'fail-on': 'Warning',
      annotations: 'false', 'check-run': 'true', summary: 'False', 'trusted-config': 'head', token: 't0k', 'report-file': 'r.json', 'sarif-file': 's.sarif',
      suggestions: 'false', mode: 'Publish', artifact: 'out/result.json',
    }));
    expect(inputs).toEqual({
      config: 'lint.yml', files: ['docs/**/*.md', 'README.md', 'x.md'], scope: 'all', gate: 'all', failOn: 'warning',
      annotations: false, checkRun: 'true', summary: false, trustedConfig: 'head', token: 't0k', reportFile: 'r.json', sarifFile: 's.sarif',
      suggestions: false, mode: 'publish', artifact: 'out/result.json',
    });
  });

  it.each([
    ['fail-on', 'errors', 'Input "fail-on" is "errors"; use one of "error", "warning", "never".'],
    ['scope', 'pr', 'Input "scope" is "pr"; use one of "changed", "all".'],
    ['annotations', 'yes', 'Input "annotations" is "yes"; use "true" or "false".'],
    ['check-run', 'maybe', 'Input "check-run" is "maybe"; use one of "true", "false", "auto".'],
    ['mode', 'lint', 'Input "mode" is "lint"; use one of "both", "analyse", "publish".'],
    ['suggestions', 'on', 'Input "suggestions" is "on"; use "true" or "false".'],
  ])('rejects %s: %s', (name, value, message) => {
    expect(() => parseInputs(from({ [name]: value }))).toThrow(new InputError(message));
  });

  it('takes "analyze" for "analyse"', () => {
    expect(parseInputs(from({ mode: 'Analyze' })).mode).toBe('analyse');
  });

  it('splits globs on lines and commas', () => {
    expect(splitGlobs(' a.md ,\n\n b/**/*.md \n')).toEqual(['a.md', 'b/**/*.md']);
    // A comma inside braces is the glob's own.
    expect(splitGlobs('docs/**/*.{md,markdown}, README.md')).toEqual(['docs/**/*.{md,markdown}', 'README.md']);
  });
});
