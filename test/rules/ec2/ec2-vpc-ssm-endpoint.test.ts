import { Fn } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { dutyCases } from '../../harness';
import { vpcOf } from './fixtures';

dutyCases('ec2-vpc-ssm-endpoint', [
  {
    name: 'the L2 VPC has a Systems Manager interface endpoint',
    build: (stack) => vpcOf(stack).addInterfaceEndpoint('Ssm', { service: ec2.InterfaceVpcEndpointAwsService.SSM }),
    path: 'Vpc',
    expect: 'configured',
  },
  {
    name: 'the L2 VPC keeps its defaults (no endpoints)',
    build: (stack) => vpcOf(stack),
    path: 'Vpc',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 VPC has only the Session Manager messages endpoint',
    build: (stack) => vpcOf(stack).addInterfaceEndpoint('SsmMessages', { service: ec2.InterfaceVpcEndpointAwsService.SSM_MESSAGES }),
    path: 'Vpc',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch turns an EC2 endpoint into a Systems Manager one',
    build: (stack) => {
      const ep = vpcOf(stack).addInterfaceEndpoint('Ep', { service: ec2.InterfaceVpcEndpointAwsService.EC2 });
      (ep.node.defaultChild as ec2.CfnVPCEndpoint).addPropertyOverride('ServiceName', 'com.amazonaws.us-east-1.ssm');
    },
    path: 'Vpc',
    expect: 'configured',
  },
  {
    name: "the endpoint's service name is imported",
    build: (stack) => {
      const vpc = new ec2.CfnVPC(stack, 'Raw', { cidrBlock: '10.0.0.0/16' });
      new ec2.CfnVPCEndpoint(stack, 'Ep', { vpcId: vpc.ref, serviceName: Fn.importValue('EndpointService'), vpcEndpointType: 'Interface' });
    },
    path: 'Raw',
    expect: 'unknown',
  },
]);
