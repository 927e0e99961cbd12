import { App, AspectPriority, Aspects, type IAspect, NestedStack, Stack, Stage } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { IConstruct } from 'constructs';
import { SharedResponsibilityChecks } from '../../lib';
import { check, expectSane, outcomesOf } from './support';

/**
 * App shapes that stress the walk: nested stacks in nested stacks, Stages in Stages, several apps
 * in one process sharing one checks instance, and other aspects that change or grow the tree.
 */
const TLS = 's3-bucket-require-tls';

describe('nesting', () => {
  it('checks nested stacks inside nested stacks, and surfaces their findings', () => {
    const app = new App();
    const top = new Stack(app, 'Top');
    const mid = new NestedStack(top, 'Mid');
    const deep = new NestedStack(mid, 'Deep');
    new s3.Bucket(top, 'A');
    new s3.Bucket(mid, 'B', { enforceSSL: true });
    new s3.Bucket(deep, 'C');
    const checked = check(app);
    expectSane(checked);
    expect(outcomesOf(checked.results, TLS)).toEqual({
      'Top/A': 'unconfigured',
      'Top/Mid/B': 'configured',
      'Top/Mid/Deep/C': 'unconfigured',
    });
  });

  it('checks Stages three deep, with nested stacks inside them, and fails synth through the validation report', () => {
    const app = new App();
    const outer = new Stage(app, 'Outer');
    const middle = new Stage(outer, 'Middle');
    const inner = new Stage(middle, 'Inner');
    new s3.Bucket(new Stack(outer, 'S1'), 'B', { enforceSSL: true });
    new s3.Bucket(new NestedStack(new Stack(inner, 'S3'), 'N'), 'B');
    const checked = check(app);
    expect(checked.synthError?.message).toMatch(/s3-bucket-require-tls/);
    expectSane(checked);
    expect(outcomesOf(checked.results, TLS)).toEqual({ 'Outer/S1/B': 'configured', 'Outer/Middle/Inner/S3/N/B': 'unconfigured' });
    expect(checked.results.uncoveredStages).toEqual([]);
  });
});

describe('several apps in one process with one checks instance', () => {
  it('writes each app its own complete results, and reports nothing twice', () => {
    const checks = new SharedResponsibilityChecks();
    const apps = [0, 1, 2].map((i) => {
      const app = new App();
      new s3.Bucket(new Stack(app, 'Same'), 'Bucket', { enforceSSL: i !== 1 });
      new s3.Bucket(new Stack(new Stage(app, 'Staged'), 'Same'), 'Bucket', { enforceSSL: true });
      Aspects.of(app).add(checks);
      return app;
    });
    const outcomes = apps.map((app) => {
      const checked = check(app, false);
      expectSane(checked);
      return outcomesOf(checked.results, TLS);
    });
    expect(outcomes).toEqual([
      { 'Same/Bucket': 'configured', 'Staged/Same/Bucket': 'configured' },
      { 'Same/Bucket': 'unconfigured', 'Staged/Same/Bucket': 'configured' },
      { 'Same/Bucket': 'configured', 'Staged/Same/Bucket': 'configured' },
    ]);
  });
});

/** An aspect that adds an insecure bucket to every stack it meets (once). */
class AddsABucket implements IAspect {
  private readonly done = new Set<IConstruct>();
  visit(node: IConstruct): void {
    if (!Stack.isStack(node) || this.done.has(node)) return;
    this.done.add(node);
    new s3.Bucket(node, 'AddedByAspect');
  }
}

/** An aspect that fixes every bucket's TLS duty, late. */
class EnforcesSsl implements IAspect {
  visit(node: IConstruct): void {
    if (node instanceof s3.Bucket) node.addToResourcePolicy(s3DenyInsecure(node));
  }
}

function s3DenyInsecure(bucket: s3.Bucket) {
  // The statement enforceSSL writes.
  return new iam.PolicyStatement({
    effect: iam.Effect.DENY,
    principals: [new iam.AnyPrincipal()],
    actions: ['s3:*'],
    resources: [bucket.bucketArn, bucket.arnForObjects('*')],
    conditions: { Bool: { 'aws:SecureTransport': 'false' } },
  });
}

describe('other aspects', () => {
  // Decision: the checks judge the tree CloudFormation receives, so a resource another aspect adds is checked and reported
  // like any other, whether that aspect runs before or after ours and whether aspect stabilization is on or off. Our run
  // happens in tree validation, after every aspect.
  describe.each([
    ['on', true],
    ['off', false],
  ])('with aspect stabilization %s', (_label, stabilization) => {
    const app = () => new App({ context: { '@aws-cdk/core:aspectStabilization': stabilization } });

    it('checks an insecure bucket added by an aspect registered after ours', () => {
      const a = app();
      new s3.Bucket(new Stack(a, 'S'), 'Mine', { enforceSSL: true });
      Aspects.of(a).add(new SharedResponsibilityChecks());
      Aspects.of(a).add(new AddsABucket());
      const checked = check(a, false);
      expectSane(checked);
      expect(outcomesOf(checked.results, TLS)).toEqual({ 'S/Mine': 'configured', 'S/AddedByAspect': 'unconfigured' });
    });

    it('checks an insecure bucket added by an aspect registered before ours, with a mutating priority', () => {
      const a = app();
      new s3.Bucket(new Stack(a, 'S'), 'Mine', { enforceSSL: true });
      Aspects.of(a).add(new AddsABucket(), { priority: AspectPriority.MUTATING });
      Aspects.of(a).add(new SharedResponsibilityChecks(), { priority: AspectPriority.READONLY });
      const checked = check(a, false);
      expectSane(checked);
      expect(outcomesOf(checked.results, TLS)).toEqual({ 'S/Mine': 'configured', 'S/AddedByAspect': 'unconfigured' });
    });

    it('sees the fix a later aspect makes', () => {
      const a = app();
      new s3.Bucket(new Stack(a, 'S'), 'Fixed');
      Aspects.of(a).add(new SharedResponsibilityChecks());
      Aspects.of(a).add(new EnforcesSsl());
      const checked = check(a, false);
      expectSane(checked);
      expect(outcomesOf(checked.results, TLS)).toEqual({ 'S/Fixed': 'configured' });
    });
  });
});
