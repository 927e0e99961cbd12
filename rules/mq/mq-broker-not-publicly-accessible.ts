import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'mq-broker-not-publicly-accessible',
  title: 'Amazon MQ broker is not publicly accessible',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::AmazonMQ::Broker'],
  awsSide:
    "Amazon MQ places the broker's endpoints in the customer's VPC subnets and gives them public IP addresses only when PubliclyAccessible is true; the default is false.",
  customerSide:
    "Exposing the broker's endpoints and web console to the internet is the customer's decision: a public broker is reachable by anyone who can guess or steal a user's credentials.",
  severity: 'error',
  remediation: {
    l1: 'PubliclyAccessible: false',
  },
  controls: { fsbp: [], nist: ['AC-3', 'AC-4', 'AC-21', 'SC-7', 'SC-7(3)'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-amazonmq-broker.html#cfn-amazonmq-broker-publiclyaccessible',
    'https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/using-amazon-mq-securely.html',
  ],
  messages: {
    public: "PubliclyAccessible is true, so the broker's endpoints are reachable from outside the VPC.",
  },
  evaluate(ctx) {
    const pub = ctx.props.at('PubliclyAccessible').bool();
    if (pub === true) return unconfigured('public');
    return configured(pub === false ? 'PubliclyAccessible is false' : 'PubliclyAccessible not set: false by default');
  },
});
