/**
 * The job summary (and the check run's output): counts, every gating finding
 * in a table linked to the file at the head commit, pre-existing findings in
 * a collapsed section, cut to stay under GitHub's size limit.
 */
import { byPosition } from '../core/gate.js';
import type { Violation } from '../core/types.js';
import { gatingOrder } from './annotations.js';
import { LIMITS } from './limits.js';
import { countOf, describeCounts } from './outcome.js';

/** GitHub rejects step summaries over 1 MiB; keep a margin. */
export const STEP_SUMMARY_BYTES = LIMITS.stepSummaryBytes - 16 * 1024;
/** A check run's output.summary holds at most 65,535 characters (bytes are never fewer). */
export const CHECK_RUN_SUMMARY_BYTES = LIMITS.outputSummaryChars - 535;

export interface SummaryInput {
  gating: Violation[];
  existing: Violation[];
  isNew: boolean;
  filesChecked: number;
  tablesChecked: number;
  /** Where links point: `${serverUrl}/${repository}/blob/${sha}/`. */
  blobUrl: string;
  failReason?: string;
  /** Extra lines, e.g. that the PR changes the config. */
  notes: string[];
  /**
   * Where every finding can be read when rows are left out ("the report file
   * x.json"); only what was actually written. Undefined: nowhere else.
   */
  elsewhere?: string;
}

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/** Text safe inside a markdown table cell, with HTML rendering off. */
export const cell = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>');

const encodePath = (p: string): string => p.split('/').map(encodeURIComponent).join('/');

export const row = (v: Violation, blobUrl: string): string => {
  const link = `[${cell(`${v.file}:${v.line}`)}](${blobUrl}${encodePath(v.file)}#L${v.line})`;
  const suggestion = v.suggestion !== undefined ? `<code>${cell(v.suggestion)}</code>` : '';
  return `| ${v.severity} | ${link} | ${cell(v.rule)} | ${cell(v.message)} | ${suggestion} |\n`;
};

const TABLE_HEAD = '| Severity | Where | Rule | Message | Suggestion |\n| --- | --- | --- | --- | --- |\n';

export function buildSummary(input: SummaryInput, maxBytes: number = STEP_SUMMARY_BYTES): string {
  const c = countOf(input.gating);
  const existing = input.existing.length;
  let out = '## support-table-lint\n\n';
  out += input.failReason ? `:x: ${input.failReason}\n\n` : ':white_check_mark: Nothing reaches the failure threshold.\n\n';
  out +=
    `**${describeCounts(c, input.isNew)}**` +
    (c.notices > 0 ? `, ${c.notices} notice${c.notices === 1 ? '' : 's'}` : '') +
    (input.isNew ? `, ${existing} pre-existing` : '') +
    ` · ${input.filesChecked} file${input.filesChecked === 1 ? '' : 's'}, ` +
    `${input.tablesChecked} table${input.tablesChecked === 1 ? '' : 's'} checked\n\n`;
  for (const note of input.notes) out += `> ${cell(note)}\n\n`;

  // Room for the closing lines written after the rows.
  const reserve = 400;
  let leftOut = 0;
  const addRows = (vs: Violation[]): string => {
    let text = '';
    for (const v of vs) {
      const r = row(v, input.blobUrl);
      if (leftOut > 0 || bytes(out) + bytes(text) + bytes(r) + reserve > maxBytes) leftOut++;
      else text += r;
    }
    return text;
  };
  if (input.gating.length > 0) {
    out += `### ${input.isNew ? 'New findings' : 'Findings'}\n\n${TABLE_HEAD}`;
    out += addRows(gatingOrder(input.gating)) + '\n';
  }
  if (existing > 0) {
    const head = `<details><summary>${existing} pre-existing finding${existing === 1 ? '' : 's'} (already at the base commit; they do not fail this check)</summary>\n\n${TABLE_HEAD}`;
    if (bytes(out) + bytes(head) + reserve <= maxBytes && leftOut === 0) {
      out += head;
      out += addRows([...input.existing].sort(byPosition));
      out += '\n</details>\n\n';
    } else leftOut += existing;
  }
  if (leftOut > 0) {
    const where = input.elsewhere
      ? `${input.elsewhere} holds every finding`
      : 'set the `report-file` input to keep every finding in a JSON file';
    out += `_${leftOut} row${leftOut === 1 ? '' : 's'} left out to stay under GitHub's size limit; ${where}._\n`;
  }
  return out;
}
