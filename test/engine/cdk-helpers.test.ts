import { RemovalPolicy } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { catalog } from '../../rules';
import { findingText } from '../../lib/report/finding-text';
import { cdkHelperReason } from '../../lib/private/cdk-helpers';
import { synthWithChecks } from '../harness';

function autoDeleteBucket(stack: import('aws-cdk-lib').Stack): void {
  // autoDeleteObjects makes CDK add a custom-resource provider: a Lambda function and its role.
  new s3.Bucket(stack, 'Scratch', { enforceSSL: true, removalPolicy: RemovalPolicy.DESTROY, autoDeleteObjects: true });
}

describe('resources CDK creates itself', () => {
  it("are recognised, and their findings reported at info rather than as the user's to fix", () => {
    const { results } = synthWithChecks(autoDeleteBucket);
    const handler = results.resources.find((r) => r.type === 'AWS::Lambda::Function');
    expect(handler?.cdkHelper).toBe('CDK custom resource provider');
    const findings = handler!.duties.filter((d) => d.outcome === 'unconfigured' || d.outcome === 'unknown');
    expect(findings.length).toBeGreaterThan(0);
    for (const d of findings) {
      expect(d.severity).toBe('info');
      expect(findingText(results.duties[d.dutyId], d, handler!.cdkHelper)).toMatch(/^\(Created by CDK itself/);
    }
    expect(results.resources.find((r) => r.path === 'Test/Scratch')?.cdkHelper).toBeUndefined();
  });

  it('are checked like any other with checkCdkHelpers', () => {
    const { results } = synthWithChecks(autoDeleteBucket, { checkCdkHelpers: true });
    const handler = results.resources.find((r) => r.type === 'AWS::Lambda::Function');
    const findings = handler!.duties.filter((d) => d.outcome === 'unconfigured');
    expect(findings.length).toBeGreaterThan(0);
    for (const d of findings) {
      expect(d.severity).toBe(catalog.find((c) => c.id === d.dutyId)!.severity);
      expect(findingText(results.duties[d.dutyId], d, handler!.cdkHelper)).not.toMatch(/Created by CDK itself/);
    }
  });

  it.each([
    'LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a',
    'AWS679f53fac002430cb0da5b7982bd2287',
    'CustomCDKBucketDeployment8693BB64968944B69AAFB0CC9EB8756C',
    'BucketNotificationsHandler050a0587b7544547bf325f094a3db834',
    'Custom::S3AutoDeleteObjectsCustomResourceProvider',
    'framework-onEvent',
    'waiter-state-machine',
  ])('recognises the construct id %s anywhere in a path, and nothing in ordinary paths', (id) => {
    expect(cdkHelperReason(`App/Stack/${id}/Handler`)).toBeDefined();
    expect(cdkHelperReason(`App/Stack/${id.slice(0, 6)}/Handler`)).toBeUndefined();
  });
});
