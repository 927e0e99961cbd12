import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'msk-cluster-public-access-disabled',
  title: 'MSK cluster brokers are not publicly accessible',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::MSK::Cluster'],
  awsSide:
    'Amazon MSK brokers are reachable only inside the VPC unless the customer turns on public access (PublicAccess Type SERVICE_PROVIDED_EIPS); the default is DISABLED.',
  customerSide:
    "Exposing the brokers to the internet is the customer's decision: public access gives every broker an Elastic IP reachable from outside the VPC.",
  severity: 'error',
  remediation: {
    l1: 'BrokerNodeGroupInfo: { ConnectivityInfo: { PublicAccess: { Type: DISABLED } } } (or omit PublicAccess)',
  },
  controls: { fsbp: ['MSK.4'], nist: ['AC-3', 'AC-4', 'AC-21', 'SC-7', 'SC-7(3)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/msk-controls.html#msk-4',
    'https://docs.aws.amazon.com/config/latest/developerguide/msk-cluster-public-access-disabled.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-msk-cluster-publicaccess.html',
  ],
  messages: {
    public: 'PublicAccess Type is {type}, so the brokers have public IP addresses reachable from the internet.',
  },
  evaluate(ctx) {
    const type = ctx.props.at('BrokerNodeGroupInfo.ConnectivityInfo.PublicAccess.Type').str();
    if (type === undefined || type === 'DISABLED')
      return configured(type ? 'PublicAccess Type is DISABLED' : 'PublicAccess not set: DISABLED by default');
    return unconfigured('public', { type });
  },
});
