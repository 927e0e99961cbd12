import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { CLASSIC_SOURCE, ELB_CONTROLS_SOURCE } from './helpers';

export default defineDuty({
  id: 'elb-classic-connection-draining',
  title: 'Classic Load Balancer has connection draining enabled',
  category: 'resilience',
  resourceTypes: ['AWS::ElasticLoadBalancing::LoadBalancer'],
  awsSide:
    'AWS completes in-flight requests to instances that are deregistering or unhealthy only when connection draining is enabled; a load balancer created through the API or CloudFormation without ConnectionDrainingPolicy has it disabled.',
  customerSide:
    "Keeping deployments and scale-in from cutting off requests is the customer's: only an enabled ConnectionDrainingPolicy keeps existing connections open while instances leave.",
  severity: 'warning',
  remediation: {
    l2: '(clb.node.defaultChild as elb.CfnLoadBalancer).connectionDrainingPolicy = { enabled: true, timeout: 300 }',
    l1: 'ConnectionDrainingPolicy: { Enabled: true, Timeout: 300 }',
  },
  controls: { fsbp: ['ELB.7'], nist: ['CP-10', 'SC-5'] },
  sources: [
    `${ELB_CONTROLS_SOURCE}#elb-7`,
    CLASSIC_SOURCE,
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/config-conn-drain.html',
  ],
  messages: {
    disabled:
      'ConnectionDrainingPolicy.Enabled is {value}, so requests in flight are cut off when an instance deregisters or fails its health check.',
  },
  evaluate(ctx) {
    const enabled = ctx.props.at('ConnectionDrainingPolicy.Enabled').bool();
    if (enabled === true) return configured('ConnectionDrainingPolicy.Enabled is true');
    return unconfigured('disabled', { value: enabled === undefined ? 'not set (disabled)' : 'false' });
  },
});
