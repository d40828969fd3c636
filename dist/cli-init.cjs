'use strict';

var promises = require('node:fs/promises');
var node_path = require('node:path');
var main = require('./cli-shared.cjs');
require('node:fs');
require('node:buffer');
require('node:os');
require('node:url');
require('node:util');

/**
 * `support-table-lint init`: a first schema per table shape, read off the
 * documents as they are. What it infers, in this order:
 *
 * - the allowed values of a column: from the document's own legend when one
 *   covers at least half of the column's values (a "Status Definitions"
 *   section of bold terms, a numbered list of `Term: definition`, a table);
 *   otherwise an enum when the column has few values, each used often
 *   (ENUM_MAX_VALUES distinct values at most, ENUM_MIN_USES uses each on
 *   average, ENUM_MIN_ROWS rows at least). Spellings that differ only in
 *   case, emphasis, spaces for hyphens or a trailing `?` are one value: the
 *   legend's spelling, else the most used one; so is a value written once,
 *   a letter away from one used more often (a typo);
 * - team links (`[@org/team](https://github.com/orgs/org/teams/team)`) or
 *   user links (`[@user](https://github.com/user)`): a `linkAgreement`;
 * - a key column (one whose values are all there and all different, the
 *   first column, else a column of names before one of versions: see
 *   chooseKey), or the first column and another together (`unique.by`),
 *   and the order the rows are already in;
 * - required cells (a column never empty).
 *
 * The schemas pass on the documents except for what it believes are
 * mistakes, which it lists: a value outside the legend or a variant
 * spelling, a key written again in another spelling, a row out of the
 * order the others keep, a row with too few or too many cells, a link
 * whose text and URL disagree, a column named twice or with a reserved
 * name, a table with no data rows.
 */
/** A column gets an enum when it has at most this many values… */
const ENUM_MAX_VALUES = 12;
/** …each used this many times on average… */
const ENUM_MIN_USES = 2;
/** …in a table of at least this many rows. */
const ENUM_MIN_ROWS = 4;
/** A key column: at most this share of its values may repeat (the repeats are listed as mistakes). */
const KEY_MAX_REPEATS = 0.1;
/**
 * The keys a key column may write again in another spelling: one in ten, and
 * one in a table of five rows or more (`UniFi` and `Unifi` among five
 * providers): else a small table's one slip makes another column its key.
 */
const allowedSlips = (keyed) => Math.max(keyed >= 5 ? 1 : 0, Math.floor(keyed * KEY_MAX_REPEATS));
const TEAM_LINK = { text: '^@(?<org>[A-Za-z0-9-]+)/(?<team>[A-Za-z0-9._-]+)$', url: '^https://github\\.com/orgs/(?<org>[A-Za-z0-9-]+)/teams/(?<team>[A-Za-z0-9._-]+)$' };
const USER_LINK = { text: '^@?(?<user>[A-Za-z0-9-]+)$', url: '^https://(?:www\\.)?github\\.com/(?<user>[A-Za-z0-9-]+)/?$' };
/** A team link whose text is the team's name alone (Kubernetes' localization teams: `[sig-docs-zh-owners](…/orgs/kubernetes/teams/sig-docs-zh-owners)`). */
const TEAM_NAME_LINK = { text: '^@?(?<team>[A-Za-z0-9._-]+)$', url: '^https://github\\.com/orgs/(?<org>[A-Za-z0-9-]+)/teams/(?<team>[A-Za-z0-9._-]+)$' };
/** A column that mixes the two (external-dns' maintainers: teams and people): either, and a link's text and URL of the same kind. */
const TEAM_OR_USER_LINK = {
    text: '^@?(?:(?<org>[A-Za-z0-9-]+)/(?<team>[A-Za-z0-9._-]+)|(?<user>[A-Za-z0-9-]+))$',
    url: '^https://(?:www\\.)?github\\.com/(?:orgs/(?<org>[A-Za-z0-9-]+)/teams/(?<team>[A-Za-z0-9._-]+)|(?<user>[A-Za-z0-9-]+))/?$',
};
/**
 * The widest table init writes a schema for. A schema of one property per
 * column is compiled by Ajv into code that grows with it, and a table of
 * 100,000 columns (a generated page, or an attack on the linter) would take
 * minutes and end in a stack overflow; real support matrices have tens.
 */
const MAX_INIT_COLUMNS = 1000;
/**
 * The most table shapes one run of init writes schemas for: those with the
 * most tables (the first seen on a tie); the rest are left out, and counted.
 * Each shape is a schema file, an entry of the config that every run then
 * matches every table against, and a schema Ajv compiles when init checks
 * that what it wrote loads. A page or a folder of real support tables has
 * tens; a generated page of 10,000 tables, each with its own header, made
 * 10,000 schemas. Run again, init adds the next ones (the tables the config
 * checks already are left to it).
 */
const MAX_INIT_SHAPES = 500;
/** A row's text in the named column of its own table (the same shape may order its columns differently). */
const textIn = (seen, row, name) => row.cells[firstIndexOf(seen.table.columns, main.columnKey).get(main.columnKey(name)) ?? -1]?.text ?? '';
/**
 * Each name's first column, for names as `form` writes them; made once per
 * header (per form), since init asks it for every cell of every column and a
 * header may have 100,000 columns.
 */
const firstIndices = new WeakMap();
function firstIndexOf(columns, form) {
    const byForm = firstIndices.get(columns) ?? firstIndices.set(columns, new Map()).get(columns);
    let first = byForm.get(form);
    if (first === undefined) {
        first = new Map();
        for (const [index, name] of columns.entries())
            if (!first.has(form(name)))
                first.set(form(name), index);
        byForm.set(form, first);
    }
    return first;
}
/**
 * The plan for `documents`. `presetOf` names the built-in preset that checks
 * a table as it is, if one does: such a table keeps its preset (whose rules
 * go beyond a schema init could write: notes, transitions), and init writes
 * no schema for it.
 */
