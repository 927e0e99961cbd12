/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': 'ts-jest' },
  // CDK's built-in CloudFormation validation plugin loads a WASM engine per worker; our tests
  // assert on our own findings, so it is switched off here (see test/setup-env.ts).
  setupFiles: ['<rootDir>/test/setup-env.ts'],
};
