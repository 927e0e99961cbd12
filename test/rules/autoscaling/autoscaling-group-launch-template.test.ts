import { Fn } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { dutyCases } from '../../harness';
import { cfnGroup, groupOf, rawGroup } from './fixtures';

dutyCases('autoscaling-group-launch-template', [
  {
    name: 'the L2 group keeps its defaults under the recommended feature flag (a launch template)',
    build: (stack) => groupOf(stack, {}, { launchTemplate: true }),
    path: 'Asg',
    expect: 'configured',
  },
  {
    name: 'the L2 group is given a launch template',
    build: (stack) =>
      groupOf(stack, {
        launchTemplate: new ec2.LaunchTemplate(stack, 'Lt', {
          instanceType: new ec2.InstanceType('t3.micro'),
          machineImage: ec2.MachineImage.latestAmazonLinux2023(),
        }),
      }),
    path: 'Asg',
    expect: 'configured',
  },
  {
    name: 'the L2 group keeps its defaults without the feature flag (a launch configuration)',
    build: (stack) => groupOf(stack),
    path: 'Asg',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 group is created from an instance',
    build: (stack) => rawGroup(stack, { instanceId: 'i-0123456789abcdef0', vpcZoneIdentifier: ['subnet-12345678'] }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch swaps the launch configuration for a launch template',
    build: (stack) => {
      const lt = new ec2.CfnLaunchTemplate(stack, 'Lt', { launchTemplateData: { imageId: 'ami-12345678' } });
      const g = cfnGroup(groupOf(stack));
      g.addPropertyDeletionOverride('LaunchConfigurationName');
      g.addPropertyOverride('LaunchTemplate', { LaunchTemplateId: lt.ref, Version: lt.attrLatestVersionNumber });
    },
    path: 'Asg',
    expect: 'configured',
  },
  {
    name: 'the launch template depends on a condition',
    build: (stack) =>
      rawGroup(stack).addPropertyOverride(
        'LaunchTemplate',
        Fn.conditionIf('UseLt', { LaunchTemplateId: 'lt-12345678', Version: '1' }, Fn.ref('AWS::NoValue')),
      ),
    path: 'Raw',
    expect: 'unknown',
  },
]);
