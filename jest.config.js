// Nest 12 and a few dependencies ship ES modules only; swc compiles them (and our TypeScript,
// with decorator metadata) to CommonJS so jest can run without --experimental-vm-modules.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
const common = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)s$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|canonicalize|jose|openid-client|oauth4webapi)/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  // Concurrency tests send hundreds of requests through a real app and database.
  testTimeout: 60_000,
};
// The workbench (web/, issue 16): React components in jsdom, JSX by swc's automatic runtime.
const web = {
  ...common,
  displayName: 'web',
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/web/tests/**/*.spec.{ts,tsx}'],
  setupFiles: ['<rootDir>/web/tests/setup.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleFileExtensions: ['tsx', 'ts', 'js', 'json'],
  moduleNameMapper: { '\\.css$': '<rootDir>/web/tests/style-stub.ts' },
};
module.exports = {
  ...common,
  // One PostgreSQL for the whole run (embedded, or TEST_DATABASE_URL); each test file gets its own database.
  // Two workers even on a 2-core machine (jest would otherwise run every file in its own
  // process' heap), recycled when they grow: each e2e file boots a whole application.
  maxWorkers: 2,
  workerIdleMemoryLimit: '768MB',
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
  projects: [
    { ...common, displayName: 'workflows', testMatch: ['<rootDir>/tests/workflows/**/*.spec.ts'] },
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.spec.ts'],
    },
    web,
  ],
};
