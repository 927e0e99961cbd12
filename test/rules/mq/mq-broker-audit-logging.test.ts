import { CfnParameter } from 'aws-cdk-lib';
import { dutyCases } from '../../harness';
import { broker } from './fixtures';

dutyCases('mq-broker-audit-logging', [
  {
    name: 'the ActiveMQ broker streams audit and general logs',
    build: (stack) => broker(stack, { logs: { audit: true, general: true } }),
    path: 'Broker',
    expect: 'configured',
  },
  {
    name: 'the ActiveMQ broker sets no logs',
    build: (stack) => broker(stack),
    path: 'Broker',
    expect: 'unconfigured',
  },
  {
    name: 'the broker runs RabbitMQ',
    build: (stack) => broker(stack, { engineType: 'RABBITMQ', engineVersion: '3.13', logs: { general: true } }),
    path: 'Broker',
    expect: 'not-applicable',
  },
  {
    name: 'an escape-hatch override turns audit logs on',
    build: (stack) => broker(stack, { logs: { audit: false } }).addPropertyOverride('Logs.Audit', true),
    path: 'Broker',
    expect: 'configured',
  },
  {
    name: 'Audit is a parameter',
    build: (stack) => broker(stack, { logs: { audit: new CfnParameter(stack, 'Audit').valueAsString as unknown as boolean } }),
    path: 'Broker',
    expect: 'unknown',
  },
]);
