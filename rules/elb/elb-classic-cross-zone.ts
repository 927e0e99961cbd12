import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { AVAILABILITY_NIST, CLASSIC_SOURCE, ELB_CONTROLS_SOURCE } from './helpers';

export default defineDuty({
  id: 'elb-classic-cross-zone',
  title: 'Classic Load Balancer has cross-zone load balancing enabled',
  category: 'resilience',
  resourceTypes: ['AWS::ElasticLoadBalancing::LoadBalancer'],
  awsSide:
    'AWS runs a load balancer node per enabled Availability Zone; with cross-zone load balancing each node spreads requests over the instances of all zones, and a load balancer created through the API or CloudFormation has it disabled by default.',
  customerSide:
    "Balancing load across zones is the customer's: with CrossZone off, a zone with few healthy instances receives as much traffic as the others and can be overwhelmed.",
  severity: 'warning',
  remediation: {
    l2: 'new elb.LoadBalancer(this, id, { crossZone: true, ... }) (the CDK default)',
    l1: 'CrossZone: true',
  },
  controls: { fsbp: ['ELB.9'], nist: AVAILABILITY_NIST },
  sources: [
    `${ELB_CONTROLS_SOURCE}#elb-9`,
    CLASSIC_SOURCE,
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/enable-disable-crosszone-lb.html',
  ],
  messages: {
    disabled: 'CrossZone is {value}, so each load balancer node only uses the instances of its own Availability Zone.',
  },
  evaluate(ctx) {
    const crossZone = ctx.props.at('CrossZone').bool();
    if (crossZone === true) return configured('CrossZone is true');
    return unconfigured('disabled', { value: crossZone === undefined ? 'not set (disabled)' : 'false' });
  },
});
