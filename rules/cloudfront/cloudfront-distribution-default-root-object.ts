import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { CF_CONTROLS_SOURCE, DISTRIBUTION_CONFIG_SOURCE, isS3Origin, origins } from './helpers';

export default defineDuty({
  id: 'cloudfront-distribution-default-root-object',
  title: 'CloudFront distribution with an S3 default origin has a default root object',
  category: 'data-protection',
  resourceTypes: ['AWS::CloudFront::Distribution'],
  awsSide:
    'CloudFront forwards a request for the distribution root (/) to the origin as is unless a DefaultRootObject is set; for an S3 origin that request asks for the bucket itself.',
  customerSide:
    "Deciding what the root URL returns is the customer's: without a default root object, a bucket whose policy allows listing answers the root request with a listing of its objects.",
  severity: 'warning',
  remediation: {
    l2: 'new cloudfront.Distribution(this, id, { defaultRootObject: "index.html", ... })',
    l1: 'DistributionConfig.DefaultRootObject: "index.html"',
  },
  controls: { fsbp: ['CloudFront.1'], nist: ['AC-3', 'AC-6', 'CM-2'] },
  sources: [
    `${CF_CONTROLS_SOURCE}#cloudfront-1`,
    DISTRIBUTION_CONFIG_SOURCE,
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DefaultRootObject.html',
  ],
  messages: {
    none: 'The default cache behavior serves the S3 origin {origin} and the distribution has no DefaultRootObject.',
  },
  evaluate(ctx) {
    const targetId = ctx.props.at('DistributionConfig.DefaultCacheBehavior.TargetOriginId').str();
    const origin = origins(ctx.props).find((o) => o.at('Id').str() === targetId);
    if (!origin || !isS3Origin(origin)) return notApplicable('the default cache behavior does not serve an S3 REST origin');
    const root = ctx.props.at('DistributionConfig.DefaultRootObject').str();
    if (root) return configured(`DefaultRootObject is ${root}`);
    return unconfigured('none', { origin: targetId ?? '?' });
  },
});
