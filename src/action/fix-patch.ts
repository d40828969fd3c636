/**
 * The fixes that are not suggested in a review, as one `git apply`-able
 * patch for the job summary. Fixes are applied by the engine (fixText, in
 * passes, re-linting each pass, refusing a fix that would change a table's
 * shape), limited to the gating findings asked for; the diff is the CLI's
 * (report/patch.ts).
 */
import type { CompiledConfig } from '../config/load.js';
import { identity } from '../core/gate.js';
import type { Violation } from '../core/types.js';
import { fixText } from '../engine/fix.js';
import { lintText } from '../engine/pipeline.js';
import { unifiedDiff } from '../report/patch.js';

export interface FixPatch {
  /** The patch; '' when nothing changed. */
  text: string;
  /** How many of the findings asked for it fixes (a fix the engine refused is left out). */
  findings: number;
}

/** One patch for the fixes of `wanted`, over the files in `sources` (their text as linted). */
export async function fixPatch(wanted: readonly Violation[], sources: ReadonlyMap<string, string>, config: CompiledConfig): Promise<FixPatch> {
  const byFile = new Map<string, Set<string>>();
  for (const v of wanted) if (v.fix) byFile.set(v.file, (byFile.get(v.file) ?? new Set()).add(identity(v)));
  let text = '';
  let findings = 0;
  for (const [file, ids] of [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const source = sources.get(file);
    if (source === undefined) continue;
    const outcome = await fixText(source, async (t) => (await lintText(file, t, config)).violations, (v) => ids.has(identity(v)));
    if (outcome.output === source) continue;
    text += unifiedDiff(file, source, outcome.output);
    findings += ids.size - new Set(outcome.dropped.map((d) => identity(d.violation))).size;
  }
  return { text, findings };
}
