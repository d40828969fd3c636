/**
 * The job summary (and the check run's output): counts, every gating finding
 * in a table linked to the file at the head commit, pre-existing findings in
 * a collapsed section, the fixes as a patch in another, cut to stay under
 * GitHub's size limits. Everything from the pull request (file names, cell
 * text, messages that quote cells, notes) is escaped (report/markdown.ts):
 * a file name or a cell cannot add a link, a mention or HTML, or break a row.
 */
import { byPosition } from '../core/gate.js';
import type { Violation } from '../core/types.js';
import { diffMarkdown, type FileChanges } from '../report/diff.js';
import { encodePath, escapeMarkdown, fenceFor } from '../report/markdown.js';
import { gatingOrder } from './annotations.js';
import { clip, LIMITS } from './limits.js';
import type { SuppressedFinding } from './result.js';
import { countOf, describeCounts } from './outcome.js';

/** GitHub rejects step summaries over 1 MiB; keep a margin. */
export const STEP_SUMMARY_BYTES = LIMITS.stepSummaryBytes - 16 * 1024;
/** A check run's output.summary holds at most 65,535 characters (bytes are never fewer). */
export const CHECK_RUN_SUMMARY_BYTES = LIMITS.outputSummaryChars - 535;
/** One note (a notice repeated in the summary) is cut to this many characters: a list of 400 changed schemas must not fill the summary. */
export const NOTE_CHARS = 2_000;

export interface SummaryInput {
  gating: Violation[];
  existing: Violation[];
  isNew: boolean;
  filesChecked: number;
  tablesChecked: number;
  /** Where links point: `${serverUrl}/${repository}/blob/${sha}/`. */
  blobUrl: string;
  failReason?: string;
  /** The pull request's own config does not load (trusted-config: base): said first, since it fails the run once merged. */
  configError?: string;
  /** Extra lines, e.g. that the PR changes the config. */
  notes: string[];
  /** The keyed diff of the checked tables against the base version (the "Support changes" section). */
  changes?: FileChanges[];
  /**
   * What suppressions removed in the checked files (a list in the order to
   * show them, and how many in all), and where all of them are when the
   * list does not fit (undefined: nowhere yet; the summary says how to get them).
   */
  suppressed?: { count: number; findings: SuppressedFinding[]; elsewhere?: string };
  /** The fixes as a `git apply`-able patch, and what they are ("the fixes not suggested in the review"). */
  patch?: { text: string; findings: number; what: string };
  /**
   * Where the rows left out can be read, completing "N rows left out …;"
   * (the publisher says only what is true: a report file really written,
   * the step log it really prints to). Undefined: nowhere else.
   */
  elsewhere?: string;
}

export interface Summary {
  text: string;
  /** Findings that are not rows of this summary. */
  leftOut: Violation[];
  /** The patch is in the summary. */
  patchShown: boolean;
}

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/** Text safe inside a markdown table cell. */
export const cell = (s: string): string => escapeMarkdown(s);

/** `deleted`: files the change deleted, which have no blob at the head to link to. */
export const row = (v: Violation, blobUrl: string, deleted: ReadonlySet<string> = new Set()): string => {
  const link = deleted.has(v.file) ? cell(`${v.file} (file deleted)`) : `[${cell(`${v.file}:${v.line}`)}](${blobUrl}${encodePath(v.file)}#L${v.line})`;
  const suggestion = v.suggestion !== undefined ? `<code>${cell(v.suggestion)}</code>` : '';
  return `| ${v.severity} | ${link} | ${cell(v.rule)} | ${cell(v.message)} | ${suggestion} |\n`;
};

const TABLE_HEAD = '| Severity | Where | Rule | Message | Suggestion |\n| --- | --- | --- | --- | --- |\n';
/** Room kept for the closing line about rows left out (its `elsewhere` is clipped to fit). */
const CLOSING_RESERVE = 1_200;
const ELSEWHERE_CHARS = 800;

export const buildSummary = (input: SummaryInput, maxBytes: number = STEP_SUMMARY_BYTES): string => summarise(input, maxBytes).text;

