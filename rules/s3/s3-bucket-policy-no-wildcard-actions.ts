import { defineDuty } from '../../lib/model/duty';
import { firstWildcardGrant } from '../../lib/model/evidence/resource-policies';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { attachedBucketPolicies, policyBucket } from './helpers';

export default defineDuty({
  id: 's3-bucket-policy-no-wildcard-actions',
  title: 'S3 bucket policy does not grant every S3 action to another principal',
  category: 'identity-and-access',
  resourceTypes: ['AWS::S3::Bucket', 'AWS::S3::BucketPolicy'],
  awsSide:
    'S3 allows the principals a bucket policy names exactly the actions it lists; "s3:*" includes s3:DeleteBucket, s3:PutBucketPolicy, s3:DeleteBucketPolicy, s3:PutEncryptionConfiguration and s3:DeleteObjectVersion.',
  customerSide:
    'Least privilege in the bucket policy is the customer\'s: granting "s3:*" (or "*") to another account, a role or a service lets it rewrite the policy, turn off encryption and delete every object version, where it needs only to read or write objects. Granting the owning account as a whole is not reported: its IAM policies still decide per action.',
  severity: 'warning',
  remediation: {
    l2: 'bucket.grantRead(principal) / bucket.grantPut(principal), or bucket.addToResourcePolicy with the actions needed (s3:GetObject, s3:PutObject)',
    l1: 'AWS::S3::BucketPolicy Allow statements that list the S3 actions needed instead of "s3:*" or "*"',
  },
  controls: { fsbp: [], nist: ['AC-3', 'AC-6'] },
  sources: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies.html',
    'https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-s3-bucketpolicy.html',
  ],
  messages: {
    wildcard:
      'Statement {statement} of bucket policy {policy} allows {actions} to {principal}, every S3 action including PutBucketPolicy, PutEncryptionConfiguration and DeleteObjectVersion.',
  },
  evaluate(ctx) {
    const bucket = policyBucket(ctx);
    if (bucket) return notApplicable(`evaluated on the bucket ${bucket.logicalId} this policy is attached to`);
    const policies = ctx.resource.type === 'AWS::S3::Bucket' ? attachedBucketPolicies(ctx) : undefined;
    const found = firstWildcardGrant(ctx, policies?.sure ?? [ctx.resource], 's3');
    if (found) return unconfigured('wildcard', found);
    policies?.settle((p) => firstWildcardGrant(ctx, [p], 's3') !== undefined);
    if (policies?.sure.length === 0) return configured('the bucket has no bucket policy');
    return configured('no bucket policy statement grants every S3 action to another principal');
  },
});
