'use strict';

var main = require('./cli-shared.cjs');
require('node:fs');
require('node:fs/promises');
require('node:path');
require('node:buffer');
require('node:os');
require('node:url');
require('node:util');

function _interopNamespaceDefault(e) {
    var n = Object.create(null);
    if (e) {
        Object.keys(e).forEach(function (k) {
            if (k !== 'default') {
                var d = Object.getOwnPropertyDescriptor(e, k);
                Object.defineProperty(n, k, d.get ? d : {
                    enumerable: true,
                    get: function () { return e[k]; }
                });
            }
        });
    }
    n.default = e;
    return Object.freeze(n);
}

/**
 * Loading the data sets a config's `sources:` names. The reading is the
 * caller's (the CLI reads the disk; the Action reads the checked-out head,
 * because a pull request that adds a gate to the code and its row to the
 * table must pass); this module turns what was read into items. A source
 * that is missing or broken is a config error naming the config file, the
 * line and what to do: a check against nothing must never look like a pass.
 */
const URL_DEFAULTS = { maxBytes: 5 * 1024 * 1024, timeoutMs: 10_000 };
/**
 * Bounds on one source, whatever a pull request adds to the files it reads:
 * the text read in all (an `extract:` over many files adds up), and the
 * items made. Real registries are far smaller; past either, the source is a
 * config error that says to narrow it, never a run that eats the runner.
 */
const SOURCE_LIMITS = { maxBytes: 32 * 1024 * 1024, maxItems: 100_000 };
async function loadSources(config, readers) {
    const out = new Map();
    // An `extract:` pattern runs on RE2 (a `table:` source's parser is loaded by the parse pool when it needs it).
    if (config.sources.some((source) => source.definition.extract !== undefined))
        await main.loadPatternEngine();
    // Only sources some entry refers to are read.
    const used = new Set(config.entries.flatMap((entry) => (entry.options.references ?? []).map((reference) => reference.source)));
    for (const source of config.sources) {
        if (!used.has(source.name))
            continue;
        const reads = { paths: [], globs: [], cwd: readers.cwd ?? process.cwd() };
        const nested = new Set();
        let items = await itemsOf(source, readers, reads, nested, config.budgets.maxParseMs);
        // Before rows are dropped for their empty keys: a key that names no column leaves every key empty.
        checkFields(config, source, items, nested);
        // A row of a table source with an empty key cell (a row of notes) names nothing: not an item.
        if (source.definition.table !== undefined)
            items = items.filter((item) => source.key.some((field) => item[field]));
        checkKeys(source, items);
        // A data set of nothing makes every row unknown, or (with unknown: off) lets every check pass: an
        // export that came out empty, a pointer at the wrong list, a table with a header only. As an
        // extract: that matches nothing, it is said, not checked against.
        if (items.length === 0) {
            const what = source.definition.file !== undefined ? 'file' : source.definition.url !== undefined ? 'url' : source.definition.table !== undefined ? 'table' : 'extract';
            throw new main.ConfigError(`${source.at(what)}: the source ${source.name} holds no items${what === 'table' ? ' (its table has no rows with a key)' : ''}, so nothing can be checked against it; point it at the data that lists them`);
        }
        out.set(source.name, main.sourceData(source.name, source.key, items, reads));
    }
    return out;
}
/** The fields the items have, for messages: `const, name, state`. */
const fieldsOf = (items) => {
    const fields = new Set();
    for (const item of items.slice(0, 1000))
        for (const field of Object.keys(item))
            fields.add(field);
    return [...fields].join(', ') || '(none)';
};
/**
 * A key or `agree:` field that no item has makes every row unknown, or hides
 * every disagreement: a config mistake, known as soon as the items are, and
 * reported as one (naming the config line) rather than as a flood of
 * findings or a silent pass.
 */
