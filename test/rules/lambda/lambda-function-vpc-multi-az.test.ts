import { CfnParameter, Fn } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { dutyCases } from '../../harness';

const code = lambda.Code.fromInline('exports.handler = async () => {}');
const base = { runtime: lambda.Runtime.NODEJS_24_X, handler: 'index.handler', code };

dutyCases('lambda-function-vpc-multi-az', [
  {
    name: 'the L2 function uses the private subnets of a two-AZ VPC',
    build: (stack) => new lambda.Function(stack, 'Fn', { ...base, vpc: new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 1 }) }),
    path: 'Fn',
    expect: 'configured',
  },
  {
    name: 'the L2 function uses a one-AZ VPC',
    build: (stack) => new lambda.Function(stack, 'Fn', { ...base, vpc: new ec2.Vpc(stack, 'Vpc', { maxAzs: 1, natGateways: 1 }) }),
    path: 'Fn',
    expect: 'unconfigured',
  },
  {
    name: 'two L1 subnets sit in the same Availability Zone',
    build: (stack) => {
      const vpc = new ec2.CfnVPC(stack, 'V', { cidrBlock: '10.0.0.0/16' });
      const a = new ec2.CfnSubnet(stack, 'A', { vpcId: vpc.ref, cidrBlock: '10.0.0.0/24', availabilityZone: 'us-east-1a' });
      const b = new ec2.CfnSubnet(stack, 'B', { vpcId: vpc.ref, cidrBlock: '10.0.1.0/24', availabilityZone: 'us-east-1a' });
      new lambda.CfnFunction(stack, 'Raw', {
        ...{ runtime: 'nodejs24.x', handler: 'index.handler' },
        role: 'arn:aws:iam::111111111111:role/r',
        code: { zipFile: 'x' },
        vpcConfig: { subnetIds: [a.ref, b.ref], securityGroupIds: ['sg-1'] },
      });
    },
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch spreads the function over two imported subnets',
    build: (stack) => {
      const fn = new lambda.Function(stack, 'Fn', { ...base, vpc: new ec2.Vpc(stack, 'Vpc', { maxAzs: 1, natGateways: 1 }) });
      (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride('VpcConfig.SubnetIds', ['subnet-1', 'subnet-2']);
    },
    path: 'Fn',
    expect: 'configured',
  },
  {
    name: 'the function is not attached to a VPC',
    build: (stack) => new lambda.Function(stack, 'Fn', base),
    path: 'Fn',
    expect: 'not-applicable',
  },
  {
    name: 'the subnets are imported from another stack',
    build: (stack) => {
      const fn = new lambda.Function(stack, 'Fn', { ...base, vpc: new ec2.Vpc(stack, 'Vpc', { maxAzs: 1, natGateways: 1 }) });
      (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride('VpcConfig.SubnetIds', [
        Fn.importValue('SubnetA'),
        Fn.importValue('SubnetB'),
      ]);
    },
    path: 'Fn',
    expect: 'unknown',
  },
  {
    name: 'the Availability Zone of a subnet is a parameter',
    build: (stack) => {
      const az = new CfnParameter(stack, 'Az');
      const vpc = new ec2.CfnVPC(stack, 'V', { cidrBlock: '10.0.0.0/16' });
      const a = new ec2.CfnSubnet(stack, 'A', { vpcId: vpc.ref, cidrBlock: '10.0.0.0/24', availabilityZone: az.valueAsString });
      const b = new ec2.CfnSubnet(stack, 'B', { vpcId: vpc.ref, cidrBlock: '10.0.1.0/24', availabilityZone: 'us-east-1a' });
      new lambda.CfnFunction(stack, 'Raw', {
        runtime: 'nodejs24.x',
        handler: 'index.handler',
        role: 'arn:aws:iam::111111111111:role/r',
        code: { zipFile: 'x' },
        vpcConfig: { subnetIds: [a.ref, b.ref], securityGroupIds: ['sg-1'] },
      });
    },
    path: 'Raw',
    expect: 'unknown',
  },
  {
    name: 'two L1 subnets placed by Fn::Select of distinct indexes over Fn::GetAZs span two zones',
    build: (stack) => {
      const vpc = new ec2.CfnVPC(stack, 'V', { cidrBlock: '10.0.0.0/16' });
      const [a, b] = [0, 1].map(
        (i) =>
          new ec2.CfnSubnet(stack, `S${i}`, { vpcId: vpc.ref, cidrBlock: `10.0.${i}.0/24`, availabilityZone: Fn.select(i, Fn.getAzs()) }),
      );
      new lambda.CfnFunction(stack, 'Raw', {
        ...{ runtime: 'nodejs24.x', handler: 'index.handler' },
        role: 'arn:aws:iam::111111111111:role/r',
        code: { zipFile: 'x' },
        vpcConfig: { subnetIds: [a.ref, b.ref], securityGroupIds: ['sg-1'] },
      });
    },
    path: 'Raw',
    expect: 'configured',
  },
]);
