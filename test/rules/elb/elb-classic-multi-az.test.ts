import { Fn } from 'aws-cdk-lib';
import * as elb from 'aws-cdk-lib/aws-elasticloadbalancing';
import { dutyCases } from '../../harness';
import { cfn, clb } from './classic-fixtures';

dutyCases('elb-classic-multi-az', [
  {
    name: 'the L2 CLB uses a two-AZ VPC',
    build: (stack) => clb(stack),
    path: 'Clb',
    expect: 'configured',
  },
  {
    name: 'the L2 CLB uses a one-AZ VPC',
    build: (stack) => clb(stack, {}, 1),
    path: 'Clb',
    expect: 'unconfigured',
  },
  {
    name: 'the L1 CLB names one Availability Zone',
    build: (stack) =>
      new elb.CfnLoadBalancer(stack, 'Raw', {
        listeners: [{ loadBalancerPort: '443', instancePort: '80', protocol: 'HTTPS' }],
        availabilityZones: ['us-east-1a'],
      }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch adds a second subnet',
    build: (stack) => cfn(clb(stack, {}, 1)).addPropertyOverride('Subnets', ['subnet-1', 'subnet-2']),
    path: 'Clb',
    expect: 'configured',
  },
  {
    name: 'the subnets are imported',
    build: (stack) => cfn(clb(stack)).addPropertyOverride('Subnets', Fn.split(',', Fn.importValue('Subnets'))),
    path: 'Clb',
    expect: 'unknown',
  },
]);
