import { Fn } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { dutyCases } from '../../harness';
import { vpcOf } from './fixtures';

dutyCases('ec2-subnet-no-auto-public-ip', [
  {
    name: 'a private (isolated) subnet of the L2 VPC',
    build: (stack) => vpcOf(stack),
    path: 'Vpc/IsolatedSubnet1',
    expect: 'configured',
  },
  {
    name: "a public subnet of the L2 VPC with CDK's default MapPublicIpOnLaunch",
    build: (stack) => vpcOf(stack),
    path: 'Vpc/PublicSubnet1',
    expect: 'unconfigured',
  },
  {
    name: 'a public subnet configured with mapPublicIpOnLaunch false',
    build: (stack) =>
      vpcOf(stack, {
        subnetConfiguration: [
          { name: 'Public', subnetType: ec2.SubnetType.PUBLIC, mapPublicIpOnLaunch: false },
          { name: 'Isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
        ],
      }),
    path: 'Vpc/PublicSubnet1',
    expect: 'configured',
  },
  {
    name: "an escape hatch turns the public subnet's mapping off",
    build: (stack) => (vpcOf(stack).publicSubnets[0].node.defaultChild as ec2.CfnSubnet).addPropertyOverride('MapPublicIpOnLaunch', false),
    path: 'Vpc/PublicSubnet1',
    expect: 'configured',
  },
  {
    name: 'MapPublicIpOnLaunch depends on a condition',
    build: (stack) =>
      new ec2.CfnSubnet(stack, 'Raw', {
        vpcId: 'vpc-12345678',
        cidrBlock: '10.0.0.0/24',
        mapPublicIpOnLaunch: Fn.conditionIf('Public', true, false) as unknown as boolean,
      }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
