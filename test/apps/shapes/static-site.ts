import { Duration, RemovalPolicy, Stack, Tags, Validations } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { type AppShape } from './common';

/** A static website: an S3 bucket served by CloudFront through Origin Access Control. */
export const staticSite: AppShape = {
  name: 'static site behind CloudFront (S3 + OAC)',
  build: (app, variant) => {
    // CloudFront certificates live in us-east-1.
    const stack = new Stack(app, 'Site', { env: { account: '111111111111', region: 'us-east-1' } });
    if (variant === 'insecure') {
      // The old way: a public website bucket, served over HTTP.
      const site = new s3.Bucket(stack, 'Content', {
        websiteIndexDocument: 'index.html',
        publicReadAccess: true,
        blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS_ONLY,
      });
      new cloudfront.Distribution(stack, 'Cdn', {
        defaultBehavior: {
          origin: new origins.S3StaticWebsiteOrigin(site),
          viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.ALLOW_ALL,
        },
      });
      return;
    }
    const logs = new s3.Bucket(stack, 'Logs', {
      enforceSSL: true,
      versioned: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      // CloudFront standard logging (legacy) writes with the awslogsdelivery account's ACL.
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(400) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Tags.of(logs).add('DataClassification', 'internal');
    Validations.of(logs).acknowledge({
      id: 's3-bucket-acls-disabled',
      reason: 'CloudFront standard logging (legacy) delivers logs with an ACL grant and requires ACLs enabled on the destination bucket',
    });
    const content = new s3.Bucket(stack, 'Content', {
      enforceSSL: true,
      versioned: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: 'content/',
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(90) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Tags.of(content).add('DataClassification', 'public');
    new cloudfront.Distribution(stack, 'Cdn', {
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(content),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      },
      defaultRootObject: 'index.html',
      domainNames: ['www.example.com'],
      certificate: acm.Certificate.fromCertificateArn(
        stack,
        'Cert',
        'arn:aws:acm:us-east-1:111111111111:certificate/00000000-0000-0000-0000-000000000000',
      ),
      minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
      enableLogging: true,
      logBucket: logs,
      logFilePrefix: 'cdn/',
    });
  },
  insecureFindings: [
    { duty: 's3-bucket-policy-no-public-access', path: 'Site/Content' },
    { duty: 's3-bucket-block-public-access', path: 'Site/Content' },
    { duty: 's3-bucket-require-tls', path: 'Site/Content' },
    { duty: 'cloudfront-distribution-viewer-https', path: 'Site/Cdn' },
    { duty: 'cloudfront-distribution-origin-https', path: 'Site/Cdn' },
  ],
  waivers: [{ duty: 's3-bucket-acls-disabled', path: 'Site/Logs' }],
};