function inferPlan(documents, presetOf, checked) {
    const shapes = new Map();
    const presets = new Map();
    const alreadyChecked = [];
    const tooWide = [];
    for (const { file, source } of documents) {
        const document = main.readMarkdownFast(source);
        for (const table of document.tables) {
            // A table the existing config checks keeps its entry: init adds only what nothing checks yet.
            if (checked?.(file, table)) {
                alreadyChecked.push({ file, line: table.span.line });
                continue;
            }
            if (table.columns.length > MAX_INIT_COLUMNS) {
                tooWide.push({ file, line: table.span.line, columns: table.columns.length });
                continue;
            }
            const preset = presetOf?.(file, table);
            if (preset !== undefined) {
                const plan = presets.get(preset) ?? { name: preset, seen: [] };
                plan.seen.push({ file, line: table.span.line, rows: table.rows.filter((row) => row.kind !== 'spacer').length });
                presets.set(preset, plan);
                continue;
            }
            // The judge matches columns as a set, so tables with the same columns in another order are one shape;
            // and so are tables that differ only by a name repeated or reserved, which gets no property.
            const shape = [...new Set(table.columns.filter((name) => !main.RESERVED_COLUMNS.includes(name)).map(main.foldColumn))].sort().join('\u0000');
            const groupsOnly = table.rows.length > 0 && table.rows.every((row) => row.kind !== 'data');
            const seen = { file, source, document, table, rows: main.dataRows(source, table, !groupsOnly) };
            const list = shapes.get(shape);
            if (list)
                list.push(seen);
            else
                shapes.set(shape, [seen]);
        }
    }
    // The shapes with the most tables, at most MAX_INIT_SHAPES of them, in the order they were seen.
    let kept = [...shapes.values()];
    const leftOut = { shapes: 0, tables: 0 };
    if (kept.length > MAX_INIT_SHAPES) {
        const first = new Set(kept
            .map((tables, index) => ({ tables, index }))
            .sort((a, b) => b.tables.length - a.tables.length || a.index - b.index)
            .slice(0, MAX_INIT_SHAPES)
            .map(({ tables }) => tables));
        for (const tables of kept) {
            if (first.has(tables))
                continue;
            leftOut.shapes++;
            leftOut.tables += tables.length;
        }
        kept = kept.filter((tables) => first.has(tables));
    }
    const plan = { shapes: [], presets: [...presets.values()], mistakes: [], alreadyChecked, tooWide, leftOut };
    for (const tables of kept)
        plan.shapes.push(inferShape(tables, plan.mistakes));
    return plan;
}
function inferShape(tables, mistakes) {
    const { table } = tables[0];
    const names = table.columns;
    // A name a row object cannot carry, or one it carries once (a repeat keeps the first column's
    // cells): no property of the schema, and no key. Each is a mistake the run reports.
    const carried = names.map((name, index) => !main.RESERVED_COLUMNS.includes(name) && firstIndexOf(names, main.foldColumn).get(main.foldColumn(name)) === index);
    for (const seen of tables) {
        const header = (why) => void mistakes.push({ file: seen.file, table: seen.table.span.line, line: seen.table.span.line, column: '', value: '', why, header: true });
        seen.table.columns.forEach((name, index) => {
            if (main.RESERVED_COLUMNS.includes(name))
                header(`column ${index + 1} is named "${name}", which the row object reserves (${main.RESERVED_COLUMNS.join(', ')}): its cells cannot be checked; rename the column`);
            const first = firstIndexOf(seen.table.columns, main.foldColumn).get(main.foldColumn(name));
            if (first < index && main.foldColumn(name) !== '')
                header(`column ${index + 1} is named "${name}" like column ${first + 1}: its cells cannot be checked; rename one of the two columns`);
        });
        if (seen.rows.length === 0)
            header('the table has no data rows: add its rows, or leave it out of the check');
        // A zero-width space or a Cyrillic letter in a header: the column is read by its visible name, and the run says so.
        for (const found of main.headerProblems(seen.source, seen.table))
            header(main.formatMessage(main.headerInvisible.meta.messages[found.messageId], found.data));
    }
    const keyable = (name, index) => name.trim() !== '' && carried[index] === true;
    // Rows all bold (every key cell is **bold**) read as groups; then they are data.
    const groups = !tables.some((seen) => seen.table.rows.length > 0 && seen.table.rows.every((row) => row.kind !== 'data'));
    const cellsOf = (index) => tables.flatMap((seen) => seen.rows.map((row) => ({ seen, row, value: textIn(seen, row, names[index]) })));
    for (const seen of tables) {
        for (const row of seen.rows) {
            if (row.sourceCellCount === seen.table.columns.length)
                continue;
            mistakes.push({ file: seen.file, table: seen.table.span.line, line: row.span.line, column: names[0], value: row.cells[0]?.text ?? '', why: `the row has ${row.sourceCellCount} cell${row.sourceCellCount === 1 ? '' : 's'}, the header ${seen.table.columns.length}` });
        }
        for (const row of seen.table.rows.slice(main.strayFrom(seen.source, seen.table))) {
            mistakes.push({ file: seen.file, table: seen.table.span.line, line: row.span.line, column: names[0], value: row.cells[0]?.text ?? '', why: 'the line has no `|` but follows the table with no blank line, so it is read as a row' });
        }
        // A row with a cell missing or one too many has its values in the wrong columns: what init learns
        // (allowed values, required cells, the key) comes from the rows that line up, when there are some.
        const aligned = seen.rows.filter((row) => row.sourceCellCount === seen.table.columns.length);
        if (aligned.length > 0)
            seen.rows = aligned;
    }
    // Tables of one shape that lead with different columns (`Kubernetes Version | containerd Version`
    // and `Containerd Version | Kubernetes Version`) are each keyed by their own first column when it
    // is a key in each: a column that happens to be unique everywhere is no better a name for a row.
    const firstColumnsDiffer = new Set(tables.map((seen) => main.columnKey(seen.table.columns[0]))).size > 1;
    const ownFit = firstColumnsDiffer ? keyFit(tables, (seen) => [seen.table.columns[0]], false) : undefined;
    const chosen = ownFit ? undefined : chooseKey(names, keyable, tables);
    const ownKeys = chosen === undefined && firstColumnsDiffer;
    const keyIndex = chosen?.index ?? 0;
    const keyName = names[keyIndex];
    const keyOf = (seen) => (ownKeys ? seen.table.columns[0] : keyName);
    // Nothing names every row: the first column is the key all the same (the engine's default), unique
    // when the rows that fill it in never repeat it.
    const fit = ownFit ?? chosen?.fit ?? keyFit(tables, (seen) => [keyOf(seen)], true);
    const unique = fit !== undefined;
    const uniqueScope = fit?.scope ?? 'table';
    const repeats = unique ? [] : repeatedKeys(tables, keyOf);
    for (const { seen, row, value, first } of fit?.slips ?? []) {
        mistakes.push({ file: seen.file, table: seen.table.span.line, line: row.span.line, column: chosen?.by?.[0] ?? keyOf(seen), value, why: `listed twice: line ${first.line} has it as "${first.value}"` });
    }
    const order = inferOrder(tables, keyOf, mistakes);
    // The legends of each table's document, found once for the shape rather than once per column.
    const legends = shapeLegends(tables);
    let legendOption;
    const cellsBy = names.map((_, index) => cellsOf(index));
    // Which columns write each value: one another column writes is a word of the table, not a typo.
    const columnsOf = new Map();
    names.forEach((_, index) => {
        for (const { value } of cellsBy[index])
            (columnsOf.get(value) ?? columnsOf.set(value, new Set()).get(value)).add(index);
    });
    // A column the page's legend defines keeps the legend's terms; the others of a matrix that write the
    // same words (`✅ Supported` or `❌ Not supported` per runtime, `Yes` / `No` / `Partial` per feature)
    // share one vocabulary, though each happens to use only some of it.
    const fromLegends = names.map((_, index) => (carried[index] && index !== keyIndex ? legendFor(tables, cellsBy[index].map((cell) => cell.value), legends) : undefined));
    const shared = sharedVocabularies(names.map((_, index) => (carried[index] && index !== keyIndex && !fromLegends[index] ? cellsBy[index].map((cell) => cell.value) : undefined)), columnsOf);
    const columns = names.map((name, index) => {
        const cells = cellsBy[index];
        const values = cells.map((cell) => cell.value);
        const column = { name, required: values.length > 0 && values.every((value) => value !== '') };
        // A column no property carries (a repeated or reserved name, listed above) is never judged: what its
        // cells seem to get wrong is no mistake a run would report.
        if (!carried[index])
            return column;
        if (index !== keyIndex) {
            const fromLegend = fromLegends[index];
            const vocabulary = shared.get(index);
            if (fromLegend) {
                column.enum = [...fromLegend.terms, ...(values.includes('') ? [''] : [])];
                column.enumFrom = `the legend under "${fromLegend.heading}" (${tables[0].file}, line ${fromLegend.line})`;
                if (name !== '')
                    legendOption ??= { heading: fromLegend.heading, column: name };
                canonicalise(cells, name, fromLegend.terms, `the legend under "${fromLegend.heading}"`, mistakes);
            }
            else if (vocabulary) {
                const { canonical, members } = vocabulary;
                column.enum = [...canonical, ...(values.includes('') ? [''] : [])];
                const others = members.filter((other) => other !== index).map((other) => names[other]);
                const beside = others.length <= 3 ? others.join(', ') : `${others.length} other columns`;
                column.enumFrom = `the ${canonical.length} values this column and ${beside} use${values.includes('') ? ', and empty cells' : ''}`;
                canonicalise(cells, name, canonical, 'the other cells', mistakes);
            }
            else {
                const written = values.filter((value) => value !== '');
                const grouped = groupValues(written, (value) => [...(columnsOf.get(value) ?? [])].some((other) => other !== index), ENUM_MAX_VALUES);
                // Uses are the cells that write a value: a Notes column of three remarks, each written once, and
                // three empty cells uses each remark once, however many rows leave it empty; it is free text.
                if (grouped.size > 0 && grouped.size <= ENUM_MAX_VALUES && values.length >= ENUM_MIN_ROWS && written.length >= grouped.size * ENUM_MIN_USES) {
                    const canonical = [...grouped.values()].map((spellings) => spellings[0]);
                    // One value is no list of choices (a column that says `Yes` everywhere may say anything else
                    // tomorrow), unless it is a mark beside empty cells: 🔄 or nothing, where ✅ would be new.
                    const oneMark = canonical.length === 1 && main.isMark(canonical[0]) && values.includes('');
                    if ((canonical.length < 2 && !oneMark) || canonical.some((value) => isProse(value) || isList(value) || isVersion(value)))
                        return finishColumn(column, cells, name, mistakes);
                    column.enum = [...canonical, ...(values.includes('') ? [''] : [])];
                    column.enumFrom = `the ${canonical.length} value${canonical.length === 1 ? '' : 's'} the table${tables.length > 1 ? 's use' : ' uses'}${values.includes('') ? ', and empty cells' : ''}`;
                    canonicalise(cells, name, canonical, 'the other rows', mistakes);
                }
            }
        }
        return finishColumn(column, cells, name, mistakes);
    });
    shareMarks(columns, keyIndex, (index) => cellsBy[index].map((cell) => cell.value));
    return {
        columns: columns.filter((_, index) => carried[index]),
        key: keyName,
        ownKeys,
        unique,
        ...(chosen?.by ? { uniqueBy: chosen.by } : {}),
        uniqueScope,
        order,
        groups,
        ...(legendOption ? { legend: legendOption } : {}),
        ...(repeats.length > 0 ? { repeats } : {}),
        seen: tables.map((seen) => {
            const besides = rowsBesides(seen);
            return { file: seen.file, line: seen.table.span.line, rows: seen.table.rows.length, ...(besides ? { besides } : {}) };
        }),
    };
}
/** The table's rows that are not data rows (those init reads), by kind; undefined when every row is data. */
function rowsBesides(seen) {
    if (seen.rows.length === seen.table.rows.length)
        return undefined;
    const besides = {};
    const stray = main.strayFrom(seen.source, seen.table);
    if (stray < seen.table.rows.length)
        besides.stray = seen.table.rows.length - stray;
    // With groups off (every key cell bold), bold rows are data: only rows dataRows left out are counted.
    const read = new Set(seen.rows.map((row) => row.span.line));
    for (const row of seen.table.rows.slice(0, stray)) {
        if (read.has(row.span.line) || row.kind === 'data')
            continue;
        besides[row.kind] = (besides[row.kind] ?? 0) + 1;
    }
    return besides;
}
/**
 * Whether `columnsOf` (one column, or several whose values together are the
 * key) name every row of each table: each row fills them in (with
 * `allowEmpty`, a row that leaves one empty is skipped, as unique-key skips
 * it) and no two rows of a table, or else of a group, have one key, folded
 * as unique-key folds keys. Two rows that write the same key alike repeat it
 * by design (two gates that arrived in one release, a platform per
 * architecture): the columns are no key, whose repeats the page as it is
 * would fail on. Spelt otherwise (`genpolicy` below `Genpolicy`), the second
 * row is a slip, listed as a mistake: at most allowedSlips of them.
 */
