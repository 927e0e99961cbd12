import { defineDuty } from '../../lib/model/duty';
import { namedKey } from '../../lib/model/evidence/kms';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'sns-topic-kms-encryption',
  title: 'SNS topic uses server-side encryption with a KMS key',
  category: 'data-protection',
  resourceTypes: ['AWS::SNS::Topic'],
  awsSide:
    'By default SNS stores messages and files using disk encryption; server-side encryption with an AWS KMS key is applied only when the topic names one in KmsMasterKeyId.',
  customerSide:
    "Choosing KMS-based server-side encryption is the customer's: it adds a key policy and CloudTrail-audited key use between the stored messages and anyone who would read them.",
  severity: 'info',
  remediation: {
    l2: 'new sns.Topic(this, id, { masterKey: key })',
    l1: 'KmsMasterKeyId: <KMS key ARN or alias, e.g. alias/aws/sns>',
  },
  controls: { fsbp: [], nist: ['CA-9(1)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SC-7(10)', 'SI-7(6)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/sns-controls.html#sns-1',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sns-topic.html#cfn-sns-topic-kmsmasterkeyid',
    'https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html',
  ],
  messages: {
    noKey:
      'The topic has no KmsMasterKeyId, so SNS server-side encryption with a KMS key is off (messages are stored with SNS disk encryption only).',
  },
  evaluate(ctx) {
    const key = namedKey(ctx, ctx.props.at('KmsMasterKeyId'));
    if (key === undefined) return unconfigured('noKey');
    return configured(`KmsMasterKeyId is ${key}`);
  },
});
