import { H as changeRules, I as transition, J as rowNameOf, K as lineOf, M as tableNames, N as columnIndex, Q as canonicalColumns, R as dataRows, T as rowKeyOf, U as keyFold, V as GROUP_COLUMN, W as fold, X as distance, Y as onePieceApart, Z as pageSpelling } from './index-shared.js';
import 'net';
import 'tls';
import 'http';
import 'https';
import 'events';
import 'assert';
import 'util';
import 'node:assert';
import 'node:net';
import 'node:http';
import 'node:stream';
import 'node:buffer';
import 'node:util';
import 'node:querystring';
import 'node:events';
import 'node:diagnostics_channel';
import 'node:tls';
import 'node:zlib';
import 'node:perf_hooks';
import 'node:util/types';
import 'node:worker_threads';
import 'node:url';
import 'node:async_hooks';
import 'node:console';
import 'node:dns';
import 'string_decoder';
import 'os';
import 'crypto';
import 'fs';
import 'path';
import 'child_process';
import 'timers';
import 'node:path';
import 'node:os';
import 'node:fs';
import 'node:child_process';
import 'node:crypto';
import 'node:fs/promises';

/**
 * What a change did to a file's tables: judged tables of the base version
 * paired with the head's, their rows paired by key (case-insensitively), and
 * from that the keyed diff (rows added, removed, renamed, cells changed) and
 * the change rules (`transition`, `table-unchecked`). Pure.
 *
 * Tables pair by their identity (columns plus `#n`, the name `gate: new`
 * uses), else by position or key column, so a table whose header changed is
 * still the same table. Rows pair by key; a row that disappears while a row
 * with a close key and the same other cells appears is a rename, not a
 * removal and an addition. Rows that only moved pair as unchanged.
 */
function view(source, table, judge, fallback) {
    const using = judge ?? fallback;
    const columns = using ? canonicalColumns(table.columns, using.schema.properties, using.schema.spellings, using.schema.patterns) : table.columns;
    const named = { ...table, columns };
    // The rows the lint judges: a pipe-less line at the table's end is no row that came or went.
    const rows = dataRows(source, table, using?.options.groups !== false);
    const key = using?.options.key;
    const keyIndex = key === undefined ? 0 : Math.max(0, columnIndex(named, key));
    const unique = using?.options.unique;
    const by = (unique ? (unique.by ?? []) : []).map((name) => columnIndex(named, name));
    const identity = by.length > 0 && by.every((index) => index >= 0) && !(by.length === 1 && by[0] === keyIndex) ? { identity: by } : {};
    return { table: named, rows: continued(rows, identity.identity ?? [keyIndex]), keyIndex, ...identity, ...(judge ? { judge } : {}) };
}
/**
 * Rows whose key cell is empty continue the row above them, as a platform
 * matrix writes its second architecture (`| linux | amd64 |` then
 * `|  | arm64 |`): for pairing and naming, such a row takes the key of the
 * nearest row above it in its group. Without it a row with an empty key
 * named nothing, and the change rules and the diff could not see it change
 * or go. With several identity columns, the empty ones before the first
 * filled one are taken from above (`|  | arm64 |` is linux + arm64;
 * `| freebsd |  |` is freebsd with no architecture). The row is a copy with
 * those cells' text filled in; spans stay the row's own.
 */
function continued(rows, identity) {
    let above;
    return rows.map((row) => {
        if (above && above.group !== row.group)
            above = undefined;
        const lead = identity.findIndex((index) => (row.cells[index]?.text ?? '') !== '');
        const empty = lead === -1 ? identity : identity.slice(0, lead);
        if (empty.length === 0 || !above || row.cells.every((cell) => cell.text === '')) {
            if (empty.length === 0)
                above = row;
            return row;
        }
        const from = above;
        const cells = row.cells.map((cell, index) => (empty.includes(index) && from.cells[index] ? { ...cell, text: from.cells[index].text } : cell));
        const copy = { ...row, cells };
        above = lead === -1 ? above : copy;
        return copy;
    });
}
/**
 * What pairs a row with its past: its key (or its `identity` columns),
 * folded as unique-key folds keys (case, invisible characters, look-alike
 * letters of other scripts), so that `virtio\u200b-fs` is still `virtio-fs`
 * and its change of level is a change, not one row gone and another new.
 * Empty for a row without one.
 */
function pairKey(view, row, byIdentity) {
    if (!byIdentity || !view.identity)
        return keyFold(rowKeyOf(row, view.keyIndex));
    const parts = view.identity.map((index) => keyFold(row.cells[index]?.text ?? ''));
    return parts.every((part) => part === '') ? '' : parts.join('\u0001');
}
/** A row's cells by column name, key left out. */
const cellsOf = (view, row) => new Map(view.table.columns.map((column, i) => [column, row.cells[i]?.text ?? '']).filter((_, i) => i !== view.keyIndex));
/** A row's other cells as one string: two rows have the same other cells exactly when their signatures are equal. */
const signature = (view, row) => [...cellsOf(view, row)]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([column, text]) => `${column}\u0000${text}`)
    .join('\u0001');