function keyFit(tables, columnsOf, allowEmpty) {
    const grouped = tables.some((seen) => seen.rows.some((row) => row.group !== null));
    for (const scope of grouped ? ['table', 'group'] : ['table']) {
        let keyed = 0;
        const slips = [];
        const fits = tables.every((seen) => {
            const columns = columnsOf(seen);
            const firstOf = new Map();
            for (const row of seen.rows) {
                const parts = columns.map((name) => textIn(seen, row, name));
                if (parts.some((part) => part === '')) {
                    if (allowEmpty)
                        continue;
                    return false;
                }
                keyed++;
                const value = parts.join(' + ');
                const folded = `${scope === 'group' ? (row.group ?? '') : ''}\u0000${main.keyFold(value)}`;
                const first = firstOf.get(folded);
                if (!first)
                    firstOf.set(folded, { line: row.span.line, value });
                else if (first.value === value)
                    return false;
                else
                    slips.push({ seen, row, value, first });
            }
            return true;
        });
        if (fits && keyed > 0 && slips.length <= allowedSlips(keyed))
            return { scope, slips };
    }
    return undefined;
}
/** Rows of a key column init calls no key that it would have called one but for them. */
const MAX_REPEATS_SAID = 3;
/**
 * The rows that repeat a key as written, when they are few (at most
 * MAX_REPEATS_SAID, in a column of at least five keys): the column would be
 * a key without them, and `unique: false` hides every later repeat.
 */
function repeatedKeys(tables, keyOf) {
    const repeats = [];
    let keyed = 0;
    for (const seen of tables) {
        const first = new Map();
        for (const row of seen.rows) {
            const value = textIn(seen, row, keyOf(seen));
            if (value === '')
                continue;
            keyed++;
            const folded = `${row.group ?? ''}\u0000${main.keyFold(value)}`;
            const earlier = first.get(folded);
            if (earlier === undefined)
                first.set(folded, row.span.line);
            else
                repeats.push({ file: seen.file, line: row.span.line, value, first: earlier });
        }
    }
    return keyed >= 5 && repeats.length <= MAX_REPEATS_SAID ? repeats : [];
}
/** A composite key is the first column and one of this many columns after it (`Platform | Architecture`, `Feature | Default | Stage`). */
const PAIR_REACH = 3;
/**
 * The key init proposes, in this order: the first column that can be one,
 * when it names every row; else a later column that names every row with
 * values that are names (`Feature`, `Property`); else the first column with
 * one of the next PAIR_REACH columns, names before versions (a row per
 * feature and stage, per platform and architecture); else a later column of
 * versions, dates or numbers, or of sentences, that names every row (a
 * release table led by a column of marks). Undefined when none is. Marks
 * and yes/no name nothing.
 */
function chooseKey(names, keyable, tables) {
    const [first, ...others] = names.flatMap((name, index) => (keyable(name, index) ? [{ name, index }] : []));
    if (!first)
        return undefined;
    const alone = (name) => keyFit(tables, () => [name], false);
    const firstFit = alone(first.name);
    if (firstFit)
        return { index: first.index, fit: firstFit };
    const kindOf = (name) => valueKind(tables.flatMap((seen) => seen.rows.map((row) => textIn(seen, row, name))));
    const kinds = new Map(others.map(({ name }) => [name, kindOf(name)]));
    const single = (kind) => {
        for (const { name, index } of others) {
            if (kinds.get(name) !== kind)
                continue;
            const fit = alone(name);
            if (fit)
                return { index, fit };
        }
        return undefined;
    };
    const named = single('name');
    if (named)
        return named;
    // Two gates that arrived in one release: `Since` repeats, and `Feature` with `Stage` is the key. Only
    // when the first column repeats by design, more than one row in ten: a row per feature and stage; a
    // name written twice among many is a slip that another column tells apart by chance.
    const firstKind = kindOf(first.name);
    const rows = tables.reduce((count, seen) => count + seen.rows.length, 0);
    const firstRepeats = tables.reduce((count, seen) => count + seen.rows.length - new Set(seen.rows.map((row) => main.keyFold(textIn(seen, row, first.name)))).size, 0);
    if ((firstKind === 'name' || firstKind === 'quantity') && firstRepeats > Math.floor(rows * KEY_MAX_REPEATS)) {
        const near = others.filter(({ index }) => index <= first.index + PAIR_REACH);
        for (const kind of ['name', 'quantity']) {
            for (const { name } of near) {
                if (kinds.get(name) !== kind)
                    continue;
                const fit = keyFit(tables, () => [first.name, name], false);
                if (fit)
                    return { index: first.index, by: [first.name, name], fit };
            }
        }
    }
    return single('quantity') ?? single('text');
}
/** `yes`, `true`, `✅`: a flag says something of a row, it names nothing. */
const FLAG = /^(?:yes|no|y|n|true|false|on|off|enabled|disabled|none|n\/a)$/i;
const MONTHS = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/gi;
/** `1.23`, `v1.33`, `2024-05-01`, `May 8, 2025`, `42`, `1.30.x - 1.33.x`: versions, dates and numbers, no name left beside them. */
const isQuantity = (value) => /\d/.test(value) && !/\p{L}/u.test(value.replace(/\bv?\d[\w.+-]*/gi, '').replace(MONTHS, ''));
/**
 * What a column's values are, for a key: names (a few of them lists of
 * names, `endpoint, protocol`), versions, dates and numbers, flags, or
 * sentences (most of them prose); `empty` when a cell is.
 */
function valueKind(values) {
    if (values.some((value) => value === ''))
        return 'empty';
    if (values.every((value) => main.isMark(value) || FLAG.test(value)))
        return 'flag';
    if (values.every(isQuantity))
        return 'quantity';
    if (values.filter(isProse).length * 2 > values.length)
        return 'text';
    return 'name';
}
/**
 * A matrix of marks (a ✅ / 🚧 / 🔕 per feature and component) uses one
 * vocabulary across its columns, though each column happens to use only
 * some of it: columns whose values are all such marks allow every mark any
 * of them uses, so a 🔕 where the page's legend allows it is no error.
 */
function shareMarks(columns, keyIndex, valuesOf) {
    const marked = columns
        .map((column, index) => ({ column, index, values: valuesOf(index) }))
        .filter(({ index, values }) => index !== keyIndex && ofMarks(values));
    if (marked.length < 2)
        return;
    const marks = [...new Set(marked.flatMap(({ values }) => values.filter((value) => value !== '')))];
    if (marks.length > ENUM_MAX_VALUES)
        return;
    const words = marks.filter((value) => !main.isMark(value));
    const what = words.length === 0 ? (marks.length === 1 ? 'the one mark' : `the ${marks.length} marks`) : `the ${marks.length} values (marks and ${words.join(', ')})`;
    for (const { column, values } of marked) {
        if (column.enumFrom?.startsWith('the legend'))
            continue;
        column.enum = [...marks, ...(values.includes('') ? [''] : [])];
        column.enumFrom = `${what} the ${marked.length} columns of marks use${values.includes('') ? ', and empty cells' : ''}`;
    }
}
/**
 * Columns of a matrix that write the same words share one vocabulary
 * (`✅ Supported` / `⚠️ Partial` / `❌ Not supported` per runtime, `Yes` /
 * `No` / `Partial` per feature), as columns of marks do (shareMarks): a
 * column that happens to use two of them allows the third, and one that
 * uses each once gets the enum its neighbours show. Two columns are of one
 * matrix when at least half the values of the one with fewer are the
 * other's (two of them, or its only one), spellings folded as groupValues
 * folds them; columns linked through others are too. The pooled cells must
 * make an enum as one column's do: at most ENUM_MAX_VALUES values, each
 * written ENUM_MIN_USES times on average, two at least, in a table of
 * ENUM_MIN_ROWS rows. Columns of marks, and of prose, lists or versions,
 * take no part. `values`: each column's cells, undefined for a column that
 * takes no part (the key, a legend's). The vocabulary of each column that
 * shares one, and the columns that share it.
 */
