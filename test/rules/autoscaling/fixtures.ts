import type { Stack } from 'aws-cdk-lib';
import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';
import * as ec2 from 'aws-cdk-lib/aws-ec2';

/** CDK's recommended flag (set by `cdk init`): the L2 group renders a launch template instead of a launch configuration. */
export const LAUNCH_TEMPLATE_FLAG = '@aws-cdk/aws-autoscaling:generateLaunchTemplateInsteadOfLaunchConfig';

export function vpcOf(stack: Stack): ec2.Vpc {
  return new ec2.Vpc(stack, 'Vpc', { natGateways: 0, maxAzs: 2 });
}

/** An L2 group with the Amazon Linux 2023 AMI; `launchTemplate: true` sets CDK's launch-template feature flag first. */
export function groupOf(
  stack: Stack,
  props: Partial<autoscaling.AutoScalingGroupProps> = {},
  options: { launchTemplate?: boolean; vpc?: ec2.IVpc } = {},
): autoscaling.AutoScalingGroup {
  if (options.launchTemplate) stack.node.setContext(LAUNCH_TEMPLATE_FLAG, true);
  const usesTemplate = props.launchTemplate !== undefined || props.mixedInstancesPolicy !== undefined;
  return new autoscaling.AutoScalingGroup(stack, 'Asg', {
    vpc: options.vpc ?? vpcOf(stack),
    ...(usesTemplate ? {} : { instanceType: new ec2.InstanceType('t3.micro'), machineImage: ec2.MachineImage.latestAmazonLinux2023() }),
    ...props,
  });
}

export function cfnGroup(group: autoscaling.AutoScalingGroup): autoscaling.CfnAutoScalingGroup {
  return group.node.defaultChild as autoscaling.CfnAutoScalingGroup;
}

/** A bare L1 group launching from a literal launch template id (no template in the app). */
export function rawGroup(stack: Stack, props: Partial<autoscaling.CfnAutoScalingGroupProps> = {}): autoscaling.CfnAutoScalingGroup {
  return new autoscaling.CfnAutoScalingGroup(stack, 'Raw', { minSize: '1', maxSize: '2', ...props });
}
