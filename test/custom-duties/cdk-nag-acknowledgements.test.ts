import { Stack, Validations, aws_s3 as s3 } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { renderMarkdown, renderSarif, scanTemplate } from 'cdk-shared-responsibility';
import { dutyResult, synthWithChecks } from 'cdk-shared-responsibility/testing';

const DUTY = 's3-bucket-require-tls';

/** A bucket that fails AwsSolutions-S10 and s3-bucket-require-tls, acknowledged for cdk-nag only. */
function acknowledgedForCdkNag(stack: Stack, id = 'AwsSolutions-S10'): s3.Bucket {
  const bucket = new s3.Bucket(stack, 'Bucket');
  Validations.of(bucket).acknowledge({ id, reason: 'read only through the VPC endpoint' });
  return bucket;
}

describe('cdk-nag acknowledgements', () => {
  it('waive nothing by default', () => {
    const { results } = synthWithChecks((stack) => acknowledgedForCdkNag(stack));
    expect(dutyResult(results, 'Bucket', DUTY)?.outcome).toBe('unconfigured');
  });

  it('waive the equivalent duty when honored, with the reason, marked as from cdk-nag', () => {
    const { results } = synthWithChecks((stack) => acknowledgedForCdkNag(stack), { honorCdkNagAcknowledgements: true });
    expect(dutyResult(results, 'Bucket', DUTY)).toMatchObject({
      outcome: 'waived',
      waiver: {
        reason: 'read only through the VPC endpoint',
        acknowledgedAt: 'Test/Bucket',
        acknowledgedId: 'Annotation::AwsSolutions-S10',
        waivedOutcome: 'unconfigured',
        from: 'cdk-nag',
      },
    });
    // Only the equivalent duty: versioning has no cdk-nag counterpart acknowledged here.
    expect(dutyResult(results, 'Bucket', 's3-bucket-versioning')?.outcome).toBe('unconfigured');
    expect(renderMarkdown(results)).toContain('(cdk-nag <code>AwsSolutions-S10</code>)');
  });

  it('waive on the whole subtree, from a stack-level acknowledgement of the NIST 800-53 R5 rule', () => {
    const { results } = synthWithChecks(
      (stack) => {
        new s3.Bucket(stack, 'Bucket');
        Validations.of(stack).acknowledge({ id: 'NIST.800.53.R5-S3BucketSSLRequestsOnly', reason: 'private data lake' });
      },
      { honorCdkNagAcknowledgements: true },
    );
    expect(dutyResult(results, 'Bucket', DUTY)).toMatchObject({ outcome: 'waived', waiver: { acknowledgedAt: 'Test', from: 'cdk-nag' } });
  });

  it('are read in the key form older CDK versions wrote (annotation::), as cdk-nag 3 reads it', () => {
    const { results } = synthWithChecks(
      (stack) => {
        const bucket = new s3.Bucket(stack, 'Bucket');
        bucket.node.addMetadata(Validations.ACKNOWLEDGED_RULES_METADATA_KEY, { 'annotation::AwsSolutions-S10': 'legacy' });
      },
      { honorCdkNagAcknowledgements: true },
    );
    expect(dutyResult(results, 'Bucket', DUTY)?.waiver).toMatchObject({ reason: 'legacy', acknowledgedId: 'annotation::AwsSolutions-S10' });
  });

  it('of one finding of a rule, or of a rule that is not equivalent, waive no duty', () => {
    const { results } = synthWithChecks(
      (stack) => {
        const bucket = acknowledgedForCdkNag(stack, 'AwsSolutions-S1');
        Validations.of(bucket).acknowledge({ id: 'AwsSolutions-S10[Statement::0]', reason: 'one finding' });
      },
      { honorCdkNagAcknowledgements: true },
    );
    expect(dutyResult(results, 'Bucket', DUTY)?.outcome).toBe('unconfigured');
    expect(dutyResult(results, 'Bucket', 's3-bucket-server-access-logging')?.outcome).toBe('waived');
  });

  it('are the same ones cdk-nag itself honours, so one acknowledgement silences both tools', () => {
    const { app, results } = synthWithChecks((stack) => acknowledgedForCdkNag(stack), { honorCdkNagAcknowledgements: true });
    const nag = new AwsSolutionsChecks().validateScope(app);
    const rules = nag.violations.map((v) => v.ruleName);
    expect(rules).toContain('AwsSolutions-S1');
    expect(rules).not.toContain('AwsSolutions-S10');
    expect(dutyResult(results, 'Bucket', DUTY)?.outcome).toBe('waived');
  });

  it('carry the equivalent rule ids into the SARIF rule properties', () => {
    const { results } = synthWithChecks((stack) => new s3.Bucket(stack, 'Bucket'));
    const rule = renderSarif(results, { repoRoot: process.cwd() }).runs[0].tool.driver.rules?.find((r) => r.id === DUTY);
    expect(rule?.properties?.cdkNag).toEqual(['AwsSolutions-S10', 'NIST.800.53.R5-S3BucketSSLRequestsOnly']);
    expect(results.duties[DUTY].equivalents).toEqual({ cdkNag: ['AwsSolutions-S10', 'NIST.800.53.R5-S3BucketSSLRequestsOnly'] });
  });

  it('in a plain template (cdk_nag Metadata, as cdk-nag writes it) waive the equivalent duty in a scan when honored', () => {
    const template = {
      Resources: {
        Bucket: {
          Type: 'AWS::S3::Bucket',
          Properties: {},
          Metadata: { cdk_nag: { rules_to_suppress: [{ id: 'AwsSolutions-S10', reason: 'VPC endpoint only' }] } },
        },
      },
    };
    const duty = (honor: boolean) =>
      scanTemplate(template, { honorCdkNagAcknowledgements: honor })
        .resources.find((r) => r.logicalId === 'Bucket')
        ?.duties.find((d) => d.dutyId === DUTY);
    expect(duty(false)?.outcome).toBe('unconfigured');
    expect(duty(true)).toMatchObject({
      outcome: 'waived',
      waiver: { reason: 'VPC endpoint only', from: 'cdk-nag', acknowledgedAt: 'Bucket' },
    });
  });
});
