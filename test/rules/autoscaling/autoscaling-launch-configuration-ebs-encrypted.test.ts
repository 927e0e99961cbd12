import { Fn } from 'aws-cdk-lib';
import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';
import { dutyCases } from '../../harness';
import { groupOf } from './fixtures';

dutyCases('autoscaling-launch-configuration-ebs-encrypted', [
  {
    name: 'the L2 group encrypts its root volume',
    build: (stack) =>
      groupOf(stack, { blockDevices: [{ deviceName: '/dev/xvda', volume: autoscaling.BlockDeviceVolume.ebs(8, { encrypted: true }) }] }),
    path: 'Asg/LaunchConfig',
    expect: 'configured',
  },
  {
    name: 'the L2 group keeps its defaults (volumes from the AMI)',
    build: (stack) => groupOf(stack),
    path: 'Asg/LaunchConfig',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 group defines an unencrypted volume',
    build: (stack) => groupOf(stack, { blockDevices: [{ deviceName: '/dev/xvda', volume: autoscaling.BlockDeviceVolume.ebs(8) }] }),
    path: 'Asg/LaunchConfig',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch encrypts the volume',
    build: (stack) =>
      (
        groupOf(stack, { blockDevices: [{ deviceName: '/dev/xvda', volume: autoscaling.BlockDeviceVolume.ebs(8) }] }).node.findChild(
          'LaunchConfig',
        ) as autoscaling.CfnLaunchConfiguration
      ).addPropertyOverride('BlockDeviceMappings.0.Ebs.Encrypted', true),
    path: 'Asg/LaunchConfig',
    expect: 'configured',
  },
  {
    name: 'Encrypted depends on a condition',
    build: (stack) =>
      new autoscaling.CfnLaunchConfiguration(stack, 'Raw', {
        imageId: 'ami-12345678',
        instanceType: 't3.micro',
        blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { encrypted: Fn.conditionIf('Enc', true, false) as unknown as boolean } }],
      }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
