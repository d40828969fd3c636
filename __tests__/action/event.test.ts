import { baseOf, describeEvent, headOf } from '../../src/action/event.js';

const B = 'b'.repeat(40);
const H = 'a'.repeat(40);
const pr = (headRepo: string, base = B) => ({
  pull_request: { number: 3, base: { sha: base, repo: { full_name: 'o/r' } }, head: { sha: H, repo: { full_name: headRepo } } },
});

describe('events', () => {
  it('takes the PR head commit, not the merge commit, and spots forks', () => {
    const same = describeEvent('pull_request', pr('o/r'), 'merge');
    expect(same).toEqual({ kind: 'pull_request', number: 3, baseSha: B, headSha: H, fork: false, readOnly: false });
    expect([headOf(same), baseOf(same)]).toEqual([H, B]);
    expect(describeEvent('pull_request', pr('someone/r'), 'x')).toMatchObject({ fork: true, readOnly: true });
    // pull_request_target runs get a writing token, forks or not.
    expect(describeEvent('pull_request_target', pr('someone/r'), 'x')).toMatchObject({ fork: true, readOnly: false });
  });

  it('compares a push with its before commit, unless it created the branch', () => {
    const push = describeEvent('push', { before: B, after: H }, H);
    expect([headOf(push), baseOf(push)]).toEqual([H, B]);
    expect(describeEvent('push', { before: '0'.repeat(40), after: H }, H)).toEqual({ kind: 'other', name: 'push', sha: H });
  });

  it('has no base on workflow_dispatch and schedule', () => {
    for (const name of ['workflow_dispatch', 'schedule']) {
      const e = describeEvent(name, {}, 's');
      expect([e.kind, headOf(e), baseOf(e)]).toEqual(['other', 's', undefined]);
    }
  });

  it('refuses commit ids that are not commit ids, so they never reach git as options', () => {
    expect(() => describeEvent('pull_request', pr('o/r', '--output=/tmp/pwned'), 'm')).toThrow(
      "The event's pull_request.base.sha is not a commit id (40 or 64 hexadecimal digits), so it is not passed to git.",
    );
    expect(() => describeEvent('push', { before: B, after: 'HEAD~1' }, H)).toThrow("The event's after is not a commit id");
    expect(describeEvent('pull_request', pr('o/r', 'c'.repeat(64)), 'm')).toMatchObject({ baseSha: 'c'.repeat(64) });
  });
});
