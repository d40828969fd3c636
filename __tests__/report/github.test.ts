import { formatGithub } from '../../src/report/github.js';
import type { Violation } from '../../src/core/types.js';
import { only, result } from './fixtures.js';

describe('github', () => {
  it('writes one workflow command per violation, with an inclusive end column', () => {
    expect(formatGithub(result, { color: false, version: '1' })).toBe(
      '::error file=docs/support.md,line=3,endLine=3,col=17,endColumn=27,title=allowed-values::Support State "Best effort" of "frobnicator" is not an allowed value; did you mean "Best-effort"?\n' +
        '::warning file=docs/support.md,line=4,endLine=4,col=23,endColumn=23,title=maintainers-required::"widget" is Supported but has no Maintainers.\n',
    );
  });

  it('cannot be made to write a second command by a file name or message', () => {
    const v: Violation = { ...result.files[0]!.violations[0]!, file: 'docs/x.md\n::error::owned', message: 'a\r\n::warning::b' };
    const out = formatGithub(only(v), { color: false, version: '1' });
    expect(out.split('\n').filter((line) => line.startsWith('::'))).toHaveLength(1);
  });

  it('shows control characters from a cell or a file name as control pictures, never as a terminal escape', () => {
    const v: Violation = { ...result.files[0]!.violations[0]!, file: 'docs/\u001b[31mred.md', message: 'GRADUATION "Gr\u001b]0;PWNED\u0007\u001b[2J" is wrong' };
    const out = formatGithub(only(v), { color: false, version: '1' });
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(out).toContain('GRADUATION "Gr\u241b]0;PWNED\u2407\u241b[2J" is wrong');
    expect(out).toContain('file=docs/\u241b[31mred.md');
  });

  it('escapes data and properties as @actions/core does, and drops columns on multi-line spans', () => {
    const v: Violation = {
      file: 'docs/a,b:c%.md',
      line: 2,
      column: 1,
      endLine: 3,
      endColumn: 5,
      severity: 'notice',
      rule: 'x',
      message: '100% sure:\r\nnext, line',
    };
    expect(formatGithub(only(v), { color: false, version: '1' })).toBe(
      '::notice file=docs/a%2Cb%3Ac%25.md,line=2,endLine=3,title=x::100%25 sure:%0D%0Anext, line\n',
    );
  });

  it('writes nothing for a clean run', () => {
    expect(formatGithub(only(), { color: false, version: '1' })).toBe('');
  });
});
