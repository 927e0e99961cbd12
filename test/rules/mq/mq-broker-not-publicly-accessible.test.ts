import { CfnParameter } from 'aws-cdk-lib';
import { dutyCases } from '../../harness';
import { broker } from './fixtures';

dutyCases('mq-broker-not-publicly-accessible', [
  {
    name: 'the broker is private',
    build: (stack) => broker(stack),
    path: 'Broker',
    expect: 'configured',
  },
  {
    name: 'the broker is publicly accessible',
    build: (stack) => broker(stack, { publiclyAccessible: true }),
    path: 'Broker',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override makes it private',
    build: (stack) => broker(stack, { publiclyAccessible: true }).addPropertyOverride('PubliclyAccessible', false),
    path: 'Broker',
    expect: 'configured',
  },
  {
    name: 'PubliclyAccessible is a parameter',
    build: (stack) => broker(stack, { publiclyAccessible: new CfnParameter(stack, 'Public').valueAsString as unknown as boolean }),
    path: 'Broker',
    expect: 'unknown',
  },
]);
