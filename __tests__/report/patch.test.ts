/**
 * Patches of fixed files: a small change is a hunk of its own, and a change
 * too large to diff cheaply (a long table sorted from reverse order) is one
 * hunk for the whole file; `git apply` takes either.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unifiedDiff } from '../../src/report/patch.js';

function applied(before: string, patch: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'stl-patch-'));
  try {
    writeFileSync(join(dir, 'doc.md'), before);
    writeFileSync(join(dir, 'fix.patch'), patch);
    execFileSync('git', ['apply', 'fix.patch'], { cwd: dir, env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_SYSTEM: '/dev/null' } });
    return readFileSync(join(dir, 'doc.md'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('unifiedDiff', () => {
  it('a small change is a hunk around it', () => {
    const before = 'a\nb\nc\nd\ne\nf\ng\nh\n';
    const after = before.replace('d', 'D');
    const patch = unifiedDiff('doc.md', before, after);
    expect(patch).toContain('@@ -1,7 +1,7 @@');
    expect(applied(before, patch)).toBe(after);
  });

  it.each([
    ['LF', '\n', true],
    ['CRLF', '\r\n', true],
    ['no newline at the end', '\n', false],
  ])('a change past the diff budget is one hunk for the whole file, and applies (%s)', (_name, eol, ended) => {
    const rows = Array.from({ length: 3000 }, (_, i) => `| r${String(i).padStart(4, '0')} | x |`);
    const text = (lines: string[]) => ['| Key | V |', '| - | - |', ...lines].join(eol) + (ended ? eol : '');
    const before = text([...rows].reverse());
    const after = text(rows);
    const patch = unifiedDiff('doc.md', before, after);
    expect(patch.match(/^@@ /gm)).toEqual(['@@ ']);
    expect(patch).toContain('@@ -1,3002 +1,3002 @@');
    expect(applied(before, patch)).toBe(after);
  });
});
