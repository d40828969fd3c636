import { lineSpan, ruleDocs, type FileRule } from './types.js';

/**
 * A pull request can add `docs/leak.md -> /proc/self/environ` or a FIFO; such
 * a path is reported on the link itself and never opened, so nothing outside
 * the workspace is read and nothing blocks.
 */
export const fileUnsafe: FileRule = {
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
    if (facts.unsafe) report({ span: lineSpan(), messageId: 'unsafe', data: { file: facts.file, reason: facts.unsafe.reason } });
  },
};
