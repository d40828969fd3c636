/**
 * formatMessage fills a rule's message template: `{{name}}` placeholders from
 * the data, unknown names left as written so that a mistake shows.
 */
import { allRuleMetas } from '../../src/rules/index.js';
import { formatMessage } from '../../src/rules/types.js';
import { cellSubject } from '../../src/rules/util.js';

/** The straightforward reading of a template, to hold the cut-once version to. */
const byRegex = (template: string, data: Record<string, string | number>): string =>
  template.replace(/\{\{\s*([\w-]+)\s*\}\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));

describe('formatMessage', () => {
  it('fills placeholders, with or without blanks inside the braces, repeated or adjacent', () => {
    expect(formatMessage('{{a}}{{ b }} and {{a}}', { a: 'x', b: 2 })).toBe('x2 and x');
    expect(formatMessage('no placeholders')).toBe('no placeholders');
    expect(formatMessage('')).toBe('');
  });

  it('leaves an unknown placeholder as written', () => {
    expect(formatMessage('{{known}} {{ unknown }}', { known: 'k' })).toBe('k {{ unknown }}');
  });

  it('gives the same text as a replacement by regular expression for every message of every rule, twice', () => {
    const data = { column: 'Support State', key: 'frob', value: '$& $1 {{x}}', count: 3, expected: 4, field: 'F', preset: 'p' };
    for (const meta of allRuleMetas) {
      for (const template of Object.values(meta.messages)) {
        expect(formatMessage(template, data)).toBe(byRegex(template, data));
        expect(formatMessage(template, {})).toBe(byRegex(template, {}));
      }
    }
  });
});

describe('cellSubject', () => {
  it('names the column, the value and the row, and cuts a row key of prose', () => {
    expect(cellSubject('Status', 'Oficial', 'api')).toBe('Status "Oficial" of "api"');
    const sli = 'Startup latency of schedulable stateless pods, excluding time to pull images and run init containers';
    expect(cellSubject('Status', 'Oficial', sli)).toBe('Status "Oficial" of "Startup latency of schedulable stateless pods, excluding…"');
  });
});

describe('formatMessage shows what renders as nothing', () => {
  it('names an invisible character in a value from the document', () => {
    expect(formatMessage('Status "{{value}}" is wrong', { value: 'Active\u200b' })).toBe('Status "Active<U+200B>" is wrong');
    expect(formatMessage('"{{value}}"', { value: '👩\u200d💻 ✔\ufe0f' })).toBe('"👩\u200d💻 ✔\ufe0f"');
  });
});
