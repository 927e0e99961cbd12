import * as fs from 'fs';
import * as path from 'path';
import { App, CfnResource, Fn, Lazy, NestedStack, Stack, Stage } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as cfninc from 'aws-cdk-lib/cloudformation-include';
import { InsecureStack } from '../../examples/insecure-stack';
import { WebServiceStack } from '../../examples/web-service-stack';
import { resolveOptions } from '../../lib/options';
import { collect } from '../../lib/private/collect';
import { lazyRecord, toRecord } from '../../lib/private/resolve';
import { runEngine } from '../../lib/private/run';
import { catalogIndex } from '../../rules';
import { APP_SHAPES } from '../apps/shapes';

/**
 * The aspect resolves a resource of a type without duties only when something first reads its
 * properties (`lazyRecord`: a route, a subnet association), and builds the index's referrers by type
 * on first use. Whatever is read, and in whatever order, the outcomes must be those of resolving
 * every resource first: for a corpus of real apps, the examples, the conformance templates and
 * escape hatches, every result (outcome, severity, detail, waiver, helper) of the engine's run must
 * equal the eager run's, and every lazy record of any type, once read, must equal the eagerly
 * resolved one.
 */
const options = resolveOptions({}, catalogIndex);

type Build = (app: App) => void;

const EXAMPLE_CONTEXT = (
  JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'cdk.json'), 'utf8')) as { context?: Record<string, unknown> }
).context;
const CONFORMANCE = path.join(__dirname, '..', 'conformance', 'templates');

function escapeHatches(app: App): void {
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
    templateFile: path.join(__dirname, '..', 'fixtures', 'include', 'parent.json'),
    loadNestedStacks: { Child: { templateFile: path.join(__dirname, '..', 'fixtures', 'include', 'child.json') } },
  });
  new s3.Bucket(new Stack(new Stage(app, 'Staged'), 'InStage'), 'StagedBucket');
}

const CORPUS: readonly [string, Build, Record<string, unknown> | undefined][] = [
  ...Object.values(APP_SHAPES).flatMap((s) =>
    (['secure', 'insecure'] as const).map((v): [string, Build, Record<string, unknown> | undefined] => [
      `${s.name} (${v})`,
      (app) => s.build(app, v),
      s.context,
    ]),
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
    .map((f): [string, Build, undefined] => [
      `conformance template ${f}`,
      (app) => new cfninc.CfnInclude(new Stack(app, 'Conformance'), 'Included', { templateFile: path.join(CONFORMANCE, f) }),
      undefined,
    ]),
  ['escape hatches, raw, retyped and empty resources, nested stacks, CfnInclude, a Stage', escapeHatches, undefined],
];

describe('lazy resolution gives the outcomes of resolving every resource first', () => {
  it.each(CORPUS)('%s', (_name, build, context) => {
    const app = new App({ context });
    build(app);
    // After CDK's prepareApp, as in the tree validation where the aspect runs (cross-stack references replaced).
    app.synth();
    const eager = runEngine(app, options, { enterStages: true, from: 'constructs', eager: true });
    const lazy = runEngine(app, options, { enterStages: true, from: 'constructs' });
    expect(eager.resources.length).toBeGreaterThan(0);
    expect(lazy.uncoveredTypes).toEqual(eager.uncoveredTypes);
    expect(lazy.resources.map((r) => r.path)).toEqual(eager.resources.map((r) => r.path));
    for (let i = 0; i < eager.resources.length; i++) expect(lazy.resources[i]).toEqual(eager.resources[i]);

    const { resources } = collect([app], { enterStages: true, skipPaths: [] });
    for (const c of resources)
      expect({ path: c.node.path, record: { ...lazyRecord(c) } }).toEqual({ path: c.node.path, record: toRecord(c) });
  });

  it('reports a resource that cannot be resolved as unknown, as the eager run does', () => {
    // Not synthesized: CDK's own synth would fail on it; the checks must not.
    const app = new App();
    const stack = new Stack(app, 'Hatches');
    new CfnResource(stack, 'Unresolvable', {
      type: 'AWS::SQS::Queue',
      properties: {
        KmsMasterKeyId: Lazy.string({
          produce: () => {
            throw new Error('no key yet');
          },
        }),
      },
    });
    const eager = runEngine(app, options, { enterStages: true, from: 'constructs', eager: true });
    const lazy = runEngine(app, options, { enterStages: true, from: 'constructs' });
    expect(lazy.resources).toEqual(eager.resources);
    const unresolvable = lazy.resources.find((r) => r.path === 'Hatches/Unresolvable');
    expect(unresolvable?.duties.length).toBeGreaterThan(0);
    for (const d of unresolvable!.duties) {
      expect(d.outcome).toBe('unknown');
      expect(d.detail).toMatch(/could not be resolved \(.*no key yet/);
    }
  });

  it('never resolves a resource that no duty evaluates and no duty reads', () => {
    const app = new App();
    const stack = new Stack(app, 'S');
    let rendered = 0;
    const counted = (value: string) =>
      Lazy.string({
        produce: () => {
          rendered++;
          return value;
        },
      });
    new CfnResource(stack, 'Route', { type: 'AWS::EC2::Route', properties: { RouteTableId: counted('rtb-1'), GatewayId: 'igw-1' } });
    new CfnResource(stack, 'Queue', { type: 'AWS::SQS::Queue', properties: { QueueName: counted('q') } });
    const out = runEngine(app, options, { enterStages: true, from: 'constructs' });
    expect(out.resources.map((r) => r.type)).toContain('AWS::SQS::Queue');
    // The queue's duties read it: resolved once (the record keeps what it read); the route never.
    expect(rendered).toBe(1);
  });
});