export function summarise(input: SummaryInput, maxBytes: number = STEP_SUMMARY_BYTES): Summary {
  // Room kept for the closing line, and for the line that counts suppressed findings when none fits.
  const RESERVE = CLOSING_RESERVE + (input.suppressed && input.suppressed.count > 0 ? CLOSING_RESERVE : 0);
  const c = countOf(input.gating);
  const existing = input.existing.length;
  let out = '## support-table-lint\n\n';
  if (input.configError !== undefined) out += `:x: ${cell(clip(input.configError, NOTE_CHARS, 'chars'))}\n\n`;
  if (input.failReason) out += `:x: ${input.failReason}.\n\n`;
  else if (input.configError === undefined) out += ':white_check_mark: Nothing reaches the failure threshold.\n\n';
  out +=
    `**${describeCounts(c, input.isNew)}**` +
    (c.notices > 0 ? `, ${c.notices} notice${c.notices === 1 ? '' : 's'}` : '') +
    (input.isNew ? `, ${existing} pre-existing` : '') +
    (input.suppressed && input.suppressed.count > 0 ? `, ${input.suppressed.count} suppressed` : '') +
    ` · ${input.filesChecked} file${input.filesChecked === 1 ? '' : 's'}, ` +
    `${input.tablesChecked} table${input.tablesChecked === 1 ? '' : 's'} checked\n\n`;
  for (const note of input.notes) {
    const line = `> ${cell(clip(note, NOTE_CHARS, 'chars'))}\n\n`;
    if (bytes(out) + bytes(line) + RESERVE <= maxBytes) out += line;
  }

  // What each checked table gained, lost or changed, by row key, before the
  // findings: a reviewer sees "amd64: Supported → Best-effort" first. It may
  // take half of the room left (a character can be 3 bytes), and says how
  // many changes it left out.
  if (input.changes && input.changes.length > 0) {
    const room = Math.floor((maxBytes - bytes(out) - RESERVE) / 2 / 3);
    if (room > 400) out += `### Support changes\n\n${diffMarkdown(input.changes, { maxChars: room, blobUrl: input.blobUrl })}\n`;
  }

  const leftOut: Violation[] = [];
  const deleted = new Set((input.changes ?? []).filter((file) => file.deleted).map((file) => file.file));
  const addRows = (vs: Violation[]): string => {
    let text = '';
    for (const v of vs) {
      const r = row(v, input.blobUrl, deleted);
      if (leftOut.length > 0 || bytes(out) + bytes(text) + bytes(r) + RESERVE > maxBytes) leftOut.push(v);
      else text += r;
    }
    return text;
  };
  if (input.gating.length > 0) {
    const head = `### ${input.isNew ? 'New findings' : 'Findings'}\n\n${TABLE_HEAD}`;
    if (bytes(out) + bytes(head) + RESERVE <= maxBytes) out += head + addRows(gatingOrder(input.gating)) + '\n';
    else for (const v of gatingOrder(input.gating)) leftOut.push(v);
  }
  // Suppressed findings do not count, but a reviewer must see what a comment silences (one the
  // pull request adds is invisible on the rendered page): right after the findings that count,
  // listed as far as they fit (the ones that would be new first), and never left out without a word.
  if (input.suppressed && input.suppressed.count > 0) {
    const { count, findings } = input.suppressed;
    const where = input.suppressed.elsewhere ?? 'set the `report-file` input to get every suppressed finding in a JSON file';
    const head =
      `<details><summary>${count} finding${count === 1 ? '' : 's'} suppressed by comments or <code>ignore:</code> entries (they do not count; check each reason)</summary>\n\n` +
      '| Where | Rule | Message | Reason |\n| --- | --- | --- | --- |\n';
    let rows = '';
    let listed = 0;
    for (const f of findings) {
      const link = `[${cell(`${f.file}:${f.line}`)}](${input.blobUrl}${encodePath(f.file)}#L${f.line})`;
      const r = `| ${link} | ${cell(f.rule)} | ${cell(f.message)} | ${f.reason === '' ? '_none given_' : cell(f.reason)} |\n`;
      if (bytes(out) + bytes(head) + bytes(rows) + bytes(r) + RESERVE + CLOSING_RESERVE > maxBytes) break;
      rows += r;
      listed++;
    }
    const unlisted = `not listed here for lack of room; ${clip(where, ELSEWHERE_CHARS, 'chars')}`;
    if (listed > 0) out += `${head}${rows}${listed < count ? `\n_${count - listed} more ${unlisted}._\n` : ''}\n</details>\n\n`;
    else out += `_${count} finding${count === 1 ? '' : 's'} suppressed by comments or \`ignore:\` entries, ${unlisted}._\n\n`;
  }

  if (existing > 0) {
    const head = `<details><summary>${existing} pre-existing finding${existing === 1 ? '' : 's'} (already at the base commit; they do not fail this check)</summary>\n\n${TABLE_HEAD}`;
    if (bytes(out) + bytes(head) + RESERVE <= maxBytes && leftOut.length === 0) {
      out += head;
      out += addRows([...input.existing].sort(byPosition));
      out += '\n</details>\n\n';
    } else for (const v of [...input.existing].sort(byPosition)) leftOut.push(v);
  }

  let patchShown = false;
  if (input.patch && input.patch.text !== '') {
    const { text, findings, what } = input.patch;
    const fence = fenceFor(text);
    const section =
      `<details><summary>${what} (${findings} finding${findings === 1 ? '' : 's'}) as a patch: save it and run <code>git apply</code></summary>\n\n` +
      `${fence}diff\n${text}${text.endsWith('\n') ? '' : '\n'}${fence}\n\n` +
      // A page rendered as markdown loses the carriage returns of CRLF lines, and the copied patch no longer applies.
      (text.includes('\r') ? 'Some of these files end their lines with CRLF, which a patch copied from this page loses: for them, run `support-table-lint --fix` on the pull request\'s branch instead.\n\n' : '') +
      '</details>\n\n';
    if (bytes(out) + bytes(section) + RESERVE <= maxBytes) {
      out += section;
      patchShown = true;
    } else {
      out += `_${what} (${findings} finding${findings === 1 ? '' : 's'}) do not fit in this summary as a patch: run \`support-table-lint --fix-dry-run --format diff\` (from a clone, \`node dist/cli.js --fix-dry-run --format diff\`) on the changed files for it._\n\n`;
    }
  }

  if (leftOut.length > 0) {
    const total = input.gating.length + existing;
    const where = input.elsewhere
      ? clip(input.elsewhere, ELSEWHERE_CHARS, 'chars')
      : 'set the `report-file` input to keep every finding in a JSON file';
    out += `_${leftOut.length} of ${total} rows left out to stay under GitHub's size limit; ${where}._\n`;
  }
  return { text: out, leftOut, patchShown };
}
