import { App, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { scanTemplate } from '../../lib/scan';
import { check, expectSane, outcomesOf, resultOf } from './support';

/** Very large policies, odd construct ids and very long paths, and hostile templates handed to scanTemplate. */

function statements(n: number, last?: Record<string, unknown>): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < n; i++) {
    out.push({
      Sid: `S${i}`,
      Effect: 'Allow',
      Action: [`s3:GetObject`, `s3:PutObject`],
      Resource: `arn:aws:s3:::bucket-${i}/*`,
      Condition: { StringEquals: { 'aws:PrincipalTag/team': `t${i}` } },
    });
  }
  if (last) out.push(last);
  return out;
}

describe('very large policies', () => {
  it('checks policies of thousands of statements in seconds, and finds the one bad statement at the end', () => {
    const app = new App();
    const stack = new Stack(app, 'Big', { env: { account: '111111111111', region: 'us-east-1' } });
    const role = new iam.CfnRole(stack, 'Role', {
      assumeRolePolicyDocument: {
        Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
      },
      policies: [
        {
          policyName: 'huge',
          policyDocument: { Version: '2012-10-17', Statement: statements(4000, { Effect: 'Allow', Action: '*', Resource: '*' }) },
        },
      ],
    });
    new iam.CfnManagedPolicy(stack, 'Managed', { policyDocument: { Statement: statements(3000) }, roles: [role.ref] });
    const bucket = new s3.CfnBucket(stack, 'Bucket', { publicAccessBlockConfiguration: { restrictPublicBuckets: false } });
    new s3.CfnBucketPolicy(stack, 'BucketPolicy', {
      bucket: bucket.ref,
      policyDocument: {
        Statement: [
          ...statements(3000).map((s) => ({ ...s, Principal: { AWS: 'arn:aws:iam::111111111111:root' } })),
          { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' },
        ],
      },
    });
    const started = Date.now();
    const checked = check(app);
    const seconds = (Date.now() - started) / 1000;
    expectSane(checked);
    expect(resultOf(checked.results, 'Big/Role', 'iam-inline-policy-no-full-admin')?.outcome).toBe('unconfigured');
    expect(resultOf(checked.results, 'Big/Managed', 'iam-managed-policy-no-full-admin')?.outcome).toBe('configured');
    expect(resultOf(checked.results, 'Big/Bucket', 's3-bucket-policy-no-public-access')?.outcome).toBe('unconfigured');
    // Synth of 10,000 statements with the checks, on a 2-core CI machine.
    expect(seconds).toBeLessThan(20);
  });
});

describe('odd construct ids', () => {
  it('reports on unicode ids and very long paths with the exact construct path', () => {
    const app = new App();
    const stack = new Stack(app, 'Names');
    new s3.Bucket(stack, 'Bücket-数据-🔥 with spaces & "quotes"');
    let scope: Construct = stack;
    for (let i = 0; i < 40; i++) scope = new Construct(scope, `Level${i}-${'x'.repeat(60)}`);
    new s3.Bucket(scope, 'Deep');
    const checked = check(app);
    expectSane(checked);
    const paths = Object.keys(outcomesOf(checked.results, 's3-bucket-require-tls'));
    expect(paths).toContain('Names/Bücket-数据-🔥 with spaces & "quotes"');
    expect(paths.find((p) => p.endsWith('/Deep'))?.length).toBeGreaterThan(2500);
  });
});

describe('scanTemplate on hostile templates', () => {
  it.each([
    ['no Resources', {}],
    ['Resources is a list', { Resources: [] }],
    ['Resources is null', { Resources: null }],
    ['the template is a string', 'Resources'],
    ['the template is null', null],
  ])('refuses a template with %s, with a message', (_name, template) => {
    expect(() => scanTemplate(template)).toThrow(/Resources/);
  });

  it('goes through resources that are not objects, types that are not strings and Properties of every type', () => {
    const results = scanTemplate({
      Resources: {
        Null: null,
        Str: 'AWS::S3::Bucket',
        NoType: { Properties: {} },
        NumType: { Type: 42 },
        ListProps: { Type: 'AWS::S3::Bucket', Properties: [1, 2] },
        StrProps: { Type: 'AWS::S3::Bucket', Properties: 'x' },
        NullProps: { Type: 'AWS::S3::Bucket', Properties: null },
        Proto: JSON.parse('{"Type": "AWS::S3::Bucket", "Properties": {"__proto__": {"VersioningConfiguration": {"Status": "Enabled"}}}}'),
      },
    });
    expect(results.resources.map((r) => r.logicalId).sort()).toEqual(['Account', 'ListProps', 'NullProps', 'Proto', 'StrProps']);
    // A __proto__ key is a property like any other, not the object's prototype.
    expect(results.resources.find((r) => r.logicalId === 'Proto')?.duties.find((d) => d.dutyId === 's3-bucket-versioning')?.outcome).toBe(
      'unconfigured',
    );
    expect(results.uncoveredTypes).toEqual(expect.arrayContaining(['Unknown::Type']));
  });
});
