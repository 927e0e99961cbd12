import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { ELB_CONTROLS_SOURCE, LB_ATTRIBUTES_SOURCE, loadBalancerAttribute, loadBalancerType } from './helpers';

const KEY = 'deletion_protection.enabled';

export default defineDuty({
  id: 'elbv2-load-balancer-deletion-protection',
  title: 'Elastic Load Balancing v2 load balancer has deletion protection',
  category: 'resilience',
  resourceTypes: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
  awsSide:
    'AWS deletes a load balancer, and its DNS name with it, on any authorized DeleteLoadBalancer call unless deletion_protection.enabled is true; the default is false.',
  customerSide:
    "Guarding the entry point of the application against accidental deletion is the customer's: only deletion protection makes a delete fail until someone deliberately turns it off.",
  severity: 'warning',
  remediation: {
    l2: 'new elbv2.ApplicationLoadBalancer(this, id, { deletionProtection: true, ... }) (also NetworkLoadBalancer)',
    l1: `LoadBalancerAttributes: [{ Key: "${KEY}", Value: "true" }]`,
  },
  controls: { fsbp: ['ELB.6'], nist: ['CA-9(1)', 'CM-2', 'CM-2(2)', 'CM-3', 'SC-5(2)'] },
  sources: [`${ELB_CONTROLS_SOURCE}#elb-6`, LB_ATTRIBUTES_SOURCE],
  messages: {
    disabled: 'The {type} load balancer has ' + KEY + ' {value}, so a single delete call removes it.',
  },
  evaluate(ctx) {
    const type = loadBalancerType(ctx.props);
    const value = loadBalancerAttribute(ctx.props, KEY)?.bool();
    if (value === true) return configured(`${KEY} is true`);
    return unconfigured('disabled', { type, value: value === undefined ? 'not set (default false)' : 'false' });
  },
});
