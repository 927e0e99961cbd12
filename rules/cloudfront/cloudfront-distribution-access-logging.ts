import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { CF_CONTROLS_SOURCE, DISTRIBUTION_CONFIG_SOURCE } from './helpers';

export default defineDuty({
  id: 'cloudfront-distribution-access-logging',
  title: 'CloudFront distribution writes standard access logs',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::CloudFront::Distribution'],
  awsSide:
    'CloudFront records every viewer request at the edge and delivers standard logs only when the distribution has a Logging bucket (legacy) or a CloudWatch Logs delivery source (standard logging v2); none is configured by default.',
  customerSide:
    "Keeping a record of who requested what is the customer's: only a configured log destination preserves viewer requests for security investigation and audit.",
  severity: 'warning',
  remediation: {
    l2: 'new cloudfront.Distribution(this, id, { enableLogging: true, logBucket, ... })',
    l1: 'DistributionConfig.Logging: { Bucket: "<bucket>.s3.amazonaws.com" }, or an AWS::Logs::DeliverySource with ResourceArn of the distribution',
  },
  controls: {
    fsbp: ['CloudFront.5'],
    nist: [
      'AC-2(4)',
      'AC-4(26)',
      'AC-6(9)',
      'AU-10',
      'AU-12',
      'AU-2',
      'AU-3',
      'AU-6(3)',
      'AU-6(4)',
      'CA-7',
      'SC-7(9)',
      'SI-3(8)',
      'SI-4(20)',
      'SI-7(8)',
    ],
  },
  sources: [
    `${CF_CONTROLS_SOURCE}#cloudfront-5`,
    DISTRIBUTION_CONFIG_SOURCE,
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logging.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-logs-deliverysource.html',
  ],
  messages: {
    none: 'The distribution has no DistributionConfig.Logging bucket and no AWS::Logs::DeliverySource in this template, so viewer requests are not logged.',
  },
  evaluate(ctx) {
    if (ctx.props.at('DistributionConfig.Logging.Bucket').isSet()) return configured('DistributionConfig.Logging.Bucket is set');
    const sources = ctx.referrers('AWS::Logs::DeliverySource');
    if (sources.length > 0) return configured(`standard logging v2 through ${sources.map((s) => s.logicalId).join(', ')}`);
    return unconfigured('none');
  },
});
