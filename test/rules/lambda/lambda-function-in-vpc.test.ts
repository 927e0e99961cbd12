import { Fn } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { dutyCases } from '../../harness';

const code = lambda.Code.fromInline('exports.handler = async () => {}');
const base = { runtime: lambda.Runtime.NODEJS_24_X, handler: 'index.handler', code };

dutyCases('lambda-function-in-vpc', [
  {
    name: 'the L2 function is attached to a VPC',
    build: (stack) => new lambda.Function(stack, 'Fn', { ...base, vpc: new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 1 }) }),
    path: 'Fn',
    expect: 'configured',
  },
  {
    name: 'the L2 function has its defaults (no VPC)',
    build: (stack) => new lambda.Function(stack, 'Fn', base),
    path: 'Fn',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch adds VpcConfig',
    build: (stack) => {
      const fn = new lambda.Function(stack, 'Fn', base);
      (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride('VpcConfig', {
        SubnetIds: ['subnet-1', 'subnet-2'],
        SecurityGroupIds: ['sg-1'],
      });
    },
    path: 'Fn',
    expect: 'configured',
  },
  {
    name: 'the subnet list is imported',
    build: (stack) => {
      const fn = new lambda.Function(stack, 'Fn', base);
      (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride('VpcConfig', {
        SubnetIds: Fn.split(',', Fn.importValue('Subnets')),
        SecurityGroupIds: ['sg-1'],
      });
    },
    path: 'Fn',
    expect: 'unknown',
  },
]);
