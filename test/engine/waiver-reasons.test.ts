import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { SharedResponsibilityPlugin } from '../../lib';
import { readWaiverReason } from '../../lib/private/expiry';
import { RESULTS_FILE, type Results } from '../../lib/results';
import { STACK, dutyResult, synthWithChecks } from '../harness';

const TLS = 's3-bucket-require-tls';

function bucketAcknowledged(id: string, reason: string) {
  return (stack: Stack): void => {
    const bucket = new s3.Bucket(stack, 'Bucket');
    Validations.of(bucket).acknowledge({ id, reason });
  };
}

describe('waiver reasons', () => {
  it.each(['', '   ', '\n\t'])(
    'refuses an empty reason %j: the finding stays, the acknowledgement gets an error with its path',
    (reason) => {
      const { app, results } = synthWithChecks(bucketAcknowledged(TLS, reason));
      const d = dutyResult(results, 'Bucket', TLS);
      expect(d?.outcome).toBe('unconfigured');
      expect(d?.waiver?.problem).toMatch(/reason is empty/);
      const stack = app.node.findChild(STACK) as Stack;
      Annotations.fromStack(stack).hasError(
        '/Test/Bucket',
        Match.stringLikeRegexp(`refused: the reason is empty.*acknowledgement 'Annotation::${TLS}' at Test/Bucket`),
      );
      expect(results.acknowledgementProblems).toContainEqual(
        expect.objectContaining({ problem: 'invalid-reason', acknowledgedAt: 'Test/Bucket' }),
      );
    },
  );

  it.each([
    'accepted, expires 2027-02-30',
    'accepted, expires 9999-99-99',
    'accepted, expires 31/03/2027',
    'accepted, expires on 2027-03-31',
    'accepted, valid until 2027-03-31',
    'accepted, expires 2000-01-01T00:00:00Z',
    'accepted until the vendor ships TLS, expiry next quarter',
    'Expiry: 2027-03-31',
    'accepted, expires 2027-03-31, sunset 2028-01-01',
  ])('refuses %j rather than waive for ever', (reason) => {
    expect(readWaiverReason(reason).problem).toBeDefined();
    const { results } = synthWithChecks(bucketAcknowledged(TLS, reason));
    const d = dutyResult(results, 'Bucket', TLS);
    expect(d?.outcome).toBe('unconfigured');
    expect(d?.severity).toBe('error');
  });

  it.each([
    ['Vendor fix pending, expires 2099-03-31', '2099-03-31'],
    ['expires 2099-03-31.', '2099-03-31'],
    ['Only reached through a VPC endpoint policy that requires TLS', undefined],
  ])('accepts %j', (reason, expires) => {
    expect(readWaiverReason(reason)).toEqual({ expires });
    const { results } = synthWithChecks(bucketAcknowledged(TLS, reason));
    expect(dutyResult(results, 'Bucket', TLS)?.outcome).toBe('waived');
    expect(results.acknowledgementProblems).toBeUndefined();
  });

  it('a waiver that expired is not honoured', () => {
    const { results } = synthWithChecks(bucketAcknowledged(TLS, 'accepted, expires 2001-01-01'));
    expect(dutyResult(results, 'Bucket', TLS)).toMatchObject({ outcome: 'unconfigured', expired: true });
  });
});

describe('acknowledgements that name no duty or waive nothing', () => {
  it('reports an id that names no duty, with the closest duty id', () => {
    const { app, results } = synthWithChecks(bucketAcknowledged('s3-bucket-require-tsl', 'accepted'));
    expect(dutyResult(results, 'Bucket', TLS)?.outcome).toBe('unconfigured');
    expect(results.acknowledgementProblems).toContainEqual(
      expect.objectContaining({ problem: 'unknown-duty', message: expect.stringMatching(/did you mean 's3-bucket-require-tls'/) }),
    );
    Annotations.fromStack(app.node.findChild(STACK) as Stack).hasWarning(
      '/Test/Bucket',
      Match.stringLikeRegexp("names no duty; did you mean 's3-bucket-require-tls'"),
    );
  });

  it('reports any unknown id under our namespace', () => {
    const { results } = synthWithChecks(bucketAcknowledged('SharedResponsibility::retired-duty', 'accepted'));
    expect(results.acknowledgementProblems).toContainEqual(expect.objectContaining({ problem: 'unknown-duty' }));
  });

  it("leaves other tools' acknowledgements alone", () => {
    const { results } = synthWithChecks(bucketAcknowledged('AwsSolutions-S1', ''));
    expect(results.acknowledgementProblems).toBeUndefined();
  });

  it('lists an acknowledgement that waived nothing as unused', () => {
    const { results } = synthWithChecks((stack) => {
      const bucket = new s3.Bucket(stack, 'Bucket', { enforceSSL: true });
      Validations.of(bucket).acknowledge({ id: TLS, reason: 'was needed before enforceSSL' });
    });
    expect(results.acknowledgementProblems).toEqual([
      {
        acknowledgedAt: 'Test/Bucket',
        acknowledgedId: `Annotation::${TLS}`,
        problem: 'unused',
        message: expect.stringMatching(/waived nothing/),
      },
    ]);
  });
});

describe('with the validation plugin', () => {
  it('refuses a waiver whose expiry is not a date, fails the synth on the acknowledgement, and lists it in the results', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'plugin-waiver-'));
    try {
      const app = new App({ outdir });
      const stack = new Stack(app, STACK, { env: { account: '111111111111', region: 'us-east-1' } });
      const bucket = new s3.Bucket(stack, 'Bucket');
      Validations.of(bucket).acknowledge({ id: `SharedResponsibility::${TLS}`, reason: 'accepted, valid until 2027-03-31' });
      Validations.of(app).addPlugins(new SharedResponsibilityPlugin());
      expect(() => app.synth()).toThrow(/waiver of 's3-bucket-require-tls' is refused/);
      const results = JSON.parse(fs.readFileSync(path.join(outdir, RESULTS_FILE), 'utf8')) as Results;
      expect(dutyResult(results, 'Bucket', TLS)?.outcome).toBe('unconfigured');
      expect(results.acknowledgementProblems).toContainEqual(
        expect.objectContaining({ problem: 'invalid-reason', acknowledgedAt: 'Test/Bucket' }),
      );
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });
});
