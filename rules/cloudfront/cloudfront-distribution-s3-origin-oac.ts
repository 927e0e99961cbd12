import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { CF_CONTROLS_SOURCE, isS3Origin, origins } from './helpers';

export default defineDuty({
  id: 'cloudfront-distribution-s3-origin-oac',
  title: 'CloudFront distribution reaches its S3 origins through origin access control',
  category: 'identity-and-access',
  resourceTypes: ['AWS::CloudFront::Distribution'],
  awsSide:
    'CloudFront signs requests to an S3 origin with SigV4 when the origin has an origin access control, so the bucket policy can admit only that distribution; the legacy origin access identity lacks SSE-KMS and newer-Region support, and with neither, the bucket must be public for CloudFront to read it.',
  customerSide:
    "Keeping the bucket private is the customer's: only an origin access control plus a bucket policy that trusts the distribution lets viewers reach the objects through CloudFront and nowhere else.",
  severity: 'warning',
  remediation: {
    l2: 'new cloudfront.Distribution(this, id, { defaultBehavior: { origin: origins.S3BucketOrigin.withOriginAccessControl(bucket) }, ... })',
    l1: 'Origins[].OriginAccessControlId: { "Fn::GetAtt": [<AWS::CloudFront::OriginAccessControl>, "Id"] } with S3OriginConfig.OriginAccessIdentity: ""',
  },
  controls: { fsbp: ['CloudFront.13'], nist: ['AC-3', 'AC-6', 'AC-21'] },
  sources: [
    `${CF_CONTROLS_SOURCE}#cloudfront-13`,
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-origin.html',
  ],
  messages: {
    noOac: 'The S3 origin {origin} has no OriginAccessControlId ({access}).',
  },
  evaluate(ctx) {
    const s3 = origins(ctx.props).filter(isS3Origin);
    if (s3.length === 0) return notApplicable('the distribution has no S3 REST origin');
    for (const origin of s3) {
      const oac = origin.at('OriginAccessControlId');
      if (ctx.target(oac)?.type === 'AWS::CloudFront::OriginAccessControl') continue;
      if ((oac.str() ?? '') !== '') continue;
      const oai = origin.at('S3OriginConfig.OriginAccessIdentity');
      const access =
        oai.isToken || (oai.str() ?? '') !== ''
          ? 'it uses a legacy origin access identity'
          : 'the bucket must allow public reads for CloudFront to fetch objects';
      return unconfigured('noOac', { origin: origin.at('Id').str() ?? '?', access });
    }
    return configured(`all ${s3.length} S3 origin(s) use origin access control`);
  },
});
