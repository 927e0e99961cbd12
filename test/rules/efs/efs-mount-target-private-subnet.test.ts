import { Fn } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as efs from 'aws-cdk-lib/aws-efs';
import { dutyCases } from '../../harness';
import { smallVpc } from './fixtures';

dutyCases('efs-mount-target-private-subnet', [
  {
    name: 'the L2 file system keeps its defaults (private subnets)',
    build: (stack) => new efs.FileSystem(stack, 'Fs', { vpc: smallVpc(stack) }),
    path: 'Fs/EfsMountTarget1',
    expect: 'configured',
  },
  {
    name: 'the L2 file system is placed in public subnets',
    build: (stack) => new efs.FileSystem(stack, 'Fs', { vpc: smallVpc(stack), vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC } }),
    path: 'Fs/EfsMountTarget1',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override stops the public subnet from assigning public IPs',
    build: (stack) => {
      const vpc = smallVpc(stack);
      new efs.FileSystem(stack, 'Fs', { vpc, vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC } });
      (vpc.publicSubnets[0].node.defaultChild as ec2.CfnSubnet).addPropertyOverride('MapPublicIpOnLaunch', false);
    },
    path: 'Fs/EfsMountTarget1',
    expect: 'configured',
  },
  {
    name: 'the subnet is imported from another stack',
    build: (stack) =>
      new efs.CfnMountTarget(stack, 'Raw', {
        fileSystemId: 'fs-12345678',
        subnetId: Fn.importValue('AppSubnet'),
        securityGroups: ['sg-12345678'],
      }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
