/** The README's rule list, generated from the registry so the two cannot drift. */
import { allRules } from './index.js';

export const rulesMarkdown = (): string =>
  [
    '| rule | default severity | what it checks |',
    '| --- | --- | --- |',
    ...allRules.map((rule) => `| <a id="rules-${rule.id}"></a>\`${rule.id}\` | ${rule.severity} | ${rule.description} |`),
  ].join('\n');
