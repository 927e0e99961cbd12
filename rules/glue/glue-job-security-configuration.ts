import type { EvaluationContext } from '../../lib/model/context';
import { defineDuty } from '../../lib/model/duty';
import type { ResourceRecord } from '../../lib/model/resource';
import type { Value } from '../../lib/model/value';
import { configured, unconfigured, unknown } from '../../lib/model/verdict';

/** The AWS::Glue::SecurityConfiguration a job's SecurityConfiguration (a name, or a Ref that returns it) designates in this app. */
function securityConfiguration(ctx: EvaluationContext, name: Value): ResourceRecord | undefined {
  const target = ctx.target(name);
  if (target?.type === 'AWS::Glue::SecurityConfiguration') return target;
  const text = name.str();
  return ctx.index
    .ofType('AWS::Glue::SecurityConfiguration')
    .find((c) => c.stackPath === ctx.resource.stackPath && ctx.propsOf(c).at('Name').raw === text);
}

export default defineDuty({
  id: 'glue-job-security-configuration',
  title: 'Glue job uses a security configuration that encrypts its data',
  category: 'data-protection',
  resourceTypes: ['AWS::Glue::Job'],
  awsSide:
    "AWS Glue applies the encryption of a security configuration (S3 output with SSE-S3 or SSE-KMS, CloudWatch logs and job bookmarks with KMS) only to jobs that name one; without it Glue relies on the target bucket's default encryption and stores job bookmarks without customer KMS encryption.",
  customerSide:
    "How the job's output, logs and bookmarks are encrypted, and with whose keys, is the customer's choice: a security configuration makes it explicit for every run.",
  severity: 'info',
  remediation: {
    l1: 'SecurityConfiguration: <name of an AWS::Glue::SecurityConfiguration with EncryptionConfiguration.S3Encryptions [{ S3EncryptionMode: SSE-KMS, KmsKeyArn }], CloudWatchEncryption and JobBookmarksEncryption>',
  },
  controls: { fsbp: [], nist: ['SC-12', 'SC-13', 'SC-28', 'SC-28(1)'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-glue-job.html#cfn-glue-job-securityconfiguration',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-securityconfiguration-encryptionconfiguration.html',
    'https://docs.aws.amazon.com/glue/latest/dg/encryption-security-configuration.html',
    'https://docs.aws.amazon.com/controltower/latest/controlreference/glue-rules.html',
  ],
  messages: {
    none: 'The job names no SecurityConfiguration.',
    s3Disabled: "The job's security configuration {config} does not encrypt S3 data (S3EncryptionMode {mode}).",
  },
  evaluate(ctx) {
    const name = ctx.props.at('SecurityConfiguration');
    if (!name.isSet()) return unconfigured('none');
    const config = securityConfiguration(ctx, name);
    if (!config)
      return unknown(
        `the job's security configuration ${typeof name.raw === 'string' ? `'${name.raw}'` : ''} is not defined in this app, so its encryption settings cannot be read`,
      );
    const encryption = ctx.propsOf(config).at('EncryptionConfiguration');
    const modes = (encryption.at('S3Encryptions').list() ?? []).map((e) => e.at('S3EncryptionMode').str() ?? 'DISABLED');
    const s3 = modes.find((m) => m.toUpperCase() !== 'DISABLED');
    if (!s3) return unconfigured('s3Disabled', { config: config.logicalId, mode: modes.join(', ') || 'not set' });
    const cw = encryption.at('CloudWatchEncryption').at('CloudWatchEncryptionMode').str() ?? 'DISABLED';
    const bookmarks = encryption.at('JobBookmarksEncryption').at('JobBookmarksEncryptionMode').str() ?? 'DISABLED';
    return configured(`security configuration ${config.logicalId}: S3 ${s3}, CloudWatch ${cw}, job bookmarks ${bookmarks}`);
  },
});
