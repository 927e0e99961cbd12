import { Aws, Fn } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { dutyCases } from '../../harness';
import { vpcOf } from './fixtures';

dutyCases('ec2-vpc-ec2-endpoint', [
  {
    name: 'the L2 VPC has an EC2 interface endpoint',
    build: (stack) => vpcOf(stack).addInterfaceEndpoint('Ec2', { service: ec2.InterfaceVpcEndpointAwsService.EC2 }),
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
    name: 'the L2 VPC has endpoints for other services only',
    build: (stack) => {
      const vpc = vpcOf(stack);
      vpc.addInterfaceEndpoint('Ec2Messages', { service: ec2.InterfaceVpcEndpointAwsService.EC2_MESSAGES });
      vpc.addGatewayEndpoint('S3', { service: ec2.GatewayVpcEndpointAwsService.S3 });
    },
    path: 'Vpc',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 endpoint names the service with the AWS::Region pseudo parameter',
    build: (stack) => {
      const vpc = new ec2.CfnVPC(stack, 'Raw', { cidrBlock: '10.0.0.0/16' });
      new ec2.CfnVPCEndpoint(stack, 'Ep', {
        vpcId: vpc.ref,
        serviceName: Fn.join('', ['com.amazonaws.', Aws.REGION, '.ec2']),
        vpcEndpointType: 'Interface',
      });
    },
    path: 'Raw',
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
