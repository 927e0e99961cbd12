import * as fs from 'fs';
import * as path from 'path';
import { App, CfnResource, Fn, NestedStack, Stack, Stage } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as cfninc from 'aws-cdk-lib/cloudformation-include';
import { InsecureStack } from '../../../examples/insecure-stack';
import { WebServiceStack } from '../../../examples/web-service-stack';
import { APP_SHAPES } from '.';

/**
 * The apps on which two ways of reading the same app must agree (records read from templates and
 * resolved from constructs; lazy and eager resolution): the ten shapes in both variants, the
 * examples, every conformance template, and the escape hatches that change what a construct renders.
 */
export type Build = (app: App) => void;
export type CorpusEntry = readonly [name: string, build: Build, context: Record<string, unknown> | undefined];

const ROOT = path.join(__dirname, '..', '..', '..');
const CONFORMANCE = path.join(ROOT, 'test', 'conformance', 'templates');
const INCLUDE = path.join(ROOT, 'test', 'fixtures', 'include');

/** The example app's feature flags, from cdk.json. */
export const EXAMPLE_CONTEXT = (JSON.parse(fs.readFileSync(path.join(ROOT, 'cdk.json'), 'utf8')) as { context?: Record<string, unknown> })
  .context;

/** Overrides on properties, on the whole Properties, on the resource; a retyped, a raw and an empty resource; nested stacks, CfnInclude, a Stage. */
export function escapeHatches(app: App): void {
  const stack = new Stack(app, 'Hatches', { env: { account: '111111111111', region: 'us-east-1' } });
  const versioned = new s3.Bucket(stack, 'B', { versioned: true, enforceSSL: true });
  (versioned.node.defaultChild as s3.CfnBucket).addPropertyOverride('VersioningConfiguration.Status', 'Suspended');
  const key = new kms.Key(stack, 'K');
  (key.node.defaultChild as kms.CfnKey).addOverride('Properties.EnableKeyRotation', { 'Fn::If': ['C', true, false] });
  const whole = new s3.Bucket(stack, 'WholeProperties', { encryption: s3.BucketEncryption.KMS, encryptionKey: key });
  (whole.node.defaultChild as s3.CfnBucket).addOverride('Properties', { BucketName: 'replaced' });
  const deleted = new s3.Bucket(stack, 'DeletedEncryption', { encryption: s3.BucketEncryption.S3_MANAGED });
  (deleted.node.defaultChild as s3.CfnBucket).addPropertyDeletionOverride('BucketEncryption');
  const retained = new sqs.Queue(stack, 'Q');
  (retained.node.defaultChild as sqs.CfnQueue).addOverride('DeletionPolicy', 'Retain');
  (retained.node.defaultChild as sqs.CfnQueue).addOverride('Condition', 'C');
  (retained.node.defaultChild as sqs.CfnQueue).overrideLogicalId('RenamedQueue');
  const retyped = new s3.Bucket(stack, 'Retyped');
  (retyped.node.defaultChild as s3.CfnBucket).addOverride('Type', 'AWS::S3::DirectoryBucket');
  new CfnResource(stack, 'Raw', { type: 'AWS::SQS::Queue', properties: { KmsMasterKeyId: Fn.importValue('shared-key') } });
  // A policy with no statement renders nothing (shouldSynthesize); the role's grant targets a referenced queue.
  new iam.Policy(stack, 'Empty');
  new iam.Role(stack, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }).addToPolicy(
    new iam.PolicyStatement({ actions: ['sqs:*'], resources: [retained.queueArn] }),
  );
  new s3.CfnBucketPolicy(stack, 'RawPolicy', {
    bucket: versioned.bucketName,
    policyDocument: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${versioned.bucketArn}/*` }] },
  });
  new s3.Bucket(new NestedStack(stack, 'Nested'), 'InNested', { enforceSSL: true });
  new cfninc.CfnInclude(stack, 'Included', {
    templateFile: path.join(INCLUDE, 'parent.json'),
    loadNestedStacks: { Child: { templateFile: path.join(INCLUDE, 'child.json') } },
  });
  new s3.Bucket(new Stack(new Stage(app, 'Staged'), 'InStage'), 'StagedBucket');
}

export const DIFFERENTIAL_CORPUS: readonly CorpusEntry[] = [
  ...Object.values(APP_SHAPES).flatMap((s) =>
    (['secure', 'insecure'] as const).map((v): CorpusEntry => [`${s.name} (${v})`, (app) => s.build(app, v), s.context]),
  ),
  [
    'examples: web service and insecure app',
    (app) => {
      new WebServiceStack(app, 'WebService', { env: { region: 'eu-west-1' } });
      new InsecureStack(app, 'Insecure');
    },
    EXAMPLE_CONTEXT,
  ],
  ...fs
    .readdirSync(CONFORMANCE)
    .filter((f) => /\.(json|ya?ml)$/.test(f))
    .map((f): CorpusEntry => [
      `conformance template ${f}`,
      (app) => new cfninc.CfnInclude(new Stack(app, 'Conformance'), 'Included', { templateFile: path.join(CONFORMANCE, f) }),
      undefined,
    ]),
  ['escape hatches, raw, retyped and empty resources, nested stacks, CfnInclude, a Stage', escapeHatches, undefined],
];
