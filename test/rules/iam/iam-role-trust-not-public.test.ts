import { CfnJson, CfnParameter, Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { dutyCases, outcomeOf, synthWithChecks } from '../../harness';

const DUTY = 'iam-role-trust-not-public';

// Projects created by `cdk init` set this recommended flag; with it CDK writes account principals as
// literal ARNs ("arn:aws:iam::...:root") instead of an Fn::Join on AWS::Partition.
describe('with @aws-cdk/core:enablePartitionLiterals', () => {
  beforeAll(() => {
    process.env.CDK_CONTEXT_JSON = JSON.stringify({ '@aws-cdk/core:enablePartitionLiterals': true });
  });
  afterAll(() => {
    delete process.env.CDK_CONTEXT_JSON;
  });

  dutyCases(DUTY, [
    {
      name: 'the L2 role is assumed by the Lambda service',
      build: (stack) => new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }),
      path: 'Role',
      expect: 'configured',
    },
    {
      name: 'the L2 role is assumed by another account',
      build: (stack) => new iam.Role(stack, 'Role', { assumedBy: new iam.AccountPrincipal('222222222222') }),
      path: 'Role',
      expect: 'configured',
    },
    {
      name: 'the L2 role is assumed by another role of the stack (an Fn::GetAtt)',
      build: (stack) => {
        const caller = new iam.Role(stack, 'Caller', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
        new iam.Role(stack, 'Role', { assumedBy: new iam.ArnPrincipal(caller.roleArn) });
      },
      path: 'Role',
      expect: 'configured',
    },
    {
      name: 'the L2 role is assumed by AnyPrincipal',
      build: (stack) => new iam.Role(stack, 'Role', { assumedBy: new iam.AnyPrincipal() }),
      path: 'Role',
      expect: 'unconfigured',
    },
    {
      name: 'AnyPrincipal is confined to an organization',
      build: (stack) =>
        new iam.Role(stack, 'Role', {
          assumedBy: new iam.AnyPrincipal().withConditions({ StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } }),
        }),
      path: 'Role',
      expect: 'configured',
    },
    {
      name: 'an escape-hatch override replaces "*" with a service principal',
      build: (stack) => {
        const role = new iam.Role(stack, 'Role', { assumedBy: new iam.AnyPrincipal() });
        (role.node.defaultChild as iam.CfnRole).addPropertyOverride('AssumeRolePolicyDocument.Statement', [
          { Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: 'ecs-tasks.amazonaws.com' } },
        ]);
      },
      path: 'Role',
      expect: 'configured',
    },
    {
      name: 'the trusted principal is a parameter',
      build: (stack) => new iam.Role(stack, 'Role', { assumedBy: new iam.ArnPrincipal(new CfnParameter(stack, 'Trusted').valueAsString) }),
      path: 'Role',
      expect: 'unknown',
    },
    {
      // CfnJson renders as an Fn::GetAtt of a custom resource, whose output is any JSON, "*" included.
      name: 'the trusted principal is a CfnJson value',
      build: (stack) =>
        new iam.Role(stack, 'Role', {
          assumedBy: new iam.ArnPrincipal(Token.asString(new CfnJson(stack, 'Json', { value: 'arn:aws:iam::222222222222:root' }).value)),
        }),
      path: 'Role',
      expect: 'unknown',
    },
  ]);
});

test('without the partition-literals flag, an account principal (an Fn::Join of pseudo parameters) is read as that account: configured', () => {
  const { results } = synthWithChecks((stack) => new iam.Role(stack, 'Role', { assumedBy: new iam.AccountPrincipal('222222222222') }));
  expect(outcomeOf(results, 'Role', DUTY)).toBe('configured');
});
