/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // Jest's default leaves one core to its coordinator, which does little here: on a 2-core CI
  // machine that halves the speed of a suite made of hundreds of small synth-bound files.
  maxWorkers: '100%',
  // WHY: every test file loads its own copy of aws-cdk-lib (jest's per-file module registry), so a
  // worker that runs ~175 files of test/rules ends with a heap of 500-900 MB. A worker exits by
  // draining its event loop, and Node's teardown of such a heap takes seconds on a busy 2-core
  // machine, past the 500 ms jest-worker waits: "A worker process has failed to exit gracefully".
  // No handle is left open (process.getActiveResourcesInfo() after each file of test/rules shows
  // only jest's own timer). Restarting a worker once its heap passes 400 MB keeps it small, and
  // it ends the run without that message.
  workerIdleMemoryLimit: '400MB',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // ts-jest transpiles each file without type-checking because tsconfig.json sets isolatedModules
  // (its own isolatedModules option is deprecated); `tsc --noEmit` type-checks in `npm test`.
  transform: { '^.+\\.ts$': 'ts-jest' },
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
