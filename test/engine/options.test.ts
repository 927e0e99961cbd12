import * as fs from 'fs';
import * as path from 'path';
import { App, Aspects, CfnParameter, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { SharedResponsibilityChecks } from '../../lib';
import type { Category } from '../../lib/model/duty';
import { STACK, dutyResult, synthWithChecks } from '../harness';

const TLS = 's3-bucket-require-tls';

function unknownTlsBucket(stack: Construct): void {
  const p = new CfnParameter(stack, 'Flag');
  const bucket = new s3.CfnBucket(stack, 'Raw');
  new s3.CfnBucketPolicy(stack, 'Policy', {
    bucket: bucket.ref,
    policyDocument: {
      Statement: [
        { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': p.valueAsString } } },
      ],
    },
  });
}

describe('options', () => {
  it('throws at construction on an unknown category, naming the valid ones', () => {
    expect(() => new SharedResponsibilityChecks({ categories: ['encryption' as Category] })).toThrow(
      /unknown category 'encryption'.*data-protection/,
    );
  });

  it('throws at construction on a severity override for an unknown duty', () => {
    expect(() => new SharedResponsibilityChecks({ severityOverrides: { 's3-bucket-typo': 'info' } })).toThrow(
      /unknown duty 's3-bucket-typo'/,
    );
  });

  it('throws at construction on an invalid severity', () => {
    expect(() => new SharedResponsibilityChecks({ severityOverrides: { [TLS]: 'fatal' as 'error' } })).toThrow(
      /one of error, warning, info/,
    );
  });

  it('throws on a results file name that is a path', () => {
    expect(() => new SharedResponsibilityChecks({ resultsFile: '../x.json' })).toThrow(/plain file name/);
  });

  it('checks only the categories asked for', () => {
    const { results } = synthWithChecks((stack) => new s3.Bucket(stack, 'Bucket'), { categories: ['identity-and-access'] });
    expect(dutyResult(results, 'Bucket', TLS)).toBeUndefined();
  });

  it('reports unknown as a warning by default, naming the parameter', () => {
    const { app, results } = synthWithChecks(unknownTlsBucket);
    const d = dutyResult(results, 'Raw', TLS);
    expect(d?.outcome).toBe('unknown');
    expect(d?.severity).toBe('warning');
    expect(d?.detail).toMatch(/parameter 'Flag'/);
    Annotations.fromStack(app.node.findChild(STACK) as never).hasWarning('/Test/Raw', Match.stringLikeRegexp(`\\[unknown\\]`));
  });

  it('reports unknown as an error with unknownAsError', () => {
    const { app, results } = synthWithChecks(unknownTlsBucket, { unknownAsError: true });
    expect(dutyResult(results, 'Raw', TLS)?.severity).toBe('error');
    Annotations.fromStack(app.node.findChild(STACK) as never).hasError('/Test/Raw', Match.stringLikeRegexp(`\\[unknown\\]`));
  });

  it('skips construct paths at a path boundary', () => {
    const { results } = synthWithChecks(
      (stack) => {
        new s3.Bucket(new Construct(stack, 'Vendor'), 'B');
        new s3.Bucket(new Construct(stack, 'VendorX'), 'B');
      },
      { skipPaths: [`${STACK}/Vendor`] },
    );
    expect(dutyResult(results, 'Vendor/B', TLS)).toBeUndefined();
    expect(dutyResult(results, 'VendorX/B', TLS)?.outcome).toBe('unconfigured');
  });

  it('writes no results file when asked not to', () => {
    const app = new App();
    new s3.Bucket(new Stack(app, 'S'), 'B', { enforceSSL: true });
    Aspects.of(app).add(new SharedResponsibilityChecks({ resultsFile: false }));
    const assembly = app.synth();
    expect(fs.readdirSync(assembly.directory).filter((f: string) => f.startsWith('shared-responsibility'))).toEqual([]);
    expect(path.isAbsolute(assembly.directory)).toBe(true);
  });
});
