import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { DEFAULT_LISTENER_POLICY, policyStrength, TRANSIT_NIST } from './helpers';

export default defineDuty({
  id: 'elbv2-listener-tls-policy',
  title: 'HTTPS or TLS listener uses a security policy that requires TLS 1.2 or later',
  category: 'data-protection',
  resourceTypes: ['AWS::ElasticLoadBalancingV2::Listener'],
  awsSide:
    'AWS negotiates TLS with clients using the predefined security policy of the listener; when a listener is created through CloudFormation, the CLI or the CDK without SslPolicy, ELB applies ELBSecurityPolicy-2016-08, which still accepts TLS 1.0 and TLS 1.1.',
  customerSide:
    "Choosing the security policy is the customer's: only a policy such as ELBSecurityPolicy-TLS13-1-2-2021-06 refuses the deprecated TLS 1.0 and 1.1 protocols.",
  severity: 'warning',
  remediation: {
    l2: 'alb.addListener(id, { protocol: elbv2.ApplicationProtocol.HTTPS, sslPolicy: elbv2.SslPolicy.RECOMMENDED_TLS, ... }) (NLB: nlb.addListener(id, { protocol: elbv2.Protocol.TLS, sslPolicy: elbv2.SslPolicy.RECOMMENDED_TLS }))',
    l1: 'SslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06" (or another TLS 1.2+ policy) on the listener',
  },
  controls: { fsbp: [], nist: TRANSIT_NIST },
  sources: [
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html',
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/describe-ssl-policies.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-elasticloadbalancingv2-listener.html',
  ],
  messages: {
    defaultPolicy:
      'The {protocol} listener on port {port} sets no SslPolicy, so ELB applies ' +
      DEFAULT_LISTENER_POLICY +
      ', which accepts TLS 1.0 and TLS 1.1.',
    weakPolicy: 'The {protocol} listener on port {port} uses the security policy {policy}, which accepts TLS versions older than 1.2.',
  },
  evaluate(ctx) {
    const protocol = ctx.props.at('Protocol').str();
    if (protocol !== 'HTTPS' && protocol !== 'TLS')
      return notApplicable(`the listener protocol is ${protocol ?? 'not set'}, which does not terminate TLS`);
    const port = ctx.props.at('Port').str() ?? '?';
    const policy = ctx.props.at('SslPolicy').str();
    if (policy === undefined) return unconfigured('defaultPolicy', { protocol, port });
    const strength = policyStrength(policy);
    if (strength === 'weak') return unconfigured('weakPolicy', { protocol, port, policy });
    if (strength === 'unrecognized')
      return configured(`SslPolicy ${policy} is not a name this check recognizes; verify it requires TLS 1.2`);
    return configured(`SslPolicy ${policy} requires TLS 1.2 or later`);
  },
});
