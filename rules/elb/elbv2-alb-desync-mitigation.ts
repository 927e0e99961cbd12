import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { ELB_CONTROLS_SOURCE, LB_ATTRIBUTES_SOURCE, loadBalancerAttribute, loadBalancerType } from './helpers';

const KEY = 'routing.http.desync_mitigation_mode';

export default defineDuty({
  id: 'elbv2-alb-desync-mitigation',
  title: 'Application Load Balancer uses defensive or strictest desync mitigation mode',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
  awsSide:
    'AWS classifies every request and, in the default defensive mode, blocks requests that are a high risk for HTTP desync; in monitor mode it forwards every request whatever its risk.',
  customerSide:
    "Keeping desync protection on is the customer's: setting the mode to monitor lets ambiguous, smuggling-prone requests reach the targets.",
  severity: 'warning',
  remediation: {
    l2: 'new elbv2.ApplicationLoadBalancer(this, id, { desyncMitigationMode: elbv2.DesyncMitigationMode.DEFENSIVE, ... }) (or STRICTEST)',
    l1: `LoadBalancerAttributes: [{ Key: "${KEY}", Value: "defensive" }] (or "strictest"), or no such attribute`,
  },
  controls: { fsbp: ['ELB.12'], nist: ['AC-4(21)', 'SI-10'] },
  sources: [
    `${ELB_CONTROLS_SOURCE}#elb-12`,
    LB_ATTRIBUTES_SOURCE,
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/edit-load-balancer-attributes.html#desync-mitigation-mode',
  ],
  messages: {
    monitor: 'The Application Load Balancer has ' + KEY + ' {mode}, so requests at risk of HTTP desync are forwarded unchecked.',
  },
  evaluate(ctx) {
    const type = loadBalancerType(ctx.props);
    if (type !== 'application')
      return notApplicable(`the load balancer is of type ${type}; desync mitigation applies to Application Load Balancers`);
    const mode = loadBalancerAttribute(ctx.props, KEY)?.str();
    if (mode === undefined) return configured(`${KEY} is not set: the default is defensive`);
    if (mode === 'defensive' || mode === 'strictest') return configured(`${KEY} is ${mode}`);
    return unconfigured('monitor', { mode });
  },
});
