import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { AVAILABILITY_NIST, CLASSIC_SOURCE, ELB_CONTROLS_SOURCE } from './helpers';

export default defineDuty({
  id: 'elb-classic-multi-az',
  title: 'Classic Load Balancer spans at least two Availability Zones',
  category: 'resilience',
  resourceTypes: ['AWS::ElasticLoadBalancing::LoadBalancer'],
  awsSide:
    "AWS runs a load balancer node in each Availability Zone (or each zone's subnet) the customer enables, and never adds a zone on its own.",
  customerSide:
    "Choosing the zones is the customer's: a Classic Load Balancer enabled in a single Availability Zone stops serving when that zone is impaired.",
  severity: 'warning',
  remediation: {
    l2: 'new elb.LoadBalancer(this, id, { vpc, subnetSelection: { subnetType: ec2.SubnetType.PUBLIC } }) with a VPC that has subnets in two or more AZs',
    l1: 'Subnets: one subnet in each of at least two Availability Zones (or AvailabilityZones: two or more zones)',
  },
  controls: { fsbp: ['ELB.10'], nist: AVAILABILITY_NIST },
  sources: [
    `${ELB_CONTROLS_SOURCE}#elb-10`,
    CLASSIC_SOURCE,
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/enable-disable-az.html',
  ],
  messages: {
    singleZone: 'The Classic Load Balancer is enabled in {count} Availability Zone(s) or subnet(s).',
  },
  evaluate(ctx) {
    const zones = ctx.props.at('AvailabilityZones').list() ?? [];
    const subnets = ctx.props.at('Subnets').list() ?? [];
    // A Classic Load Balancer takes at most one subnet per Availability Zone.
    const count = Math.max(zones.length, subnets.length);
    if (count >= 2) return configured(`enabled in ${count} Availability Zones`);
    return unconfigured('singleZone', { count });
  },
});
