import { Fn } from 'aws-cdk-lib';
import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { conditionOn, dutyCases } from '../../harness';
import { groupOf, rawGroup } from './fixtures';

dutyCases('autoscaling-launch-configuration-no-public-ip', [
  {
    name: 'the L2 group keeps its defaults (private subnets)',
    build: (stack) => groupOf(stack),
    path: 'Asg/LaunchConfig',
    expect: 'configured',
  },
  {
    name: 'the L2 group launches into public subnets, which map public IPs',
    build: (stack) => groupOf(stack, { vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC } }),
    path: 'Asg/LaunchConfig',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 group in public subnets sets associatePublicIpAddress false',
    build: (stack) => groupOf(stack, { vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC }, associatePublicIpAddress: false }),
    path: 'Asg/LaunchConfig',
    expect: 'configured',
  },
  {
    name: 'the L2 group sets associatePublicIpAddress true',
    build: (stack) => groupOf(stack, { vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC }, associatePublicIpAddress: true }),
    path: 'Asg/LaunchConfig',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch turns the public address off',
    build: (stack) =>
      (
        groupOf(stack, { vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC }, associatePublicIpAddress: true }).node.findChild(
          'LaunchConfig',
        ) as autoscaling.CfnLaunchConfiguration
      ).addPropertyOverride('AssociatePublicIpAddress', false),
    path: 'Asg/LaunchConfig',
    expect: 'configured',
  },
  {
    name: 'the group using the configuration launches into imported subnets',
    build: (stack) => {
      const lc = new autoscaling.CfnLaunchConfiguration(stack, 'Lc', { imageId: 'ami-12345678', instanceType: 't3.micro' });
      rawGroup(stack, { launchConfigurationName: lc.ref, vpcZoneIdentifier: [Fn.importValue('SubnetA')] });
    },
    path: 'Lc',
    expect: 'unknown',
  },

  {
    name: 'a group in public subnets launches from the L1 configuration only when a condition holds',
    build: (stack) => {
      const vpc = new ec2.Vpc(stack, 'Vpc', { natGateways: 0, maxAzs: 2 });
      const lc = new autoscaling.CfnLaunchConfiguration(stack, 'Lc', { imageId: 'ami-12345678', instanceType: 't3.micro' });
      rawGroup(stack, {
        launchConfigurationName: Fn.conditionIf(conditionOn(stack), lc.ref, Fn.ref('AWS::NoValue')).toString(),
        vpcZoneIdentifier: vpc.selectSubnets({ subnetType: ec2.SubnetType.PUBLIC }).subnetIds,
      });
    },
    path: 'Lc',
    expect: 'unknown',
  },
]);
