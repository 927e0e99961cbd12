import { CfnParameter } from 'aws-cdk-lib';
import { dutyCases } from '../../harness';
import { cfn, clb } from './classic-fixtures';

dutyCases('elb-classic-connection-draining', [
  {
    name: 'the escape hatch enables connection draining on the L2 CLB',
    build: (stack) => {
      cfn(clb(stack)).connectionDrainingPolicy = { enabled: true, timeout: 300 };
    },
    path: 'Clb',
    expect: 'configured',
  },
  {
    name: 'the L2 CLB has its defaults (disabled)',
    build: (stack) => clb(stack),
    path: 'Clb',
    expect: 'unconfigured',
  },
  {
    name: 'connection draining is explicitly disabled',
    build: (stack) => {
      cfn(clb(stack)).connectionDrainingPolicy = { enabled: false };
    },
    path: 'Clb',
    expect: 'unconfigured',
  },
  {
    name: 'an override enables it',
    build: (stack) => cfn(clb(stack)).addPropertyOverride('ConnectionDrainingPolicy', { Enabled: true }),
    path: 'Clb',
    expect: 'configured',
  },
  {
    name: 'the flag is a parameter',
    build: (stack) =>
      cfn(clb(stack)).addPropertyOverride('ConnectionDrainingPolicy', { Enabled: new CfnParameter(stack, 'Drain').valueAsString }),
    path: 'Clb',
    expect: 'unknown',
  },
]);
