import * as fs from 'fs';
import * as path from 'path';
import { App, CfnResource, Fn, NestedStack, Stack, Stage } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as cfninc from 'aws-cdk-lib/cloudformation-include';
import { InsecureStack } from '../../examples/insecure-stack';
import { WebServiceStack } from '../../examples/web-service-stack';
import type { ResourceRecord } from '../../lib/model/resource';
import { collect } from '../../lib/private/collect';
import { readFromTemplates } from '../../lib/private/read-templates';
import { toRecord } from '../../lib/private/resolve';
import type { AppShape } from '../apps/shapes/common';
import { APP_SHAPES } from '../apps/shapes';

/**
 * The engine reads a resource in one of two ways: resolved from its construct (the aspect, before
 * CDK writes the templates) or parsed from the template CDK wrote (validation plugins, after). The
 * duties must see the same thing either way, so for a corpus of real apps every record read from
 * the templates must equal the one resolved from its construct.
 */
const SHAPES: readonly AppShape[] = Object.values(APP_SHAPES);

function escapeHatches(app: App): void {
  const stack = new Stack(app, 'Hatches', { env: { account: '111111111111', region: 'us-east-1' } });
  (new s3.Bucket(stack, 'B', { versioned: true }).node.defaultChild as s3.CfnBucket).addPropertyOverride(
    'VersioningConfiguration.Status',
    'Suspended',
  );
  (new kms.Key(stack, 'K').node.defaultChild as kms.CfnKey).addOverride('Properties.EnableKeyRotation', { 'Fn::If': ['C', true, false] });
  const retyped = new s3.Bucket(stack, 'Retyped');
  (retyped.node.defaultChild as s3.CfnBucket).addOverride('Type', 'AWS::S3::DirectoryBucket');
  new CfnResource(stack, 'Raw', { type: 'AWS::SQS::Queue', properties: { KmsMasterKeyId: Fn.importValue('shared-key') } });
  const nested = new NestedStack(stack, 'Nested');
  new s3.Bucket(nested, 'InNested', { enforceSSL: true });
  new cfninc.CfnInclude(stack, 'Included', {
    templateFile: path.join(__dirname, '..', 'fixtures', 'include', 'parent.json'),
    loadNestedStacks: { Child: { templateFile: path.join(__dirname, '..', 'fixtures', 'include', 'child.json') } },
  });
  const stage = new Stage(app, 'Staged');
  new s3.Bucket(new Stack(stage, 'InStage'), 'StagedBucket');
}

type Build = (app: App) => void;
/** The example app's feature flags, from cdk.json. */
const EXAMPLE_CONTEXT = (
  JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'cdk.json'), 'utf8')) as { context?: Record<string, unknown> }
).context;

const CORPUS: readonly [string, Build, Record<string, unknown> | undefined][] = [
  ...SHAPES.flatMap((s) =>
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
  ['escape hatches, raw and retyped resources, nested stacks, CfnInclude, a Stage', escapeHatches, undefined],
];

/** A record without what legitimately differs: nothing, today. */
const comparable = (r: ResourceRecord) => ({ ...r });

describe('records read from the written templates equal records resolved from the constructs', () => {
  it.each(CORPUS)('%s', (_name, build, context) => {
    const app = new App({ context: { ...context, 'aws:cdk:enable-path-metadata': true } });
    build(app);
    app.synth();
    const { resources } = collect([app], { enterStages: true, skipPaths: [] });
    const resolved = new Map(resources.map((c) => [c.node.path, comparable(toRecord(c))]));
    const read = readFromTemplates(resources);
    expect(read).toHaveLength(resources.length);
    for (const r of read) expect({ path: r.cfnPath, record: comparable(r) }).toEqual({ path: r.cfnPath, record: resolved.get(r.cfnPath) });
  });

  it('matches resources by logical id when the templates carry no construct paths', () => {
    const app = new App({ context: { 'aws:cdk:enable-path-metadata': false } });
    escapeHatches(app);
    app.synth();
    const { resources } = collect([app], { enterStages: true, skipPaths: [] });
    const read = new Map(readFromTemplates(resources).map((r) => [r.cfnPath, r]));
    for (const c of resources) expect(read.get(c.node.path)).toEqual(toRecord(c));
  });

  it('resolves the resources of a stack whose template cannot be read, rather than skip them', () => {
    const app = new App();
    const stack = new Stack(app, 'NeverWritten');
    new s3.Bucket(stack, 'B');
    // Not synthesized: no template exists.
    const { resources } = collect([app], { enterStages: true, skipPaths: [] });
    expect(
      readFromTemplates(resources)
        .map((r) => r.type)
        .sort(),
    ).toEqual(resources.map((c) => toRecord(c).type).sort());
  });
});
