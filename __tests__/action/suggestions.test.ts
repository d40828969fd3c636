import { parseHunks, hunkOf } from '../../src/action/hunks.js';
import { commentBody, fingerprint, planSuggestions, suggestionScope, syncReview, MAX_SUGGESTIONS, type Suggestion } from '../../src/action/suggestions.js';
import { failingApi, restLogin, type GitHubApi, type ReviewComment } from '../../src/action/github-api.js';
import { escapeMarkdown, encodePath, fenceFor, markdownCode } from '../../src/report/markdown.js';
import { isInsideRepo, serialiseResult, validateResult, type ActionResult, type ResultFinding } from '../../src/action/result.js';
import { v } from './helpers.js';

const source = ['# t', '', 'A | B', '-- | --', 'x | Ga', 'y | Gb', ''].join('\n');
const at = (line: number, from: number, to: number, text: string) => {
  const start = source.split('\n').slice(0, line - 1).join('\n').length + 1 + from;
  return { fix: { range: [start, start + (to - from)] as [number, number], text }, fixSpan: { line, column: from + 1, endLine: line, endColumn: to + 1, offset: start, endOffset: start + to - from } };
};

describe('hunks', () => {
  it('keeps the head side of each hunk, with its text', () => {
    const [hunk] = parseHunks('@@ -4,3 +4,3 @@ A | B\n -- | --\n-x | GA\n+x | Ga\n y | Gb');
    expect([hunk!.start, hunk!.end, hunk!.lines.get(5)]).toEqual([4, 6, 'x | Ga']);
    expect(hunkOf([hunk!], 5, 6)).toBe(hunk);
    expect(hunkOf([hunk!], 3, 5)).toBeUndefined();
  });
});

