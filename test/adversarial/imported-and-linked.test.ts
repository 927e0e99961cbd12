import { App, CfnCondition, CfnParameter, type CfnResource, Fn, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Results } from '../../lib/results';
import { check, expectSane, outcomesOf, resultOf } from './support';

/**
 * Resources that are not in the app (imported by name or ARN) granting to, or used by, resources
 * that are; and attachments whose link to their target is not a plain Ref. Whatever the engine
 * cannot link, it must still report: a public policy is a finding on something, never nothing.
 */

const ENV = { account: '111111111111', region: 'us-east-1' };
const PUBLIC_READ = (resources: string[], actions: string[]) =>
  new iam.PolicyStatement({ effect: iam.Effect.ALLOW, principals: [new iam.AnyPrincipal()], actions, resources });

function synth(build: (stack: Stack) => void): { results: Results } {
  const app = new App();
  build(new Stack(app, 'S', { env: ENV }));
  const checked = check(app);
  expectSane(checked);
  return checked;
}

/** Every outcome of a duty anywhere in the results. */
function anyFinding(results: Results, dutyId: string): boolean {
  return results.resources.some((r) =>
    r.duties.some((d) => d.dutyId === dutyId && (d.outcome === 'unconfigured' || d.outcome === 'unknown')),
  );
}

describe('imported resources granting to and used by app resources', () => {
  it('checks an app role granted access to an imported bucket, and an imported role granted access to an app bucket', () => {
    const { results } = synth((stack) => {
      const imported = s3.Bucket.fromBucketName(stack, 'Shared', 'shared-bucket');
      const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
      imported.grantReadWrite(role);
      const bucket = new s3.Bucket(stack, 'Data', { enforceSSL: true });
      bucket.grantRead(iam.Role.fromRoleArn(stack, 'Partner', 'arn:aws:iam::111111111111:role/partner'));
    });
    expect(outcomesOf(results, 'iam-inline-policy-no-full-admin')['S/Role/DefaultPolicy']).toBe('configured');
    expect(outcomesOf(results, 's3-bucket-require-tls')['S/Data']).toBe('configured');
  });

  it('runs a Lambda function with an imported role and an imported key', () => {
    const { results } = synth((stack) => {
      new lambda.Function(stack, 'Fn', {
        runtime: lambda.Runtime.NODEJS_22_X,
        handler: 'index.handler',
        code: lambda.Code.fromInline('exports.handler = async () => 1;'),
        environment: { STAGE: 'prod' },
        role: iam.Role.fromRoleArn(stack, 'FnRole', 'arn:aws:iam::111111111111:role/fn', { mutable: false }),
        environmentEncryption: kms.Key.fromKeyArn(
          stack,
          'Key',
          'arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab',
        ),
      });
    });
    expect(resultOf(results, 'S/Fn', 'lambda-function-env-encryption-cmk')?.outcome).toBe('configured');
  });

  it('reports a public bucket policy written for an imported bucket, on the policy', () => {
    const { results } = synth((stack) => {
      const imported = s3.Bucket.fromBucketName(stack, 'Shared', 'shared-bucket');
      const policy = new s3.BucketPolicy(stack, 'Policy', { bucket: imported });
      policy.document.addStatements(PUBLIC_READ([imported.arnForObjects('*')], ['s3:GetObject']));
    });
    expect(resultOf(results, 'S/Policy', 's3-bucket-policy-no-public-access')?.outcome).toBe('unconfigured');
  });

  it('reports SSH opened to the internet on an imported security group', () => {
    const { results } = synth((stack) => {
      const sg = ec2.SecurityGroup.fromSecurityGroupId(stack, 'Sg', 'sg-0123456789abcdef0');
      sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22), 'ssh from anywhere');
    });
    expect(anyFinding(results, 'ec2-security-group-no-public-high-risk-ports')).toBe(true);
  });

  // AWS::SQS::QueuePolicy, AWS::SNS::TopicPolicy and AWS::SecretsManager::ResourcePolicy used to be evaluated only through
  // the queue, topic or secret they Ref in the same template, so a public statement in a policy on an imported target
  // produced no finding at all. Like a bucket policy, such a policy is now evaluated on its own.
  it('reports a public queue policy on an imported queue', () => {
    const { results } = synth((stack) => {
      const queue = sqs.Queue.fromQueueArn(stack, 'Queue', 'arn:aws:sqs:us-east-1:111111111111:shared');
      const policy = new sqs.QueuePolicy(stack, 'Policy', { queues: [queue] });
      policy.document.addStatements(PUBLIC_READ([queue.queueArn], ['sqs:SendMessage']));
    });
    expect(anyFinding(results, 'sqs-queue-policy-not-public')).toBe(true);
  });

  it('reports a public topic policy on an imported topic', () => {
    const { results } = synth((stack) => {
      const topic = sns.Topic.fromTopicArn(stack, 'Topic', 'arn:aws:sns:us-east-1:111111111111:shared');
      const policy = new sns.TopicPolicy(stack, 'Policy', { topics: [topic] });
      policy.document.addStatements(PUBLIC_READ([topic.topicArn], ['sns:Publish']));
    });
    expect(anyFinding(results, 'sns-topic-policy-not-public')).toBe(true);
  });

  // AWS documents BlockPublicPolicy's default both ways, so a "*" policy is a finding unless BlockPublicPolicy is true.
  it('reports a public resource policy on an imported secret', () => {
    const { results } = synth((stack) => {
      const secret = secretsmanager.Secret.fromSecretNameV2(stack, 'Secret', 'shared/db');
      const policy = new secretsmanager.ResourcePolicy(stack, 'Policy', { secret });
      policy.document.addStatements(PUBLIC_READ(['*'], ['secretsmanager:GetSecretValue']));
      (policy.node.defaultChild as secretsmanager.CfnResourcePolicy).blockPublicPolicy = false;
      const blocked = new secretsmanager.ResourcePolicy(stack, 'Blocked', { secret });
      blocked.document.addStatements(PUBLIC_READ(['*'], ['secretsmanager:GetSecretValue']));
    });
    expect(resultOf(results, 'S/Policy', 'secretsmanager-secret-policy-not-public')?.outcome).toBe('unconfigured');
    expect(resultOf(results, 'S/Blocked', 'secretsmanager-secret-policy-not-public')).toMatchObject({
      outcome: 'unconfigured',
      detail: expect.stringContaining('leaves BlockPublicPolicy unset'),
    });
  });
});

