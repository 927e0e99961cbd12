import { aws_s3 as s3 } from 'aws-cdk-lib';
import { dutyCases, type DutyCase, type TestRunner } from 'cdk-shared-responsibility/testing';
import { dataStoreOwnerTag } from '../../examples/custom-duty';

/** A runner that records what dutyCases registers, so its tests can be run (and fail) here. */
function recorder(): TestRunner & { tests: Map<string, () => void> } {
  const tests = new Map<string, () => void>();
  let prefix = '';
  return {
    tests,
    describe: (name, body) => {
      prefix = `${name} `;
      body();
    },
    it: (name, body) => tests.set(prefix + name, body),
  };
}

const untagged: DutyCase = {
  name: 'the bucket has no tags',
  build: (s) => new s3.CfnBucket(s, 'Bucket'),
  path: 'Bucket',
  expect: 'unconfigured',
};
const tagged: DutyCase = {
  name: 'the bucket is tagged',
  build: (s) => new s3.CfnBucket(s, 'Bucket', { tags: [{ key: 'owner', value: 'payments' }] }),
  path: 'Bucket',
  expect: 'configured',
};

describe('the testing helper', () => {
  it('fails a table with no unknown case, before registering anything', () => {
    const runner = recorder();
    expect(() => dutyCases(dataStoreOwnerTag, [tagged, untagged], { runner })).toThrow(
      'dutyCases(acme-data-store-owner-tag): the table has no unknown case.',
    );
    expect(runner.tests.size).toBe(0);
  });

  it('fails a table with neither a failing nor a passing case, naming both', () => {
    expect(() => dutyCases(dataStoreOwnerTag, [], { noUnknownBecause: 'n/a', runner: recorder() })).toThrow(
      'the table has no passing (configured or attested), no failing (unconfigured or needs-attestation) case',
    );
  });

  it('takes a table without an unknown case when the duty says why', () => {
    const runner = recorder();
    dutyCases(dataStoreOwnerTag, [tagged, untagged], { noUnknownBecause: 'for this test', runner });
    expect([...runner.tests.keys()]).toEqual([
      'acme-data-store-owner-tag configured when the bucket is tagged',
      'acme-data-store-owner-tag unconfigured when the bucket has no tags',
    ]);
  });

  it('registers tests that fail when the outcome is not the one expected', () => {
    const runner = recorder();
    dutyCases(dataStoreOwnerTag, [{ ...untagged, expect: 'configured' }, tagged, untagged], { noUnknownBecause: 'for this test', runner });
    const [wrong, right] = [...runner.tests.values()];
    expect(wrong).toThrow('acme-data-store-owner-tag on Bucket: expected configured, got unconfigured (The data store has no owner tag.)');
    expect(right).not.toThrow();
  });

  it('fails for an id that is not a built-in duty', () => {
    expect(() => dutyCases('acme-data-store-owner-tag', [tagged], { runner: recorder() })).toThrow(
      "'acme-data-store-owner-tag' is not a built-in duty; pass your duty object instead of its id",
    );
  });

  it('loads outside a test runner, registering nothing at import', () => {
    const g = globalThis as { describe?: unknown; it?: unknown };
    const saved = { describe: g.describe, it: g.it };
    delete g.describe;
    delete g.it;
    try {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const testing = require('cdk-shared-responsibility/testing') as typeof import('cdk-shared-responsibility/testing');
        expect(typeof testing.dutyCases).toBe('function');
        expect(() => testing.dutyCases(dataStoreOwnerTag, [tagged, untagged], { noUnknownBecause: 'n/a' })).toThrow(
          'dutyCases registers tests with the global describe and it',
        );
      });
    } finally {
      Object.assign(g, saved);
    }
  });
});