describe('suggestions', () => {
  const hunks = new Map([['docs/gates.md', parseHunks('@@ -4,3 +4,3 @@\n -- | --\n-x | GA\n+x | Ga\n y | Gb')]]);
  const sources = new Map([['docs/gates.md', source]]);

  it('suggests a fix whose lines are in a hunk with the same text, and leaves others to the patch', async () => {
    const inside = v({ line: 5, rowKey: 'x', ...at(5, 4, 6, 'GA') });
    const beyond = v({ line: 3, rowKey: 'h', rule: 'sort-order', ...at(3, 0, 1, 'a') });
    const plan = await planSuggestions([inside, beyond], sources, hunks);
    expect(plan.suggestions).toEqual([expect.objectContaining({ path: 'docs/gates.md', startLine: 5, line: 5, original: 'x | Ga', replacement: 'x | GA' })]);
    expect(plan.outside).toEqual([beyond]);
    // Text that differs from the PR's head (the merge commit moved things): not suggested.
    expect((await planSuggestions([inside], new Map([['docs/gates.md', source.replace('y | Gb', 'y | Gc')]]), new Map([['docs/gates.md', parseHunks('@@ -5,1 +5,1 @@\n-x | GA\n+x | GZ')]]))).suggestions).toEqual([]);
  });

  it('leaves to the patch a suggestion that would take rows out of the table (applied with one click, nothing refuses it)', async () => {
    // A pipe-less row rewritten to start with "# " is a heading: the table would end above it.
    const heading = v({ line: 5, rowKey: 'x', ...at(5, 0, 1, '# x') });
    const fine = v({ line: 6, rowKey: 'y', ...at(6, 4, 6, 'GB') });
    const both = new Map([['docs/gates.md', parseHunks('@@ -4,3 +4,3 @@\n -- | --\n-x | GA\n+x | Ga\n-y | GB\n+y | Gb')]]);
    const plan = await planSuggestions([heading, fine], sources, both);
    expect(plan.suggestions.map((s) => s.replacement)).toEqual(['y | GB']);
    expect(plan.outside).toEqual([heading]);
    // The same on the next line, after a fine suggestion: each is checked, not only the first of two that touch.
    const fineFirst = v({ line: 5, rowKey: 'x', ...at(5, 4, 6, 'GA') });
    const headingNext = v({ line: 6, rowKey: 'y', ...at(6, 0, 1, '# y') });
    const after = await planSuggestions([fineFirst, headingNext], sources, both);
    expect(after.suggestions.map((s) => s.replacement)).toEqual(['x | GA']);
    expect(after.outside).toEqual([headingNext]);
  });

  it('merges fixes on one line into one suggestion and caps a review', async () => {
    const a = v({ line: 5, rowKey: 'x', field: 'A', ...at(5, 0, 1, 'X') });
    const b = v({ line: 5, rowKey: 'x', field: 'B', ...at(5, 4, 6, 'GA') });
    expect((await planSuggestions([a, b], sources, hunks)).suggestions.map((s) => s.replacement)).toEqual(['X | GA']);
    const big = Array.from({ length: 60 }, (_, i) => `r${i} | Ga`).join('\n');
    const text = `A | B\n-- | --\n${big}\n`;
    const many = Array.from({ length: 60 }, (_, i) => {
      const start = text.indexOf(`r${i} | Ga`) + `r${i} | `.length;
      return v({ line: 3 + i, rowKey: `r${i}`, fix: { range: [start, start + 2], text: 'GA' }, fixSpan: { line: 3 + i, column: 1, endLine: 3 + i, endColumn: 3, offset: start, endOffset: start + 2 } });
    });
    const patch = `@@ -0,0 +1,62 @@\n${text.split('\n').slice(0, 62).map((l) => `+${l}`).join('\n')}`;
    const plan = await planSuggestions(many, new Map([['docs/gates.md', text]]), new Map([['docs/gates.md', parseHunks(patch)]]));
    expect([plan.suggestions.length, plan.outside.length, plan.overCap]).toEqual([MAX_SUGGESTIONS, 10, 10]);
  });

  it('writes a comment whose fence outlasts any backticks in the replacement, and whose text is escaped', () => {
    const s: Suggestion = { path: 'a.md', startLine: 1, line: 1, original: 'x', replacement: 'a ```` b', findings: [{ rule: 'r', message: '<b>@team</b> [x](y)' }], fingerprint: 'f'.repeat(64) };
    const body = commentBody(s);
    expect(body).toContain('`````suggestion\na ```` b\n`````');
    expect(body).toContain('&lt;b&gt;&#64;team&lt;/b&gt; \\[x\\]\\(y\\)');
    expect(body).toContain(`<!-- support-table-lint suggestion ${'f'.repeat(64)} -->`);
  });

  it('on re-runs posts only missing suggestions and deletes only its own outdated ones', async () => {
    const current: Suggestion = { path: 'a.md', startLine: 1, line: 1, original: 'x', replacement: 'y', findings: [{ rule: 'r', message: 'm' }], fingerprint: fingerprint([v({})], 'y') };
    const fresh: Suggestion = { ...current, fingerprint: fingerprint([v({ rowKey: 'other' })], 'y') };
    const marker = (fp: string) => `x\n<!-- support-table-lint suggestion ${fp} -->`;
    const comments: ReviewComment[] = [
      { id: 1, body: marker(current.fingerprint), author: 'github-actions[bot]', outdated: false },
      { id: 2, body: marker('0'.repeat(64)), author: 'github-actions[bot]', outdated: false },
      { id: 3, body: marker('0'.repeat(64)), author: 'someone', outdated: false },
    ];
    const posted: number[] = [];
    const deleted: number[] = [];
    const api: GitHubApi = {
      ...failingApi(() => new Error('no')),
      authenticatedLogin: async () => undefined,
      listReviewComments: async () => comments,
      createReview: async (_n, review) => void posted.push(review.comments.length),
      deleteReviewComment: async (id) => void deleted.push(id),
    };
    expect(await syncReview(api, { number: 7, headSha: 'h' }, [current, fresh])).toEqual({ complete: true, posted: 1, kept: 1, deleted: 1 });
    expect([posted, deleted]).toEqual([[1], [2]]);
  });

  it('leaves the suggestions of another run (another step\'s files or config) alone, and marks its own with its scope', async () => {
    const mine = suggestionScope('.github/support-table-lint.yml', ['docs/**']);
    const theirs = suggestionScope('.github/support-table-lint.yml', ['guides/**']);
    expect(mine).toMatch(/^[0-9a-f]{16}$/);
    expect(mine).not.toBe(theirs);
    expect(suggestionScope('.github/support-table-lint.yml', ['b/**', 'a/**'])).toBe(suggestionScope('.github/support-table-lint.yml', ['a/**', 'b/**']));
    const current: Suggestion = { path: 'docs/a.md', startLine: 1, line: 1, original: 'x', replacement: 'y', findings: [{ rule: 'r', message: 'm' }], fingerprint: fingerprint([v({})], 'y') };
    const other: Suggestion = { ...current, path: 'guides/b.md', fingerprint: fingerprint([v({ rowKey: 'other' })], 'y') };
    const bodies: string[] = [];
    const deleted: number[] = [];
    const api: GitHubApi = {
      ...failingApi(() => new Error('no')),
      authenticatedLogin: async () => undefined,
      listReviewComments: async () => [
        { id: 1, body: commentBody(other, theirs), author: 'github-actions[bot]', outdated: false },
        { id: 2, body: commentBody({ ...other, fingerprint: '0'.repeat(64) }, mine), author: 'github-actions[bot]', outdated: false },
      ],
      createReview: async (_n, review) => void bodies.push(...review.comments.map((c) => c.body)),
      deleteReviewComment: async (id) => void deleted.push(id),
    };
    expect(await syncReview(api, { number: 7, headSha: 'h' }, [current], mine)).toEqual({ complete: true, posted: 1, kept: 0, deleted: 1 });
    expect(deleted).toEqual([2]);
    expect(bodies[0]).toMatch(new RegExp(`<!-- support-table-lint suggestion ${current.fingerprint} ${mine} -->\\n$`));
  });

  it('a suggestion of its own that GitHub marks outdated (no line: it cannot be applied) is posted again, and the old one deleted', async () => {
    const current: Suggestion = { path: 'a.md', startLine: 1, line: 1, original: 'x', replacement: 'y', findings: [{ rule: 'r', message: 'm' }], fingerprint: fingerprint([v({})], 'y') };
    const posted: number[] = [];
    const deleted: number[] = [];
    const api: GitHubApi = {
      ...failingApi(() => new Error('no')),
      authenticatedLogin: async () => undefined,
      listReviewComments: async () => [
        { id: 1, body: commentBody(current), author: 'github-actions[bot]', outdated: true },
        { id: 2, body: commentBody(current), author: 'someone', outdated: true },
      ],
      createReview: async (_n, review) => void posted.push(review.comments.length),
      deleteReviewComment: async (id) => void deleted.push(id),
    };
    expect(await syncReview(api, { number: 7, headSha: 'h' }, [current])).toEqual({ complete: true, posted: 1, kept: 0, deleted: 1 });
    expect([posted, deleted]).toEqual([[1], [1]]);
  });
});

