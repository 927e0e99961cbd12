import { CfnParameter } from 'aws-cdk-lib';
import * as elb from 'aws-cdk-lib/aws-elasticloadbalancing';
import { dutyCases } from '../../harness';
import { cfn, clb } from './classic-fixtures';

dutyCases('elb-classic-cross-zone', [
  {
    name: 'the L2 CLB has its defaults (CDK sets CrossZone true)',
    build: (stack) => clb(stack),
    path: 'Clb',
    expect: 'configured',
  },
  {
    name: 'the L2 CLB sets crossZone false',
    build: (stack) => clb(stack, { crossZone: false }),
    path: 'Clb',
    expect: 'unconfigured',
  },
  {
    name: 'the L1 CLB omits CrossZone (API default disabled)',
    build: (stack) =>
      new elb.CfnLoadBalancer(stack, 'Raw', {
        listeners: [{ loadBalancerPort: '443', instancePort: '80', protocol: 'HTTPS' }],
        availabilityZones: ['us-east-1a', 'us-east-1b'],
      }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch turns it on',
    build: (stack) => cfn(clb(stack, { crossZone: false })).addPropertyOverride('CrossZone', true),
    path: 'Clb',
    expect: 'configured',
  },
  {
    name: 'the flag is a parameter',
    build: (stack) => cfn(clb(stack)).addPropertyOverride('CrossZone', new CfnParameter(stack, 'Cz').valueAsString),
    path: 'Clb',
    expect: 'unknown',
  },
]);
