import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Stack } from 'aws-cdk-lib';
import { outcomeOf, synthWithChecks } from '../../harness';

// Issue 12 §2 and issue 13 §2: breadth is judged by what a pattern matches, not by its spelling.
const managed = (actions: string[], resources: string[] | ((stack: Stack) => string[])) => (stack: Stack) =>
  new iam.ManagedPolicy(stack, 'Policy', {
    statements: [new iam.PolicyStatement({ actions, resources: typeof resources === 'function' ? resources(stack) : resources })],
  });
const inline = (actions: string[], resources: string[]) => (stack: Stack) => {
  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  role.addToPrincipalPolicy(new iam.PolicyStatement({ actions, resources }));
};

describe('Action "*" on a pattern that matches every ARN is full admin', () => {
  test.each(['arn:*:*:*:*:*', 'arn*', 'arn:aws:*'])('managed policy on Resource %s', (resource) => {
    expect(outcomeOf(synthWithChecks(managed(['*'], [resource])).results, 'Policy', 'iam-managed-policy-no-full-admin')).toBe(
      'unconfigured',
    );
  });
  test('inline policy on Resource arn:*:*:*:*:*', () => {
    expect(
      outcomeOf(synthWithChecks(inline(['*'], ['arn:*:*:*:*:*'])).results, 'Role/DefaultPolicy', 'iam-inline-policy-no-full-admin'),
    ).toBe('unconfigured');
  });
  test('not on the ARN pattern of one account', () => {
    expect(
      outcomeOf(synthWithChecks(managed(['*'], ['arn:aws:s3:::my-bucket/*'])).results, 'Policy', 'iam-managed-policy-no-full-admin'),
    ).toBe('configured');
  });
});

describe('Action "*" on one resource is every action of every service on it', () => {
  test('managed policy: the service-wildcard duty fires', () => {
    const build = managed(['*'], (stack) => [new s3.Bucket(stack, 'Bucket').bucketArn]);
    expect(outcomeOf(synthWithChecks(build).results, 'Policy', 'iam-managed-policy-no-service-wildcard')).toBe('unconfigured');
  });
  test('inline policy: the service-wildcard duty fires', () => {
    expect(
      outcomeOf(
        synthWithChecks(inline(['*'], ['arn:aws:s3:::my-bucket'])).results,
        'Role/DefaultPolicy',
        'iam-inline-policy-no-service-wildcard',
      ),
    ).toBe('unconfigured');
  });
  test('Allow + NotResource is every resource but the listed: full admin with Action "*"', () => {
    const build = (stack: Stack) =>
      new iam.ManagedPolicy(stack, 'Policy', {
        statements: [new iam.PolicyStatement({ actions: ['*'], notResources: ['arn:aws:s3:::my-bucket'] })],
      });
    expect(outcomeOf(synthWithChecks(build).results, 'Policy', 'iam-managed-policy-no-full-admin')).toBe('unconfigured');
  });
});