describe('a fingerprint a pull request writes', () => {
  it('is not taken for the comment\'s own: only the marker that ends the body counts', async () => {
    const other = fingerprint([v({ rowKey: 'other' })], 'z');
    // The replacement text (in the suggestion block, before the real marker) carries another suggestion's marker.
    const replacement = `y <!-- support-table-lint suggestion ${other} -->`;
    const mine: Suggestion = { path: 'a.md', startLine: 1, line: 1, original: 'x', replacement, findings: [{ rule: 'r', message: 'm' }], fingerprint: fingerprint([v({})], replacement) };
    const deleted: number[] = [];
    const posted: number[] = [];
    const api: GitHubApi = {
      ...failingApi(() => new Error('no')),
      authenticatedLogin: async () => undefined,
      listReviewComments: async () => [{ id: 1, body: commentBody(mine), author: 'github-actions[bot]', outdated: false }],
      createReview: async (_n, review) => void posted.push(review.comments.length),
      deleteReviewComment: async (id) => void deleted.push(id),
    };
    expect(await syncReview(api, { number: 7, headSha: 'h' }, [mine])).toMatchObject({ posted: 0, kept: 1, deleted: 0 });
    expect([posted, deleted]).toEqual([[], []]);
  });
});

describe('markdown from a pull request', () => {
  it('inside <code>, a header cell cannot become a link, emphasis or an autolink', async () => {
    const { micromark } = await import('micromark');
    const cell = 'FEATURE GATE | [Sign in](https://evil.example/login) *x* ~~y~~ www.evil.example <b>';
    const html = micromark(`<code>${markdownCode(cell)}</code>`, { allowDangerousHtml: true });
    expect(html).not.toMatch(/<a |<em>|<del>|<b>/);
    expect(markdownCode(cell)).not.toMatch(/:\/\/|www\./);
    expect(html).toContain('[Sign in](https://evil.example/login) *x* ~~y~~ www.evil.example &lt;b&gt;');
  });

  it('escapes HTML, links, mentions, references, autolinks and line breaks', () => {
    expect(escapeMarkdown('<img src=x> [a](b) @o/t #1 https://e.x www.e.x a\r\nb\rc\u0000')).toBe(
      '&lt;img src=x&gt; \\[a\\]\\(b\\) &#64;o/t &#35;1 https&#58;//e.x www&#46;e.x a<br>b<br>c\ufffd',
    );
    expect(encodePath("docs/a (1)'.md")).toBe('docs/a%20%281%29%27.md');
    expect(fenceFor('no ticks')).toBe('```');
  });
});

