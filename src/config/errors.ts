/**
 * A broken config file or schema: reported as one readable message (file,
 * line, path inside it, what to fix) with exit code 2, never a stack trace.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}