function checkFields(config, source, items, nested) {
    if (items.length === 0)
        return;
    const has = (field) => items.some((item) => Object.hasOwn(item, field));
    // A field that holds lists or objects in every item is there, but no cell can equal it.
    const only = (field) => (nested.has(field) ? ` as text, a number or true/false (it holds lists or objects, which no cell can equal: point at a field that holds one value)` : '');
    // A field that is not there may be inside a list each item holds (Kubernetes keeps a gate's stages so).
    const lists = [...nested];
    const inLists = lists.length > 0 && source.definition.each === undefined ? ` (${lists.slice(0, 3).join(', ')} hold${lists.length === 1 ? 's' : ''} lists or objects: each: ${lists[0]} on the source makes an item of each entry of such a list)` : '';
    if (!source.key.some(has)) {
        const extract = source.definition.extract !== undefined ? ' (an extract item has a field per named group of the pattern)' : '';
        throw new main.ConfigError(`${source.at('key')}: no item of ${source.name} has the field${source.key.length === 1 ? '' : 's'} ${source.key.join(', ')}${only(source.key.find((field) => nested.has(field)) ?? '')}${extract}; its items have ${fieldsOf(items)}${inLists}`);
    }
    for (const entry of config.entries) {
        (entry.options.references ?? []).forEach((reference, r) => {
            if (reference.source !== source.name)
                return;
            const tied = ['with', 'agree'].flatMap((option) => Object.entries(reference[option] ?? {}).map(([column, { field }]) => ({ option, column, field })));
            for (const { option, column, field } of tied) {
                if (has(field))
                    continue;
                const where = entry.at ? entry.at(['references', r, option, column, 'field']) : entry.label;
                throw new main.ConfigError(`${where}: no item of ${source.name} has the field "${field}"${only(field)}; its items have ${fieldsOf(items)}${nested.has(field) ? '' : inLists}`);
            }
        });
    }
}
async function itemsOf(source, readers, reads, nested, maxParseMs) {
    const { definition } = source;
    const fail = (what, message) => {
        throw new main.ConfigError(`${source.at(what)}: ${message}`);
    };
    let total = 0;
    const text = async (path, what) => {
        reads.paths.push(path);
        const read = await readers.readText(path);
        if (read === undefined)
            return fail(what, `cannot read "${path}": no such file; paths are relative to the config's folder (the repository root for a config in .github/)`);
        if (typeof read !== 'string')
            return fail(what, `cannot read "${path}": ${read.error}`);
        total += read.length;
        if (total > SOURCE_LIMITS.maxBytes)
            return fail(what, `the files hold more than ${SOURCE_LIMITS.maxBytes / 1024 / 1024} MiB of text in all (at ${path}); narrow the source to the files that define the items`);
        return read;
    };
    const tooMany = `more than ${SOURCE_LIMITS.maxItems} items; narrow the source to the items a table lists`;
    const bounded = (items, what) => (items.length > SOURCE_LIMITS.maxItems ? fail(what, tooMany) : items);
    if (definition.file !== undefined) {
        const path = source.resolve(definition.file);
        return bounded(itemsIn(await parseDocument(await text(path, 'file'), path, (m) => fail('file', m)), definition, source.key, path, (m) => fail('items', m), nested), 'items');
    }
    if (definition.url !== undefined) {
        // A URL that carries credentials (`https://user:token@host/…`) is refused before anything is
        // fetched (fetch sends none, and a token in a config is a token for everyone who reads it),
        // and no message shows them: not as written, nor as the URL parser rewrites the address.
        let parsed;
        try {
            parsed = new URL(definition.url);
        }
        catch {
            parsed = undefined;
        }
        const shown = parsed ? `${parsed.protocol}//${parsed.host}${parsed.pathname}${parsed.search}` : definition.url.replace(/^([a-z][a-z0-9+.-]*:\/\/).*@/i, '$1…@');
        if (parsed && (parsed.username !== '' || parsed.password !== '')) {
            return fail('url', `${shown}: the URL holds a user name or password, which are never sent (and anyone who reads the config reads them): give the address without them`);
        }
        let body;
        try {
            body = await readers.fetchText(definition.url, { maxBytes: definition.maxBytes ?? URL_DEFAULTS.maxBytes, timeoutMs: definition.timeoutMs ?? URL_DEFAULTS.timeoutMs });
        }
        catch (error) {
            const message = error.message.split(definition.url).join(shown);
            return fail('url', `cannot fetch ${shown}: ${parsed ? message.split(parsed.href).join(shown) : message}`);
        }
        // A login or error page answers with HTML: say so, rather than that it has no items.
        if (/^\s*<(!doctype|html|head|body)\b/i.test(body))
            return fail('url', `${shown} answered with an HTML page, not JSON or YAML (a login page, or the page about the file rather than the file: use the raw file's address)`);
        return bounded(itemsIn(await parseDocument(body, shown, (m) => fail('url', m)), definition, source.key, shown, (m) => fail('items', m), nested), 'items');
    }
    if (definition.extract !== undefined) {
        const written = definition.extract.pattern;
        const sources = typeof written === 'string' ? [written] : written;
        // Named by its place in a list, so that the message points at the pattern that is wrong.
        const where = (index) => (typeof written === 'string' ? ['extract', 'pattern'] : ['extract', 'pattern', index]);
        const patterns = sources.map((pattern, index) => {
            try {
                return main.compilePattern(pattern);
            }
            catch (error) {
                return fail(where(index), error.message);
            }
        });
        const globs = definition.extract.files.map((glob) => source.resolve(glob));
        // Refused before any folder is walked: an absolute glob would walk the machine, and `../` would
        // name files outside (each one refused as it is read, yet named in the error).
        const outside = globs.map((glob) => readers.fromRoot?.(glob) ?? glob).findIndex((glob) => glob === '..' || glob.startsWith('../') || glob.startsWith('/'));
        if (outside >= 0)
            return fail('extract.files', `"${definition.extract.files[outside]}" reaches outside the repository; name files inside it`);
        reads.globs.push(...globs);
        const files = await readers.glob(globs);
        if (files.length === 0)
            return fail('extract.files', `no file matches ${definition.extract.files.join(', ')}`);
        const items = [];
        // RE2 makes each match linear, not their sum: a pattern whose optional tail may reach the end of
        // the file (`Name: (?<n>\w+)(?:.*?State: …)?` on lines without State) scans on to it from every
        // match, quadratic in the file. The whole extraction has the parse budget, checked after each match.
        const deadline = performance.now() + maxParseMs;
        for (const file of files) {
            const content = await text(file, 'extract.files');
            // The matches of every pattern in the order they stand in the file, as the registry lists its items.
            const found = [];
            for (const [index, pattern] of patterns.entries()) {
                for (const match of pattern.execAll(content)) {
                    const item = main.toItem(match.groups);
                    const at = Object.values(match.indices)[0]?.[0] ?? 0;
                    if (performance.now() > deadline) {
                        const line = content.slice(0, at).split('\n').length;
                        return fail(where(index), `matching took longer than ${maxParseMs} ms (budgets.maxParseMs), at ${file}:${line} after ${items.length + found.length} items; a part that may run to the end of the file (.*? in an optional group) is tried from every match: bound it ([^}]*? stops at the end of the item) or narrow extract.files`);
                    }
                    // A pattern whose key groups can match nothing (`(?<name>\w*)`) makes an item of every empty match.
                    if (source.key.some((field) => item[field] === '') && source.key.every((field) => !item[field])) {
                        const line = content.slice(0, at).split('\n').length;
                        return fail(where(index), `matched with an empty ${source.key.join(' or ')} at ${file}:${line}; make the key's group match at least one character (+ rather than *)`);
                    }
                    found.push({ at, item });
                    if (items.length + found.length > SOURCE_LIMITS.maxItems)
                        return fail(where(index), tooMany);
                }
            }
            found.sort((a, b) => a.at - b.at);
            for (const { item } of found)
                items.push(item);
        }
        if (items.length === 0) {
            const named = files.slice(0, 3).join(', ') + (files.length > 3 ? ` and ${files.length - 3} more` : '');
            const which = patterns.length > 1 ? `none of the ${patterns.length} patterns matched` : 'matched nothing';
            return fail('extract.pattern', `${which} in ${named}; try the pattern on those files (RE2 syntax, see the README)`);
        }
        return items;
    }
    const table = definition.table;
    const path = source.resolve(table.file);
    return bounded(await tableItems(await text(path, 'table.file'), table.match ?? {}, maxParseMs, (m) => fail('table', `${path}: ${m}`)), 'table');
}
/** A problem with a source file that already says where it is. */
class LocatedError extends Error {
}
async function parseDocument(text, name, fail) {
    try {
        // The YAML parser is a chunk of its own, loaded when a source needs it. Merge keys
        // (`<<: *defaults`) are merged: release matrices share their fields that way. A number is
        // kept as written, in JSON too: a cell is text, and `since: 1.30` is release 1.30, not 1.3.
        if (/^\s*[[{]/.test(text)) {
            const data = JSON.parse(text);
            // JSON.parse keeps the last of a repeated key, and the first (a gate's real state) is lost
            // without a word; YAML refuses it. So does this.
            const { objects, repeated } = scanJson(text);
            if (repeated) {
                const before = text.slice(0, repeated.offset).split(/\r\n|\r|\n/);
                throw new LocatedError(`${name}:${before.length}:${before[before.length - 1].length + 1}: ${main.DUPLICATE_KEY}: "${repeated.key}" is there twice in one object, and only one of them would count; keep one`);
            }
            const written = numbersAsWritten(text);
            const parsed = written === text ? data : JSON.parse(written);
            keepJsonOrder(parsed, objects);
            return parsed;
        }
        const asWritten = (tags) => tags.map((tag) => (typeof tag === 'object' && !('collection' in tag && tag.collection) && /:(?:int|float)$/.test(tag.tag) ? { ...tag, resolve: (written) => written } : tag));
        const yaml = await Promise.resolve().then(function () { return require('./cli-yaml.cjs'); }).then(function (n) { return n.index; });
        const lineCounter = new yaml.LineCounter();
        const document = yaml.parseDocument(text, { merge: true, customTags: asWritten, uniqueKeys: false, lineCounter });
        const [first] = document.errors;
        if (first?.code === 'MULTIPLE_DOCS') {
            // A stream of documents (`---` between them) is no one data set: say which, not the library's advice to its caller.
            const count = yaml.parseAllDocuments(text);
            const { line } = lineCounter.linePos(first.pos[0]);
            throw new LocatedError(`${name} holds ${Array.isArray(count) ? count.length : 2} YAML documents; a source reads one (the second starts at line ${line}): keep one document in the file`);
        }
        if (first)
            throw first;
        const repeated = main.duplicateKey(document, yaml);
        if (repeated) {
            const { line, col } = lineCounter.linePos(repeated.range?.[0] ?? 0);
            throw new Error(`${main.DUPLICATE_KEY} at line ${line}, column ${col}`);
        }
        const data = document.toJS({ maxAliasCount: 100 });
        // The same values as maps, which keep the file's order of every key: a key such as "2024" is
        // listed first by a plain object, whatever its place in the file.
        // (Read twice only when some object has such a key: most registries have none.)
        if (hasIndexKey(data))
            keepOrder(document.toJS({ maxAliasCount: 100, mapAsMap: true }), data);
        return data;
    }
    catch (error) {
        if (error instanceof LocatedError)
            return fail(error.message);
        const message = error.message.split('\n')[0];
        // The YAML library's guard against a file made to grow huge when read (aliases of aliases).
        if (/^Excessive alias count/.test(message))
            return fail(`${name}: its YAML aliases (*name) expand past the limit, as in a file made to grow huge when read; write the values out`);
        // JSON.parse says where by offset: name the line and column, as for every other file problem.
        // Node 20 names no position for an unexpected token or an early end: find it.
        const position = /at position (\d+)/.exec(message)?.[1] ?? (/^\s*[[{]/.test(text) ? String(jsonErrorOffset(text)) : undefined);
        if (position !== undefined) {
            const before = text.slice(0, Number(position)).split(/\r\n|\r|\n/);
            return fail(`${name}:${before.length}:${before[before.length - 1].length + 1}: not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '').replace(/, (?:"|\.\.\.).*$/, '')}`);
        }
        return fail(`${name} is not JSON or YAML: ${message}`);
    }
}
/**
 * The order in which the file writes the keys of an object whose keys a
 * plain object would reorder (JavaScript lists integer-like keys, `"2024"`,
 * `"10"`, first and ascending, whatever their place in the file): `pick:
 * last` and the unlisted items follow the file. Absent: `Object.keys` is the
 * file's order.
 */
const keyOrder = new WeakMap();
const INDEX_KEY = /^(?:0|[1-9]\d{0,9})$/;
/** An object's entries in the order its file writes them. */
function entriesInOrder(object) {
    const keys = keyOrder.get(object);
    return keys ? keys.map((key) => [key, object[key]]) : Object.entries(object);
}
/** Whether some object in `data` has a key a plain object would move to the front (iteratively: data may be deep). */
function hasIndexKey(data) {
    const stack = [data];
    const seen = new Set();
    while (stack.length > 0) {
        const value = stack.pop();
        if (typeof value !== 'object' || value === null || seen.has(value))
            continue;
        seen.add(value);
        if (!Array.isArray(value) && Object.keys(value).some((key) => INDEX_KEY.test(key)))
            return true;
        for (const child of Object.values(value))
            stack.push(child);
    }
    return false;
}
/** Records the key order of `data`'s objects from the same values read as maps (`mapAsMap`), which keep the file's order. */
function keepOrder(asMaps, data, seen = new Set()) {
    if (typeof data !== 'object' || data === null || seen.has(data))
        return;
    seen.add(data);
    if (Array.isArray(asMaps) && Array.isArray(data)) {
        asMaps.forEach((value, index) => keepOrder(value, data[index], seen));
        return;
    }
    if (!(asMaps instanceof Map) || data instanceof Map || data instanceof Set)
        return;
    const keys = new Set();
    let plain = true;
    for (const [key, value] of asMaps) {
        // A key that is a list or a map is written otherwise in the object: its order is not known.
        if (typeof key === 'object' && key !== null)
            plain = false;
        else {
            // As the YAML library names a key in a plain object: null is '', a scalar its text.
            const name = key === null ? '' : String(key);
            keys.add(name);
            keepOrder(value, data[name], seen);
        }
    }
    if (plain && [...keys].some((key) => INDEX_KEY.test(key)))
        keyOrder.set(data, [...keys]);
}
/** Records the key order of the objects of `data`, parsed from JSON text whose objects' keys are `objects` (`scanJson`). */
function keepJsonOrder(data, objects) {
    if (!objects.some((keys) => keys.some((key) => INDEX_KEY.test(key))))
        return;
    // The objects of the text in the order their `{` stands: the order a walk of the values in the text's order meets them.
    let next = 0;
    const walk = (value) => {
        if (Array.isArray(value))
            value.forEach(walk);
        else if (typeof value === 'object' && value !== null) {
            const keys = objects[next++] ?? [];
            if (keys.some((key) => INDEX_KEY.test(key)))
                keyOrder.set(value, keys);
            for (const key of keys)
                walk(value[key]);
        }
    };
    walk(data);
}
/**
 * The keys of each object of valid JSON text, in the order the objects'
 * `{` stand and as each writes them, and the first key an object holds
 * twice (where the scan stops).
 */
function scanJson(text) {
    const objects = [];
    const open = [];
    const lists = [];
    let keyNext = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x22 /* " */) {
            let end = i + 1;
            while (end < text.length && text.charCodeAt(end) !== 0x22)
                end += text.charCodeAt(end) === 0x5c ? 2 : 1;
            const raw = text.slice(i, end + 1);
            const escaped = raw.includes('\\');
            const keys = open[open.length - 1];
            if (keys && keyNext) {
                const key = escaped ? JSON.parse(raw) : raw.slice(1, -1);
                if (keys.has(key))
                    return { objects, repeated: { key, offset: i } };
                keys.add(key);
                lists[lists.length - 1].push(key);
                keyNext = false;
            }
            i = end;
        }
        else if (c === 0x7b /* { */) {
            open.push(new Set());
            const keys = [];
            objects.push(keys);
            lists.push(keys);
            keyNext = true;
        }
        else if (c === 0x5b /* [ */) {
            open.push(null);
            keyNext = false;
        }
        else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
            if (open.pop() instanceof Set)
                lists.pop();
            keyNext = false;
        }
        else if (c === 0x2c /* , */)
            keyNext = open[open.length - 1] instanceof Set;
    }
    return { objects };
}
/**
 * Where JSON text first breaks the grammar (the offset of the first token
 * that cannot come there, or the text's length when it ends early), for an
 * error JSON.parse reports without a position. One pass with a stack, so
 * deep nesting costs no recursion.
 */
function jsonErrorOffset(text) {
    const skipBlanks = (within, from) => {
        let i = from;
        while (i < within.length && /[ \t\r\n]/.test(within[i]))
            i++;
        return i;
    };
    const token = /[ \t\r\n]*(?:("(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*")|(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)(?![\w.+-])|([{}[\],:]))/y;
    // What may come next: a value, a key (or `}` right after `{`), a colon, or a comma or the container's close.
    let expect = 'value';
    const open = [];
    let at = 0;
    for (;;) {
        token.lastIndex = at;
        const match = token.exec(text);
        if (!match)
            return skipBlanks(text, at);
        const [, string, scalar, mark] = match;
        const start = skipBlanks(text, at);
        at = token.lastIndex;
        if (expect === 'key' || expect === 'firstKey') {
            if (string !== undefined)
                expect = 'colon';
            else if (mark === '}' && expect === 'firstKey') {
                open.pop();
                expect = 'after';
            }
            else
                return start;
        }
        else if (expect === 'colon') {
            if (mark !== ':')
                return start;
            expect = 'value';
        }
        else if (expect === 'value' || expect === 'firstValue') {
            if (string !== undefined || scalar !== undefined)
                expect = 'after';
            else if (mark === '{' || mark === '[') {
                open.push(mark);
                expect = mark === '{' ? 'firstKey' : 'firstValue';
            }
            else if (mark === ']' && expect === 'firstValue') {
                open.pop();
                expect = 'after';
            }
            else
                return start;
        }
        else {
            const inside = open[open.length - 1];
            if (inside === undefined)
                return start;
            if (mark === ',')
                expect = inside === '{' ? 'key' : 'value';
            else if ((mark === '}' && inside === '{') || (mark === ']' && inside === '[')) {
                open.pop();
            }
            else
                return start;
        }
        if (expect === 'after' && open.length === 0) {
            // The value is whole: anything but blanks after it is the error.
            return skipBlanks(text, at);
        }
    }
}
/**
 * JSON text whose numbers that JavaScript would print otherwise (`1.20`,
 * `1e3`) are strings as written, so that `"version": 1.20` is release 1.20,
 * as in YAML; the text is valid JSON already (parsed once, for its errors).
 * One pass, strings skipped.
 */
function numbersAsWritten(text) {
    const number = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    let out = '';
    let from = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 34 /* " */) {
            for (i++; i < text.length && text.charCodeAt(i) !== 34; i++)
                if (text.charCodeAt(i) === 92 /* \ */)
                    i++;
            continue;
        }
        if (c !== 45 /* - */ && (c < 48 || c > 57))
            continue;
        number.lastIndex = i;
        const token = number.exec(text)[0];
        if (String(Number(token)) !== token) {
            out += `${text.slice(from, i)}"${token}"`;
            from = i + token.length;
        }
        i += token.length - 1;
    }
    return from === 0 ? text : out + text.slice(from);
}
function itemsIn(data, { items: pointer, each }, keyFields, name, fail, nested) {
    // A page of text (an HTML error page, a plain-text answer) reads as one YAML string: it is no data, and
    // saying that items: points at nothing would send the reader to the wrong line.
    if (typeof data !== 'object' || data === null) {
        const text = typeof data === 'string' ? `: it reads as text, "${data.slice(0, 60).replace(/\s+/g, ' ')}${data.length > 60 ? '…' : ''}"` : '';
        return fail(`${name} holds no JSON or YAML data${text}; check that it is the data file (for a url:, the address of the raw file)`);
    }
    const at = main.atPointer(data, pointer ?? '');
    const where = pointer ? `${name} at ${pointer}` : name;
    if (at === undefined)
        return fail(`${name} has nothing at ${pointer}; point items: at the list of items`);
    const entries = Array.isArray(at) ? at.map((value) => [undefined, value]) : typeof at === 'object' && at !== null ? entriesInOrder(at) : [];
    if (entries.length === 0 && !(Array.isArray(at) || (typeof at === 'object' && at !== null))) {
        return fail(`${where} is not a list of objects or an object of objects`);
    }
    // `gates: [ … ]` read without `items: /gates`: the list is what was meant, wherever it stands among
    // the document's other fields (a `generated` note before it is no item either).
    const list = pointer === undefined && !Array.isArray(at) ? entries.find(([, value]) => Array.isArray(value)) : undefined;
    if (list)
        return fail(`${where}: "${list[0]}" holds a list, not an item; point at the list with items: /${list[0].replace(/~/g, '~0').replace(/\//g, '~1')}`);
    const items = [];
    entries.forEach(([key, value], index) => {
        const named = key === undefined ? index : `"${key}"`;
        const item = main.toItem(value, key === undefined ? {} : { $key: key }, nested);
        if (!item)
            return fail(`${where}: item ${named} is not an object`);
        const list = each === undefined ? undefined : value[each];
        // An item without the list (a gate with no versions yet) stays one item: dropping it would hide it from reference-unlisted.
        if (!Array.isArray(list) || list.length === 0)
            return void items.push(item);
        list.forEach((entry, at) => {
            // The entry's own fields win (a version's `default` is not its gate's), but not over the item's
            // key: the entry belongs to the item the key names.
            const own = main.toItem(entry, {}, nested);
            if (!own)
                return fail(`${where}: item ${named}, ${each}[${at}] is not an object`);
            const merged = Object.assign(Object.create(null), item, own);
            for (const field of keyFields)
                if (item[field] !== undefined)
                    merged[field] = item[field];
            items.push(merged);
            if (items.length > SOURCE_LIMITS.maxItems)
                fail(`${where}: more than ${SOURCE_LIMITS.maxItems} items with ${each}; narrow the source to the items a table lists`);
        });
    });
    // The list's field is spent on the entries: no item has it as a field any more.
    if (each !== undefined)
        nested.delete(each);
    if (each !== undefined && !entries.some(([, value]) => Array.isArray(value?.[each]))) {
        return fail(`${where}: no item has a list at ${each}; each: names the field of an item that holds its entries (its items have ${fieldsOf(items)})`);
    }
    return items;
}
/** Items that name nothing match no row and would be listed as unlisted "(no key)": a data or config mistake, said once. */
function checkKeys(source, items) {
    const index = items.findIndex((item) => source.key.every((field) => !item[field]));
    if (index < 0)
        return;
    const fields = source.key.join(' or ');
    throw new main.ConfigError(`${source.at('key')}: item ${items[index]['$key'] !== undefined ? `"${items[index]['$key']}"` : index} of ${source.name} has no ${fields} (as text or a number); every item needs one, or set key: to a field every item has`);
}
async function tableItems(text, match, maxParseMs, fail) {
    const wanted = (match.columns ?? []).map(main.columnKey);
    const heading = match.heading?.toLowerCase();
    // Read as a linted file is, with the same time budget and guards: the file may come from the pull request.
    const pool = new main.ParsePool(1);
    let outcome;
    try {
        outcome = await pool.parse(text, maxParseMs);
    }
    finally {
        await pool.close();
    }
    if ('timeout' in outcome)
        return fail(`reading it took longer than ${maxParseMs} ms (budgets.maxParseMs): simplify the file around the table, or raise the budget`);
    if ('failure' in outcome)
        return fail(`it could not be read as markdown (${outcome.failure}): simplify the file around the table`);
    const found = outcome.document.tables.filter((candidate) => wanted.every((column) => candidate.columns.some((name) => main.columnKey(name) === column)) &&
        (heading === undefined || candidate.headingPath.some((text) => text.toLowerCase().includes(heading))));
    // Two tables that match: reading only the first would drop the other's rows without a word.
    if (found.length > 1)
        return fail(`${found.length} tables match (lines ${found.map((t) => t.span.line).join(', ')}); add match: columns or a heading: that only one of them has`);
    const table = found[0];
    if (!table)
        return fail(`no table${match.columns ? ` with the columns ${match.columns.join(', ')}` : ''}${match.heading ? ` under a heading containing "${match.heading}"` : ''}`);
    return table.rows.filter((row) => row.kind === 'data').map((row) => main.toItem(Object.fromEntries(table.columns.map((column, i) => [column, row.cells[i]?.text ?? '']))));
}
/**
 * The sources a change touched: one of the files it read, or a path its
 * `extract:` globs match (a file added or deleted too), is among `changed`
 * (every path the change added, modified, deleted or renamed, either name),
 * also by the path a symlink leads to: a source read as `hack/reg.json`, a
 * link to `gen/reg.json`, or from `vendor/features/`, a link to
 * `staging/features/` (Kubernetes' vendor/k8s.io), is touched by a change
 * there. A file git does not track (an export a build step writes,
 * gitignored) cannot be shown to be what it was at the base, so its source
 * counts as touched too. `changed` undefined (the change's files are
 * unknown): every source that reads the repository. The base version of a
 * file is then linted without those sources, so their findings count as the
 * change's own: a pull request that drops a gate from the registry must not
 * see the table's disagreement called pre-existing. A `url:` source is never
 * touched: its document changes on its own schedule, not with the change.
 */
