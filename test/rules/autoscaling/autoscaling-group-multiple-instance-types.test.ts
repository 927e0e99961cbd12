import { Fn } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { dutyCases } from '../../harness';
import { cfnGroup, groupOf } from './fixtures';

function template(stack: import('aws-cdk-lib').Stack): ec2.LaunchTemplate {
  return new ec2.LaunchTemplate(stack, 'Lt', { machineImage: ec2.MachineImage.latestAmazonLinux2023() });
}

dutyCases('autoscaling-group-multiple-instance-types', [
  {
    name: "the L2 group's mixed instances policy allows two instance types",
    build: (stack) =>
      groupOf(stack, {
        mixedInstancesPolicy: {
          launchTemplate: template(stack),
          launchTemplateOverrides: [
            { instanceType: new ec2.InstanceType('t3.micro') },
            { instanceType: new ec2.InstanceType('t3a.micro') },
          ],
        },
      }),
    path: 'Asg',
    expect: 'configured',
  },
  {
    name: 'the L2 group keeps its defaults (one instance type)',
    build: (stack) => groupOf(stack),
    path: 'Asg',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch adds a second instance type override',
    build: (stack) => {
      const g = groupOf(stack, {
        mixedInstancesPolicy: {
          launchTemplate: template(stack),
          launchTemplateOverrides: [{ instanceType: new ec2.InstanceType('t3.micro') }],
        },
      });
      cfnGroup(g).addPropertyOverride('MixedInstancesPolicy.LaunchTemplate.Overrides.1', { InstanceType: 'm5.large' });
    },
    path: 'Asg',
    expect: 'configured',
  },
  {
    name: 'the instance type override depends on a condition',
    build: (stack) => {
      const g = groupOf(stack, {
        mixedInstancesPolicy: {
          launchTemplate: template(stack),
          launchTemplateOverrides: [{ instanceType: new ec2.InstanceType('t3.micro') }],
        },
      });
      cfnGroup(g).addPropertyOverride(
        'MixedInstancesPolicy.LaunchTemplate.Overrides',
        Fn.conditionIf('Big', [{ InstanceType: 'm5.large' }, { InstanceType: 't3.micro' }], [{ InstanceType: 't3.micro' }]),
      );
    },
    path: 'Asg',
    expect: 'unknown',
  },
  {
    name: 'each branch of a condition on the only override names a single type',
    build: (stack) => {
      const g = groupOf(stack, {
        mixedInstancesPolicy: {
          launchTemplate: template(stack),
          launchTemplateOverrides: [{ instanceType: new ec2.InstanceType('t3.micro') }],
        },
      });
      cfnGroup(g).addPropertyOverride(
        'MixedInstancesPolicy.LaunchTemplate.Overrides.0.InstanceType',
        Fn.conditionIf('Big', 'm5.large', 't3.micro'),
      );
    },
    path: 'Asg',
    expect: 'unconfigured',
  },
]);
