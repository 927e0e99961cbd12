import type { Stack } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';

export function httpDistribution(
  stack: Stack,
  props: Partial<cloudfront.DistributionProps> = {},
  origin: cloudfront.IOrigin = new origins.HttpOrigin('origin.example.com'),
): cloudfront.Distribution {
  return new cloudfront.Distribution(stack, 'Dist', {
    defaultBehavior: { origin, viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS },
    ...props,
  });
}

export function s3Distribution(stack: Stack, props: Partial<cloudfront.DistributionProps> = {}): cloudfront.Distribution {
  const bucket = new s3.Bucket(stack, 'Bucket');
  return httpDistribution(stack, props, origins.S3BucketOrigin.withOriginAccessControl(bucket));
}

export function cfn(distribution: cloudfront.Distribution): cloudfront.CfnDistribution {
  return distribution.node.defaultChild as cloudfront.CfnDistribution;
}

export function certificate(stack: Stack): acm.ICertificate {
  return acm.Certificate.fromCertificateArn(
    stack,
    'Cert',
    'arn:aws:acm:us-east-1:111111111111:certificate/11111111-2222-3333-4444-555555555555',
  );
}