/**
 * Items queued by key and taken from the front, past those no longer
 * usable: a key that 20,000 identical rows share is never looked through
 * again, so pairing stays linear.
 */
class Queues {
    lists = new Map();
    add(key, item) {
        const list = this.lists.get(key);
        if (list)
            list.items.push(item);
        else
            this.lists.set(key, { items: [item], next: 0 });
    }
    /** The first item under `key` that `usable` accepts, taken; those before it it refuses are dropped for good. */
    take(key, usable) {
        const list = this.lists.get(key);
        if (!list)
            return undefined;
        while (list.next < list.items.length && !usable(list.items[list.next]))
            list.next++;
        return list.next < list.items.length ? list.items[list.next++] : undefined;
    }
}
/** `1.7`, `v1.10.0`, `2024-05`: a release's name; another number is another release, never a rename. */
const VERSION_LIKE = /^[vV]?\d+([.\-]\d+)*\+?$/;
/**
 * Keys close enough to be a rename: a couple of typos, a short change in a
 * long name, or one piece put into or taken out of a name that is otherwise
 * whole, punctuation aside (`linux/loong64` → `linux/loongarch64`, `risc-v`
 * → `riscv64`). Two version numbers are never close: `1.7` → `1.8` is one
 * release gone and another come, and the removal rules must see it.
 */
const closeKeys = (a, b) => {
    if (VERSION_LIKE.test(a.trim()) && VERSION_LIKE.test(b.trim()))
        return false;
    const budget = Math.max(2, Math.floor(Math.min(a.length, b.length) * 0.3));
    if (Math.abs(a.length - b.length) <= budget && distance(fold(a), fold(b)) <= budget)
        return true;
    // A name that only begins with the old one (`VSOCKGate` → `VSOCKGateRemovedX`) is another name, and the old row's removal counts.
    return onePieceApart(a, b);
};
/**
 * How many removed rows with the same other cells an added row is compared
 * with, at most. Renames are few; a table whose every key changed (20,000
 * rows, all `| Beta | SUPPORTED |`) would otherwise compare every pair.
 */
