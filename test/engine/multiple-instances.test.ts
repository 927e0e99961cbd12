import * as fs from 'fs';
import * as path from 'path';
import { App, Aspects, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { SharedResponsibilityChecks } from '../../lib';
import { RESULTS_FILE, type Results } from '../../lib/results';
import { STACK, dutyResult } from '../harness';

const ADMIN = 'iam-managed-policy-no-full-admin';
const TLS = 's3-bucket-require-tls';

function appWithAdminAndBucket(): { app: App; stack: Stack } {
  const app = new App();
  const stack = new Stack(app, STACK, { env: { account: '111111111111', region: 'us-east-1' } });
  new iam.ManagedPolicy(stack, 'Admin', { statements: [new iam.PolicyStatement({ actions: ['*'], resources: ['*'] })] });
  new s3.Bucket(stack, 'Bucket');
  return { app, stack };
}

function synth(app: App): Results {
  const dir = app.synth().directory;
  return JSON.parse(fs.readFileSync(path.join(dir, RESULTS_FILE), 'utf8')) as Results;
}

function findingsOf(stack: Stack, dutyId: string): number {
  return Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp(`\\[${dutyId}\\]`)).length;
}

describe('two instances of the checks in one app', () => {
  it('each checks its own categories, and the results file holds both', () => {
    const { app, stack } = appWithAdminAndBucket();
    Aspects.of(app).add(new SharedResponsibilityChecks({ categories: ['data-protection'] }));
    Aspects.of(app).add(new SharedResponsibilityChecks({ categories: ['identity-and-access'] }));
    const results = synth(app);
    expect(dutyResult(results, 'Admin', ADMIN)?.outcome).toBe('unconfigured');
    expect(dutyResult(results, 'Bucket', TLS)?.outcome).toBe('unconfigured');
    expect(findingsOf(stack, ADMIN)).toBe(1);
    expect(findingsOf(stack, TLS)).toBe(1);
    expect(results.skipped ?? []).not.toContainEqual(expect.objectContaining({ reason: expect.stringMatching(/identity-and-access/) }));
  });

  it('one on the App and one on a Stack report each (resource, duty) once', () => {
    const { app, stack } = appWithAdminAndBucket();
    Aspects.of(app).add(new SharedResponsibilityChecks());
    Aspects.of(stack).add(new SharedResponsibilityChecks({ categories: ['identity-and-access'] }));
    const results = synth(app);
    expect(findingsOf(stack, ADMIN)).toBe(1);
    expect(findingsOf(stack, TLS)).toBe(1);
    const bucket = results.resources.filter((r) => r.path === `${STACK}/Bucket`);
    expect(bucket).toHaveLength(1);
    expect(bucket[0].duties.filter((d) => d.dutyId === TLS)).toHaveLength(1);
    expect(results.resources.filter((r) => r.type === 'AWS::Account')).toHaveLength(1);
  });

  it('a Stack-scoped instance with more categories than the App one adds the rest', () => {
    const { app, stack } = appWithAdminAndBucket();
    Aspects.of(app).add(new SharedResponsibilityChecks({ categories: ['data-protection'] }));
    Aspects.of(stack).add(new SharedResponsibilityChecks());
    const results = synth(app);
    expect(dutyResult(results, 'Admin', ADMIN)?.outcome).toBe('unconfigured');
    expect(findingsOf(stack, ADMIN)).toBe(1);
    expect(findingsOf(stack, TLS)).toBe(1);
  });

  it('lists the categories no instance checked as skipped', () => {
    const { app } = appWithAdminAndBucket();
    Aspects.of(app).add(new SharedResponsibilityChecks({ categories: ['data-protection'] }));
    const results = synth(app);
    expect(results.skipped).toContainEqual({ path: '', reason: expect.stringMatching(/categories not checked.*identity-and-access/) });
  });
});
