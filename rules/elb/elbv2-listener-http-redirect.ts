import { defineDuty } from '../../lib/model/duty';
import type { ResourceRecord } from '../../lib/model/resource';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { ELB_CONTROLS_SOURCE, TRANSIT_NIST } from './helpers';

export default defineDuty({
  id: 'elbv2-listener-http-redirect',
  title: 'Application Load Balancer HTTP listener redirects to HTTPS',
  category: 'data-protection',
  resourceTypes: ['AWS::ElasticLoadBalancingV2::Listener'],
  awsSide:
    "AWS terminates TLS on HTTPS listeners with the customer's certificate; an HTTP listener serves whatever its actions say over plain text, and Elastic Load Balancing never upgrades a request to HTTPS on its own.",
  customerSide:
    "Protecting data in transit is the customer's: an HTTP listener must redirect every request to HTTPS, or clients exchange data with the load balancer unencrypted.",
  severity: 'error',
  remediation: {
    l2: 'alb.addRedirect({ sourcePort: 80, targetPort: 443 }) or alb.addListener(id, { port: 80, defaultAction: elbv2.ListenerAction.redirect({ protocol: "HTTPS", port: "443", permanent: true }) })',
    l1: 'DefaultActions: [{ Type: "redirect", RedirectConfig: { Protocol: "HTTPS", Port: "443", StatusCode: "HTTP_301" } }] on the HTTP listener, and no listener rule that forwards',
  },
  controls: { fsbp: ['ELB.1'], nist: TRANSIT_NIST },
  sources: [
    `${ELB_CONTROLS_SOURCE}#elb-1`,
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-elasticloadbalancingv2-listener.html',
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html',
  ],
  messages: {
    noRedirect:
      'The HTTP listener on port {port} has a default action of type {action}, not a redirect to HTTPS, so it serves requests over plain HTTP.',
    ruleForwards: 'The HTTP listener on port {port} redirects by default, but its listener rule {rule} forwards requests over plain HTTP.',
  },
  evaluate(ctx) {
    const protocol = ctx.props.at('Protocol').str();
    if (protocol !== 'HTTP') return notApplicable(`the listener protocol is ${protocol ?? 'not set'}, not HTTP`);
    const port = ctx.props.at('Port').str() ?? '?';
    const actions = ctx.props.at('DefaultActions').list() ?? [];
    const last = actions[actions.length - 1];
    const type = last?.at('Type').str();
    if (type !== 'redirect' || last!.at('RedirectConfig.Protocol').str() !== 'HTTPS') {
      const action = type === 'redirect' ? `redirect to ${last!.at('RedirectConfig.Protocol').str() ?? '#{protocol}'}` : (type ?? 'none');
      return unconfigured('noRedirect', { port, action });
    }
    const rules = ctx.attachments('AWS::ElasticLoadBalancingV2::ListenerRule', 'ListenerArn');
    const forwards = (rule: ResourceRecord) => (ctx.propsOf(rule).at('Actions').list() ?? []).some((a) => a.at('Type').str() === 'forward');
    const found = rules.sure.find(forwards);
    if (found) return unconfigured('ruleForwards', { port, rule: found.logicalId });
    rules.settle(forwards);
    return configured('the default action redirects to HTTPS');
  },
});
