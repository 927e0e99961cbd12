import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'ec2-transit-gateway-no-auto-accept',
  title: 'Transit gateway does not accept shared attachment requests automatically',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::EC2::TransitGateway'],
  awsSide:
    'AWS attaches a VPC from another account to a shared transit gateway as soon as it is requested when AutoAcceptSharedAttachments is enable (default disable), connecting that network to every route the gateway carries.',
  customerSide:
    "Which networks join the customer's transit gateway is the customer's decision: keep automatic acceptance off and accept each cross-account attachment deliberately.",
  severity: 'warning',
  remediation: {
    l1: 'AutoAcceptSharedAttachments: disable (or omitted) on the AWS::EC2::TransitGateway',
  },
  controls: { fsbp: ['EC2.23'], nist: ['AC-4(21)', 'CA-9(1)', 'CM-2', 'SC-7'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-23',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-transitgateway.html',
  ],
  messages: {
    enabled:
      "AutoAcceptSharedAttachments is '{value}', so attachment requests from accounts the gateway is shared with are accepted without review.",
  },
  evaluate(ctx) {
    const value = ctx.props.at('AutoAcceptSharedAttachments').str();
    if (value !== undefined && value.toLowerCase() === 'enable') return unconfigured('enabled', { value });
    return configured(
      value === undefined ? 'AutoAcceptSharedAttachments is not set (default disable)' : `AutoAcceptSharedAttachments is '${value}'`,
    );
  },
});
