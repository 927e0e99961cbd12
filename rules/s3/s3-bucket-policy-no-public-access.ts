import type { EvaluationContext } from '../../lib/model/context';
import { defineDuty } from '../../lib/model/duty';
import { isPublicAllow } from '../../lib/model/policy';
import type { ResourceRecord } from '../../lib/model/resource';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import {
  PUBLIC_ACCESS_CONTROLS,
  actionText,
  attachedBucketPolicies,
  bucketBlockPublicAccess,
  onlyTemplatePrincipals,
  policyBucket,
  policyStatements,
  readableFirst,
} from './helpers';

export default defineDuty({
  id: 's3-bucket-policy-no-public-access',
  title: 'S3 bucket policy does not grant public access',
  category: 'identity-and-access',
  resourceTypes: ['AWS::S3::Bucket', 'AWS::S3::BucketPolicy'],
  awsSide:
    "S3 evaluates the bucket policy on every request and, when RestrictPublicBuckets is on for the bucket or the account, limits a public policy to AWS service principals and the bucket owner's account; new buckets have it on by default.",
  customerSide:
    'What a bucket policy allows is the customer\'s choice: an Allow for Principal "*" with no condition that confines it to known accounts, organizations or networks opens the bucket to anyone on the internet.',
  severity: 'error',
  remediation: {
    l2: 'remove publicReadAccess: true / grantPublicAccess() and grant named principals (bucket.grantRead(role)); keep new s3.Bucket(this, id, { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL })',
    l1: 'AWS::S3::BucketPolicy PolicyDocument: no Allow statement with Principal "*" unless a Condition on aws:SourceArn, aws:SourceAccount, aws:PrincipalOrgID, aws:SourceVpce or similar confines it; or PublicAccessBlockConfiguration.RestrictPublicBuckets: true on the bucket',
  },
  controls: PUBLIC_ACCESS_CONTROLS,
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-2',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-3',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-publicaccessblockconfiguration.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-s3-bucketpolicy.html',
  ],
  messages: {
    publicStatement:
      'Bucket policy {policy} statement {statement} allows {actions} to Principal "*" with no condition that confines it, and the bucket does not set RestrictPublicBuckets to true in its PublicAccessBlockConfiguration.',
    publicStatementExternalBucket:
      'Bucket policy {policy} statement {statement} allows {actions} to Principal "*" with no condition that confines it (its Bucket is not a bucket of this template, or is decided only at deploy, so the bucket\'s Block Public Access settings cannot be seen).',
  },
  evaluate(ctx) {
    const bucket = policyBucket(ctx);
    if (bucket) return notApplicable(`evaluated on the bucket ${bucket.logicalId} this policy is attached to`);
    if (ctx.resource.type !== 'AWS::S3::Bucket') {
      const own = publicStatement(ctx, [ctx.resource]);
      return own ? unconfigured('publicStatementExternalBucket', own) : configured('no bucket policy statement allows public access');
    }
    const policies = attachedBucketPolicies(ctx);
    const found = publicStatement(ctx, policies.sure);
    // Read only when a statement is public, so a token in the settings matters only then.
    const restricted = () => bucketBlockPublicAccess(ctx.props);
    if (found) {
      const bpa = restricted();
      if (!bpa.settings.RestrictPublicBuckets) return unconfigured('publicStatement', found);
      return configured(
        `statement ${found.statement} of ${found.policy} is public, but RestrictPublicBuckets is on (${bpa.explicit ? 'set' : 'S3 default for new buckets'}), so S3 limits it to AWS service principals and this account; with BlockPublicPolicy on, S3 also rejects the policy`,
      );
    }
    policies.settle((p) => publicStatement(ctx, [p]) !== undefined && !restricted().settings.RestrictPublicBuckets);
    if (policies.sure.length === 0) return configured('the bucket has no bucket policy');
    return configured('no bucket policy statement allows public access');
  },
});

/** The first Allow statement of the policies open to everyone with no confining condition, for the message. */
function publicStatement(
  ctx: EvaluationContext,
  policies: readonly ResourceRecord[],
): { policy: string; statement: string; actions: string } | undefined {
  for (const s of readableFirst(policyStatements(ctx, policies))) {
    if (onlyTemplatePrincipals(ctx, s.statement) || !isPublicAllow(s.statement)) continue;
    return { policy: s.policy, statement: s.label, actions: actionText(s.statement) };
  }
  return undefined;
}
