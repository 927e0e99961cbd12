import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'codebuild-report-group-export-encrypted',
  title: 'CodeBuild report group encrypts the test results it exports to S3',
  category: 'data-protection',
  resourceTypes: ['AWS::CodeBuild::ReportGroup'],
  awsSide: 'AWS CodeBuild encrypts exported raw test results by default (AWS managed key for Amazon S3 unless a key is given).',
  customerSide: 'Test results can include data and secrets from test fixtures; disabling their encryption at rest is a customer choice.',
  severity: 'warning',
  remediation: {
    l2: "new codebuild.ReportGroup(this, id, { exportBucket, zipExport: true }) (leave encryption on; the bucket's key is used)",
    l1: 'ExportConfig.S3Destination.EncryptionDisabled: false (or omit it), optionally with EncryptionKey',
  },
  controls: { fsbp: ['CodeBuild.7'], nist: ['SC-13', 'SC-28', 'SC-28(1)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/codebuild-controls.html#codebuild-7',
    'https://docs.aws.amazon.com/config/latest/developerguide/codebuild-report-group-encrypted-at-rest.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-codebuild-reportgroup-s3reportexportconfig.html',
  ],
  messages: {
    disabled: 'The report group exports test results to S3 with EncryptionDisabled: true.',
  },
  evaluate(ctx) {
    const exportConfig = ctx.props.at('ExportConfig');
    if ((exportConfig.at('ExportConfigType').str() ?? '').toUpperCase() !== 'S3')
      return notApplicable('the report group does not export to S3');
    if (exportConfig.at('S3Destination').at('EncryptionDisabled').bool() === true) return unconfigured('disabled');
    return configured('exported test results are encrypted (EncryptionDisabled is false or unset)');
  },
});
