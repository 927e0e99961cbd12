import { CfnParameter } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import { dutyCases } from '../../harness';

const vpc = (stack: ec2.Vpc['stack']) => new ec2.Vpc(stack, 'Vpc', { maxAzs: 1, natGateways: 0 });

dutyCases('ec2-vpc-endpoint-policy-restricted', [
  {
    name: 'the L2 gateway endpoint for S3 has a policy confined to the organization',
    build: (stack) =>
      vpc(stack)
        .addGatewayEndpoint('S3', { service: ec2.GatewayVpcEndpointAwsService.S3 })
        .addToPolicy(
          new iam.PolicyStatement({
            principals: [new iam.AnyPrincipal()],
            actions: ['s3:*'],
            resources: ['*'],
            conditions: { StringEquals: { 'aws:ResourceOrgID': 'o-a1b2c3d4e5' } },
          }),
        ),
    path: 'Vpc/S3',
    expect: 'configured',
  },
  {
    name: 'the L2 interface endpoint lists only the actions it needs',
    build: (stack) =>
      vpc(stack)
        .addInterfaceEndpoint('Sqs', { service: ec2.InterfaceVpcEndpointAwsService.SQS })
        .addToPolicy(new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['sqs:SendMessage'], resources: ['*'] })),
    path: 'Vpc/Sqs',
    expect: 'configured',
  },
  {
    name: 'the L2 gateway endpoint for S3 keeps the default full-access policy',
    build: (stack) => vpc(stack).addGatewayEndpoint('S3', { service: ec2.GatewayVpcEndpointAwsService.S3 }),
    path: 'Vpc/S3',
    expect: 'unconfigured',
  },
  {
    name: 'the endpoint policy is the default one written out (Principal "*", Action "*", Resource "*")',
    build: (stack) =>
      vpc(stack)
        .addInterfaceEndpoint('Ssm', { service: ec2.InterfaceVpcEndpointAwsService.SSM })
        .addToPolicy(new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['*'], resources: ['*'] })),
    path: 'Vpc/Ssm',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override gives the L1 endpoint a policy confined to the own account',
    build: (stack) => {
      const endpoint = vpc(stack).addGatewayEndpoint('Ddb', { service: ec2.GatewayVpcEndpointAwsService.DYNAMODB });
      (endpoint.node.defaultChild as ec2.CfnVPCEndpoint).addPropertyOverride('PolicyDocument', {
        Statement: [
          {
            Effect: 'Allow',
            Principal: '*',
            Action: 'dynamodb:*',
            Resource: '*',
            Condition: { StringEquals: { 'aws:PrincipalAccount': '111111111111' } },
          },
        ],
      });
    },
    path: 'Vpc/Ddb',
    expect: 'configured',
  },
  {
    name: 'a Gateway Load Balancer endpoint takes no endpoint policy',
    build: (stack) =>
      new ec2.CfnVPCEndpoint(stack, 'Gwlbe', {
        vpcId: 'vpc-1234',
        serviceName: 'com.amazonaws.vpce.eu-west-1.vpce-svc-0123456789abcdef0',
        vpcEndpointType: 'GatewayLoadBalancer',
      }),
    path: 'Gwlbe',
    expect: 'not-applicable',
  },
  {
    name: 'the endpoint policy comes from a parameter',
    build: (stack) =>
      new ec2.CfnVPCEndpoint(stack, 'Endpoint', {
        vpcId: 'vpc-1234',
        serviceName: 'com.amazonaws.eu-west-1.s3',
        policyDocument: new CfnParameter(stack, 'Policy').valueAsString,
      }),
    path: 'Endpoint',
    expect: 'unknown',
  },
]);
