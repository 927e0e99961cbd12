import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'codebuild-project-s3-logs-encrypted',
  title: 'CodeBuild project encrypts its S3 build logs',
  category: 'data-protection',
  resourceTypes: ['AWS::CodeBuild::Project'],
  awsSide: 'AWS CodeBuild encrypts S3 build logs by default; EncryptionDisabled defaults to false.',
  customerSide:
    'Build logs can contain source paths, dependency names and leaked secrets; turning their encryption off is a customer choice that exposes them at rest.',
  severity: 'warning',
  remediation: {
    l2: 'new codebuild.Project(this, id, { logging: { s3: { bucket, encrypted: true } } })',
    l1: 'LogsConfig.S3Logs.EncryptionDisabled: false (or omit it)',
  },
  controls: { fsbp: ['CodeBuild.3'], nist: ['CA-9(1)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SI-7(6)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/codebuild-controls.html#codebuild-3',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-codebuild-project-s3logsconfig.html',
  ],
  messages: {
    disabled: 'S3 build logs are enabled with EncryptionDisabled: true, so they are stored unencrypted.',
  },
  evaluate(ctx) {
    const s3 = ctx.props.at('LogsConfig').at('S3Logs');
    if ((s3.at('Status').str() ?? 'DISABLED').toUpperCase() !== 'ENABLED') return notApplicable('S3 build logs are not enabled');
    if (s3.at('EncryptionDisabled').bool() === true) return unconfigured('disabled');
    return configured('S3 build logs are encrypted (EncryptionDisabled is false or unset)');
  },
});
