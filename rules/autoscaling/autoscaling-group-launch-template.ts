import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured, unknown } from '../../lib/model/verdict';

function nameOf(logicalId: string | undefined, raw: unknown): string {
  return logicalId ?? (typeof raw === 'string' ? raw : JSON.stringify(raw));
}

export default defineDuty({
  id: 'autoscaling-group-launch-template',
  title: 'Auto Scaling group launches instances from an EC2 launch template',
  category: 'configuration-and-vulnerability',
  resourceTypes: ['AWS::AutoScaling::AutoScalingGroup'],
  awsSide:
    'AWS no longer adds features or new instance types to launch configurations (none since January 1, 2023), and accounts created on or after October 1, 2024 cannot create them at all; launch templates carry the current instance options (IMDSv2 settings, versions, mixed instances).',
  customerSide:
    "Migrating the group's launch parameters to a launch template is the customer's, so the group keeps getting new instance types and the metadata and network options launch configurations lack.",
  severity: 'warning',
  remediation: {
    l2: "new autoscaling.AutoScalingGroup(this, id, { ..., launchTemplate }) or the feature flag '@aws-cdk/aws-autoscaling:generateLaunchTemplateInsteadOfLaunchConfig': true in cdk.json",
    l1: 'LaunchTemplate: { LaunchTemplateId, Version } (or MixedInstancesPolicy.LaunchTemplate) instead of LaunchConfigurationName or InstanceId',
  },
  controls: { fsbp: ['AutoScaling.9'], nist: ['CA-9(1)', 'CM-2', 'CM-2(2)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/autoscaling-controls.html#autoscaling-9',
    'https://docs.aws.amazon.com/autoscaling/ec2/userguide/LaunchConfiguration.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-autoscaling-autoscalinggroup.html',
  ],
  messages: {
    launchConfiguration: 'The group launches from launch configuration {name} (LaunchConfigurationName), not from a launch template.',
    instanceId:
      'The group is created from instance {name} (InstanceId), for which Amazon EC2 Auto Scaling creates a launch configuration, not a launch template.',
  },
  evaluate(ctx) {
    if (ctx.props.at('LaunchTemplate').isSet()) return configured('the group launches from a launch template (LaunchTemplate)');
    if (ctx.props.at('MixedInstancesPolicy').at('LaunchTemplate').isSet())
      return configured('the group launches from a launch template (MixedInstancesPolicy)');
    const lc = ctx.props.at('LaunchConfigurationName');
    if (lc.isSet()) return unconfigured('launchConfiguration', { name: nameOf(ctx.target(lc)?.logicalId, lc.raw) });
    const instance = ctx.props.at('InstanceId');
    if (instance.isSet()) return unconfigured('instanceId', { name: nameOf(ctx.target(instance)?.logicalId, instance.raw) });
    return unknown('the group names neither a launch template, a launch configuration nor an instance');
  },
});
