import { conditionOn, dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { includeSam, samFunction } from './fixtures';

// The role SAM creates from a function's or state machine's Policies is judged by the IAM duties.

const ADMIN = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
/** The same document as aws-cdk-lib's L1 takes it (camelCase keys). */
const ADMIN_L1 = { statement: ADMIN.Statement };

dutyCases('iam-inline-policy-no-full-admin', [
  {
    name: 'a SAM function whose Policies hold only a SAM policy template',
    build: (s) => samFunction(s, { policies: [{ sqsPollerPolicy: { queueName: 'jobs' } }] }),
    path: 'Fn',
    expect: 'not-applicable',
  },
  {
    name: 'a SAM function whose inline policy allows "*" on "*"',
    build: (s) => samFunction(s, { policies: [ADMIN_L1] }),
    path: 'Fn',
    expect: 'unconfigured',
  },
  {
    name: 'a SAM state machine in an included template allows "*" on "*" inline',
    build: (s) =>
      includeSam(s, {
        Resources: {
          Machine: { Type: 'AWS::Serverless::StateMachine', Properties: { Definition: { StartAt: 'A', States: {} }, Policies: ADMIN } },
        },
      }),
    path: 'Included/Machine',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override narrows the SAM inline policy to one action',
    build: (s) => samFunction(s, { policies: [ADMIN_L1] }).addPropertyOverride('Policies.0.Statement.0.Action', 'sqs:SendMessage'),
    path: 'Fn',
    expect: 'configured',
  },
  {
    name: 'a SAM function names its own Role, so SAM creates none',
    build: (s) => samFunction(s, { role: 'arn:aws:iam::111111111111:role/app', policies: [ADMIN_L1] }),
    path: 'Fn',
    expect: 'not-applicable',
  },
  {
    name: 'a SAM function chooses its Policies with a condition',
    build: (s) => {
      samFunction(s).addPropertyOverride('Policies', [{ 'Fn::If': [conditionOn(s), ADMIN, 'AWSLambdaExecute'] }]);
    },
    path: 'Fn',
    expect: 'unknown',
  },
  {
    name: 'a SAM function Policies item has a shape SAM does not define',
    build: (s) => samFunction(s).addPropertyOverride('Policies', [{ Effect: 'Allow', Action: '*' }]),
    path: 'Fn',
    expect: 'unknown',
  },
]);

dutyCases('iam-principal-no-aws-managed-admin-policy', [
  {
    name: 'a SAM function attaches an AWS managed read-only policy by name',
    build: (s) => samFunction(s, { policies: ['AmazonDynamoDBReadOnlyAccess'] }),
    path: 'Fn',
    expect: 'configured',
  },
  {
    name: 'a SAM function attaches AdministratorAccess by name',
    build: (s) => samFunction(s, { policies: ['AdministratorAccess'] }),
    path: 'Fn',
    expect: 'unconfigured',
  },
  {
    name: 'a SAM function attaches PowerUserAccess by ARN, alone',
    build: (s) => samFunction(s, { policies: 'arn:aws:iam::aws:policy/PowerUserAccess' }),
    path: 'Fn',
    expect: 'unconfigured',
  },
  {
    name: 'a SAM function attaches a policy whose ARN is a parameter',
    build: (s) => samFunction(s, { policies: [parameter(s, 'PolicyArn')] }),
    path: 'Fn',
    expect: 'unknown',
  },
]);

dutyCases('iam-policy-no-privilege-escalation', [
  {
    name: 'a SAM function may create access keys for one user',
    build: (s) =>
      samFunction(s, {
        policies: [{ statement: [{ Effect: 'Allow', Action: 'iam:CreateAccessKey', Resource: 'arn:aws:iam::111111111111:user/ci' }] }],
      }),
    path: 'Fn',
    expect: 'configured',
  },
  {
    name: 'a SAM function may attach any policy to any role',
    build: (s) => samFunction(s, { policies: [{ statement: [{ Effect: 'Allow', Action: 'iam:AttachRolePolicy', Resource: '*' }] }] }),
    path: 'Fn',
    expect: 'unconfigured',
  },
  {
    name: 'the resource of the SAM inline statement is a parameter',
    build: (s) =>
      samFunction(s, {
        policies: [{ statement: [{ Effect: 'Allow', Action: 'iam:AttachRolePolicy', Resource: parameter(s, 'Target') }] }],
      }),
    path: 'Fn',
    expect: 'unknown',
  },
]);
