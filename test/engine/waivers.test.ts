import { Stack, Validations } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { dutyResult, synthWithChecks } from '../harness';

const TLS = 's3-bucket-require-tls';

function stackOf(app: { node: { findChild(id: string): unknown } }): Stack {
  return app.node.findChild('Test') as Stack;
}

describe('findings on the construct', () => {
  it('puts an unconfigured error duty on the L2 construct as an error carrying the duty id', () => {
    const { app } = synthWithChecks((stack) => new s3.Bucket(stack, 'Bucket'));
    Annotations.fromStack(stackOf(app)).hasError(
      '/Test/Bucket',
      Match.stringLikeRegexp(`\\[${TLS}\\].*Fix: s3.Bucket \\{ enforceSSL: true \\}`),
    );
  });

  it('emits nothing for a configured duty', () => {
    const { app } = synthWithChecks((stack) => new s3.Bucket(stack, 'Bucket', { enforceSSL: true }));
    Annotations.fromStack(stackOf(app)).hasNoError('*', Match.stringLikeRegexp(TLS));
  });

  it('reports a severity override as a warning that CDK itself can acknowledge', () => {
    const { app } = synthWithChecks((stack) => new s3.Bucket(stack, 'Bucket'), { severityOverrides: { [TLS]: 'warning' } });
    const annotations = Annotations.fromStack(stackOf(app));
    annotations.hasWarning('/Test/Bucket', Match.stringLikeRegexp(TLS));
    annotations.hasNoError('*', Match.anyValue());
  });
});

describe('waivers through Validations.acknowledge', () => {
  it('waives an error on the construct it is acknowledged on, keeping the reason in the results', () => {
    const { app, results } = synthWithChecks((stack) => {
      const bucket = new s3.Bucket(stack, 'Bucket');
      Validations.of(bucket).acknowledge({ id: TLS, reason: 'Only reached through a VPC endpoint policy that requires TLS' });
    });
    Annotations.fromStack(stackOf(app)).hasNoError('*', Match.stringLikeRegexp(TLS));
    expect(dutyResult(results, 'Bucket', TLS)).toEqual(
      expect.objectContaining({
        outcome: 'waived',
        waiver: {
          reason: 'Only reached through a VPC endpoint policy that requires TLS',
          acknowledgedAt: 'Test/Bucket',
          acknowledgedId: `Annotation::${TLS}`,
          waivedOutcome: 'unconfigured',
        },
      }),
    );
    expect(results.summary.byOutcome.waived).toBe(1);
  });

  it('waives a whole subtree from an ancestor and nothing outside it', () => {
    const { app, results } = synthWithChecks((stack) => {
      const legacy = new Construct(stack, 'Legacy');
      new s3.Bucket(legacy, 'Old');
      new s3.Bucket(stack, 'New');
      Validations.of(legacy).acknowledge({ id: TLS, reason: 'Legacy buckets, migration tracked in TICKET-1' });
    });
    expect(dutyResult(results, 'Legacy/Old', TLS)?.outcome).toBe('waived');
    expect(dutyResult(results, 'Legacy/Old', TLS)?.waiver?.acknowledgedAt).toBe('Test/Legacy');
    expect(dutyResult(results, 'New', TLS)?.outcome).toBe('unconfigured');
    Annotations.fromStack(stackOf(app)).hasError('/Test/New', Match.stringLikeRegexp(TLS));
    Annotations.fromStack(stackOf(app)).hasNoError('/Test/Legacy/Old', Match.anyValue());
  });

  it('accepts the validation-plugin form of the id', () => {
    const { results } = synthWithChecks((stack) => {
      const bucket = new s3.Bucket(stack, 'Bucket');
      Validations.of(bucket).acknowledge({ id: `SharedResponsibility::${TLS}`, reason: 'plugin-style id' });
    });
    expect(dutyResult(results, 'Bucket', TLS)?.waiver?.acknowledgedId).toBe(`SharedResponsibility::${TLS}`);
  });

  it('does not waive a different duty id', () => {
    const { results } = synthWithChecks((stack) => {
      const bucket = new s3.Bucket(stack, 'Bucket');
      Validations.of(bucket).acknowledge({ id: 's3-bucket-something-else', reason: 'not this one' });
    });
    expect(dutyResult(results, 'Bucket', TLS)?.outcome).toBe('unconfigured');
  });

  it('waives an acknowledged warning too, and CDK drops the warning', () => {
    const { app, results } = synthWithChecks(
      (stack) => {
        const bucket = new s3.Bucket(stack, 'Bucket');
        Validations.of(bucket).acknowledge({ id: TLS, reason: 'accepted' });
      },
      { severityOverrides: { [TLS]: 'warning' } },
    );
    Annotations.fromStack(stackOf(app)).hasNoWarning('*', Match.stringLikeRegexp(TLS));
    expect(dutyResult(results, 'Bucket', TLS)?.outcome).toBe('waived');
  });
});
