import { CfnParameter } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { dutyCases } from '../../harness';
import { cfnInstance, instanceOf } from './fixtures';

dutyCases('ec2-network-interface-source-dest-check', [
  {
    name: 'the L2 instance keeps its defaults (checking on)',
    build: (stack) => instanceOf(stack),
    path: 'Instance',
    expect: 'configured',
  },
  {
    name: 'the L2 instance sets sourceDestCheck false',
    build: (stack) => instanceOf(stack, { sourceDestCheck: false }),
    path: 'Instance',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch turns checking back on',
    build: (stack) => cfnInstance(instanceOf(stack, { sourceDestCheck: false })).addPropertyOverride('SourceDestCheck', true),
    path: 'Instance',
    expect: 'configured',
  },
  {
    name: 'a network interface disables checking',
    build: (stack) => new ec2.CfnNetworkInterface(stack, 'Eni', { subnetId: 'subnet-12345678', sourceDestCheck: false }),
    path: 'Eni',
    expect: 'unconfigured',
  },
  {
    name: "a network interface's SourceDestCheck is a parameter",
    build: (stack) =>
      new ec2.CfnNetworkInterface(stack, 'Eni', {
        subnetId: 'subnet-12345678',
        sourceDestCheck: new CfnParameter(stack, 'Check').valueAsString as unknown as boolean,
      }),
    path: 'Eni',
    expect: 'unknown',
  },
]);
