/**
 * The registry is the one list of rules: each rule is a module whose own
 * code produces its findings. Only the suppression findings come from the
 * suppression code, as ESLint's linter reports unused disable directives.
 */
import { allRules } from '../../src/rules/index.js';

describe('the rule registry', () => {
  it('holds each rule once, with a check function unless the suppression code reports it', () => {
    const ids = allRules.map((rule) => rule.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    const withoutCheck = allRules.filter((rule) => typeof (rule as { check?: unknown }).check !== 'function').map((rule) => `${rule.kind}:${rule.meta.id}`);
    expect(withoutCheck).toEqual(['suppression:unused-suppression']);
  });

  it('gives every message id of a rule a non-empty template', () => {
    for (const rule of allRules) {
      expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
      for (const template of Object.values(rule.meta.messages)) expect(template.trim()).not.toBe('');
    }
  });
});