const RENAME_CANDIDATES = 32;
/** How many rows of one repeated key are compared cell by cell for the likest; past it, in order (30,000 rows of one key would be 900 million comparisons). */
const SIMILAR_CANDIDATES = 64;
function pairRows(base, head) {
    // Both versions must name the same identity columns: a change that drops one (`Platform`) pairs by key.
    const identityOf = (view) => view.identity?.map((index) => fold(view.table.columns[index] ?? '')).join('\u0000');
    const byIdentity = identityOf(base) !== undefined && identityOf(base) === identityOf(head);
    const pairKeyOf = (view, row) => pairKey(view, row, byIdentity);
    const byKey = (view) => {
        const rows = new Map();
        for (const row of view.rows) {
            const key = pairKeyOf(view, row);
            if (key === '')
                continue;
            const list = rows.get(key);
            if (list)
                list.push(row);
            else
                rows.set(key, [row]);
        }
        return rows;
    };
    const baseByKey = byKey(base);
    const match = new Map();
    for (const [key, heads] of byKey(head)) {
        const bases = baseByKey.get(key);
        if (!bases)
            continue;
        if (bases.length === 1 && heads.length === 1) {
            match.set(heads[0], bases[0]);
            continue;
        }
        // A key that repeats (a matrix keyed by OS, one row per architecture; a feature matrix with a
        // "Safe for concurrent calls" row in each group): a row pairs first with one in its group whose
        // other cells are all the same, then with one in its group, then (a row of a table without groups,
        // or one that moved to a group its key was not in) with one whose cells are the same, then the
        // rest in order, so that deleting the middle `Ubuntu` row removes that row, not the last one with
        // a changed cell, and a cell changed in two groups changes each group's row: Linux `tracing` going
        // Stable → Beta while Windows `tracing` goes Beta → Stable is two changes, not two rows that
        // swapped groups.
        const left = new Set(bases);
        let unmatched = heads;
        const passes = [
            (view, row) => `${row.group ?? ''}\u0002${signature(view, row)}`,
            (_, row) => row.group ?? undefined,
            signature,
        ];
        for (const by of passes) {
            const lists = new Queues();
            for (const row of bases) {
                const id = left.has(row) ? by(base, row) : undefined;
                if (id !== undefined)
                    lists.add(id, row);
            }
            const still = [];
            for (const row of unmatched) {
                const id = by(head, row);
                const twin = id === undefined ? undefined : lists.take(id, (candidate) => left.has(candidate));
                if (twin) {
                    match.set(row, twin);
                    left.delete(twin);
                }
                else
                    still.push(row);
            }
            unmatched = still;
        }
        const rest = bases.filter((row) => left.has(row));
        if (rest.length <= SIMILAR_CANDIDATES) {
            // The rest by likeness: the most cells alike, then the longest run of alike cells from the left
            // (the columns next to the key say which row it is more than those after: `1.0 | windows |
            // Stable` is the `1.0 | windows | Deprecated` row raised, not the `1.0 | linux | Stable` row
            // moved), then the earliest.
            for (const row of unmatched) {
                let best = -1;
                let bestAlike = -1;
                rest.forEach((old, i) => {
                    if (!left.has(old))
                        return;
                    let count = 0;
                    let run = -1;
                    old.cells.forEach((cell, c) => {
                        if (c === base.keyIndex)
                            return;
                        if (cell.text === (row.cells[c]?.text ?? ''))
                            count++;
                        else if (run < 0)
                            run = c;
                    });
                    const alike = count * 4096 + (run < 0 ? 4095 : Math.min(run, 4094));
                    if (alike > bestAlike)
                        [best, bestAlike] = [i, alike];
                });
                if (best >= 0) {
                    match.set(row, rest[best]);
                    left.delete(rest[best]);
                }
            }
        }
        else
            unmatched.forEach((row, i) => rest[i] && match.set(row, rest[i]));
    }
    const paired = new Set();
    const same = [];
    const added = [];
    for (const row of head.rows) {
        const old = match.get(row);
        if (old) {
            same.push([old, row]);
            paired.add(old);
        }
        else if (pairKeyOf(head, row) !== '')
            added.push(row);
    }
    const removed = base.rows.filter((row) => !paired.has(row) && pairKeyOf(base, row) !== '');
    // A removed row and an added row with the same other cells and close keys are a rename.
    const bySignature = new Map();
    for (const row of removed) {
        const key = signature(base, row);
        const entry = bySignature.get(key);
        if (entry)
            entry.rows.push(row);
        else
            bySignature.set(key, { rows: [row], next: 0 });
    }
    const renamedFrom = new Set();
    const renamed = [];
    const stillAdded = [];
    for (const row of added) {
        const entry = bySignature.get(signature(head, row));
        const key = rowKeyOf(row, head.keyIndex);
        let from;
        if (entry) {
            while (entry.next < entry.rows.length && renamedFrom.has(entry.rows[entry.next]))
                entry.next++;
            for (let i = entry.next, examined = 0; i < entry.rows.length && examined < RENAME_CANDIDATES; i++) {
                const old = entry.rows[i];
                if (renamedFrom.has(old))
                    continue;
                examined++;
                if (closeKeys(rowKeyOf(old, base.keyIndex), key)) {
                    from = old;
                    break;
                }
            }
        }
        if (from) {
            renamedFrom.add(from);
            renamed.push([from, row]);
        }
        else
            stillAdded.push(row);
    }
    return { same, renamed, added: stillAdded, removed: removed.filter((row) => !renamedFrom.has(row)) };
}
/** How many tables before and after its place a base table looks for its counterpart in the head (besides its name). */
const PAIR_WINDOW = 8;
/**
 * Judged base tables with their head counterparts. A base table's candidates
 * are the head table with its name (columns, and `#n` among tables with the
 * same columns) and, among the tables within PAIR_WINDOW of its place, those
 * at its position, with its columns or with its key column. Each pair is
 * scored by the row keys the two share plus the rows they share whole (all
 * cells equal: tables of one page often list the same keys with different
 * cells), and pairs are taken best first, those with the same columns under
 * the same headings that share anything before all others; on a tie, the
 * same name, then the same position.
 * So a table added above another with the same columns, two tables swapped,
 * or one split in two pair with the tables that hold their rows, not with
 * whichever comes first.
 */
