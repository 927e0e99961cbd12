import { Fn } from 'aws-cdk-lib';
import { dutyCases } from '../../harness';
import { broker } from './fixtures';

dutyCases('mq-broker-high-availability', [
  {
    name: 'the ActiveMQ broker is active/standby across AZs',
    build: (stack) => broker(stack, { deploymentMode: 'ACTIVE_STANDBY_MULTI_AZ' }),
    path: 'Broker',
    expect: 'configured',
  },
  {
    name: 'the RabbitMQ broker is a multi-AZ cluster',
    build: (stack) => broker(stack, { engineType: 'RABBITMQ', engineVersion: '3.13', deploymentMode: 'CLUSTER_MULTI_AZ' }),
    path: 'Broker',
    expect: 'configured',
  },
  {
    name: 'the broker is a single instance',
    build: (stack) => broker(stack),
    path: 'Broker',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override switches to active/standby',
    build: (stack) => broker(stack).addPropertyOverride('DeploymentMode', 'ACTIVE_STANDBY_MULTI_AZ'),
    path: 'Broker',
    expect: 'configured',
  },
  {
    name: 'the deployment mode is chosen by a condition',
    build: (stack) => broker(stack, { deploymentMode: Fn.conditionIf('Prod', 'ACTIVE_STANDBY_MULTI_AZ', 'SINGLE_INSTANCE').toString() }),
    path: 'Broker',
    expect: 'unknown',
  },
]);