function sharedVocabularies(values, columnsOf) {
    const forms = values.map((list) => {
        const written = list?.filter((value) => value !== '') ?? [];
        if (written.length === 0 || ofMarks(list) || written.some((value) => isProse(value) || isList(value) || isVersion(value)))
            return undefined;
        const loose = new Set(written.map((value) => main.looseForm(value) || value));
        return loose.size <= ENUM_MAX_VALUES ? loose : undefined;
    });
    const parent = values.map((_, index) => index);
    const root = (index) => {
        while (parent[index] !== index)
            index = parent[index] = parent[parent[index]];
        return index;
    };
    const candidates = forms.flatMap((form, index) => (form ? [index] : []));
    for (const [at, a] of candidates.entries()) {
        for (const b of candidates.slice(at + 1)) {
            const [small, large] = forms[a].size <= forms[b].size ? [forms[a], forms[b]] : [forms[b], forms[a]];
            let common = 0;
            for (const form of small)
                if (large.has(form))
                    common++;
            if (common >= Math.min(2, small.size) && common * 2 >= small.size)
                parent[root(b)] = root(a);
        }
    }
    const components = new Map();
    for (const index of candidates)
        (components.get(root(index)) ?? components.set(root(index), []).get(root(index))).push(index);
    const out = new Map();
    for (const members of components.values()) {
        if (members.length < 2 || values[members[0]].length < ENUM_MIN_ROWS)
            continue;
        const inside = new Set(members);
        // Row by row, as the page reads: the enum lists the values in the order they first appear.
        const written = values[members[0]].flatMap((_, row) => members.map((index) => values[index][row])).filter((value) => value !== '');
        const grouped = groupValues(written, (value) => [...(columnsOf.get(value) ?? [])].some((other) => !inside.has(other)), ENUM_MAX_VALUES);
        if (grouped.size < 2 || grouped.size > ENUM_MAX_VALUES || written.length < grouped.size * ENUM_MIN_USES)
            continue;
        const canonical = [...grouped.values()].map((spellings) => spellings[0]);
        for (const index of members)
            out.set(index, { canonical, members });
    }
    return out;
}
/** A word among marks is at most this long: `N/A`, `partial`, `experimental`, `not tested`; longer is a remark. */
const MARK_WORD_CHARS = 16;
/**
 * A column of a matrix of marks: marks and empty cells, and perhaps a short
 * word or two used less than the marks (`+`, `-` and `N/A`, as OpenTelemetry's
 * compliance matrix writes a cell that does not apply; `partial` or
 * `experimental` where a platform is neither ✓ nor ✗).
 */
function ofMarks(values) {
    let marks = 0;
    let others = 0;
    const words = new Set();
    for (const value of values) {
        if (value === '')
            continue;
        if (main.isMark(value))
            marks++;
        else if (value.length <= MARK_WORD_CHARS) {
            others++;
            words.add(value);
        }
        else
            return false;
    }
    return marks > 0 && others <= marks && words.size <= 2;
}
/** Sentences make a poor enum: a column whose values run long is free text. */
const PROSE_CHARS = 40;
const PROSE_WORDS = 5;
const isProse = (value) => value.length > PROSE_CHARS || value.split(/\s+/).length > PROSE_WORDS;
/** `@samuelkarp, @chrishenzie`: a list of items, whose combinations are no vocabulary. */
const isList = (value) => /[,;]\s*\S/.test(value);
/** `containerd v1.7`, `1.28+`: versions come and go with releases, they are no vocabulary. */
const isVersion = (value) => /\d+\.\d+/.test(value);
function finishColumn(column, cells, name, mistakes) {
    const link = linkForm(cells, name, mistakes);
    if (link)
        column.link = link;
    return column;
}
/**
 * The order the rows already keep, by key: in the table or in each group,
 * as text, naturally (`2` before `14`) or as versions, rising or falling.
 * The fit with the fewest slips wins (the plainest on a tie); one slip in
 * ten rows still counts (it is listed as a mistake); more, and there is no
 * order.
 */
/**
 * The orders tried, the first of equal fits winning. Keys with numbers in them
 * (`1.9`, `2.0`, `v1.33`) try `natural` first: `1.5 … 2.0` is in text order
 * too, and the next release, `2.10`, would then be out of it.
 */
const orderFits = (numeric) => ['asc', 'desc'].flatMap((direction) => (numeric ? ['natural', 'semver', 'text', 'ascii'] : ['text', 'ascii', 'natural', 'semver']).map((compare) => ({ compare, direction })));
function inferOrder(tables, keyOf, mistakes) {
    // The keyed rows of each run (the table, or each group) and their keys: the same for every comparison tried.
    const runsIn = (scope) => tables.flatMap((seen) => {
        const runs = new Map();
        for (const row of seen.rows) {
            const run = scope === 'table' ? null : row.group;
            const list = runs.get(run);
            if (list)
                list.push(row);
            else
                runs.set(run, [row]);
        }
        const key = keyOf(seen);
        return [...runs.values()].map((run) => {
            const keyed = run.filter((row) => textIn(seen, row, key) !== '');
            return { seen, keyed, keys: keyed.map((row) => textIn(seen, row, key)) };
        });
    });
    const slips = (plan, runs) => {
        const compare = main.comparator(plan);
        let pairs = 0;
        // Two neighbours out of order cannot both stay, so at least half the breaks are rows to move: when
        // that is already more than a fit allows, no longest ordered run is looked for (16 orders are tried,
        // each O(n log n) comparisons on a 100,000-row table). A run with no break is in order (each comparison
        // is an order: neighbours in order are all in order) and stays whole.
        let least = 0;
        const breaks = runs.map(({ keys }) => {
            let count = 0;
            for (let i = 1; i < keys.length; i++)
                if (compare(keys[i], keys[i - 1]) < 0)
                    count++;
            pairs += Math.max(0, keys.length - 1);
            least += Math.ceil(count / 2);
            return count;
        });
        if (least > Math.floor(pairs / 10))
            return { pairs };
        const out = [];
        runs.forEach(({ seen, keyed, keys }, index) => {
            if (breaks[index] === 0)
                return;
            // The rows to move are those the sort-order rule will report: the ones off a longest ordered run.
            const staying = main.longestOrdered(keys, compare);
            keyed.forEach((row, i) => {
                if (!staying.has(i))
                    out.push({ seen, row });
            });
        });
        return { out, pairs };
    };
    let best;
    const numeric = tables.some((seen) => seen.rows.some((row) => /\d/.test(textIn(seen, row, keyOf(seen)))));
    for (const scope of ['table', 'group']) {
        const runs = runsIn(scope);
        for (const fit of orderFits(numeric)) {
            const plan = { scope, ...fit };
            const { out, pairs } = slips(plan, runs);
            if (pairs < 3 || !out || out.length > Math.floor(pairs / 10))
                continue;
            if (!best || out.length < best.out.length)
                best = { plan, out };
        }
    }
    if (!best)
        return false;
    for (const { seen, row } of best.out) {
        mistakes.push({ file: seen.file, table: seen.table.span.line, line: row.span.line, column: keyOf(seen), value: textIn(seen, row, keyOf(seen)), why: 'out of the order the other rows keep' });
    }
    return best.plan;
}
/**
 * A column's legend is looked for in the first this many sections of each
 * document that write one of the column's values (a section that writes none
 * of them defines none of them). Real pages have a few such sections; a
 * generated page of thousands of sections, each with its table and the same
 * two terms, made every table weigh every section: 10,000 of them ran out
 * of memory after four minutes.
 */
const MAX_LEGEND_SECTIONS = 100;
/**
 * A legend in one of the documents that defines at least half of the
 * column's values, two of them at least (and two terms at least, none of
 * them a column of the table), read as the `legend` rule reads
 * it (markdown/legend.ts), so that what init names the rule then accepts.
 * For a column of marks, only the legend's marks count.
 */
