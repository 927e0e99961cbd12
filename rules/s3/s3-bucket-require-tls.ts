import { defineDuty } from '../../lib/model/duty';
import { deniesInsecureTransport, statements } from '../../lib/model/policy';
import type { ResourceRecord } from '../../lib/model/resource';
import { configured, unconfigured } from '../../lib/model/verdict';
import { attachedBucketPolicies } from './helpers';

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
  ],
  messages: {
    noPolicy: 'The bucket has no bucket policy, so nothing denies requests over plain HTTP.',
    noDeny: 'The bucket policy has no statement that denies requests where aws:SecureTransport is false.',
  },
  evaluate(ctx) {
    const policies = attachedBucketPolicies(ctx);
    const denies = (policy: ResourceRecord) =>
      statements(ctx.propsOf(policy).at('PolicyDocument')).some((s) => deniesInsecureTransport(s, 's3'));
    const found = policies.sure.find(denies);
    if (found) return configured(`bucket policy ${found.logicalId} denies aws:SecureTransport=false`);
    policies.settle(denies);
    return unconfigured(policies.sure.length === 0 ? 'noPolicy' : 'noDeny');
  },
});
