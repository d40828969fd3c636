/**
 * Jest runs the TypeScript sources directly (ts-jest, ESM mode); the CLI and
 * Action tests run the bundled dist/ files as processes instead.
 * @type {import('jest').Config}
 */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }],
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  globalSetup: '<rootDir>/__tests__/setup-env.cjs',
  testTimeout: 60_000,
  reporters: ['default', '<rootDir>/scripts/count-reporter.cjs'],
};
