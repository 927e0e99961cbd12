import { Fn } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { dutyCases } from '../../harness';
import { cfnGroup, groupOf, rawGroup, vpcOf } from './fixtures';

dutyCases('autoscaling-group-multi-az', [
  {
    name: 'the L2 group keeps its defaults in a two-AZ VPC',
    build: (stack) => groupOf(stack),
    path: 'Asg',
    expect: 'configured',
  },
  {
    name: 'the L2 group is confined to one subnet',
    build: (stack) => {
      const vpc = vpcOf(stack);
      groupOf(stack, { vpcSubnets: { subnets: [vpc.isolatedSubnets[0]] } }, { vpc });
    },
    path: 'Asg',
    expect: 'unconfigured',
  },
  {
    name: 'two subnets of the same Availability Zone',
    build: (stack) => {
      const vpc = new ec2.CfnVPC(stack, 'V', { cidrBlock: '10.0.0.0/16' });
      const a = new ec2.CfnSubnet(stack, 'A', { vpcId: vpc.ref, cidrBlock: '10.0.0.0/24', availabilityZone: 'us-east-1a' });
      const b = new ec2.CfnSubnet(stack, 'B', { vpcId: vpc.ref, cidrBlock: '10.0.1.0/24', availabilityZone: 'us-east-1a' });
      rawGroup(stack, { launchTemplate: { launchTemplateId: 'lt-12345678', version: '1' }, vpcZoneIdentifier: [a.ref, b.ref] });
    },
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'two subnets of an environment-agnostic VPC in different GetAZs slots',
    build: (stack) => {
      const vpc = new ec2.CfnVPC(stack, 'V', { cidrBlock: '10.0.0.0/16' });
      const a = new ec2.CfnSubnet(stack, 'A', { vpcId: vpc.ref, cidrBlock: '10.0.0.0/24', availabilityZone: Fn.select(0, Fn.getAzs()) });
      const b = new ec2.CfnSubnet(stack, 'B', { vpcId: vpc.ref, cidrBlock: '10.0.1.0/24', availabilityZone: Fn.select(1, Fn.getAzs()) });
      rawGroup(stack, { launchTemplate: { launchTemplateId: 'lt-12345678', version: '1' }, vpcZoneIdentifier: [a.ref, b.ref] });
    },
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'an escape hatch lists two Availability Zones',
    build: (stack) => {
      const g = cfnGroup(groupOf(stack));
      g.addPropertyDeletionOverride('VPCZoneIdentifier');
      g.addPropertyOverride('AvailabilityZones', ['us-east-1a', 'us-east-1b']);
    },
    path: 'Asg',
    expect: 'configured',
  },
  {
    name: 'the subnets are imported, so their zones are not visible',
    build: (stack) =>
      rawGroup(stack, {
        launchTemplate: { launchTemplateId: 'lt-12345678', version: '1' },
        vpcZoneIdentifier: [Fn.importValue('SubnetA'), Fn.importValue('SubnetB')],
      }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
