import { retryAfterSeconds } from '../../src/action/github-api.js';

describe('retryAfterSeconds', () => {
  const now = Date.parse('2026-12-03T12:00:00Z');
  it.each([
    ['seconds', '7', 7],
    ['seconds with blanks', ' 30 ', 30],
    ['an HTTP date 90 s ahead', 'Thu, 03 Dec 2026 12:01:30 GMT', 90],
    ['an HTTP date already past', 'Thu, 03 Dec 2026 11:59:00 GMT', 0],
    ['absent', undefined, undefined],
    ['empty', '', undefined],
    ['unreadable', 'soon', undefined],
    ['negative', '-5', undefined],
  ])('%s', (_, header, seconds) => {
    expect(retryAfterSeconds(header, now)).toBe(seconds);
  });
});
