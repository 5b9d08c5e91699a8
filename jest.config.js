/** @type {import('jest').Config} */
// wrap-ansi, chalk, @nodable/entities and their helpers are ES modules only: ts-jest turns them into CommonJS for the tests.
const esm = ['@nodable/entities', 'wrap-ansi', 'string-width', 'strip-ansi', 'ansi-regex', 'ansi-styles', 'get-east-asian-width', 'emoji-regex', 'chalk'];
module.exports = {
  testEnvironment: 'node',
  // src is a root too, so that the coverage report names every source file, tested or not.
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  globalSetup: '<rootDir>/test/global-setup.js',
  globalTeardown: '<rootDir>/test/global-teardown.js',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
    '^.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2022', esModuleInterop: true }, diagnostics: false }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esm.join('|')})/)`],
  collectCoverageFrom: ['src/**/*.ts'],
};
