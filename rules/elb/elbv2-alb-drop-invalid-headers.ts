import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { ELB_CONTROLS_SOURCE, LB_ATTRIBUTES_SOURCE, loadBalancerAttribute, loadBalancerType } from './helpers';

const KEY = 'routing.http.drop_invalid_header_fields.enabled';

export default defineDuty({
  id: 'elbv2-alb-drop-invalid-headers',
  title: 'Application Load Balancer drops invalid HTTP header fields',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
  awsSide:
    "AWS operates the load balancer's HTTP parsing; by default (routing.http.drop_invalid_header_fields.enabled is false) an Application Load Balancer forwards header fields whose names are not valid HTTP to the targets.",
  customerSide:
    "Hardening what reaches the targets is the customer's: only enabling the attribute makes the load balancer remove invalid header fields that can be used for HTTP desync and request smuggling attacks.",
  severity: 'warning',
  remediation: {
    l2: 'new elbv2.ApplicationLoadBalancer(this, id, { dropInvalidHeaderFields: true, ... })',
    l1: `LoadBalancerAttributes: [{ Key: "${KEY}", Value: "true" }]`,
  },
  controls: { fsbp: ['ELB.4'], nist: ['AC-4(21)', 'SI-10'] },
  sources: [`${ELB_CONTROLS_SOURCE}#elb-4`, LB_ATTRIBUTES_SOURCE],
  messages: {
    notDropped: 'The Application Load Balancer has ' + KEY + ' {value}, so header fields with invalid names are forwarded to the targets.',
  },
  evaluate(ctx) {
    const type = loadBalancerType(ctx.props);
    if (type !== 'application')
      return notApplicable(`the load balancer is of type ${type}; the attribute exists only for Application Load Balancers`);
    const value = loadBalancerAttribute(ctx.props, KEY)?.bool();
    if (value === true) return configured(`${KEY} is true`);
    return unconfigured('notDropped', { value: value === undefined ? 'not set (default false)' : 'false' });
  },
});
