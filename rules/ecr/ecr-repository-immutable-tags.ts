import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'ecr-repository-immutable-tags',
  title: 'ECR repository has immutable image tags',
  category: 'configuration-and-vulnerability',
  resourceTypes: ['AWS::ECR::Repository'],
  awsSide: 'AWS stores the images; ImageTagMutability defaults to MUTABLE, so anyone allowed to push can overwrite an existing tag.',
  customerSide:
    "Which image a tag names is the customer's supply-chain decision: with immutable tags a deployed tag cannot be silently replaced by another image.",
  severity: 'warning',
  remediation: {
    l2: 'new ecr.Repository(this, id, { imageTagMutability: ecr.TagMutability.IMMUTABLE })',
    l1: 'ImageTagMutability: IMMUTABLE (or IMMUTABLE_WITH_EXCLUSION with narrow ImageTagMutabilityExclusionFilters)',
  },
  controls: { fsbp: ['ECR.2'], nist: ['CA-9(1)', 'CM-2', 'CM-8(1)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ecr-controls.html#ecr-2',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ecr-repository.html#cfn-ecr-repository-imagetagmutability',
    'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html',
  ],
  messages: {
    mutable: 'ImageTagMutability is {value}, so existing image tags can be overwritten.',
  },
  evaluate(ctx) {
    const value = ctx.props.at('ImageTagMutability').str();
    if (value === 'IMMUTABLE') return configured('ImageTagMutability is IMMUTABLE');
    if (value === 'IMMUTABLE_WITH_EXCLUSION') {
      return configured('ImageTagMutability is IMMUTABLE_WITH_EXCLUSION (tags matching the exclusion filters stay mutable)');
    }
    return unconfigured('mutable', { value: value ?? 'not set (default MUTABLE)' });
  },
});
