import { defineDuty } from '../../lib/model/duty';
import { resourceCovers } from '../../lib/model/evidence/resource-policies';
import { deniesInsecureTransport, statements } from '../../lib/model/policy';
import type { ResourceRecord } from '../../lib/model/resource';
import type { Value } from '../../lib/model/value';
import { configured, unconfigured } from '../../lib/model/verdict';
import { attachedBucketPolicies, BUCKET_ARN_SAMPLES } from './helpers';

export default defineDuty({
  id: 's3-bucket-require-tls',
  title: 'S3 bucket denies requests not sent over TLS',
  category: 'data-protection',
  resourceTypes: ['AWS::S3::Bucket'],
  awsSide: 'AWS operates the S3 HTTPS endpoints, but S3 also accepts plain HTTP requests unless a bucket policy denies them.',
  customerSide:
    "Protecting data in transit is the customer's: only a bucket policy that denies requests where aws:SecureTransport is false makes S3 refuse plain HTTP.",
  severity: 'error',
  remediation: {
    l2: 'new s3.Bucket(this, id, { enforceSSL: true })',
    l1: 'an AWS::S3::BucketPolicy on the bucket with a Deny statement for Principal "*", Action "s3:*" and Condition {"Bool": {"aws:SecureTransport": "false"}}',
  },
  controls: { fsbp: ['S3.5'], nist: ['AC-17(2)', 'AC-4', 'IA-5(1)', 'SC-7(4)', 'SC-8', 'SC-8(1)', 'SC-23'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-5',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-s3-bucketpolicy.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-logic-multiple-context-keys-or-values.html',
  ],
  messages: {
    noPolicy: 'The bucket has no bucket policy, so nothing denies requests over plain HTTP.',
    noDeny:
      'No bucket policy statement denies every request where aws:SecureTransport is false: none has Principal "*", Action "s3:*" (or "*"), no condition but {"Bool": {"aws:SecureTransport": "false"}} and Resource naming both the bucket and its objects (bucket ARN and bucket ARN/*).',
  },
  evaluate(ctx) {
    const policies = attachedBucketPolicies(ctx);
    // The deny must name this bucket and its objects: a policy may carry statements for other buckets' ARNs.
    const name = ctx.props.at('BucketName');
    const arn = typeof name.raw === 'string' && !name.isToken ? `arn:aws:s3:::${name.raw}` : undefined;
    const coversBucket = (resource: Value) =>
      resourceCovers(ctx, resource, ctx.resource, BUCKET_ARN_SAMPLES, '', arn) &&
      resourceCovers(ctx, resource, ctx.resource, BUCKET_ARN_SAMPLES, '/*', arn);
    const denies = (policy: ResourceRecord) =>
      statements(ctx.propsOf(policy).at('PolicyDocument')).some((s) => deniesInsecureTransport(s, 's3', coversBucket));
    const found = policies.sure.find(denies);
    if (found) return configured(`bucket policy ${found.logicalId} denies aws:SecureTransport=false`);
    policies.settle(denies);
    return unconfigured(policies.sure.length === 0 ? 'noPolicy' : 'noDeny');
  },
});
