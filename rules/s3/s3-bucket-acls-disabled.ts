import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 's3-bucket-acls-disabled',
  title: 'S3 bucket has ACLs disabled (Object Ownership: bucket owner enforced)',
  category: 'identity-and-access',
  resourceTypes: ['AWS::S3::Bucket'],
  awsSide:
    'S3 sets Object Ownership to BucketOwnerEnforced on new buckets by default, which disables ACLs so that only policies grant access.',
  customerSide:
    "Turning ACLs back on (ObjectWriter or BucketOwnerPreferred) is the customer's choice and makes every object's ACL a second, per-object access grant that bucket policies do not show.",
  severity: 'warning',
  remediation: {
    l2: 'new s3.Bucket(this, id, { objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED }) (the default) without accessControl; for access-log targets grant logging.s3.amazonaws.com in the bucket policy (feature flag @aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy)',
    l1: 'OwnershipControls: { Rules: [{ ObjectOwnership: BucketOwnerEnforced }] } (or omit OwnershipControls)',
  },
  controls: { fsbp: ['S3.12'], nist: ['AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-6'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-12',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-ownershipcontrolsrule.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/API/API_OwnershipControlsRule.html',
  ],
  messages: {
    aclsEnabled: 'The bucket sets OwnershipControls ObjectOwnership: {ownership}, which enables ACLs on the bucket and its objects.',
  },
  evaluate(ctx) {
    const rules = ctx.props.at('OwnershipControls.Rules').list() ?? [];
    const settings = rules.map((r) => r.at('ObjectOwnership').str()).filter((o): o is string => o !== undefined);
    const enabling = settings.find((o) => o !== 'BucketOwnerEnforced');
    if (enabling !== undefined) return unconfigured('aclsEnabled', { ownership: enabling });
    if (settings.length === 0) return configured('no OwnershipControls: S3 sets BucketOwnerEnforced (ACLs disabled) on new buckets');
    return configured('ObjectOwnership is BucketOwnerEnforced (ACLs disabled)');
  },
});
