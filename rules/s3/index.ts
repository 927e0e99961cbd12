import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import s3BucketRequireTls from './s3-bucket-require-tls';

/** S3 duties, sorted by id. */
export const duties: readonly Duty[] = [s3BucketRequireTls];

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
    awsSide: 'AWS evaluates the bucket policy on every request; what it allows is the customer\'s choice.',
    source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-policies.html',
  },
];