function legendFor(tables, values, legends) {
    const distinct = [...new Set(values.filter((value) => value !== ''))];
    if (distinct.length === 0)
        return undefined;
    const marksOnly = distinct.every(main.isMark);
    const loose = distinct.map(main.looseForm);
    // The sections of each document that write one of the values: the others cover none of them.
    const sectionsIn = new Map();
    const sectionsOf = (seen) => sectionsIn.get(seen.document) ?? sectionsIn.set(seen.document, legends.sectionsWriting(seen, loose)).get(seen.document);
    // A section's legend is the same for every table of a document with the same columns outside it: weighed once.
    const weighed = new Set();
    let best;
    for (const seen of tables) {
        for (const section of sectionsOf(seen)) {
            const { key, legend } = legends.of(seen, section);
            if (weighed.has(key))
                continue;
            weighed.add(key);
            if (!legend)
                continue;
            // A legend of marks (`- Completed: ✅`) names each mark and its meaning: a column of marks allows the marks.
            const { terms, looseForms } = marksOnly ? marksOf(legend) : legend;
            if (terms.length < 2)
                continue;
            const covered = loose.filter((form) => looseForms.has(form)).length;
            // A legend that spells none of the values as the column writes them (prose's `Counter` and
            // `Gauge` beside a table that writes `COUNTER` and `GAUGE` throughout) is the page's words about
            // them, not their spelling: taking it would make every cell a mistake.
            if (!terms.some((term) => distinct.includes(term.term)))
                continue;
            const better = !best || covered > best.covered || (covered === best.covered && terms.length < best.terms.length);
            // Two of the column's values at least (its one value, when it has one): a column of `DHCP` and
            // `DHCP & libvirt` under a section that mentions DHCP is no column the section defines.
            if (covered * 2 >= distinct.length && covered >= Math.min(2, distinct.length) && better) {
                best = { heading: legend.heading, line: legend.line, terms: terms.map((term) => term.term), covered };
            }
        }
    }
    return best;
}
const marksOf = (legend) => {
    if (!legend.marks) {
        const terms = legend.terms.filter((term) => main.isMark(term.term));
        legend.marks = { terms, looseForms: new Set(terms.map((term) => term.loose)) };
    }
    return legend.marks;
};
const pageTerms = new WeakMap();
function pageTermsOf(seen) {
    let found = pageTerms.get(seen.document);
    if (!found) {
        const sections = main.termSections(seen.source, seen.document.headings);
        const byLoose = new Map();
        sections.forEach((section, index) => {
            for (const term of section.terms) {
                const loose = main.looseForm(term);
                const list = byLoose.get(loose) ?? byLoose.set(loose, []).get(loose);
                if (list[list.length - 1] !== index && list.length < MAX_LEGEND_SECTIONS)
                    list.push(index);
            }
        });
        found = { sections, byLoose };
        pageTerms.set(seen.document, found);
    }
    return found;
}
function shapeLegends(tables) {
    // Tables of one document with the same columns get the same legend from a section they are not in.
    const documents = new Map();
    const groups = new Map();
    for (const seen of tables) {
        if (!documents.has(seen.document))
            documents.set(seen.document, documents.size);
        groups.set(seen, `${documents.get(seen.document)}\u0000${JSON.stringify(seen.table.columns)}`);
    }
    const own = new Map(tables.map((seen, index) => [seen, index]));
    const read = new Map();
    return {
        sectionsWriting(seen, loose) {
            const { byLoose } = pageTermsOf(seen);
            const found = new Set();
            for (const form of loose)
                for (const index of byLoose.get(form) ?? [])
                    found.add(index);
            return [...found].sort((a, b) => a - b).slice(0, MAX_LEGEND_SECTIONS);
        },
        of(seen, index) {
            const section = pageTermsOf(seen).sections[index];
            const inside = seen.table.span.line <= section.endLine && seen.table.span.endLine > section.heading.line;
            const key = `${inside ? `table ${own.get(seen)}` : groups.get(seen)}\u0000${index}`;
            if (!read.has(key))
                read.set(key, pageLegend(seen, section));
            return { key, legend: read.get(key) };
        },
    };
}
/**
 * A legend of a table's document, read as the `legend` rule reads it
 * (markdown/legend.ts). A bullet that names one of the table's columns
 * (`* bridge - the bridge binding`) explains the column, not a value: it is
 * no term.
 */
function pageLegend(seen, section) {
    const legend = main.findLegend(seen.source, seen.document.headings, section.heading.text, seen.table);
    if (!legend || legend.heading.line !== section.heading.line)
        return undefined;
    const columns = new Set(seen.table.columns.map(main.looseForm));
    const terms = legend.terms.map((term) => ({ term: term.term, loose: main.looseForm(term.term) })).filter((term) => !columns.has(term.loose));
    return { heading: section.heading.text, line: section.heading.line, terms, looseForms: new Set(terms.map((term) => term.loose)) };
}
/**
 * Values grouped by their loose form; each group's spellings, the most used
 * first. `usedElsewhere`: whether another column writes a value. `limit`: the
 * most groups the caller has a use for (an enum has ENUM_MAX_VALUES values at
 * most).
 */
function groupValues(values, usedElsewhere, limit) {
    const groups = new Map();
    for (const value of values) {
        const loose = main.looseForm(value) || value;
        const group = groups.get(loose) ?? groups.set(loose, { spellings: new Map(), uses: 0 }).get(loose);
        group.spellings.set(value, (group.spellings.get(value) ?? 0) + 1);
        group.uses++;
    }
    // A value written once, a letter away from one the table uses again and again (`Supportd` beside
    // `Supported`), is a typo of it, not a value of its own: the schema must not allow it for good. Unless
    // another column writes it too (`Bytes` beside `Kbytes`, in a table whose next column says `Bytes`).
    // Only values used again and again take a typo in, and they are never typos themselves: the same
    // few all along, whatever folds into them. More of them than the caller has a use for, and there are
    // too many groups however the typos fold, so no typo is looked for: comparing each value written
    // once with every other value made a column of 50,000 values take minutes.
    const often = [...groups].filter(([, group]) => group.uses >= 2);
    if (often.length <= limit) {
        for (const [loose, group] of [...groups]) {
            if (group.uses !== 1 || loose.length < 5 || /\d/.test(loose) || [...group.spellings.keys()].some(usedElsewhere))
                continue;
            const targets = often.filter(([other]) => Math.abs(other.length - loose.length) <= 1 && main.distance(other, loose) === 1);
            if (targets.length !== 1)
                continue;
            const [, into] = targets[0];
            for (const [spelling] of group.spellings)
                into.spellings.set(spelling, 0);
            groups.delete(loose);
        }
    }
    // The most used spelling; on a tie one without a hesitant `?`, then the first seen.
    return new Map([...groups].map(([loose, { spellings }]) => [
        loose,
        [...spellings].sort((a, b) => b[1] - a[1] || Number(a[0].endsWith('?')) - Number(b[0].endsWith('?'))).map(([spelling]) => spelling),
    ]));
}
/**
 * A value outside the allowed ones is compared with each of them, for one a
 * letter away to suggest, only when they are at most this many: an enum has
 * ENUM_MAX_VALUES, the legends of real pages a few tens at most. A legend of
 * 50,000 terms over a column of as many other values would compare every
 * pair; beyond it only spellings that differ in case, emphasis or hyphens are
 * suggested (the value is listed as a mistake all the same).
 */
const MAX_NEAR_SPELLINGS = 200;
/**
 * Cells whose value is not one of `allowed` (which come from `from`: a legend,
 * or the other rows): mistakes, with the allowed spelling when one is loosely
 * the same.
 */
