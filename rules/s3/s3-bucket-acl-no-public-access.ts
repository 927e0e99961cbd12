import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { PUBLIC_ACCESS_CONTROLS, bucketBlockPublicAccess } from './helpers';

/** Canned ACLs that grant access to everyone (AllUsers) or to any AWS account (AuthenticatedUsers). */
const PUBLIC_CANNED_ACLS = ['PublicRead', 'PublicReadWrite', 'AuthenticatedRead'];

export default defineDuty({
  id: 's3-bucket-acl-no-public-access',
  title: 'S3 bucket ACL does not grant public access',
  category: 'identity-and-access',
  resourceTypes: ['AWS::S3::Bucket'],
  awsSide:
    'New buckets are created with ACLs disabled (Object Ownership BucketOwnerEnforced) and with IgnorePublicAcls on, so S3 ignores public ACLs unless the customer turns both off.',
  customerSide:
    "A canned ACL is the customer's grant: PublicRead, PublicReadWrite and AuthenticatedRead give the AllUsers or AuthenticatedUsers groups access to the bucket, which is anyone on the internet or any AWS account.",
  severity: 'error',
  remediation: {
    l2: 'new s3.Bucket(this, id, {}) without accessControl: s3.BucketAccessControl.PUBLIC_READ / PUBLIC_READ_WRITE / AUTHENTICATED_READ',
    l1: 'AccessControl: Private (or omit it), or PublicAccessBlockConfiguration.IgnorePublicAcls: true',
  },
  controls: PUBLIC_ACCESS_CONTROLS,
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-2',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-3',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-s3-bucket.html#cfn-s3-bucket-accesscontrol',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
  ],
  messages: {
    publicAcl:
      'The bucket sets the canned ACL AccessControl: {acl}, and its PublicAccessBlockConfiguration does not set IgnorePublicAcls to true, so S3 honours the public grant.',
  },
  evaluate(ctx) {
    const acl = ctx.props.at('AccessControl').str();
    if (acl === undefined) return configured('no AccessControl: the bucket has no canned ACL grant');
    if (!PUBLIC_CANNED_ACLS.includes(acl)) return configured(`AccessControl ${acl} does not grant public access`);
    const bpa = bucketBlockPublicAccess(ctx.props);
    if (bpa.settings.IgnorePublicAcls) {
      return configured(
        `AccessControl ${acl} is public, but IgnorePublicAcls is on (${bpa.explicit ? 'set' : 'S3 default for new buckets'}), so S3 ignores it`,
      );
    }
    return unconfigured('publicAcl', { acl });
  },
});
