import { CfnJson, CfnParameter, type Stack, Token } from 'aws-cdk-lib';
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

// Issue 12 §2: conditions that do not narrow "everyone" are no confinement.
describe('conditions and principals that confine nothing', () => {
  const trust = (principal: iam.IPrincipal) => (stack: Stack) => new iam.Role(stack, 'Role', { assumedBy: principal });
  const cases: Array<[string, Record<string, Record<string, unknown>>]> = [
    ['aws:SourceIp of 0.0.0.0/0 and ::/0', { IpAddress: { 'aws:SourceIp': ['0.0.0.0/0', '::/0'] } }],
    ['aws:SourceIp of 0.0.0.0/1 and 128.0.0.0/1 (together the internet)', { IpAddress: { 'aws:SourceIp': ['0.0.0.0/1', '128.0.0.0/1'] } }],
    ['Null on aws:SourceArn true', { Null: { 'aws:SourceArn': 'true' } }],
    ['StringNotEquals on aws:SourceAccount', { StringNotEquals: { 'aws:SourceAccount': '222222222222' } }],
    ['StringLike on aws:PrincipalArn "*"', { StringLike: { 'aws:PrincipalArn': '*' } }],
    ['ForAnyValue:StringLike on aws:PrincipalArn "arn:*"', { 'ForAnyValue:StringLike': { 'aws:PrincipalArn': 'arn:*' } }],
    ['ArnLike on aws:SourceArn "arn:aws:*:*:*:*"', { ArnLike: { 'aws:SourceArn': 'arn:aws:*:*:*:*' } }],
    ['StringEqualsIfExists on aws:PrincipalOrgID', { StringEqualsIfExists: { 'aws:PrincipalOrgID': 'o-abc123' } }],
    [
      'ForAllValues:StringEquals on aws:PrincipalOrgPaths',
      { 'ForAllValues:StringEquals': { 'aws:PrincipalOrgPaths': 'o-abc123/r-ab12/ou-ab12-11111111/' } },
    ],
  ];
  test.each(cases)('unconfigured when "*" is conditioned on %s', (_name, conditions) => {
    const { results } = synthWithChecks(trust(new iam.AnyPrincipal().withConditions(conditions)));
    expect(outcomeOf(results, 'Role', DUTY)).toBe('unconfigured');
  });
  test('configured when "*" is conditioned on a real network (aws:SourceIp 203.0.113.0/24)', () => {
    const { results } = synthWithChecks(trust(new iam.AnyPrincipal().withConditions({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } })));
    expect(outcomeOf(results, 'Role', DUTY)).toBe('configured');
  });
  test('configured when "*" is conditioned on ArnLike aws:PrincipalArn of one account', () => {
    const { results } = synthWithChecks(
      trust(new iam.AnyPrincipal().withConditions({ ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::222222222222:role/*' } })),
    );
    expect(outcomeOf(results, 'Role', DUTY)).toBe('configured');
  });
  test("unconfigured when the principal is every account's root (AccountPrincipal('*'))", () => {
    const { results } = synthWithChecks(trust(new iam.AccountPrincipal('*')));
    expect(outcomeOf(results, 'Role', DUTY)).toBe('unconfigured');
  });
  test('unconfigured when an override trusts NotPrincipal (everyone but the listed)', () => {
    const { results } = synthWithChecks((stack) => {
      const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
      (role.node.defaultChild as iam.CfnRole).addPropertyOverride('AssumeRolePolicyDocument.Statement', [
        { Effect: 'Allow', Action: 'sts:AssumeRole', NotPrincipal: { AWS: 'arn:aws:iam::222222222222:root' } },
      ]);
    });
    expect(outcomeOf(results, 'Role', DUTY)).toBe('unconfigured');
  });
  test('configured when the principal is the own account through Ref AWS::AccountId', () => {
    const { results } = synthWithChecks((stack) => {
      const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
      (role.node.defaultChild as iam.CfnRole).addPropertyOverride('AssumeRolePolicyDocument.Statement', [
        { Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { AWS: { Ref: 'AWS::AccountId' } } },
      ]);
    });
    expect(outcomeOf(results, 'Role', DUTY)).toBe('configured');
  });
});
