import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'cloudtrail-trail-log-file-validation',
  title: 'CloudTrail trail has log file integrity validation enabled',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::CloudTrail::Trail'],
  awsSide:
    'CloudTrail writes signed, hash-chained digest files for the log files it delivers only when log file validation is enabled; the CloudFormation default for EnableLogFileValidation is false.',
  customerSide:
    "Being able to prove that delivered logs were not modified or deleted is the customer's: without digest files a tampered trail cannot be detected.",
  severity: 'warning',
  remediation: {
    l2: 'new cloudtrail.Trail(this, id, { enableFileValidation: true }) (the L2 default)',
    l1: 'EnableLogFileValidation: true',
  },
  controls: { fsbp: ['CloudTrail.4'], nist: ['AU-9', 'SI-4', 'SI-7(1)', 'SI-7(3)', 'SI-7(7)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-4',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudtrail-trail.html#cfn-cloudtrail-trail-enablelogfilevalidation',
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html',
  ],
  messages: {
    off: 'EnableLogFileValidation is {value}, so CloudTrail delivers no digest files and tampering with the log files cannot be detected.',
  },
  evaluate(ctx) {
    const enabled = ctx.props.at('EnableLogFileValidation').bool();
    if (enabled === true) return configured('EnableLogFileValidation is true');
    return unconfigured('off', { value: enabled === false ? 'false' : 'not set (false)' });
  },
});
