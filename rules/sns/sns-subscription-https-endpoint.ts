import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'sns-subscription-https-endpoint',
  title: 'SNS subscription delivers to an HTTPS endpoint, not plain HTTP',
  category: 'data-protection',
  resourceTypes: ['AWS::SNS::Subscription'],
  awsSide:
    'SNS delivers each message with the protocol the subscription names; with protocol http it sends the message body unencrypted over the network.',
  customerSide:
    "Choosing the delivery protocol is the customer's: an http subscription sends every message and the subscription confirmation in clear text to the endpoint.",
  severity: 'error',
  remediation: {
    l2: 'topic.addSubscription(new subs.UrlSubscription("https://...")) (an https:// URL)',
    l1: 'Protocol: https with an https:// Endpoint',
  },
  controls: { fsbp: [], nist: ['SC-8', 'SC-8(1)', 'SC-23'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sns-subscription.html#cfn-sns-subscription-protocol',
    'https://docs.aws.amazon.com/sns/latest/dg/sns-http-https-endpoint-as-subscriber.html',
  ],
  messages: {
    plainHttp: 'The subscription uses Protocol http (endpoint {endpoint}), so SNS delivers messages unencrypted.',
  },
  evaluate(ctx) {
    const protocol = ctx.props.at('Protocol').str();
    if (protocol?.toLowerCase() === 'http') {
      const endpoint = ctx.props.at('Endpoint');
      // Only the host is quoted: a URL can carry basic-auth credentials, a path or a query with secrets.
      return unconfigured('plainHttp', { endpoint: endpoint.isToken ? 'from a token' : hostOf(endpoint.str()) });
    }
    return configured(`Protocol is ${protocol}`);
  },
});

function hostOf(url: string | undefined): string {
  if (url === undefined) return 'not set';
  try {
    return `host ${new URL(url).host}`;
  } catch {
    return 'not a valid URL';
  }
}
