import { baseOf, describeEvent, headOf } from '../../src/action/event.js';

const pr = (headRepo: string) => ({
  pull_request: { number: 3, base: { sha: 'b', repo: { full_name: 'o/r' } }, head: { sha: 'h', repo: { full_name: headRepo } } },
});

describe('events', () => {
  it('takes the PR head commit, not the merge commit, and spots forks', () => {
    const same = describeEvent('pull_request', pr('o/r'), 'merge');
    expect(same).toEqual({ kind: 'pull_request', number: 3, baseSha: 'b', headSha: 'h', fork: false });
    expect([headOf(same), baseOf(same)]).toEqual(['h', 'b']);
    expect(describeEvent('pull_request_target', pr('someone/r'), 'x')).toMatchObject({ fork: true });
  });

  it('compares a push with its before commit, unless it created the branch', () => {
    const push = describeEvent('push', { before: 'b1', after: 'a1' }, 'a1');
    expect([headOf(push), baseOf(push)]).toEqual(['a1', 'b1']);
    expect(describeEvent('push', { before: '0'.repeat(40), after: 'a1' }, 'a1')).toEqual({ kind: 'other', name: 'push', sha: 'a1' });
  });

  it('has no base on workflow_dispatch and schedule', () => {
    for (const name of ['workflow_dispatch', 'schedule']) {
      const e = describeEvent(name, {}, 's');
      expect([e.kind, headOf(e), baseOf(e)]).toEqual(['other', 's', undefined]);
    }
  });
});
