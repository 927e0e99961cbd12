import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'autoscaling-group-elb-health-check',
  title: "Auto Scaling group behind a load balancer uses the load balancer's health checks",
  category: 'resilience',
  resourceTypes: ['AWS::AutoScaling::AutoScalingGroup'],
  awsSide:
    "AWS replaces instances that fail the group's health checks; by default (HealthCheckType EC2) only EC2 status checks count, so an instance whose application fails the load balancer's health check keeps running, and keeps being counted as healthy capacity.",
  customerSide:
    "Telling Auto Scaling what healthy means for the customer's application is the customer's: add ELB to the group's health check types when it serves a load balancer.",
  severity: 'warning',
  remediation: {
    l2: 'new autoscaling.AutoScalingGroup(this, id, { ..., healthChecks: autoscaling.HealthChecks.withAdditionalChecks({ additionalTypes: [autoscaling.AdditionalHealthCheckType.ELB], gracePeriod }) })',
    l1: 'HealthCheckType: ELB (a comma-separated list that includes ELB) with a HealthCheckGracePeriod',
  },
  controls: { fsbp: ['AutoScaling.1'], nist: ['CA-7', 'CP-2(2)', 'SI-2'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/autoscaling-controls.html#autoscaling-1',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-autoscaling-autoscalinggroup.html',
    'https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-health-checks.html',
  ],
  messages: {
    ec2Only:
      "The group is attached to {attached} but HealthCheckType is {value}, so instances failing the load balancer's health check are not replaced.",
  },
  evaluate(ctx) {
    const attached: string[] = [];
    if ((ctx.props.at('TargetGroupARNs').list() ?? []).length > 0) attached.push('target groups (TargetGroupARNs)');
    if ((ctx.props.at('LoadBalancerNames').list() ?? []).length > 0) attached.push('Classic Load Balancers (LoadBalancerNames)');
    const sources = ctx.props.at('TrafficSources').list() ?? [];
    const elbSources = sources.filter((s) => (s.at('Type').str() ?? '').toLowerCase() !== 'vpc-lattice');
    if (elbSources.length > 0) attached.push('load balancers (TrafficSources)');
    if (attached.length === 0) return notApplicable('the group is attached to no load balancer');
    const raw = ctx.props.at('HealthCheckType').str();
    const types = (raw ?? 'EC2').split(',').map((t) => t.trim().toUpperCase());
    if (types.includes('ELB')) return configured(`HealthCheckType includes ELB (${raw})`);
    return unconfigured('ec2Only', { attached: attached.join(' and '), value: raw === undefined ? 'not set (EC2 only)' : `'${raw}'` });
  },
});
