import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'codebuild-project-logging',
  title: 'CodeBuild project sends build logs to CloudWatch Logs or S3',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::CodeBuild::Project'],
  awsSide: 'AWS CodeBuild streams build logs to CloudWatch Logs by default; S3 logs are off by default.',
  customerSide:
    "Keeping a record of what each build ran is the customer's: disabling CloudWatch Logs without enabling S3 logs leaves no build log for investigations.",
  severity: 'warning',
  remediation: {
    l2: 'new codebuild.Project(this, id, { logging: { cloudWatch: { enabled: true, logGroup } } })',
    l1: 'LogsConfig: { CloudWatchLogs: { Status: ENABLED } } (or S3Logs: { Status: ENABLED, Location })',
  },
  controls: {
    fsbp: ['CodeBuild.4'],
    nist: [
      'AC-2(12)',
      'AC-2(4)',
      'AC-4(26)',
      'AC-6(9)',
      'AU-10',
      'AU-12',
      'AU-2',
      'AU-3',
      'AU-6(3)',
      'AU-6(4)',
      'CA-7',
      'SC-7(9)',
      'SI-3(8)',
      'SI-4(20)',
      'SI-7(8)',
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/codebuild-controls.html#codebuild-4',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-codebuild-project-logsconfig.html',
  ],
  messages: {
    none: 'LogsConfig disables CloudWatch Logs and does not enable S3 logs, so builds leave no log.',
  },
  evaluate(ctx) {
    const logs = ctx.props.at('LogsConfig');
    const cloudWatch = (logs.at('CloudWatchLogs').at('Status').str() ?? 'ENABLED').toUpperCase();
    if (cloudWatch === 'ENABLED')
      return configured(logs.at('CloudWatchLogs').isSet() ? 'CloudWatch Logs enabled' : 'CloudWatch Logs enabled by default');
    const s3 = (logs.at('S3Logs').at('Status').str() ?? 'DISABLED').toUpperCase();
    if (s3 === 'ENABLED') return configured('S3 logs enabled');
    return unconfigured('none');
  },
});
