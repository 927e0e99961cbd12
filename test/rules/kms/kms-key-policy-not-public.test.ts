import { Fn } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { dutyCases, outcomeOf, synthWithChecks } from '../../harness';

const DUTY = 'kms-key-policy-not-public';

// Projects created by `cdk init` set this recommended flag; with it CDK writes the account root
// principal of the default key policy as a literal ARN instead of an Fn::Join on AWS::Partition.
describe('with @aws-cdk/core:enablePartitionLiterals', () => {
  beforeAll(() => {
    process.env.CDK_CONTEXT_JSON = JSON.stringify({ '@aws-cdk/core:enablePartitionLiterals': true });
  });
  afterAll(() => {
    delete process.env.CDK_CONTEXT_JSON;
  });

  dutyCases(DUTY, [
    {
      name: 'the L2 key keeps its default key policy',
      build: (stack) => new kms.Key(stack, 'Key'),
      path: 'Key',
      expect: 'configured',
    },
    {
      name: 'an L1 key omits KeyPolicy (AWS KMS attaches the default key policy)',
      build: (stack) => new kms.CfnKey(stack, 'Raw'),
      path: 'Raw',
      expect: 'configured',
    },
    {
      name: 'the key grants decrypt to AnyPrincipal',
      build: (stack) => new kms.Key(stack, 'Key').grantDecrypt(new iam.AnyPrincipal()),
      path: 'Key',
      expect: 'unconfigured',
    },
    {
      name: 'Principal "*" is confined with kms:CallerAccount and kms:ViaService',
      build: (stack) =>
        new kms.Key(stack, 'Key').addToResourcePolicy(
          new iam.PolicyStatement({
            principals: [new iam.AnyPrincipal()],
            actions: ['kms:Decrypt'],
            resources: ['*'],
            conditions: { StringEquals: { 'kms:CallerAccount': '111111111111', 'kms:ViaService': 'ec2.us-east-1.amazonaws.com' } },
          }),
        ),
      path: 'Key',
      expect: 'configured',
    },
    {
      name: 'Principal "*" is confined to an organization',
      build: (stack) =>
        new kms.Key(stack, 'Key').addToResourcePolicy(
          new iam.PolicyStatement({
            principals: [new iam.AnyPrincipal()],
            actions: ['kms:Decrypt'],
            resources: ['*'],
            conditions: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } },
          }),
        ),
      path: 'Key',
      expect: 'configured',
    },
    {
      name: 'an escape-hatch override replaces the public statement with the default one',
      build: (stack) => {
        const key = new kms.Key(stack, 'Key');
        key.grantDecrypt(new iam.AnyPrincipal());
        (key.node.defaultChild as kms.CfnKey).addPropertyOverride('KeyPolicy.Statement', [
          { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111111111111:root' }, Action: 'kms:*', Resource: '*' },
        ]);
      },
      path: 'Key',
      expect: 'configured',
    },
    {
      name: 'a granted principal is imported',
      build: (stack) => new kms.Key(stack, 'Key').grantDecrypt(new iam.ArnPrincipal(Fn.importValue('ConsumerRoleArn'))),
      path: 'Key',
      expect: 'unknown',
    },
  ]);
});

test('without the partition-literals flag, the default key policy principal (an Fn::Join of pseudo parameters) is read as the account: configured', () => {
  const { results } = synthWithChecks((stack) => new kms.Key(stack, 'Key'));
  expect(outcomeOf(results, 'Key', DUTY)).toBe('configured');
});
