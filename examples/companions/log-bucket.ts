import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';

/**
 * A bucket that receives access logs: the S3 server access logs of the stack's buckets, and the
 * access logs of Application and Network Load Balancers (`alb.logAccessLogs(logBucket, 'alb')`)
 * and Classic Load Balancers. Make it once per stack and pass it to every fix that names it.
 *
 * It is the server access log target of the other buckets, and S3 advises that a target should not
 * have server access logging enabled itself
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html), so
 * s3-bucket-server-access-logging counts it as not applicable (Security Hub S3.9 would still list it); give it at
 * least one source bucket (`serverAccessLogsBucket: logBucket`), or that duty asks where its own
 * access goes. Server access log delivery needs the app's feature flag
 * `@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy` (set by `cdk init`), which grants
 * logging.s3.amazonaws.com in the bucket policy instead of an ACL.
 */
export function logBucket(scope: Construct, id = 'AccessLogs'): s3.Bucket {
  return new s3.Bucket(scope, id, {
    // Load balancer access logs support no other encryption than SSE-S3
    // (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html).
    encryption: s3.BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    versioned: true,
    lifecycleRules: [{ expiration: Duration.days(400), noncurrentVersionExpiration: Duration.days(30) }],
    removalPolicy: RemovalPolicy.RETAIN,
  });
}
