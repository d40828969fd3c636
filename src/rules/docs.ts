/** The README's rule list, generated from the registry so the two cannot drift. */
import { allRuleMetas } from './index.js';

export const rulesMarkdown = (): string =>
  [
    '| rule | type | default severity | fixable | what it checks |',
    '| --- | --- | --- | --- | --- |',
    ...allRuleMetas.map(
      (rule) => `| <a id="rules-${rule.id}"></a>\`${rule.id}\` | ${rule.type} | ${rule.severity} | ${rule.fixable ? 'yes' : ''} | ${rule.description} |`,
    ),
  ].join('\n');