function canonicalise(cells, column, allowed, from, mistakes) {
    const exact = new Set(allowed);
    const byLoose = new Map(allowed.map((value) => [main.looseForm(value), value]));
    const near = byLoose.size <= MAX_NEAR_SPELLINGS ? [...byLoose] : [];
    // Each value's spelling is looked for once, however many cells write it.
    const found = new Map();
    const canonicalOf = (loose) => {
        if (!found.has(loose))
            found.set(loose, byLoose.get(loose) ?? (loose.length >= 5 ? near.find(([other]) => main.distance(other, loose) === 1)?.[1] : undefined));
        return found.get(loose);
    };
    for (const { seen, row, value } of cells) {
        if (value === '' || exact.has(value))
            continue;
        // Loosely the same (case, hyphens, a `?`), else a letter away (a typo groupValues folded in).
        const canonical = canonicalOf(main.looseForm(value));
        const why = canonical ? `${from} spell${from.startsWith('the other') ? '' : 's'} it "${canonical}"` : `not defined by ${from}`;
        mistakes.push({ file: seen.file, table: seen.table.span.line, line: row.span.line, column, value, ...(canonical ? { canonical } : {}), why });
    }
}
/** A link form every link of the column has (team or user links), with the links whose text and URL disagree as mistakes. */
function linkForm(cells, column, mistakes) {
    const links = cells.flatMap(({ seen, row }) => (row.cells[firstIndexOf(seen.table.columns, main.columnKey).get(main.columnKey(column)) ?? -1]?.links ?? []).map((link) => ({ seen, row, link })));
    if (links.length === 0)
        return undefined;
    for (const [kind, form] of [['team', TEAM_LINK], ['team-name', TEAM_NAME_LINK], ['user', USER_LINK], ['team-or-user', TEAM_OR_USER_LINK]]) {
        const text = new RegExp(form.text);
        const url = new RegExp(form.url);
        if (!links.every(({ link }) => text.test(link.text) && url.test(link.url)))
            continue;
        const shared = main.sharedGroups(form);
        const disagreeing = links.filter(({ link }) => main.disagreement(shared, text.exec(link.text).groups, url.exec(link.url).groups, true) !== undefined);
        // Most links disagreeing is the page's way of writing them, not as many mistakes: the form is not its
        // (one link that disagrees is one mistake: there is no way of writing to see).
        if (disagreeing.length >= 2 && disagreeing.length * 2 > links.length)
            continue;
        for (const { seen, row, link } of disagreeing) {
            mistakes.push({ file: seen.file, table: seen.table.span.line, line: row.span.line, column, value: `[${link.text}](${link.url})`, why: 'the link text and URL name different things' });
        }
        return { kind, ...form };
    }
    return undefined;
}

