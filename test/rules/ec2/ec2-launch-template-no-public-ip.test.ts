import { Fn } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { dutyCases } from '../../harness';

dutyCases('ec2-launch-template-no-public-ip', [
  {
    name: 'the L2 launch template keeps its defaults (no network interfaces)',
    build: (stack) => new ec2.LaunchTemplate(stack, 'Lt'),
    path: 'Lt',
    expect: 'configured',
  },
  {
    name: 'the L2 launch template sets associatePublicIpAddress false',
    build: (stack) => new ec2.LaunchTemplate(stack, 'Lt', { associatePublicIpAddress: false }),
    path: 'Lt',
    expect: 'configured',
  },
  {
    name: 'the L2 launch template sets associatePublicIpAddress true',
    build: (stack) => new ec2.LaunchTemplate(stack, 'Lt', { associatePublicIpAddress: true }),
    path: 'Lt',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch turns the public IP off',
    build: (stack) => {
      const lt = new ec2.LaunchTemplate(stack, 'Lt', { associatePublicIpAddress: true });
      (lt.node.defaultChild as ec2.CfnLaunchTemplate).addPropertyOverride(
        'LaunchTemplateData.NetworkInterfaces.0.AssociatePublicIpAddress',
        false,
      );
    },
    path: 'Lt',
    expect: 'configured',
  },
  {
    name: 'AssociatePublicIpAddress depends on a condition',
    build: (stack) =>
      new ec2.CfnLaunchTemplate(stack, 'Raw', {
        launchTemplateData: {
          networkInterfaces: [{ deviceIndex: 0, associatePublicIpAddress: Fn.conditionIf('Public', true, false) as unknown as boolean }],
        },
      }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
