import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { AVAILABILITY_NIST, ELB_CONTROLS_SOURCE, loadBalancerType } from './helpers';

export default defineDuty({
  id: 'elbv2-load-balancer-multi-az',
  title: 'Elastic Load Balancing v2 load balancer spans at least two Availability Zones',
  category: 'resilience',
  resourceTypes: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
  awsSide:
    'AWS runs a load balancer node in each Availability Zone whose subnet the customer enables (one subnet per zone) and scales and replaces those nodes; it never adds a zone on its own.',
  customerSide:
    "Choosing the subnets is the customer's: a load balancer enabled in a single Availability Zone stops serving when that zone is impaired.",
  severity: 'warning',
  remediation: {
    l2: 'new elbv2.NetworkLoadBalancer(this, id, { vpc, vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC } }) with a VPC that has subnets in two or more AZs',
    l1: 'Subnets (or SubnetMappings): one subnet in each of at least two Availability Zones',
  },
  controls: { fsbp: ['ELB.13'], nist: AVAILABILITY_NIST },
  sources: [
    `${ELB_CONTROLS_SOURCE}#elb-13`,
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-elasticloadbalancingv2-loadbalancer.html',
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/network-load-balancers.html#availability-zones',
  ],
  messages: {
    singleZone: 'The {type} load balancer is enabled in {count} subnet(s), so it serves from at most one Availability Zone.',
  },
  evaluate(ctx) {
    const subnets = ctx.props.at('Subnets').list() ?? [];
    const mappings = ctx.props.at('SubnetMappings').list() ?? [];
    const count = Math.max(subnets.length, mappings.length);
    // A load balancer accepts at most one subnet per Availability Zone, so subnets count zones.
    if (count >= 2) return configured(`enabled in ${count} subnets, one per Availability Zone`);
    return unconfigured('singleZone', { type: loadBalancerType(ctx.props), count });
  },
});