/** `existing`: a config already there, whose checked tables init leaves to it (it adds entries for the rest). */
async function planInit(documents, presets, existing) {
    const presetOf = (file, table) => {
        const judge = main.judgeFor(file, table, presets);
        return judge && presets.presets.find((preset) => preset.schema === judge.schema)?.name;
    };
    // The existing config's entries for each file, found once per file: the judge skips the others anyway,
    // after a glob match per entry and table (a folder of pages, and a config of an entry per page). The
    // config has a file, so a file no entry is for still gets no preset.
    const entriesFor = new Map();
    const existingFor = (file) => entriesFor.get(file) ?? entriesFor.set(file, { ...existing, entries: existing.entries.filter((entry) => entry.matchesFile(file)) }).get(file);
    // A table an entry judges only by tolerating one missing column is not checked as it is (the entry
    // reports that column missing): a shape of its own, which init writes an entry for.
    const checkedAlready = (file, table) => {
        const judge = main.judgeFor(file, table, existingFor(file));
        return judge !== undefined && (judge.entry === undefined || main.missingColumns(table.columns, judge.entry.match?.columns ?? judge.entry.schema.required).length === 0);
    };
    const plan = inferPlan(documents, presetOf, existing && checkedAlready);
    const files = new Set(plan.presets.flatMap((preset) => preset.seen.map((seen) => seen.file)));
    for (const { file, source } of documents) {
        if (!files.has(file))
            continue;
        const result = await main.lintText(file, source, presets);
        for (const violation of result.violations) {
            if (violation.severity === 'notice')
                continue;
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

/**
 * The files `init` writes: a config that names one schema per table shape,
 * and the schemas, in YAML with comments that say where each choice came
 * from, so the first edit is an informed one. Scalars are written as JSON
 * strings, which YAML reads as they are whatever they hold.
 */
const q = (value) => JSON.stringify(value);
/**
 * Lines of YAML as one text. A document's name is its author's choice and is
 * written into comments (`# written by … from docs/x.md`): a line break in it
 * would end the comment and make the rest of the name YAML of the schema. Any
 * line break inside a line is written as its escape, which a comment shows and
 * a double-quoted scalar reads back as the same character.
 */
const oneLine = (line) => line.replace(/[\r\n\u0085\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
const joinLines = (lines) => lines.map(oneLine).join('\n');
const list = (values) => `[${values.map(q).join(', ')}]`;
/**
 * `feature-gate-graduation-status`, from the columns, unique among `taken`
 * (lower case, accents dropped, other scripts kept).
 * `next`: for each name, the number to try after it, so that a thousand
 * shapes of one name count up once rather than each from 2.
 */
function slug(shape, taken, next) {
    const whole = shape.columns
        .map((column) => column.name)
        .join('-')
        .toLowerCase()
        // Accents go (`Patrón` is `patron`); letters of other scripts stay, so a table headed in Japanese
        // gets a name of its own words, not `table-2` or the one Latin word in it.
        .normalize('NFKD')
        .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
        .normalize('NFC')
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-+|-+$/g, '');
    // At most 60 characters, cut between words (`…-description-support`, not `…-description-suppor`).
    const cut = whole.length <= 60 ? whole : whole[60] === '-' ? whole.slice(0, 60) : whole.slice(0, 60).replace(/-[^-]*$/, '');
    const base = cut.replace(/-+$/, '') || whole.slice(0, 60) || 'table';
    let name = base;
    let n = next.get(base) ?? 2;
    for (; taken.has(name); n++)
        name = `${base}-${n}`;
    next.set(base, n);
    taken.add(name);
    return name;
}
function orderComment(shape) {
    const { order } = shape;
    if (!order)
        return 'The rows are in no particular order.';
    const key = shape.ownKeys ? "each table's first column" : shape.key === '' ? 'the first column' : shape.key;
    const how = { text: 'as text', ascii: 'as text, capitals first', natural: 'with numbers compared as numbers', semver: 'as versions' }[order.compare];
    return `The rows are in ${order.direction === 'asc' ? 'rising' : 'falling'} order of ${key} (${how})${order.scope === 'group' ? ' within each group' : ''}.`;
}
/**
 * A schema's comment lists at most this many likely mistakes, the first ones;
 * init's own output lists them all. A generated page of hundreds of table
 * shapes that share a column, and of thousands of rows with a mistake, would
 * otherwise list every one of them in every schema: gigabytes of comments.
 */
const MAX_LISTED_MISTAKES = 100;
const tableKey = (file, line) => `${file}\u0000${line}`;
function mistakesByTable(mistakes) {
    const byTable = new Map();
    mistakes.forEach((mistake, index) => {
        if (mistake.preset || mistake.header || mistake.table === undefined)
            return;
        const key = tableKey(mistake.file, mistake.table);
        (byTable.get(key) ?? byTable.set(key, []).get(key)).push({ index, mistake });
    });
    return byTable;
}
/**
 * A schema's likely mistakes: those in the tables its shape was seen in, in
 * the plan's order; the first MAX_LISTED_MISTAKES of them, and how many more
 * there are. Looked up by table, since a plan may have hundreds of shapes and
 * thousands of mistakes; not by file and column, which gave a schema the
 * mistakes of every other table of its files with a column of the same name
 * (the 52 of kubernetes-csi's drivers table in the schema of its
 * `Name | Status | More Information` table).
 */
function shapeMistakes(shape, byTable) {
    let total = 0;
    const first = [];
    for (const key of new Set(shape.seen.map((seen) => tableKey(seen.file, seen.line)))) {
        const list = byTable.get(key);
        if (!list)
            continue;
        total += list.length;
        // Each list is in the plan's order: the first ones overall are among the first ones of each.
        for (let i = 0; i < list.length && i < MAX_LISTED_MISTAKES; i++)
            first.push(list[i]);
    }
    const listed = first.sort((a, b) => a.index - b.index).slice(0, MAX_LISTED_MISTAKES).map(({ mistake }) => mistake);
    return { listed, more: total - listed.length };
}
const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;
/**
 * A table's rows as a run's --verbose counts them (every row the table has), and, when some are not
 * data, what they are: `15 rows: 12 data rows, 3 group rows`.
 */
function rowsText(seen) {
    const all = count(seen.rows, 'row', 'rows');
    const besides = seen.besides;
    if (!besides)
        return all;
    const others = ['group', 'header', 'spacer', 'stray'].reduce((sum, kind) => sum + (besides[kind] ?? 0), 0);
    const names = { group: ['group row', 'group rows'], header: ['row that restates the header', 'rows that restate the header'], spacer: ['empty row', 'empty rows'], stray: ['line with no `|`', 'lines with no `|`'] };
    const parts = ['group', 'header', 'spacer', 'stray'].filter((kind) => besides[kind]).map((kind) => count(besides[kind], names[kind][0], names[kind][1]));
    return `${all}: ${[count(seen.rows - others, 'data row', 'data rows'), ...parts].join(', ')}`;
}
/** The schema of a shape; `mistakes`: its likely mistakes (`shapeMistakes`), listed in its comments. */
function renderSchema(shape, mistakes) {
    const lines = [];
    const where = shape.seen.map((seen) => `${seen.file} (line ${seen.line}, ${rowsText(seen)})`).join(', ');
    lines.push(`# A schema for one row of the table ${shape.columns.map((c) => c.name).join(' | ')},`);
    lines.push(`# written by \`support-table-lint init\` from ${where}.`);
    const mine = mistakes.listed;
    lines.push(mine.length > 0 ? '# It passes on the table as it was, except for the likely mistakes listed below.' : '# It passes on the table as it was.');
    lines.push('# Edit it freely: see the README\'s "Schema reference".');
    if (mine.length > 0) {
        lines.push('#');
        lines.push('# Likely mistakes (the schema does not allow them, so they are reported):');
        for (const mistake of mine)
            lines.push(`#   ${mistake.file}:${mistake.line}: ${mistake.column} ${q(mistake.value)}: ${mistake.why}${mistake.canonical ? ` (${q(mistake.canonical)}?)` : ''}`);
        if (mistakes.more > 0)
            lines.push(`#   and ${mistakes.more} more (init's output lists them all)`);
    }
    lines.push('$schema: https://json-schema.org/draft/2020-12/schema');
    lines.push('type: object');
    lines.push(`required: ${list(shape.columns.map((c) => c.name))}`);
    lines.push('properties:');
    for (const column of shape.columns) {
        lines.push(`  ${q(column.name)}:`);
        const body = [];
        if (column.name === shape.key && !shape.ownKeys) {
            const by = shape.uniqueBy?.filter((name) => name !== shape.key);
            body.push(`# The key column${shape.unique ? `${by ? `; with ${by.join(' and ')}, ` : ': '}unique in the ${shape.uniqueScope}` : ''}.`);
        }
        if (column.enum) {
            body.push(`# Allowed values, from ${column.enumFrom}.`);
            body.push(`enum: ${list(column.enum)}`);
        }
        else {
            body.push('type: string');
        }
        if (column.required && !column.enum)
            body.push('minLength: 1');
        if (body.every((line) => line.startsWith('#')))
            body.push('type: string');
        for (const line of body)
            lines.push(`    ${line}`);
    }
    const linked = shape.columns.filter((column) => column.link);
    if (linked.length > 0) {
        lines.push('  $links:');
        lines.push('    type: object');
        lines.push('    properties:');
        for (const column of linked) {
            const kinds = { team: 'Team links [@org/team](https://github.com/orgs/org/teams/team)', 'team-name': 'Team links [team](https://github.com/orgs/org/teams/team)', user: 'User links [@user](https://github.com/user)', 'team-or-user': 'Team links [@org/team](https://github.com/orgs/org/teams/team) or user links [@user](https://github.com/user)' };
            lines.push(`      # ${kinds[column.link.kind]}: text and URL must agree.`);
            lines.push(`      ${q(column.name)}:`);
            lines.push('        type: array');
            lines.push('        items:');
            lines.push('          linkAgreement:');
            lines.push(`            text: ${q(column.link.text)}`);
            lines.push(`            url: ${q(column.link.url)}`);
            // GitHub logins, orgs and teams are one whatever their case; which side is right when they
            // differ is a person's call (a typo may be in either), so --fix waits for `prefer`.
            lines.push('            ignoreCase: true');
            lines.push('            # prefer: url   # uncomment to let --fix rewrite a disagreeing text from its URL');
        }
    }
    lines.push('x-support-table-lint:');
    // A header cell can be empty; the key is then the first column, the default.
    if (shape.ownKeys)
        lines.push("  # The tables order their columns differently: each table's first column is its key.");
    else if (shape.key !== '')
        lines.push(`  key: ${q(shape.key)}`);
    if (shape.unique && shape.uniqueScope === 'group')
        lines.push('  # A key repeats only under different group rows: it is unique within each group.');
    if (shape.uniqueBy)
        lines.push(`  # No column alone names a row; ${shape.uniqueBy.join(' and ')} together do.`);
    else if (!shape.unique) {
        lines.push(`  # No column names every row once: repeated rows are not reported.`);
        if (shape.repeats) {
            const where = shape.repeats.map((repeat) => `${repeat.file}:${repeat.line} (${repeat.value})`).join(', ');
            lines.push(`  # ${shape.key} would, but for ${where}: if ${shape.repeats.length === 1 ? 'that repeat is a slip, remove it' : 'those repeats are slips, remove them'} and write unique: { scope: table }.`);
        }
    }
    lines.push(`  unique: ${shape.unique ? `{ scope: ${shape.uniqueScope}${shape.uniqueBy ? `, by: ${list(shape.uniqueBy)}` : ''} }` : 'false'}`);
    lines.push(`  # ${orderComment(shape)}`);
    const { order } = shape;
    lines.push(`  order: ${order ? `{ scope: ${order.scope}${order.compare !== 'text' ? `, compare: ${order.compare}` : ''}${order.direction !== 'asc' ? `, direction: ${order.direction}` : ''} }` : 'false'}`);
    if (!shape.groups)
        lines.push('  # Every key cell is bold: the rows are data, not group labels.');
    lines.push(`  groups: ${shape.groups}`);
    if (shape.legend)
        lines.push(`  legend: { heading: ${q(shape.legend.heading)}, column: ${q(shape.legend.column)} }`);
    return `${joinLines(lines)}\n`;
}
/**
 * The config and schema files for a plan. `configPath` is where the config
 * goes (relative to the working directory); the schemas go beside it, and
 * every path in the config is written relative to its base (the config's
 * folder, or the repository root for a config in `.github/`).
 */
function renderInit(plan, configPath, existing) {
    const base = main.configBase(configPath);
    const folder = node_path.posix.dirname(configPath);
    const relative = (path) => (base === '.' ? path : node_path.posix.relative(base, path));
    // Schema names beside an existing config are not reused: its schemas stay as they are.
    const taken = new Set(existing?.taken);
    const next = new Map();
    const byTable = mistakesByTable(plan.mistakes);
    const files = [];
    const entries = [];
    for (const shape of plan.shapes) {
        const schemaPath = node_path.posix.join(folder, `${slug(shape, taken, next)}.schema.yaml`);
        files.push({ path: schemaPath, text: renderSchema(shape, shapeMistakes(shape, byTable)) });
        const docs = [...new Set(shape.seen.map((seen) => seen.file))];
        entries.push(`  # ${shape.columns.map((c) => c.name).join(' | ')}`);
        entries.push(`  - files: ${list(docs.map(relative))}`);
        entries.push(`    schema: ${q(relative(schemaPath))}`);
    }
    for (const preset of plan.presets) {
        const docs = [...new Set(preset.seen.map((seen) => seen.file))];
        entries.push(`  # Checked by the built-in preset ${preset.name} (see the README's presets): its values, notes and transitions.`);
        entries.push(`  - files: ${list(docs.map(relative))}`);
        entries.push(`    preset: ${preset.name}`);
    }
    if (existing)
        return [{ path: configPath, text: appendEntries(existing.text, entries) }, ...files];
    const config = [
        '# yaml-language-server: $schema=https://raw.githubusercontent.com/support-table-lint/support-table-lint/main/schemas/config.schema.json',
        '# Written by `support-table-lint init`: one entry, and one schema, per table shape; a built-in preset where one fits.',
        `# Paths are relative to ${base === '.' ? 'the repository root' : `"${base}"`}.`,
        'tables:',
        ...entries,
        '',
    ];
    return [{ path: configPath, text: joinLines(config) }, ...files];
}
/**
 * An existing config with the new entries added at the end of its `tables:`
 * list, the rest of its text untouched: its comments and its own entries are
 * the maintainer's. The list must be in block style (`tables:` alone on its
 * line, as init writes it); the caller checks that the result loads before
 * anything is written.
 */
function appendEntries(text, entries) {
    const eol = /\r\n/.test(text) ? '\r\n' : '\n';
    const lines = text.split(/\r?\n/);
    const start = lines.findIndex((line) => /^tables:\s*(#.*)?$/.test(line));
    if (start < 0)
        throw new Error('its tables: list is not a block list (tables: alone on its line, then its entries)');
    // The list runs to the next top-level key; the entries go after its last line of content.
    const next = lines.findIndex((line, i) => i > start && /^[^\s#-]/.test(line));
    let last = (next < 0 ? lines.length : next) - 1;
    // Blank lines and comments at the left margin belong to what follows; an indented `#` line may be
    // text of a block scalar (`reason: |`), so it stays with the entry above.
    while (last > start && /^(\s*|#.*)$/.test(lines[last]))
        last--;
    const item = lines.slice(start + 1, last + 1).find((line) => /^\s*-\s/.test(line));
    // The new entries take the existing items' indent.
    const indent = item ? /^(\s*)-/.exec(item)[1] : '  ';
    // The config's own lines stay as they are; only what init adds is made one line each.
    const shifted = entries.map((line) => indent + oneLine(line.slice(2)));
    return [...lines.slice(0, last + 1), ...shifted, ...lines.slice(last + 1)].join(eol);
}

/**
 * `support-table-lint init`: reads the tables of the documents named, writes
 * a config and one schema per table shape (src/init/), and lists what it
 * believes are mistakes. A config already there is added to: entries for
 * the tables it does not check yet, at the end of its `tables:`. Never
 * replaces a file without `--force`; checks that what it wrote loads before
 * it says so.
 */
const DEFAULT_INIT_CONFIG = '.github/support-table-lint.yml';
/** The config already at `configPath`, loaded (one that does not load is for the maintainer to mend first), and the schema names beside it. */
async function existingConfig(configPath, read, cwd) {
    const text = await read(configPath);
    if (typeof text !== 'string')
        throw new main.UsageError(`${configPath} exists but cannot be read; nothing was written. Run with --force to replace it`);
    let config;
    try {
        config = await main.loadConfig({ file: configPath, read });
    }
    catch (error) {
        throw new main.UsageError(`${configPath} exists and does not load (${error.message.split('\n')[0]}); nothing was written. Mend it, or run with --force to replace it`);
    }
    // The decoder drops a byte-order mark; the file keeps it.
    const head = await promises.readFile(node_path.resolve(cwd, configPath)).catch(() => Buffer.alloc(0));
    const bom = main.startsWithBom(head) ? '\ufeff' : '';
    const beside = await promises.readdir(node_path.resolve(cwd, node_path.dirname(configPath))).catch(() => []);
    const schemas = new Set(beside.filter((name) => name.endsWith('.schema.yaml')).map((name) => name.slice(0, -'.schema.yaml'.length)));
    return { text, config, schemas, bom };
}
async function init(files, configPath, force, io) {
    const documents = [];
    for (const { path, display } of files) {
        const loaded = await main.diskLoader(path, io.cwd)(10 * 1024 * 1024);
        const source = loaded.kind === 'bytes' ? main.decodeUtf8(loaded.bytes) : undefined;
        if (source === undefined)
            io.stderr.write(`support-table-lint: ${main.terminalSafe(display)}: not read (${loaded.kind === 'bytes' ? 'not UTF-8' : loaded.kind}); left out\n`);
        else
            documents.push({ file: display, source });
    }
    await main.loadParser();
    // A config already there is added to, not replaced (unless --force): its entries keep their
    // tables, and init writes entries and schemas for the tables nothing checks yet.
    const read = (path) => main.readTextInside(path, io.cwd, 10 * 1024 * 1024);
    const existing = !force && (await main.occupied(node_path.resolve(io.cwd, configPath))) ? await existingConfig(configPath, read, io.cwd) : undefined;
    const plan = await planInit(documents, await main.loadConfig({ file: null, read: async () => undefined }), existing?.config);
    if (plan.shapes.length === 0 && plan.presets.length === 0) {
        if (existing && plan.alreadyChecked.length > 0) {
            io.stdout.write(`Every table of ${files.length === 1 ? main.terminalSafe(files[0].display) : `the ${files.length} files named`} is checked by ${configPath} already; nothing was written.\n`);
            return 0;
        }
        const named = files.length === 1 ? files[0].display : `the ${files.length} files named`;
        if (plan.tooWide.length > 0)
            throw new main.UsageError(`no table in ${named} that init writes a schema for: ${tooWideText(plan.tooWide)}; write the schema by hand`);
        throw new main.UsageError(`no tables in ${named}: name the documents whose tables the config is for`);
    }
    let written;
    try {
        written = renderInit(plan, configPath, existing && { text: existing.text, taken: existing.schemas });
    }
    catch (error) {
        throw new main.UsageError(`cannot add to ${configPath}: ${error.message}; nothing was written. Run with --force to replace it, or --config to write another`);
    }
    // What the config would be must load, with the schemas beside it, before anything is written: a
    // config the linter then refuses would stop every run until someone mends it.
    const planned = new Map(written.map((file) => [file.path, file.text]));
    try {
        await main.loadConfig({ file: configPath, read: async (path) => planned.get(path) ?? (await read(path)) });
    }
    catch (error) {
        const why = error.message.split('\n')[0];
        if (existing) {
            throw new main.UsageError(`cannot add to ${configPath}: with the new entries it would not load (${why}); nothing was written. Run with --force to replace it, or --config to write another`);
        }
        throw new Error(`the config init made for these tables does not load (${why}); nothing was written`);
    }
    // A dangling symlink is something there too: init never writes through one.
    const taken = await Promise.all(written.map((file) => main.occupied(node_path.resolve(io.cwd, file.path))));
    const clashes = written.filter((file, i) => taken[i] && !(existing && file.path === configPath));
    if (clashes.length > 0 && !force) {
        throw new main.UsageError(`${clashes.map((file) => file.path).join(', ')} already exist${clashes.length === 1 ? 's' : ''}; nothing was written. Run with --force to replace, or --config to write elsewhere`);
    }
    for (const file of written) {
        try {
            await main.writeUserFile(file.path, io.cwd, existing && file.path === configPath ? existing.bom + file.text : file.text);
        }
        catch (error) {
            throw new main.UsageError(`cannot write ${file.path}: ${error.message}`);
        }
    }
    if (plan.leftOut.shapes > 0)
        io.stderr.write(`support-table-lint: ${leftOutText(plan.leftOut, configPath)}\n`);
    // Document text (file names, columns, values) goes through terminalSafe, line by line.
    const lines = written.map((file) => (existing && file.path === configPath ? `Added ${plan.shapes.length + plan.presets.length} entr${plan.shapes.length + plan.presets.length === 1 ? 'y' : 'ies'} to ${file.path}` : `Wrote ${file.path}`));
    if (plan.tooWide.length > 0)
        lines.push(`  left alone: ${tooWideText(plan.tooWide)}`);
    if (plan.alreadyChecked.length > 0)
        lines.push(`  left to its entries: ${plan.alreadyChecked.map((seen) => `${seen.file}:${seen.line}`).join(', ')}`);
    for (const preset of plan.presets)
        lines.push(`  preset ${preset.name}: ${preset.seen.map((seen) => `${seen.file}:${seen.line}`).join(', ')}`);
    for (const shape of plan.shapes) {
        lines.push(`  ${shape.columns.map((column) => column.name || '(no name)').join(' | ')}: ${shape.seen.map((seen) => `${seen.file}:${seen.line}`).join(', ')}`);
    }
    if (plan.mistakes.length > 0) {
        lines.push('', 'Likely mistakes (a run reports them: the schemas or presets do not allow them):');
        for (const mistake of plan.mistakes) {
            if (mistake.preset) {
                lines.push(`  ${mistake.file}:${mistake.line}  ${mistake.why} (${mistake.preset})`);
                continue;
            }
            if (mistake.header) {
                lines.push(`  ${mistake.file}:${mistake.line}  ${mistake.why}`);
                continue;
            }
            lines.push(`  ${mistake.file}:${mistake.line}  ${mistake.column} ${JSON.stringify(mistake.value)}: ${mistake.why}${mistake.canonical ? `; did you mean ${JSON.stringify(mistake.canonical)}?` : ''}`);
        }
    }
    const repeated = plan.shapes.filter((shape) => shape.repeats !== undefined);
    if (repeated.length > 0) {
        lines.push('', 'Repeated rows (init turned uniqueness off for their tables, so a run will not report them, nor any later repeat):');
        for (const shape of repeated) {
            for (const repeat of shape.repeats)
                lines.push(`  ${repeat.file}:${repeat.line}  ${shape.key} ${JSON.stringify(repeat.value)} is listed twice (line ${repeat.first} too)`);
        }
        lines.push('  If a repeat is a slip, remove it and set `unique: { scope: table }` in the schema.');
    }
    lines.push('', `Next: run support-table-lint${configPath === DEFAULT_INIT_CONFIG ? '' : ` --config ${configPath}`} on these files.`);
    io.stdout.write(main.safeLines(lines.map(main.terminalSafe).join('\n')) + '\n');
    return 0;
}
/** Tables init writes no schema for, by place and width. */
const tooWideText = (tables) => `${tables.map((table) => `${table.file}:${table.line} (${table.columns} columns)`).join(', ')}, wider than the ${MAX_INIT_COLUMNS} columns init writes a schema for`;
/** The shapes beyond MAX_INIT_SHAPES, and what to do about them. */
const leftOutText = ({ shapes, tables }, configPath) => `${shapes} more table shape${shapes === 1 ? '' : 's'} (${tables} table${tables === 1 ? '' : 's'}) left out: init writes schemas for ${MAX_INIT_SHAPES} shapes a run at most, those with the most tables. ` +
    `Run the same init again to add the next ${MAX_INIT_SHAPES} to ${main.terminalSafe(configPath)} (the tables it checks already are left to it), or name fewer files`;

exports.DEFAULT_INIT_CONFIG = DEFAULT_INIT_CONFIG;
exports.init = init;
