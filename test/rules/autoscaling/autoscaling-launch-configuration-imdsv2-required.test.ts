import { CfnParameter } from 'aws-cdk-lib';
import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { dutyCases } from '../../harness';
import { groupOf } from './fixtures';

function lc(group: autoscaling.AutoScalingGroup): autoscaling.CfnLaunchConfiguration {
  return group.node.findChild('LaunchConfig') as autoscaling.CfnLaunchConfiguration;
}

dutyCases('autoscaling-launch-configuration-imdsv2-required', [
  {
    name: 'the L2 group sets requireImdsv2 (on its launch configuration)',
    build: (stack) => groupOf(stack, { requireImdsv2: true }),
    path: 'Asg/LaunchConfig',
    expect: 'configured',
  },
  {
    name: 'the L2 group on the latest AL2023 image keeps its defaults (its AMI requires IMDSv2 unless the account default says otherwise)',
    build: (stack) => groupOf(stack),
    path: 'Asg/LaunchConfig',
    expect: 'unknown',
  },
  {
    name: 'fails when the L2 group on a generic image keeps its defaults (HttpTokens not set, so optional)',
    build: (stack) => groupOf(stack, { machineImage: ec2.MachineImage.genericLinux({ 'us-east-1': 'ami-0123456789abcdef0' }) }),
    path: 'Asg/LaunchConfig',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch requires IMDSv2 on the launch configuration',
    build: (stack) => lc(groupOf(stack)).addPropertyOverride('MetadataOptions.HttpTokens', 'required'),
    path: 'Asg/LaunchConfig',
    expect: 'configured',
  },
  {
    name: 'an L1 launch configuration sets HttpTokens optional',
    build: (stack) =>
      new autoscaling.CfnLaunchConfiguration(stack, 'Raw', {
        imageId: 'ami-12345678',
        instanceType: 't3.micro',
        metadataOptions: { httpTokens: 'optional' },
      }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'HttpTokens is a parameter',
    build: (stack) =>
      new autoscaling.CfnLaunchConfiguration(stack, 'Raw', {
        imageId: 'ami-12345678',
        instanceType: 't3.micro',
        metadataOptions: { httpTokens: new CfnParameter(stack, 'Tokens').valueAsString },
      }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
