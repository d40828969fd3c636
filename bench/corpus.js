// The bench corpus, extracted once per machine into the temp folder (never
// into the repository). Shared by `npm run bench` and the differential test.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** @param {string} archive path of bench-corpus.tar.gz @returns {string} the folder it is extracted to */
export function extractBenchCorpus(archive) {
  const dir = join(tmpdir(), 'stl-bench-corpus');
  const marker = join(dir, '.extracted');
  if (!existsSync(marker)) {
    mkdirSync(dir, { recursive: true });
    execFileSync('tar', ['xzf', archive, '-C', dir]);
    writeFileSync(marker, '');
  }
  return dir;
}
