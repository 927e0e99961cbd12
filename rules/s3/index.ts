import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import s3AccessPointBlockPublicAccess from './s3-access-point-block-public-access';
import s3BucketAclNoPublicAccess from './s3-bucket-acl-no-public-access';
import s3BucketAclsDisabled from './s3-bucket-acls-disabled';
import s3BucketBlockPublicAccess from './s3-bucket-block-public-access';
import s3BucketCustomerManagedKey from './s3-bucket-customer-managed-key';
import s3BucketEventNotifications from './s3-bucket-event-notifications';
import s3BucketLifecycleConfiguration from './s3-bucket-lifecycle-configuration';
import s3BucketObjectLock from './s3-bucket-object-lock';
import s3BucketPolicyCrossAccountRestricted from './s3-bucket-policy-cross-account-restricted';
import s3BucketPolicyNoPublicAccess from './s3-bucket-policy-no-public-access';
import s3BucketPolicyNoWildcardActions from './s3-bucket-policy-no-wildcard-actions';
import s3BucketReplication from './s3-bucket-replication';
import s3BucketRequireTls from './s3-bucket-require-tls';
import s3BucketServerAccessLogging from './s3-bucket-server-access-logging';
import s3BucketSingleBucketPolicy from './s3-bucket-single-bucket-policy';
import s3BucketVersioning from './s3-bucket-versioning';
import s3DirectoryBucketLifecycleConfiguration from './s3-directory-bucket-lifecycle-configuration';
import s3MultiRegionAccessPointBlockPublicAccess from './s3-multi-region-access-point-block-public-access';

/** S3 duties, sorted by id. */
export const duties: readonly Duty[] = [
  s3AccessPointBlockPublicAccess,
  s3BucketAclNoPublicAccess,
  s3BucketAclsDisabled,
  s3BucketBlockPublicAccess,
  s3BucketCustomerManagedKey,
  s3BucketEventNotifications,
  s3BucketLifecycleConfiguration,
  s3BucketObjectLock,
  s3BucketPolicyCrossAccountRestricted,
  s3BucketPolicyNoPublicAccess,
  s3BucketPolicyNoWildcardActions,
  s3BucketReplication,
  s3BucketRequireTls,
  s3BucketServerAccessLogging,
  s3BucketSingleBucketPolicy,
  s3BucketVersioning,
  s3DirectoryBucketLifecycleConfiguration,
  s3MultiRegionAccessPointBlockPublicAccess,
];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::S3::Bucket',
    service: 'Amazon S3',
    serviceModel: 'abstracted',
    awsSide:
      'AWS operates the storage infrastructure, durability, the service endpoints, and encrypts every new object at rest with SSE-S3 by default (since January 2023); new buckets block public access and disable ACLs by default (since April 2023).',
    source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-encryption-faq.html',
  },
  {
    type: 'AWS::S3::BucketPolicy',
    service: 'Amazon S3',
    serviceModel: 'abstracted',
    awsSide: "AWS evaluates the bucket policy on every request; what it allows is the customer's choice.",
    source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-policies.html',
  },
  {
    type: 'AWS::S3::AccessPoint',
    service: 'Amazon S3',
    serviceModel: 'abstracted',
    awsSide:
      'AWS operates the access point endpoint, evaluates its policy together with the bucket policy on every request, and turns on all four Block Public Access settings for new access points unless the customer disables them.',
    source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-points-bpa-settings.html',
  },
  {
    type: 'AWS::S3::MultiRegionAccessPoint',
    service: 'Amazon S3',
    serviceModel: 'abstracted',
    awsSide:
      'AWS operates the global endpoint and routes requests to the underlying buckets, and turns on all four Block Public Access settings for new Multi-Region Access Points unless the customer disables them.',
    source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/multi-region-access-point-block-public-access.html',
  },
  {
    type: 'AWS::S3Express::DirectoryBucket',
    service: 'Amazon S3 (directory buckets)',
    serviceModel: 'abstracted',
    awsSide:
      'AWS operates the storage and endpoints behind the directory bucket, and always applies the bucket owner enforced Object Ownership setting (ACLs disabled) to directory buckets.',
    source: 'https://docs.aws.amazon.com/AmazonS3/latest/API/API_OwnershipControlsRule.html',
  },
];
