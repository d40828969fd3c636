/**
 * The Action on a pull request that changes one file, through the end-to-end
 * harness (__tests__/action/harness.ts: a git repository, the bundled
 * dist/index.js as a process, a stand-in REST API on 127.0.0.1). Prints
 * `action-ms <median of 3> <outputs>` for bench/run.js. Run from the
 * repository root, after `npm run bundle`.
 */
import { cleanup, makeRepo, patchOf, pullRequestPayload, runAction, startApi } from '../__tests__/action/harness.js';

const DOC = 'docs/gates.md';
const gates = (status: string): string =>
  ['# Feature gates', '', 'FEATURE GATE | GRADUATION | STATUS', '-- | -- | --', 'AlphaGate | Alpha | SUPPORTED', `BetaGate | Beta | ${status}`, 'CpuGate | GA | SUPPORTED', ''].join('\n');

const times: number[] = [];
let outputs = '';
try {
  for (let i = 0; i < 3; i++) {
    const repo = makeRepo({ [DOC]: gates('SUPPORTED') }, { [DOC]: gates('Supported') });
    // With the file's patch, as GitHub lists it: the run plans and posts its suggestion in a review.
    const api = await startApi({ pull: { headSha: repo.headSha }, pullFiles: [{ filename: DOC, status: 'modified', patch: patchOf(repo, DOC)! }] });
    const started = performance.now();
    const result = await runAction({ repo, api, event: 'pull_request', payload: pullRequestPayload(repo) });
    times.push(performance.now() - started);
    await api.close();
    outputs = `exit ${result.code}, errors ${result.outputs['errors']}, files-checked ${result.outputs['files-checked']}`;
  }
} finally {
  cleanup();
}
times.sort((a, b) => a - b);
console.log(`action-ms ${times[1]!.toFixed(0)} ${outputs}`);
