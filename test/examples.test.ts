import { App, Aspects } from 'aws-cdk-lib';
import * as fs from 'fs';
import * as path from 'path';
import { SharedResponsibilityChecks } from '../lib';
import { RESULTS_FILE, type Results } from '../lib/results';
import { InsecureStack } from '../examples/insecure-stack';
import { WebServiceStack } from '../examples/web-service-stack';

function synth(build: (app: App) => void): { results: Results; errors: string[] } {
  const app = new App({ context: { '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy': true } });
  build(app);
  Aspects.of(app).add(new SharedResponsibilityChecks());
  const assembly = app.synth();
  const results = JSON.parse(fs.readFileSync(path.join(assembly.directory, RESULTS_FILE), 'utf8')) as Results;
  const errors = assembly.stacks.flatMap((s) =>
    s.messages.filter((m) => m.level === 'error').map((m) => `${m.id}: ${String(m.entry.data)}`),
  );
  return { results, errors };
}

describe('examples', () => {
  it('the well-configured web service synthesizes with no error, and keeps its waivers with their reasons', () => {
    const { results, errors } = synth((app) => new WebServiceStack(app, 'WebService', { env: { region: 'eu-west-1' } }));
    expect(errors).toEqual([]);
    expect(results.summary.errors).toBe(0);
    // Every type is answered: covered by a duty, or listed with why it carries none of its own.
    expect(results.uncoveredTypes).toEqual([]);
    expect(results.summary.byOutcome.configured).toBeGreaterThan(100);
    const waived = results.resources.flatMap((r) =>
      r.duties.filter((d) => d.outcome === 'waived').map((d) => [r.path, d.dutyId, d.waiver?.reason]),
    );
    expect(waived).toEqual([
      ['WebService/Database', 'rds-instance-in-backup-plan', expect.stringMatching(/RDS automated backups/)],
      ['WebService/Vpc', 'ec2-vpc-ssm-endpoint', expect.stringMatching(/NAT gateway/)],
    ]);
  });

  it('the insecure app fails with errors that carry duty ids', () => {
    const { results, errors } = synth((app) => new InsecureStack(app, 'Insecure', { env: { region: 'eu-west-1' } }));
    expect(results.uncoveredTypes).toEqual([]);
    const failing = results.resources.flatMap((r) =>
      r.duties.filter((d) => d.outcome === 'unconfigured' && d.severity === 'error').map((d) => `${d.dutyId} on ${r.path}`),
    );
    expect(failing.sort()).toEqual([
      'ec2-instance-ebs-encrypted on Insecure/Bastion',
      'ec2-security-group-no-public-high-risk-ports on Insecure/AdminSg',
      'ec2-volume-encrypted on Insecure/Scratch',
      'iam-managed-policy-no-full-admin on Insecure/GodMode',
      'lambda-function-runtime-supported on Insecure/Legacy',
      'lambda-url-auth-required on Insecure/Legacy/FunctionUrl',
      'rds-instance-not-publicly-accessible on Insecure/Database',
      'rds-instance-require-tls on Insecure/Database',
      'rds-instance-storage-encrypted on Insecure/Database',
      's3-bucket-block-public-access on Insecure/OpenBucket',
      's3-bucket-require-tls on Insecure/OpenBucket',
      'sqs-queue-encrypted on Insecure/PlainQueue',
    ]);
    // Each one is an error annotation that carries its duty id, so `cdk synth` fails on it.
    expect(errors).toHaveLength(failing.length);
    for (const f of failing) expect(errors.join('\n')).toContain(`[${f.split(' ')[0]}]`);
  });
});
