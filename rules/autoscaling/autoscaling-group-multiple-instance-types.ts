import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'autoscaling-group-multiple-instance-types',
  title: 'Auto Scaling group can launch more than one instance type',
  category: 'resilience',
  resourceTypes: ['AWS::AutoScaling::AutoScalingGroup'],
  awsSide:
    "AWS launches the group's capacity from the instance types it allows; when a single type runs short in a zone (or Spot capacity is reclaimed), the group cannot fill its desired capacity there.",
  customerSide:
    "Sizing for capacity shortfalls is the customer's: a MixedInstancesPolicy with several instance types (or attribute-based InstanceRequirements) lets the group keep its capacity. Advice for groups where one type is a hard requirement.",
  severity: 'info',
  remediation: {
    l2: 'new autoscaling.AutoScalingGroup(this, id, { ..., mixedInstancesPolicy: { launchTemplate, launchTemplateOverrides: [{ instanceType: a }, { instanceType: b }] } })',
    l1: 'MixedInstancesPolicy.LaunchTemplate.Overrides with two or more InstanceType values, or InstanceRequirements',
  },
  controls: { fsbp: ['AutoScaling.6'], nist: ['CP-10', 'CP-2(2)', 'CP-6(2)', 'SC-36', 'SC-5(2)', 'SI-13(5)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/autoscaling-controls.html#autoscaling-6',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-autoscalinggroup-launchtemplateoverrides.html',
  ],
  messages: {
    single: 'The group launches a single instance type ({detail}).',
  },
  evaluate(ctx) {
    const overrides = ctx.props.at('MixedInstancesPolicy').at('LaunchTemplate').at('Overrides').list() ?? [];
    if (overrides.some((o) => o.at('InstanceRequirements').isSet()))
      return configured('the group selects instance types by attributes (InstanceRequirements)');
    const types = new Set(overrides.map((o) => o.at('InstanceType').str()).filter((t): t is string => t !== undefined));
    if (types.size >= 2) return configured(`MixedInstancesPolicy allows ${types.size} instance types (${[...types].join(', ')})`);
    const detail =
      types.size === 1
        ? `MixedInstancesPolicy overrides allow only ${[...types][0]}`
        : 'no MixedInstancesPolicy with instance type overrides';
    return unconfigured('single', { detail });
  },
});
