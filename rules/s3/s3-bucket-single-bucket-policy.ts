import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { attachedBucketPolicies } from './helpers';

export default defineDuty({
  id: 's3-bucket-single-bucket-policy',
  title: 'S3 bucket has at most one bucket policy resource',
  category: 'identity-and-access',
  resourceTypes: ['AWS::S3::Bucket'],
  awsSide:
    'A bucket has exactly one bucket policy: each AWS::S3::BucketPolicy replaces the whole policy (PutBucketPolicy), so of two policy resources on one bucket only the one CloudFormation writes last is in force, and which one that is may change from one deployment to the next.',
  customerSide:
    "The bucket's policy is the customer's: keep every statement (TLS denies, grants, restrictions) in one policy, or the denies of the other silently stop applying.",
  severity: 'error',
  remediation: {
    l2: 'bucket.addToResourcePolicy(...) on the one L2 bucket (CDK keeps a single BucketPolicy) instead of new s3.BucketPolicy(...) next to it',
    l1: 'one AWS::S3::BucketPolicy per bucket, holding every statement',
  },
  controls: { fsbp: [], nist: ['AC-3', 'CM-2'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-s3-bucketpolicy.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketPolicy.html',
  ],
  messages: {
    several:
      'The bucket policies {policies} all apply to this bucket; each replaces the others at deploy, so only one of them is in force.',
  },
  evaluate(ctx) {
    const policies = attachedBucketPolicies(ctx);
    if (policies.sure.length > 1) return unconfigured('several', { policies: policies.sure.map((p) => p.logicalId).join(', ') });
    // One more policy that may be attached would make two.
    if (policies.sure.length === 1) policies.settle();
    return configured(policies.sure.length === 0 ? 'the bucket has no bucket policy' : `one bucket policy (${policies.sure[0].logicalId})`);
  },
});