describe('attachments whose link is an Fn::If', () => {
  function conditionallyAttached(stack: Stack, attach: (cond: CfnCondition, target: string, other: string) => void) {
    const flag = new CfnParameter(stack, 'Attach');
    const cond = new CfnCondition(stack, 'AttachIt', { expression: Fn.conditionEquals(flag.valueAsString, 'yes') });
    attach(cond, 'target', 'other');
  }

  it('still reports the public statement of a bucket policy attached to one of two buckets by Fn::If', () => {
    const { results } = synth((stack) => {
      const a = new s3.CfnBucket(stack, 'A', { publicAccessBlockConfiguration: { restrictPublicBuckets: false } });
      const b = new s3.CfnBucket(stack, 'B');
      conditionallyAttached(stack, (cond) => {
        new s3.CfnBucketPolicy(stack, 'Policy', {
          bucket: Fn.conditionIf(cond.logicalId, a.ref, b.ref).toString(),
          policyDocument: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${a.attrArn}/*` }] },
        });
      });
    });
    expect(resultOf(results, 'S/Policy', 's3-bucket-policy-no-public-access')?.outcome).toBe('unconfigured');
  });

  // A policy whose Bucket is an Fn::If naming this bucket used to be dropped, so the bucket read "configured: the bucket
  // has no bucket policy" although, when the condition holds, it has a public one. It is unknown, naming the Fn::If.
  it('does not report a bucket as having no bucket policy when a public one may be attached to it by Fn::If', () => {
    const { results } = synth((stack) => {
      const a = new s3.CfnBucket(stack, 'A', { publicAccessBlockConfiguration: { restrictPublicBuckets: false } });
      const b = new s3.CfnBucket(stack, 'B');
      conditionallyAttached(stack, (cond) => {
        new s3.CfnBucketPolicy(stack, 'Policy', {
          bucket: Fn.conditionIf(cond.logicalId, a.ref, b.ref).toString(),
          policyDocument: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${a.attrArn}/*` }] },
        });
      });
    });
    expect(resultOf(results, 'S/A', 's3-bucket-policy-no-public-access')).toMatchObject({
      outcome: 'unknown',
      detail: expect.stringContaining("Policy.Bucket is an Fn::If on condition 'AttachIt'"),
    });
  });

  // The same for SQS: the queue used to read configured ("no queue policy") and, since the queue policy was not evaluated
  // on its own, its public statement appeared nowhere. The queue is unknown and the policy is reported on its own.
  it('reports a public queue policy whose Queues entry is an Fn::If', () => {
    const { results } = synth((stack) => {
      const queue = new sqs.CfnQueue(stack, 'Queue');
      conditionallyAttached(stack, (cond) => {
        new sqs.CfnQueuePolicy(stack, 'Policy', {
          queues: [Fn.conditionIf(cond.logicalId, queue.ref, 'https://sqs.us-east-1.amazonaws.com/111111111111/other').toString()],
          policyDocument: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: queue.attrArn }] },
        });
      });
    });
    expect(anyFinding(results, 'sqs-queue-policy-not-public')).toBe(true);
    expect(resultOf(results, 'S/Queue', 'sqs-queue-policy-not-public')?.outcome).toBe('unknown');
    expect(resultOf(results, 'S/Policy', 'sqs-queue-policy-not-public')?.outcome).toBe('unconfigured');
  });
});

describe('policy documents written as JSON strings', () => {
  // CloudFormation accepts a policy document given as a JSON string (the pattern `PolicyDocument: !Sub | {...}` of
  // widely used templates such as Karpenter's, and plain strings from CfnInclude'd templates).
  // BUG (lib/model/value.ts Value.at): stepping into a string yields undefined instead of an UnexpectedValue, so
  // statements() of a JSON-string document is [] and every policy duty reads "no statement allows ..." = configured.
  // The fix is to parse JSON-string documents (as rules/sqs/helpers.ts jsonProperty does for RedrivePolicy) or to make the
  // read unknown; an administrator policy must never pass.
  // CDK's typed L1 props refuse a string here, so the string goes in as an override, as a CfnInclude'd template would carry it.
  const asJsonString = (r: CfnResource, property: string, json: string) => r.addPropertyOverride(property, json);
  const ADMIN = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] });

  it('does not pass a managed policy that grants "*" on "*" as a JSON string', () => {
    const { results } = synth((stack) =>
      asJsonString(new iam.CfnManagedPolicy(stack, 'Admin', { policyDocument: {} }), 'PolicyDocument', ADMIN),
    );
    expect(resultOf(results, 'S/Admin', 'iam-managed-policy-no-full-admin')?.outcome).not.toBe('configured');
  });

  it('does not pass an inline policy that grants "*" on "*" as a JSON string', () => {
    const { results } = synth((stack) =>
      asJsonString(
        new iam.CfnPolicy(stack, 'Admin', { policyName: 'admin', policyDocument: {}, roles: ['some-role'] }),
        'PolicyDocument',
        ADMIN,
      ),
    );
    expect(resultOf(results, 'S/Admin', 'iam-inline-policy-no-full-admin')?.outcome).not.toBe('configured');
  });

  it('does not pass a role whose trust policy, as a JSON string, trusts everyone', () => {
    const { results } = synth((stack) =>
      asJsonString(
        new iam.CfnRole(stack, 'Open', { assumeRolePolicyDocument: {} }),
        'AssumeRolePolicyDocument',
        JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }] }),
      ),
    );
    expect(resultOf(results, 'S/Open', 'iam-role-trust-not-public')?.outcome).not.toBe('configured');
  });

  it('does not pass a bucket whose public bucket policy is a JSON string', () => {
    const { results } = synth((stack) => {
      const bucket = new s3.CfnBucket(stack, 'Open', { publicAccessBlockConfiguration: { restrictPublicBuckets: false } });
      asJsonString(
        new s3.CfnBucketPolicy(stack, 'Policy', { bucket: bucket.ref, policyDocument: {} }),
        'PolicyDocument',
        JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::open/*' }] }),
      );
    });
    expect(resultOf(results, 'S/Open', 's3-bucket-policy-no-public-access')?.outcome).not.toBe('configured');
  });
});
