import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import cloudfrontDistributionAccessLogging from './cloudfront-distribution-access-logging';
import cloudfrontDistributionDefaultRootObject from './cloudfront-distribution-default-root-object';
import cloudfrontDistributionOriginFailover from './cloudfront-distribution-origin-failover';
import cloudfrontDistributionOriginHttps from './cloudfront-distribution-origin-https';
import cloudfrontDistributionOriginTls from './cloudfront-distribution-origin-tls';
import cloudfrontDistributionS3OriginOac from './cloudfront-distribution-s3-origin-oac';
import cloudfrontDistributionSni from './cloudfront-distribution-sni';
import cloudfrontDistributionViewerHttps from './cloudfront-distribution-viewer-https';
import cloudfrontDistributionViewerTls12 from './cloudfront-distribution-viewer-tls12';
import cloudfrontDistributionWaf from './cloudfront-distribution-waf';

/** CloudFront duties, sorted by id. */
export const duties: readonly Duty[] = [
  cloudfrontDistributionAccessLogging,
  cloudfrontDistributionDefaultRootObject,
  cloudfrontDistributionOriginFailover,
  cloudfrontDistributionOriginHttps,
  cloudfrontDistributionOriginTls,
  cloudfrontDistributionS3OriginOac,
  cloudfrontDistributionSni,
  cloudfrontDistributionViewerHttps,
  cloudfrontDistributionViewerTls12,
  cloudfrontDistributionWaf,
];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::CloudFront::Distribution',
    service: 'Amazon CloudFront',
    serviceModel: 'abstracted',
    awsSide:
      "AWS operates the global edge network, its TLS termination and AWS Shield Standard DDoS protection; viewer and origin protocols, certificates and security policies, origin access, logging and web ACLs are the customer's configuration.",
    source: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/security.html',
  },
];