async function touchedSources(sources, changed) {
    const touched = new Set();
    await main.loadGlob([...sources.values()].flatMap((data) => data.reads.globs));
    for (const [name, data] of sources) {
        const { paths, globs } = data.reads;
        if (paths.length === 0 && globs.length === 0)
            continue;
        if (changed === undefined) {
            touched.add(name);
            continue;
        }
        const read = new Set(paths);
        const matches = globs.length > 0 ? main.matcher(globs, { dot: true }) : () => false;
        if (changed.some((path) => read.has(path) || matches(path))) {
            touched.add(name);
            continue;
        }
        const cwd = data.reads.cwd ?? process.cwd();
        const { links, real } = await realPlaces(paths, cwd);
        // A changed path below a link's target, as the source names it.
        const aliases = (path) => links.flatMap((link) => (path === link.real ? [link.read] : path.startsWith(`${link.real}/`) ? [link.read + path.slice(link.real.length)] : []));
        if (links.length > 0 && changed.some((path) => aliases(path).some((alias) => read.has(alias) || matches(alias)))) {
            touched.add(name);
            continue;
        }
        // git's answer, or none (then nothing shows the files unchanged either).
        const untracked = await main.untrackedAmong(cwd, real).catch(() => real);
        if (untracked.length > 0)
            touched.add(name);
    }
    return touched;
}
/**
 * Where the files read really are (symlinks resolved), relative to `cwd`
 * (`../` above it): each file's real path (the path as read when it cannot
 * be resolved), and the files and folders whose real path differs from
 * the path they were read by (a link itself, or a symlinked folder, whose
 * files added beside are the source's too).
 */
