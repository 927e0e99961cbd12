import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'ecr-repository-lifecycle-policy',
  title: 'ECR repository has a lifecycle policy',
  category: 'configuration-and-vulnerability',
  resourceTypes: ['AWS::ECR::Repository'],
  awsSide: 'AWS keeps every pushed image indefinitely; it expires images only under a lifecycle policy the customer writes.',
  customerSide:
    "Image retention is the customer's: a lifecycle policy expires untagged and old images, so outdated (and often vulnerable) images do not accumulate and stay pullable.",
  severity: 'info',
  remediation: {
    l2: 'new ecr.Repository(this, id, { lifecycleRules: [{ tagStatus: ecr.TagStatus.UNTAGGED, maxImageAge: Duration.days(14) }, { maxImageCount: 50 }] })',
    l1: 'LifecyclePolicy: { LifecyclePolicyText: <lifecycle policy JSON> }',
  },
  controls: { fsbp: ['ECR.3'], nist: ['CM-2', 'CM-8', 'SI-12'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ecr-controls.html#ecr-3',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecr-repository-lifecyclepolicy.html',
    'https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html',
  ],
  messages: {
    none: 'The repository has no LifecyclePolicy, so images are never expired.',
  },
  evaluate(ctx) {
    const text = ctx.props.at('LifecyclePolicy').at('LifecyclePolicyText');
    if (text.isSet() && (text.isToken || String(text.raw).trim() !== '')) {
      // A Ref/GetAtt or a literal policy counts as a policy; only an Fn::If makes isSet() unknown.
      return configured('a lifecycle policy is set');
    }
    return unconfigured('none');
  },
});
