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
  const errors = assembly.stacks.flatMap((s) => s.messages.filter((m) => m.level === 'error').map((m) => `${m.id}: ${String(m.entry.data)}`));
  return { results, errors };
}

describe('examples', () => {
  it('the well-configured web service synthesizes with no error, and keeps its waivers with their reasons', () => {
    const { results, errors } = synth((app) => new WebServiceStack(app, 'WebService', { env: { region: 'eu-west-1' } }));
    expect(errors).toEqual([]);
    expect(results.summary.errors).toBe(0);
    expect(results.summary.byOutcome.configured).toBeGreaterThan(0);
  });

  it('the insecure app fails with errors that carry duty ids', () => {
    const { results, errors } = synth((app) => new InsecureStack(app, 'Insecure', { env: { region: 'eu-west-1' } }));
    expect(results.summary.errors).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(/\[s3-bucket-require-tls\]/);
  });
});
