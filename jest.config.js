/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // Jest's default leaves one core to its coordinator, which does little here: on a 2-core CI
  // machine that halves the speed of a suite made of hundreds of small synth-bound files.
  maxWorkers: '100%',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { isolatedModules: true }] },
  // CDK's built-in CloudFormation validation plugin loads a WASM engine per worker; our tests
  // assert on our own findings, so it is switched off here (see test/setup-env.ts).
  setupFiles: ['<rootDir>/test/setup-env.ts'],
  // Tests of the public surface import the package by its name, as a user's tests would; it
  // resolves to the sources here (tsconfig.json "paths" does the same for the type checker).
  moduleNameMapper: {
    '^cdk-shared-responsibility$': '<rootDir>/lib/index.ts',
    '^cdk-shared-responsibility/testing$': '<rootDir>/lib/testing.ts',
  },
};
