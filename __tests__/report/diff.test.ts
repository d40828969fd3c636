/**
 * The keyed diff as text for a terminal: names and values come from
 * documents and file names, so none may move the cursor or start a
 * workflow command when the CLI runs in GitHub Actions.
 */
import type { TableChange } from '../../src/core/types.js';
import { diffText } from '../../src/report/diff.js';

const change = (over: Partial<TableChange>): TableChange => ({ table: 'Gate | State', line: 1, key: 'Gate', added: [], removed: [], renamed: [], changed: [], ...over });

describe('diffText', () => {
  it('shows control characters as pictures and keeps every line from being a workflow command', () => {
    const text = diffText([
      {
        file: '::error title=Injected::pwned.md',
        changes: [
          change({
            table: 'Gate | \u001b[5mState',
            added: [{ key: 'B\u001b[2JGate', line: 3, cells: { Gate: 'B\u001b[2JGate', State: '\u001b]0;pwned\u0007' } }],
            renamed: [{ from: 'x\n::warning::forged', to: 'y', line: 4 }],
          }),
        ],
      },
    ]);
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(text.split('\n').filter((line) => /^\s*::/.test(line))).toEqual([]);
    expect(text).toContain('\u200b:error title=Injected::pwned.md:1  Gate | ␛[5mState');
    expect(text).toContain('  + B␛[2JGate  (State ␛]0;pwned␇)');
    expect(text).toContain('  ~ x␊::warning::forged → y');
  });
});
