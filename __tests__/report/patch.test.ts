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

function applied(before: string, patch: string, name = 'doc.md', others: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'stl-patch-'));
  try {
    writeFileSync(join(dir, name), before);
    for (const [file, text] of Object.entries(others)) writeFileSync(join(dir, file), text);
    writeFileSync(join(dir, 'fix.patch'), patch);
    execFileSync('git', ['apply', 'fix.patch'], { cwd: dir, env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_SYSTEM: '/dev/null' } });
    // A file the patch was not for is as it was.
    for (const [file, text] of Object.entries(others)) expect(readFileSync(join(dir, file), 'utf8')).toBe(text);
    return readFileSync(join(dir, name), 'utf8');
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

  it.each([
    ['a newline', 'x\nrename from run.sh\nrename to run.sh\n--- doc.md\n+++ doc.md.md'],
    ['a carriage return and a tab', 'a\rb\tc.md'],
    ['quotes and backslashes', 'say "hi" \\ there.md'],
    ['a control character and a letter past ASCII', 'caf\u00e9\u0001.md'],
  ])('a file name with %s is quoted as git quotes it: the patch changes that file and no other', (_what, name) => {
    const before = '| Key | V |\n| - | - |\n| b | x |\n| a | y |\n';
    const after = '| Key | V |\n| - | - |\n| a | y |\n| b | x |\n';
    const patch = unifiedDiff(name, before, after);
    // Every header line names the file on one line.
    expect(patch.split('\n').filter((line) => /^(diff --git|---|\+\+\+) /.test(line))).toHaveLength(3);
    expect(applied(before, patch, name, { 'run.sh': 'echo safe\n' })).toBe(after);
  });

  it('a plain name is written bare, as git writes it', () => {
    expect(unifiedDiff('docs/a b.md', 'x\n', 'y\n').split('\n').slice(0, 3)).toEqual(['diff --git a/docs/a b.md b/docs/a b.md', '--- a/docs/a b.md', '+++ b/docs/a b.md']);
  });
});