describe('the result artifact', () => {
  const valid = {
    kind: 'support-table-lint-result', version: 1, headSha: 'a'.repeat(40), pullRequest: { number: 3 }, isNew: true, filesChecked: 1, tablesChecked: 1,
    gating: [{ file: 'docs/a.md', line: 1, column: 1, endLine: 1, endColumn: 2, severity: 'error', rule: 'allowed-values', message: 'm' }],
    existing: [], notices: [], scope: '0123456789abcdef', suggestions: [], overCap: 0, patches: { outside: { text: '', findings: 0 }, all: { text: '', findings: 0 } },
  };
  it('accepts a result and refuses paths out of the repository, bad types and unknown fields', () => {
    expect(validateResult(valid, 'A')).toEqual(valid);
    const bad = (change: (d: typeof valid) => void) => {
      const d = structuredClone(valid);
      change(d);
      return () => validateResult(d, 'A');
    };
    expect(bad((d) => (d.gating[0]!.file = '/etc/passwd'))).toThrow('A is not a support-table-lint result: /gating/0/file: must be a path inside the repository');
    expect(bad((d) => (d.gating[0]!.line = -1))).toThrow('/gating/0/line: must be >= 1');
    expect(bad((d) => (d.headSha = '--output=x'))).toThrow('/headSha: must match pattern');
    expect(bad((d) => Object.assign(d, { extra: 1 }))).toThrow('unknown field "extra"');
    // Without a scope a run would own every step's suggestion comments (and delete theirs): refused.
    expect(bad((d) => delete (d as { scope?: string }).scope)).toThrow('/: must have required property \'scope\'');
    // A field name is the artifact's text: its message is clipped, not 100 KB of log line.
    let message = '';
    try {
      bad((d) => Object.assign(d, { ['x'.repeat(100_000)]: 1 }))();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/unknown field "x{40,120}[^x"]+"$/);
    expect(message.length).toBeLessThan(400);
    expect(['a/b.md', 'a b/c.md'].map(isInsideRepo)).toEqual([true, true]);
    expect(['', '/a', 'a/../b', './a', 'a//b', 'a\\b', 'a\0b'].map(isInsideRepo)).toEqual(Array(7).fill(false));
  });

  it('an honest run writes what publish accepts: long texts cut, too many findings left out with a notice', () => {
    const big = 'x'.repeat(1_100_000);
    const long = structuredClone(valid) as unknown as ActionResult;
    long.gating[0]!.message = big;
    long.changes = [{ file: 'docs/a.md', changes: [{ table: 'A | B', line: 1, key: 'A', added: [{ key: 'k', line: 3, cells: { B: big } }], removed: [], renamed: [], changed: [] }] }];
    const read = validateResult(JSON.parse(serialiseResult(long).text), 'A');
    expect(read.gating[0]!.message).toMatch(/^x+… \d+ more characters$/);
    const many = structuredClone(valid) as unknown as ActionResult;
    many.gating = Array.from({ length: 250_000 }, (_, i) => ({ ...valid.gating[0]!, line: i + 1, endLine: i + 1 }) as ResultFinding);
    const fitted = validateResult(JSON.parse(serialiseResult(many).text), 'A');
    expect(fitted.gating.length).toBeLessThan(250_000);
    expect(fitted.notices.at(-1)).toBe(
      `The result artifact holds ${fitted.gating.length} of 250000 new findings and 0 of 0 pre-existing ones, to stay within what the publishing run reads; the analysing run has them all (its annotations and log, and its report-file when set).`,
    );
    // A patch of 18 million characters (9,000 rows of a 9 MB page fixed) is more than publish reads: its text goes, its count and every finding stay.
    const patched = structuredClone(valid) as unknown as ActionResult;
    patched.patches = { outside: { text: 'y'.repeat(18_000_000), findings: 9000 }, all: { text: 'y'.repeat(18_000_000), findings: 9000 } };
    const slim = validateResult(JSON.parse(serialiseResult(patched).text), 'A');
    expect(slim.patches).toEqual({ outside: { text: '', findings: 9000 }, all: { text: '', findings: 9000 } });
    expect(slim.gating).toHaveLength(1);
    expect(slim.notices).toEqual([expect.stringMatching(/^The patch of fixes is too large for the result artifact: run `support-table-lint --fix-dry-run --format diff`/)]);
  });
});

describe('restLogin', () => {
  it('names a GraphQL bot viewer as review comments name it, and keeps users and REST-form logins as they are', () => {
    expect(restLogin({ login: 'table-bot', __typename: 'Bot' })).toBe('table-bot[bot]');
    expect(restLogin({ login: 'table-bot[bot]', __typename: 'Bot' })).toBe('table-bot[bot]');
    expect(restLogin({ login: 'octocat', __typename: 'User' })).toBe('octocat');
    expect(restLogin({ login: '', __typename: 'Bot' })).toBeUndefined();
    expect(restLogin({ login: 42 })).toBeUndefined();
    expect(restLogin(null)).toBeUndefined();
  });
});
