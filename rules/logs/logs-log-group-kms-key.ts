import { defineDuty } from '../../lib/model/duty';
import { namedKey } from '../../lib/model/evidence/kms';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'logs-log-group-kms-key',
  title: 'CloudWatch Logs log group is encrypted with a customer managed KMS key',
  category: 'data-protection',
  resourceTypes: ['AWS::Logs::LogGroup'],
  awsSide:
    'CloudWatch Logs always encrypts log data at rest; without KmsKeyId it uses keys the service manages, not an AWS KMS key the customer controls.',
  customerSide:
    "For log groups that hold sensitive data, choosing a KMS key is the customer's: the key policy then decides who can read the logs and every use of the key is recorded in CloudTrail.",
  severity: 'info',
  remediation: {
    l2: 'new logs.LogGroup(this, id, { encryptionKey: key }) (the key policy must allow logs.<region>.amazonaws.com)',
    l1: 'KmsKeyId: <KMS key ARN>',
  },
  controls: { fsbp: [], nist: ['SC-12', 'SC-13', 'SC-28', 'SC-28(1)'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-logs-loggroup.html#cfn-logs-loggroup-kmskeyid',
    'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html',
  ],
  messages: {
    noKey:
      "The log group has no KmsKeyId, so its data is encrypted with keys CloudWatch Logs manages rather than a KMS key under the customer's key policy.",
  },
  evaluate(ctx) {
    const key = namedKey(ctx, ctx.props.at('KmsKeyId'));
    if (key === undefined) return unconfigured('noKey');
    return configured(`KmsKeyId is ${key}`);
  },
});