async function realPlaces(paths, cwd) {
    const { realpath } = await Promise.resolve().then(function () { return /*#__PURE__*/_interopNamespaceDefault(require('node:fs/promises')); });
    const { posix, relative, resolve, sep } = await Promise.resolve().then(function () { return /*#__PURE__*/_interopNamespaceDefault(require('node:path')); });
    let top;
    try {
        top = await realpath(cwd);
    }
    catch {
        return { links: [], real: [...new Set(paths)] };
    }
    const known = new Map();
    const realOf = (path) => {
        let found = known.get(path);
        if (found === undefined) {
            found = realpath(resolve(top, path)).then((at) => relative(top, at).split(sep).join('/') || '.', () => undefined);
            known.set(path, found);
        }
        return found;
    };
    const links = new Map();
    const real = await Promise.all([...new Set(paths)].map(async (path) => {
        const written = posix.normalize(path);
        const at = await realOf(written);
        if (at !== undefined && at !== written)
            links.set(written, at);
        for (let dir = posix.dirname(written); dir !== '.' && dir !== '/' && !dir.endsWith('..'); dir = posix.dirname(dir)) {
            const folder = await realOf(dir);
            if (folder !== undefined && folder !== dir)
                links.set(dir, folder);
        }
        return at ?? written;
    }));
    return { links: [...links].map(([read, at]) => ({ read, real: at })), real };
}
/** `config` for linting base versions: without the sources the change touched. */
function withoutSources(config, touched) {
    if (touched.size === 0)
        return config;
    return { ...config, sourceData: new Map([...config.sourceData].filter(([name]) => !touched.has(name))) };
}

exports.SOURCE_LIMITS = SOURCE_LIMITS;
exports.URL_DEFAULTS = URL_DEFAULTS;
exports.jsonErrorOffset = jsonErrorOffset;
exports.loadSources = loadSources;
exports.numbersAsWritten = numbersAsWritten;
exports.touchedSources = touchedSources;
exports.withoutSources = withoutSources;
