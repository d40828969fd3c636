'use strict';

var main = require('./cli-shared.cjs');
require('node:fs');
require('node:fs/promises');
require('node:path');
require('node:buffer');
require('node:os');
require('node:url');
require('node:util');

/**
 * Text from a pull request (file names, cell values, messages that quote
 * them) placed into GitHub-flavoured markdown: the Action's job summary,
 * check-run output and review comments. Hostile text is normal here: a file
 * name or a cell must not be able to create a link, an image, a mention, an
 * HTML element, or break the table row it sits in.
 */
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    // A mention notifies people (`@org/team` in a Maintainers cell); an issue reference links.
    '@': '&#64;',
    '#': '&#35;',
};
/**
 * `text` as literal inline markdown, on one line: HTML is written as
 * entities, markdown punctuation is backslash-escaped, bare URLs do not
 * autolink, and line breaks (CR, LF, CRLF and the Unicode ones) become
 * `<br>`, the only line break a table cell can hold. Other control
 * characters become U+FFFD.
 */
function escapeMarkdown(text) {
    return (text
        .replace(/[&<>@#]/g, (c) => ENTITIES[c])
        // `$` too: GitHub renders `$…$` and `$$…$$` as math.
        .replace(/[\\`*_[\]()|~!{}$]/g, (c) => `\\${c}`)
        // GFM autolinks `https://…` and `www.…` even without brackets.
        .replace(/:\/\//g, '&#58;//')
        .replace(/www\./gi, (w) => `${w.slice(0, 3)}&#46;`)
        .replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, '<br>')
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd')
        // Bidirectional overrides and isolates would make the text show other than it is.
        .replace(/[\u202a-\u202e\u2066-\u2069]/g, (c) => `&lt;U+${c.charCodeAt(0).toString(16).toUpperCase()}&gt;`)
        // A list marker or a setext underline at the start of a line. A backslash escapes punctuation
        // only: `1.` becomes `1\.` (a `\1` would show its backslash).
        .replace(/^[-+=]/, '\\$&')
        .replace(/^(\d+)([.)])/, '$1\\$2'));
}
/** A repository path as a URL path: every segment percent-encoded, parentheses and quotes included (they end a markdown link). */
const encodePath = (path) => path
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
/**
 * Text inside `<code>…</code>`, on one line. Markdown between inline HTML
 * tags is still markdown (a header cell `[Sign in](https://evil.example)`
 * would become a live link), so every character markdown or GFM's autolinks
 * act on is written as a numeric entity, which renders as itself.
 */
const markdownCode = (text) => text
    // `$` too: GitHub renders `$…$` as math, inside inline HTML as well.
    .replace(/[&<>|[\]()*_~`\\!@#{}:$]/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/www\./gi, (w) => `${w.slice(0, 3)}&#46;`)
    .replace(/\r\n|\r|\n/g, ' ');

/**
 * The keyed table diff (`support-table-lint diff`, and the Action's
 * "Support changes" section): per table, the rows added, removed, renamed,
 * and changed column by column, so a reviewer reads "amd64: Supported →
 * Best-effort" before any line of the file.
 */
const changesOf = (result) => result.files
    .filter((file) => (file.changes?.length ?? 0) > 0 || file.notCompared !== undefined)
    .map((file) => ({
    file: file.file,
    ...(file.deleted ? { deleted: true } : {}),
    ...(file.deleted && file.renamedTo !== undefined ? { to: file.renamedTo } : {}),
    ...(file.renamedFrom !== undefined ? { from: file.renamedFrom } : {}),
    ...(file.notCompared !== undefined ? { notCompared: file.notCompared } : {}),
    changes: file.changes ?? [],
}));
/** Files that could not be compared with their base. */
const notCompared = (files) => files.filter((file) => file.notCompared !== undefined);
const NOT_COMPARED = 'not compared with its version before this change, so changes to its tables are not listed; review them by hand';
/** What the change did to the file itself, if anything: ` (file deleted)`, ` (renamed from docs/old.md)`. */
const fileNote = ({ deleted, from, to }) => deleted ? (to !== undefined ? ` (renamed to ${to}, not checked)` : ' (file deleted)') : from !== undefined ? ` (renamed from ${from})` : '';
const shownRows = (change) => [
    ...change.changed.map((row) => ({ kind: 'changed', row })),
    ...change.added.map((row) => ({ kind: 'added', row })),
    ...change.removed.map((row) => ({ kind: 'removed', row })),
    ...change.renamed.map((row) => ({ kind: 'renamed', row })),
    ...(change.moved ?? []).map((row) => ({ kind: 'moved', row })),
];
/** Rows added, removed, renamed, changed or moved in (a column that came or went is shown, not counted). */
const countOf = (change) => change.added.length + change.removed.length + change.renamed.length + change.changed.length + (change.moved?.length ?? 0);
const otherCells = (change, cells) => {
    // The key names the row already: one column, or the columns `unique.by` tells rows apart by (`Release + Platform`).
    const named = new Set(change.key in cells ? [change.key] : change.key.split(' + '));
    return Object.entries(cells)
        .filter(([column]) => !named.has(column))
        .map(([column, value]) => `${column} ${value || '(empty)'}`)
        .join(', ');
};
/** A row as the diff names it: its key, and the group it sits under when the key names more than one row (`Safe for concurrent calls (in Tracer)`). */
const rowName = (row) => (row.group === undefined ? row.key : `${row.key} (in ${row.group})`);
/** A changed column as the diff names it: a row's move between groups is `group`, as a reader of the table sees it. */
const columnChange = (change) => change.column === main.GROUP_COLUMN ? { column: 'group', from: change.from || '(none)', to: change.to || '(none)' } : { column: change.column, from: change.from || '(empty)', to: change.to || '(empty)' };
/** For a terminal: `+` added, `-` removed, `~` renamed, `*` changed, `>` moved here from another table. */
function diffText(files) {
    if (files.length === 0)
        return 'No changes to checked tables.\n';
    // Every name and value comes from a document or a file name: no control character reaches the
    // terminal, and no line starts a workflow command (`safeLines`, once the lines are joined).
    const t = main.terminalSafe;
    let out = '';
    for (const fileChanges of files) {
        if (fileChanges.notCompared !== undefined)
            out += `${t(fileChanges.file)}  ${NOT_COMPARED}: ${t(fileChanges.notCompared)}\n`;
        for (const change of fileChanges.changes) {
            out += `${t(`${fileChanges.file}:${change.line}${fileNote(fileChanges)}`)}  ${t(change.table)}\n`;
            for (const column of change.columns?.added ?? [])
                out += `  + column ${t(column)}\n`;
            for (const column of change.columns?.removed ?? [])
                out += `  - column ${t(column)}\n`;
            for (const shown of shownRows(change))
                out += `  ${t(textRow(change, shown))}\n`;
        }
    }
    const total = files.reduce((n, f) => n + f.changes.reduce((m, c) => m + countOf(c), 0), 0);
    const changed = files.filter((file) => file.changes.length > 0).length;
    const unseen = notCompared(files).length;
    const also = unseen === 0 ? '' : `; ${unseen} file${unseen === 1 ? '' : 's'} not compared`;
    return main.safeLines(`${out}\n${total} row change${total === 1 ? '' : 's'} in ${changed} file${changed === 1 ? '' : 's'}${also}.\n`);
}
/**
 * Markdown, at most `maxChars` characters: whole rows of the tables, then
 * "… N more changes" for what did not fit, so the text is never cut inside
 * a table and never passes a limit it is given.
 */
function diffMarkdown(files, options = {}) {
    const maxChars = options.maxChars ?? Infinity;
    if (files.length === 0)
        return '_No changes to checked tables._\n';
    const lines = [];
    let size = 0;
    let left = 0;
    const reserve = 80;
    const push = (line) => {
        if (size + line.length + 1 + reserve > maxChars)
            return false;
        lines.push(line);
        size += line.length + 1;
        return true;
    };
    for (const fileChanges of files) {
        const { file, deleted, changes } = fileChanges;
        if (fileChanges.notCompared !== undefined && !push(`**${escapeMarkdown(file)}** ${NOT_COMPARED}: ${escapeMarkdown(fileChanges.notCompared)}`))
            left++;
        else if (fileChanges.notCompared !== undefined)
            push('');
        for (const change of changes) {
            const rows = [
                ...(change.columns?.added ?? []).map((column) => `| column added | ${escapeMarkdown(column)} | |`),
                ...(change.columns?.removed ?? []).map((column) => `| column removed | ${escapeMarkdown(column)} | |`),
                ...shownRows(change).map((shown) => markdownRow(change, shown)),
            ];
            // A deleted file has no blob at the head to link to.
            const place = `${file}:${change.line}`;
            const where = (options.blobUrl && !deleted ? `[${escapeMarkdown(place)}](${options.blobUrl}${encodePath(file)}#L${change.line})` : escapeMarkdown(place)) + escapeMarkdown(fileNote(fileChanges));
            const head = [`**${where}** <code>${markdownCode(change.table)}</code>`, '', `| change | ${escapeMarkdown(change.key)} | what |`, '| --- | --- | --- |'];
            const headSize = head.reduce((n, line) => n + line.length + 1, 0);
            if (left > 0 || size + headSize + reserve > maxChars) {
                left += rows.length;
                continue;
            }
            head.forEach(push);
            for (const row of rows) {
                if (left > 0 || !push(row))
                    left++;
            }
            push('');
        }
    }
    if (left > 0)
        lines.push(`_… ${left} more change${left === 1 ? '' : 's'} not shown here (size limit); \`support-table-lint diff --base <base> --format json\` lists them all._`);
    return `${lines.join('\n')}\n`;
}
/** One row of the terminal diff: `+` added, `-` removed, `~` renamed, `*` changed, `>` moved here. */
function textRow(change, shown) {
    switch (shown.kind) {
        case 'changed':
            return `* ${rowName(shown.row)}  ${shown.row.columns.map(columnChange).map((c) => `${c.column}: ${c.from} → ${c.to}`).join(', ')}`;
        case 'added':
            return `+ ${rowName(shown.row)}  (${otherCells(change, shown.row.cells)})`;
        case 'removed':
            return `- ${rowName(shown.row)}  (was ${otherCells(change, shown.row.cells)})`;
        case 'renamed':
            return `~ ${main.revealed(shown.row.from, main.INVISIBLE)} → ${main.revealed(shown.row.to, main.INVISIBLE)}`;
        case 'moved':
            return `> ${rowName(shown.row)}  (moved here from the table at line ${shown.row.from}${shown.row.gone ? ' before this change, now gone' : ''})`;
    }
}
/** The same row as a line of the markdown table. */
function markdownRow(change, shown) {
    const m = escapeMarkdown;
    switch (shown.kind) {
        case 'changed':
            return `| changed | ${m(rowName(shown.row))} | ${shown.row.columns.map(columnChange).map((c) => `${m(c.column)}: ${m(c.from)} → **${m(c.to)}**`).join('; ')} |`;
        case 'added':
            return `| added | ${m(rowName(shown.row))} | ${m(otherCells(change, shown.row.cells))} |`;
        case 'removed':
            return `| removed | ${m(rowName(shown.row))} | was ${m(otherCells(change, shown.row.cells))} |`;
        case 'renamed':
            return `| renamed | ${m(main.revealed(shown.row.from, main.INVISIBLE))} → ${m(main.revealed(shown.row.to, main.INVISIBLE))} | |`;
        case 'moved':
            return `| moved here | ${m(rowName(shown.row))} | from the table at line ${shown.row.from}${shown.row.gone ? ' before this change, now gone' : ''} |`;
    }
}
const diffJson = (files) => `${JSON.stringify({ files }, null, 2)}\n`;

exports.changesOf = changesOf;
exports.diffJson = diffJson;
exports.diffMarkdown = diffMarkdown;
exports.diffText = diffText;
exports.notCompared = notCompared;
