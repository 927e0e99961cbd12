import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import autoscalingGroupElbHealthCheck from './autoscaling-group-elb-health-check';
import autoscalingGroupLaunchTemplate from './autoscaling-group-launch-template';
import autoscalingGroupMultiAz from './autoscaling-group-multi-az';
import autoscalingGroupMultipleInstanceTypes from './autoscaling-group-multiple-instance-types';
import autoscalingGroupPatched from './autoscaling-group-patched';
import autoscalingGroupSsmManaged from './autoscaling-group-ssm-managed';
import autoscalingLaunchConfigurationEbsEncrypted from './autoscaling-launch-configuration-ebs-encrypted';
import autoscalingLaunchConfigurationImdsv2Required from './autoscaling-launch-configuration-imdsv2-required';
import autoscalingLaunchConfigurationNoPublicIp from './autoscaling-launch-configuration-no-public-ip';

/** Amazon EC2 Auto Scaling duties, sorted by id. */
export const duties: readonly Duty[] = [
  autoscalingGroupElbHealthCheck,
  autoscalingGroupLaunchTemplate,
  autoscalingGroupMultiAz,
  autoscalingGroupMultipleInstanceTypes,
  autoscalingGroupPatched,
  autoscalingGroupSsmManaged,
  autoscalingLaunchConfigurationEbsEncrypted,
  autoscalingLaunchConfigurationImdsv2Required,
  autoscalingLaunchConfigurationNoPublicIp,
];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::AutoScaling::AutoScalingGroup',
    service: 'Amazon EC2 Auto Scaling',
    serviceModel: 'infrastructure',
    awsSide:
      "AWS launches, health-checks, replaces and balances the group's EC2 instances across its Availability Zones; as for any EC2 instance, each instance's guest operating system, software and data are the customer's.",
    source: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/security.html',
  },
  {
    type: 'AWS::AutoScaling::LaunchConfiguration',
    service: 'Amazon EC2 Auto Scaling',
    serviceModel: 'infrastructure',
    awsSide:
      "AWS applies the launch configuration's parameters to every instance a group launches from it, but adds no new instance types or features to launch configurations; the instances' guest operating systems are the customer's.",
    source: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/LaunchConfiguration.html',
  },
];