function pairTables(base, head) {
    const baseNames = tableNames(base.document.tables);
    const headNames = tableNames(head.document.tables);
    const sameColumns = (name) => name.replace(/#\d+$/, '');
    const sameHeadings = (a, b) => a.headingPath.length === b.headingPath.length && a.headingPath.every((text, i) => fold(text) === fold(b.headingPath[i]));
    /** Folded key cells, and whole rows (every cell folded, in column order), of a table's rows. */
    const contentOf = (table, keyName, rows) => {
        const index = keyName === undefined ? -1 : columnIndex(table, keyName);
        return {
            keys: new Set(index < 0 ? [] : rows.map((row) => fold(row.cells[index]?.text ?? '')).filter((key) => key !== '')),
            rows: new Set(rows.map((row) => row.cells.map((cell) => fold(cell.text)).join('\u0000'))),
        };
    };
    const headContent = new Map();
    const contentInHead = (table, keyName) => {
        const byKey = headContent.get(table) ?? new Map();
        headContent.set(table, byKey);
        const known = byKey.get(keyName ?? '');
        if (known)
            return known;
        const content = contentOf(table, keyName, table.rows.filter((row) => row.kind !== 'spacer'));
        byKey.set(keyName ?? '', content);
        return content;
    };
    const judged = base.document.tables.filter((table) => base.judges.has(table.index)).map((table) => ({ table, view: view(base.source, table, base.judges.get(table.index)) }));
    const byName = new Map([...headNames].map(([table, name]) => [name, table]));
    // Candidates near the table's place, and the one with its name: a file of 20,000 tables with the same
    // columns must not compare every pair (that is 400 million scores).
    const near = (table) => {
        const around = head.document.tables.slice(Math.max(0, table.index - PAIR_WINDOW), table.index + PAIR_WINDOW + 1);
        const named = byName.get(baseNames.get(table));
        return named && !around.includes(named) ? [...around, named] : around;
    };
    const scored = [];
    judged.forEach(({ table, view: baseView }, from) => {
        const keyName = baseView.table.columns[baseView.keyIndex];
        const name = baseNames.get(table);
        const baseContent = contentOf(baseView.table, keyName, baseView.rows);
        for (const other of near(table)) {
            const otherName = headNames.get(other);
            const columns = sameColumns(otherName) === sameColumns(name);
            const preference = columns && sameHeadings(table, other) ? 0
                : otherName === name ? 1
                    : other.index === table.index ? 2
                        : columns ? 3
                            : keyName !== undefined && columnIndex(other, keyName) >= 0 ? 4
                                : -1;
            if (preference < 0)
                continue;
            const content = contentInHead(other, keyName);
            let shared = 0;
            for (const key of content.keys)
                if (baseContent.keys.has(key))
                    shared++;
            for (const row of content.rows)
                if (baseContent.rows.has(row))
                    shared++;
            scored.push({ from, to: other, shared, preference });
        }
    });
    // Pairs under the same headings that share anything go first, however little: on a page with a
    // section per component, tables of different sections often list the same keys and even the same rows.
    const stage = (pair) => (pair.preference === 0 && pair.shared > 0 ? 0 : 1);
    scored.sort((a, b) => stage(a) - stage(b) || b.shared - a.shared || a.preference - b.preference || a.from - b.from || a.to.index - b.to.index);
    const counterparts = new Map();
    const used = new Set();
    for (const { from, to } of scored) {
        if (counterparts.has(from) || used.has(to))
            continue;
        counterparts.set(from, to);
        used.add(to);
    }
    return judged.map(({ view: baseView }, from) => {
        const counterpart = counterparts.get(from);
        // A table that is gone: every row it had left (unless it only moved to another table).
        if (!counterpart)
            return { base: baseView, head: undefined, pairs: { same: [], renamed: [], added: [], removed: [...baseView.rows] } };
        const headJudge = head.judges.get(counterpart.index);
        if (!headJudge)
            return { base: baseView, head: undefined, unjudged: counterpart };
        const headView = view(head.source, counterpart, headJudge);
        return { base: baseView, head: headView, pairs: pairRows(baseView, headView) };
    });
}
/**
 * The change rules and the keyed diff for one file. `emit` resolves a rule's
 * report for the head version (message, severity, file, table).
 */
function compareVersions(base, head, config, emit) {
    const violations = [];
    const changes = [];
    const pairs = pairTables(base, head);
    const paired = new Set(pairs.map((pair) => pair.head?.table.index ?? pair.unjudged?.index));
    const newTables = head.document.tables.filter((table) => head.judges.has(table.index) && !paired.has(table.index)).map((table) => view(head.source, table, head.judges.get(table.index)));
    undoRenamesThatMoved(pairs, newTables);
    const { moved, intoNew, crossings } = movedBetweenTables(pairs, newTables);
    // Each version read in its own page's spelling (engine/spelling.ts): the rules compare the schema's.
    const spelt = (version, view) => {
        const spelling = view?.judge && pageSpelling(version.source, version.document, view.table, view.table, view.judge.options, view.judge.schema.enums).spelling;
        return spelling ? { spelling } : {};
    };
    // A table new in the head is judged by the change rules too, as a pair of its own: each row that
    // moved into it with a changed value is that change (GA → Alpha does not pass by moving the gate to
    // a new section), and every other row is an added row (`transitions.added`). Its base side is the
    // table its moved rows came from (same columns), else itself with no rows.
    const newPairs = newTables.map((headView) => {
        const movedIn = intoNew.get(headView) ?? [];
        const from = movedIn[0]?.from;
        return {
            base: from ?? { ...headView, rows: [] },
            baseVersion: from ? base : head,
            head: headView,
            pairs: { same: movedIn.map(({ pair: [was, now], from: origin }) => [from ? inColumnsOf(was, origin, from) : was, now]), renamed: [], added: headView.rows.filter((row) => !moved.has(row)), removed: [] },
            fresh: { ...(from ? { from } : {}) },
        };
    });
    // `by`: the judge whose severities apply (the head's, else the base's).
    const judge = (rule, pair, headView, options, by = pair.head?.judge ?? pair.base.judge) => {
        rule.check({
            source: head.source,
            base: { table: pair.base.table, rows: pair.base.rows, keyIndex: pair.base.keyIndex, ...(pair.base.identity ? { identity: pair.base.identity } : {}), label: pair.base.judge.label, ...spelt(pair.baseVersion, pair.base) },
            head: headView && {
                table: headView.table,
                rows: headView.rows,
                keyIndex: headView.keyIndex,
                ...(headView.identity ? { identity: headView.identity } : {}),
                judged: pair.head !== undefined,
                ...spelt(head, pair.head),
                ...(pair.head?.judge ? { enums: pair.head.judge.schema.enums } : {}),
            },
            ...(pair.pairs ? { pairs: pair.pairs } : {}),
            ...(head.deleted ? { deleted: true, ...(head.renamedTo !== undefined ? { renamedTo: head.renamedTo } : {}) } : {}),
            options,
            report: (report) => {
                const at = headView?.table ?? pair.base.table;
                const violation = emit(rule.meta, report, at, by);
                if (violation)
                    violations.push(violation);
            },
        });
    };
    const judgedPairs = [...pairs.map((p) => ({ ...p, baseVersion: base })), ...newPairs];
    // Tables that are gone (a row moved from one came from where it stood before the change).
    const goneTables = new Set(pairs.filter((pair) => !pair.head && !pair.unjudged).map((pair) => pair.base));
    for (const pair of judgedPairs) {
        const headView = pair.head ?? (pair.unjudged ? view(head.source, pair.unjudged, undefined, pair.base.judge) : undefined);
        const options = changeOptions(pair.base.judge, pair.head?.judge);
        // A table nothing checks any more (its header changed) keeps its rows under the base's rules, paired by key.
        const judged = pair.unjudged && headView && !pair.pairs ? { ...pair, pairs: pairRows(pair.base, headView) } : pair;
        for (const rule of changeRules)
            judge(rule, rule === transition ? judged : pair, headView, options);
        // A table that another entry judges now (a heading renamed into its match:) answers to the rules of the
        // entry it left too, at that entry's severity: a laxer entry, or one that turns the rule off, is no way out.
        const was = pair.base.judge;
        if (!pair.fresh && pair.head && was?.options.transitions && !sameJudge(was, pair.head.judge)) {
            judge(transition, pair, headView, was.options, was);
        }
        if (pair.fresh) {
            // Tables judged only in the head are new: every row is an addition (but one moved from another table).
            const change = describe(pair.fresh.from, pair.head, pair.pairs, moved, goneTables);
            if (change)
                changes.push(change);
        }
        else if (pair.head && pair.pairs) {
            const change = describe(pair.base, pair.head, pair.pairs, moved, goneTables);
            if (change)
                changes.push(change);
        }
        else if (headView && pair.unjudged) {
            // A table nothing checks any more (its header changed): its rows, and the columns it lost, still show.
            const change = describe(pair.base, headView, pairRows(pair.base, headView));
            if (change)
                changes.push(change);
        }
        else if (!pair.head && !pair.unjudged && (pair.pairs?.removed.length ?? 0) > 0) {
            // A table that is gone: every row it had is removed, but those that moved to another table.
            const { base: gone } = pair;
            const cells = (row) => Object.fromEntries(gone.table.columns.map((column, i) => [column, row.cells[i]?.text ?? '']));
            const inGone = groupOfRepeated(gone);
            changes.push({
                table: gone.table.columns.join(' | '),
                // A deleted file has no head lines: the table is named where it stood.
                line: head.deleted ? gone.table.span.line : lineOf(head.source, gone.table.span.line).line,
                key: gone.table.columns[gone.keyIndex] ?? '',
                added: [],
                removed: pair.pairs.removed.map((row) => ({ key: rowNameOf(row, gone), cells: cells(row), ...inGone(row) })),
                renamed: [],
                changed: [],
            });
        }
    }
    // A row that moved to a table another entry judges answers to the rules of the table it left too: moving a GA
    // gate into a table whose entry has no (or laxer) transitions, or turns the rule off, must not take it out of
    // GA's rules. Judged by the entry it left, at that entry's severity.
    for (const crossing of crossings) {
        const from = crossing.from.judge;
        if (!from?.options.transitions)
            continue;
        // Always, also under the same entry: judged in the columns of the table the row left, a change to a column the
        // table it reached did not have before (and gained in the change) is still seen. Findings the arrival's own pair
        // made as well are said once (unique).
        const pair = { base: { ...crossing.from, rows: [] }, baseVersion: base, head: crossing.into, pairs: { same: [crossing.pair], renamed: [], added: [], removed: [] } };
        judge(transition, pair, crossing.into, from.options, from);
    }
    return { violations: unique(violations), changes };
}
/** Findings said once: a moved row judged by the rules of both tables may break both alike; the most severe is kept. */
function unique(violations) {
    const rank = { error: 3, warning: 2, notice: 1 };
    const kept = new Map();
    const out = [];
    for (const v of violations) {
        const id = `${v.rule}\u0000${v.line}\u0000${v.column}\u0000${v.message}`;
        const at = kept.get(id);
        if (at === undefined) {
            kept.set(id, out.length);
            out.push(v);
        }
        else if (rank[v.severity] > rank[out[at].severity])
            out[at] = v;
    }
    return out;
}
/** Two judges that are the same rules: the same config entry, or the same preset applied with no config. */
const sameJudge = (a, b) => a === b || (a !== undefined && b !== undefined && (a.entry !== undefined ? a.entry === b.entry : a.label === b.label));
/** A table's columns as one string: tables with the same columns share it. */
const columnsOf = (view) => view.table.columns.join(' | ');
/**
 * Rows that left one table for another table with the same columns in the
 * file (a table split in two, a row moved to another section's table): a
 * move, not a removal and an addition. Only a row that arrives exactly as it
 * left (every cell the same) moved: tables of one page often share keys, and
 * a row removed from one while another table gains a different row with the
 * same key is two changes, both shown. Taken out of the pairs' `removed` and
 * `added` in place; returns the moved rows (both versions), each with the
 * table it left.
 */
function movedBetweenTables(pairs, newTables) {
    const whole = (row) => row.cells.map((cell) => cell.text).join('\u0000');
    // Each list is taken from the front (`next`): 40,000 identical rows must not each look through all the others.
    const arrivals = new Queues();
    const arrive = (view, row) => arrivals.add(`${columnsOf(view)}\u0000${whole(row)}`, row);
    for (const pair of pairs)
        if (pair.head && pair.pairs)
            for (const row of pair.pairs.added)
                arrive(pair.head, row);
    for (const view of newTables)
        for (const row of view.rows)
            arrive(view, row);
    // Both versions of each moved row; for the head's, the table it left (in the head).
    const moved = new Map();
    for (const pair of pairs) {
        if (!pair.pairs)
            continue;
        for (const row of pair.pairs.removed) {
            const landed = arrivals.take(`${columnsOf(pair.base)}\u0000${whole(row)}`, (candidate) => !moved.has(candidate));
            if (!landed)
                continue;
            moved.set(row, pair.base);
            // From a table that is gone, the row came from where that table stood.
            moved.set(landed, pair.head ?? pair.base);
        }
    }
    const { intoNew, crossings } = movedWithChange(pairs, newTables, moved);
    if (moved.size === 0)
        return { moved, intoNew, crossings };
    for (const pair of pairs) {
        if (!pair.pairs)
            continue;
        pair.pairs.removed = pair.pairs.removed.filter((row) => !moved.has(row));
        pair.pairs.added = pair.pairs.added.filter((row) => !moved.has(row));
    }
    return { moved, intoNew, crossings };
}
/** A row's key with its key column (folded): rows of two tables are the same row only under the same key column. */
const idOf = (view, row) => `${fold(view.table.columns[view.keyIndex] ?? '')}\u0000${fold(rowKeyOf(row, view.keyIndex))}`;
/**
 * A rename inside a table (`AGate` → `AGates`, other cells the same) whose
 * old key arrives in another table of the file is no rename: the row moved
 * there (and may have changed on the way), and a new row took a close name.
 * Undone in place, so that the moves below see the old row leave.
 */
function undoRenamesThatMoved(pairs, newTables) {
    if (!pairs.some((pair) => (pair.pairs?.renamed.length ?? 0) > 0))
        return;
    // Where each key arrived: the tables that gained a row with it.
    const arrived = new Map();
    const arrive = (view, row) => {
        const id = idOf(view, row);
        const tables = arrived.get(id);
        if (tables)
            tables.add(view);
        else
            arrived.set(id, new Set([view]));
    };
    for (const pair of pairs)
        if (pair.head && pair.pairs)
            for (const row of pair.pairs.added)
                arrive(pair.head, row);
    for (const view of newTables)
        for (const row of view.rows)
            arrive(view, row);
    for (const pair of pairs) {
        if (!pair.head || !pair.pairs || pair.pairs.renamed.length === 0)
            continue;
        const elsewhere = ([old]) => [...(arrived.get(idOf(pair.base, old)) ?? [])].some((view) => view !== pair.head);
        const undone = new Set(pair.pairs.renamed.filter(elsewhere));
        if (undone.size === 0)
            continue;
        pair.pairs.renamed = pair.pairs.renamed.filter((renamed) => !undone.has(renamed));
        pair.pairs.removed.push(...[...undone].map(([old]) => old));
        pair.pairs.added.push(...[...undone].map(([, now]) => now));
    }
}
/**
 * Rows that left one table and arrived in another under the same key
 * column and key, with cells changed on the way: a release that moved from
 * "Supported releases" to "End of life" and says so, a gate that moved from
 * the "Alpha or Beta" table to "Graduated" as it went GA. The two tables may
 * order their columns differently, or have a column the other has not:
 * cells compare by column name. Into a table that was there before, only
 * where the page partitions its rows over the two tables: tables per platform
 * that each list every gate share their keys, and there a gate gone from one
 * table and come to another is two changes. Whether the page partitions is
 * read from the base version, the trusted side: a decoy row the change adds
 * to both tables must not turn a move into a removal and an addition (GA →
 * Alpha by moving the gate, with a removal GA allows). Into a table new in
 * the head, always: a row that left its table (a platform's copy leaves the
 * row where it was) and came back in a new one is a move, whatever else the
 * new table repeats. A row that arrived in several tables is judged as a
 * change into each (one arrival per table). The pair joins the arriving
 * table's `same` pairs, so that the transition rules judge the change
 * (Supported → End of life) rather than a removal and an addition, and the
 * diff shows it as moved and changed.
 */
function movedWithChange(pairs, newTables, moved) {
    const intoNew = new Map();
    const crossings = [];
    const keyOf = (view, row) => fold(rowKeyOf(row, view.keyIndex));
    const keySets = new Map();
    const keys = (view) => {
        let known = keySets.get(view);
        if (!known)
            keySets.set(view, (known = new Set(view.rows.map((row) => keyOf(view, row)).filter((key) => key !== ''))));
        return known;
    };
    const intersection = (a, b) => {
        const [small, large] = a.size <= b.size ? [a, b] : [b, a];
        return new Set([...small].filter((key) => large.has(key)));
    };
    const arrivals = new Map();
    const arrive = (view, row, pair) => {
        if (moved.has(row))
            return;
        const id = idOf(view, row);
        let byView = arrivals.get(id);
        if (!byView)
            arrivals.set(id, (byView = new Map()));
        const list = byView.get(view);
        if (list)
            list.rows.push(row);
        else
            byView.set(view, { rows: [row], next: 0, view, ...(pair ? { pair } : {}) });
    };
    for (const pair of pairs)
        if (pair.head && pair.pairs)
            for (const row of pair.pairs.added)
                arrive(pair.head, row, pair);
    for (const view of newTables)
        for (const row of view.rows)
            arrive(view, row);
    if (arrivals.size === 0)
        return { intoNew, crossings };
    // The keys two tables shared before the change, by pair of tables.
    const partitions = new Map();
    const pairIndex = new Map(pairs.map((pair, i) => [pair, i]));
    // From a table that is gone too (a section merged into another): its rows went somewhere, or were removed.
    for (const pair of pairs) {
        if (!pair.pairs)
            continue;
        for (const row of pair.pairs.removed) {
            if (moved.has(row))
                continue;
            const byView = arrivals.get(idOf(pair.base, row));
            if (!byView)
                continue;
            let matched = false;
            // One arrival per table: the first that no other removed row took.
            for (const list of byView.values()) {
                const { view, pair: into } = list;
                if (view === pair.head)
                    continue;
                while (list.next < list.rows.length && moved.has(list.rows[list.next]))
                    list.next++;
                const now = list.rows[list.next];
                if (!now)
                    continue;
                if (into) {
                    // Apart from the row that moved, the two tables held different keys before the change.
                    const id = `${pairIndex.get(pair)}\u0000${pairIndex.get(into)}`;
                    let shared = partitions.get(id);
                    if (shared === undefined)
                        partitions.set(id, (shared = intersection(keys(pair.base), keys(into.base))));
                    const key = keyOf(pair.base, row);
                    if (shared.size > 1 || (shared.size === 1 && !shared.has(key)))
                        continue;
                }
                matched = true;
                list.next++;
                // From a table that is gone, the row came from where that table stood.
                moved.set(now, pair.head ?? pair.base);
                crossings.push({ pair: [row, now], from: pair.base, into: view });
                if (into)
                    into.pairs?.same.push([inColumnsOf(row, pair.base, into.base), now]);
                else {
                    const list = intoNew.get(view);
                    if (list)
                        list.push({ pair: [row, now], from: pair.base });
                    else
                        intoNew.set(view, [{ pair: [row, now], from: pair.base }]);
                }
            }
            if (matched)
                moved.set(row, pair.base);
        }
    }
    return { intoNew, crossings };
}
/**
 * A base row of one table as a row of another (`to`): its cells in `to`'s
 * column order, by name, a column it lacks empty. Only read for its cells'
 * text (the transition rules and the diff compare base rows by column).
 */
function inColumnsOf(row, from, to) {
    const source = from.table.columns;
    const target = to.table.columns;
    if (source.length === target.length && source.every((column, i) => column === target[i]))
        return row;
    const at = new Map(source.map((column, i) => [column, i]));
    return {
        ...row,
        cells: target.map((column) => {
            const i = at.get(column);
            return (i === undefined ? undefined : row.cells[i]) ?? { text: '', raw: '', links: [], strong: false, span: row.span };
        }),
    };
}
/** `{ group }` for a row whose key names more than one row of its table and that sits under a group row; else nothing. */
function groupOfRepeated(view) {
    let repeated;
    return (row) => {
        if (row.group === null)
            return {};
        if (repeated === undefined) {
            const seen = new Set();
            repeated = new Set();
            for (const other of view.rows) {
                const key = fold(rowKeyOf(other, view.keyIndex));
                if (seen.has(key))
                    repeated.add(key);
                else
                    seen.add(key);
            }
        }
        return repeated.has(fold(rowKeyOf(row, view.keyIndex))) ? { group: row.group } : {};
    };
}
/** The keyed diff of one table, or undefined when nothing but order changed. */
function describe(base, head, pairs, moved, gone) {
    const keyColumn = head.identity && head.identity.length > 1 ? head.identity.map((index) => head.table.columns[index] ?? '').join(' + ') : (head.table.columns[head.keyIndex] ?? '');
    const cells = (view, row) => Object.fromEntries(view.table.columns.map((column, i) => [column, row.cells[i]?.text ?? '']));
    const changed = [];
    // Only columns both versions have compare; a column that came or went is said once, not as (empty) → value in every row.
    const baseColumns = new Set(base?.table.columns ?? []);
    const headColumns = new Set(head.table.columns);
    const changedColumns = (from, to) => {
        const before = cells(base, from);
        return head.table.columns
            .map((column, i) => ({ column, from: before[column] ?? '', to: to.cells[i]?.text ?? '' }))
            .filter((change, i) => i !== head.keyIndex && baseColumns.has(change.column) && change.from !== change.to);
    };
    const columns = base
        ? { added: head.table.columns.filter((column) => !baseColumns.has(column)), removed: base.table.columns.filter((column) => !headColumns.has(column)) }
        : { added: [], removed: [] };
    // A row that left a group still there, or joined one that was there before, moved; every row under a
    // group row whose label was edited (Hypervisors → VMMs) did not.
    const baseGroups = new Set(base?.rows.map((row) => row.group) ?? []);
    const headGroups = new Set(head.rows.map((row) => row.group));
    const regrouped = (from, to) => from.group !== to.group && (headGroups.has(from.group) || baseGroups.has(to.group));
    const inHead = groupOfRepeated(head);
    const inBase = base ? groupOfRepeated(base) : () => ({});
    // Rows paired by their folded key whose key was written otherwise (`AGate` → `agate`, a zero-width space or a
    // look-alike letter put in): no row came or went, but what the page calls it changed, and a reviewer must see it.
    const respelled = [];
    for (const [from, to] of pairs.same) {
        if (base) {
            const was = rowNameOf(from, base);
            const now = rowNameOf(to, head);
            if (was !== now && keyFold(was) === keyFold(now))
                respelled.push({ from: was, to: now, line: to.span.line });
        }
        const columns = changedColumns(from, to);
        if (regrouped(from, to))
            columns.push({ column: GROUP_COLUMN, from: from.group ?? '', to: to.group ?? '' });
        if (columns.length > 0)
            changed.push({ key: rowNameOf(to, head), line: to.span.line, columns, ...inHead(to) });
    }
    const change = {
        table: head.table.columns.join(' | '),
        line: head.table.span.line,
        key: keyColumn,
        added: pairs.added.map((row) => ({ key: rowNameOf(row, head), line: row.span.line, cells: cells(head, row), ...inHead(row) })),
        removed: base ? pairs.removed.map((row) => ({ key: rowNameOf(row, base), cells: cells(base, row), ...inBase(row) })) : [],
        renamed: base ? [...pairs.renamed.map(([from, to]) => ({ from: rowNameOf(from, base), to: rowNameOf(to, head), line: to.span.line })), ...respelled].sort((a, b) => a.line - b.line) : [],
        changed,
        ...(columns.added.length + columns.removed.length > 0 ? { columns } : {}),
    };
    const arrived = head.rows.flatMap((row) => {
        const from = moved?.get(row);
        return from && from !== head ? [{ key: rowNameOf(row, head), line: row.span.line, from: from.table.span.line, ...(gone?.has(from) ? { gone: true } : {}), ...inHead(row) }] : [];
    });
    if (arrived.length > 0)
        change.moved = arrived;
    const empty = change.added.length + change.removed.length + change.renamed.length + change.changed.length + arrived.length + columns.added.length + columns.removed.length === 0;
    return empty ? undefined : change;
}
/**
 * The options the change rules judge a table by. The head's judge's, unless
 * the base's judge had rules on how rows change and the head's has none: a
 * change that moves a table to an entry without them (a renamed heading, a
 * file moved into another entry's files) must not move it out of those rules.
 */
function changeOptions(base, head) {
    const judge = head ?? base;
    if (base && head && base !== head && base.options.transitions && !head.options.transitions)
        return { ...head.options, transitions: base.options.transitions };
    return judge.options;
}

export { compareVersions, pairRows };
