/**
 * The fixes that are not suggested in a review, as one `git apply`-able
 * patch for the job summary. Fixes are applied by the engine (fixText, in
 * passes, re-linting each pass, refusing a fix that would change a table's
 * shape), limited to the gating findings asked for; the diff is the CLI's
 * (report/patch.ts).
 */
import type { CompiledConfig } from '../config/load.js';
import { splitNew } from '../core/gate.js';
import type { Violation } from '../core/types.js';
import { fixText } from '../engine/fix.js';
import { lintText } from '../engine/pipeline.js';
import { unifiedDiff } from '../report/patch.js';
import type { Suggestion } from './suggestions.js';

export interface FixPatch {
  /** The patch; '' when nothing changed. */
  text: string;
  /** How many of the findings asked for it fixes (a fix the engine refused is left out). */
  findings: number;
}

/**
 * One patch for the fixes of `wanted`, over the files in `sources` (their
 * text as linted). With `after`, the patch is made on top of those
 * suggestions (it applies once they are committed, as GitHub commits them),
 * so the two never conflict. Each pass is judged as the gate judged the
 * first (as `--fix --base` does): every finding but those of `existing`
 * (there at the base) is the change's, whether it carried the fix or not (a
 * sort's second out-of-order row), and keeps its fix when an earlier fix
 * changed its cell (two fixes on one header cell). `boms`: the files whose
 * bytes start with a byte-order mark, which the patch's context keeps.
 */
export async function fixPatch(
  wanted: readonly Violation[],
  sources: ReadonlyMap<string, string>,
  config: CompiledConfig,
  { after = [], existing = [], boms = new Set() }: { after?: readonly Suggestion[]; existing?: readonly Violation[]; boms?: ReadonlySet<string> } = {},
): Promise<FixPatch> {
  const files = new Set(wanted.filter((v) => v.fix).map((v) => v.file));
  let text = '';
  let findings = 0;
  for (const file of [...files].sort()) {
    const linted = sources.get(file);
    if (linted === undefined) continue;
    const source = withSuggestions(linted, after.filter((sg) => sg.path === file));
    // Each pass split as the gate split the first, counting identities (a second duplicate of a row that was
    // duplicated before is the change's): the change's findings get their fixes, and a table's sort that would
    // also move rows out of order before the change is narrowed to the change's rows.
    const before = existing.filter((v) => v.file === file);
    let change = new Set<Violation>();
    const lint = async (t: string): Promise<Violation[]> => {
      const all = (await lintText(file, t, config)).violations;
      change = new Set(splitNew(all, before).gating);
      return all;
    };
    const outcome = await fixText(source, lint, (v) => change.has(v));
    if (outcome.output === source) continue;
    const bom = boms.has(file) ? '\ufeff' : '';
    text += unifiedDiff(file, bom + source, bom + outcome.output);
    findings += wanted.filter((v) => v.file === file && v.fix).length - outcome.dropped.length;
  }
  return { text, findings };
}

/** `source` with the suggestions' lines replaced (from the last one up, so line numbers hold). */
function withSuggestions(source: string, suggestions: readonly Suggestion[]): string {
  if (suggestions.length === 0) return source;
  const lines = source.split('\n');
  for (const s of [...suggestions].sort((a, b) => b.startLine - a.startLine)) lines.splice(s.startLine - 1, s.line - s.startLine + 1, ...s.replacement.split('\n'));
  return lines.join('\n');
}
