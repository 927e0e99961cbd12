import { CfnParameter } from 'aws-cdk-lib';
import { dutyCases } from '../../harness';
import { broker } from './fixtures';

dutyCases('mq-broker-auto-minor-version-upgrade', [
  {
    name: 'the broker leaves AutoMinorVersionUpgrade unset (true by default)',
    build: (stack) => broker(stack),
    path: 'Broker',
    expect: 'configured',
  },
  {
    name: 'the broker turns automatic upgrades off',
    build: (stack) => broker(stack, { engineVersion: '5.17.6', autoMinorVersionUpgrade: false }),
    path: 'Broker',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override turns them on',
    build: (stack) =>
      broker(stack, { engineVersion: '5.17.6', autoMinorVersionUpgrade: false }).addPropertyOverride('AutoMinorVersionUpgrade', true),
    path: 'Broker',
    expect: 'configured',
  },
  {
    name: 'AutoMinorVersionUpgrade is a parameter',
    build: (stack) => broker(stack, { autoMinorVersionUpgrade: new CfnParameter(stack, 'Auto').valueAsString as unknown as boolean }),
    path: 'Broker',
    expect: 'unknown',
  },
]);
