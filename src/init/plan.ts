/**
 * `init`'s plan with the built-in presets in view: a table a preset checks
 * as it is keeps the preset (init names it in the config and writes no
 * schema), and what the preset reports on it now is listed with the likely
 * mistakes, so that a plain run afterwards reports nothing init did not say.
 */
import type { CompiledConfig } from '../config/load.js';
import { judgeFor } from '../engine/judge.js';
import { missingColumns } from '../markdown/select.js';
import { lintText } from '../engine/pipeline.js';
import { inferPlan, type InitPlan } from './infer.js';

/** `existing`: a config already there, whose checked tables init leaves to it (it adds entries for the rest). */
export async function planInit(documents: { file: string; source: string }[], presets: CompiledConfig, existing?: CompiledConfig): Promise<InitPlan> {
  const presetOf = (file: string, table: Parameters<typeof judgeFor>[1]): string | undefined => {
    const judge = judgeFor(file, table, presets);
    return judge && presets.presets.find((preset) => preset.schema === judge.schema)?.name;
  };
  // The existing config's entries for each file, found once per file: the judge skips the others anyway,
  // after a glob match per entry and table (a folder of pages, and a config of an entry per page). The
  // config has a file, so a file no entry is for still gets no preset.
  const entriesFor = new Map<string, CompiledConfig>();
  const existingFor = (file: string): CompiledConfig =>
    entriesFor.get(file) ?? entriesFor.set(file, { ...existing!, entries: existing!.entries.filter((entry) => entry.matchesFile(file)) }).get(file)!;
  // A table an entry judges only by tolerating one missing column is not checked as it is (the entry
  // reports that column missing): a shape of its own, which init writes an entry for.
  const checkedAlready = (file: string, table: Parameters<typeof judgeFor>[1]): boolean => {
    const judge = judgeFor(file, table, existingFor(file));
    return judge !== undefined && (judge.entry === undefined || missingColumns(table.columns, judge.entry.match?.columns ?? judge.entry.schema.required).length === 0);
  };
  const plan = inferPlan(documents, presetOf, existing && checkedAlready);
  const files = new Set(plan.presets.flatMap((preset) => preset.seen.map((seen) => seen.file)));
  for (const { file, source } of documents) {
    if (!files.has(file)) continue;
    const result = await lintText(file, source, presets);
    for (const violation of result.violations) {
      if (violation.severity === 'notice') continue;
      plan.mistakes.push({
        file,
        line: violation.line,
        column: violation.field ?? '',
        value: violation.rowKey ?? '',
        why: violation.message,
        preset: violation.rule,
      });
    }
  }
  plan.mistakes.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return plan;
}
