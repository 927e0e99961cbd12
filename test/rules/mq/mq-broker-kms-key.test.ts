import { Fn } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import { dutyCases } from '../../harness';
import { broker } from './fixtures';

dutyCases('mq-broker-kms-key', [
  {
    name: 'the ActiveMQ broker uses a customer managed key',
    build: (stack) => broker(stack, { encryptionOptions: { useAwsOwnedKey: false, kmsKeyId: new kms.Key(stack, 'Key').keyArn } }),
    path: 'Broker',
    expect: 'configured',
  },
  {
    name: 'the ActiveMQ broker keeps the AWS owned key',
    build: (stack) => broker(stack),
    path: 'Broker',
    expect: 'unconfigured',
  },
  {
    name: 'the ActiveMQ broker uses the AWS managed key',
    build: (stack) => broker(stack, { encryptionOptions: { useAwsOwnedKey: false } }),
    path: 'Broker',
    expect: 'unconfigured',
  },
  {
    name: 'the broker runs RabbitMQ',
    build: (stack) => broker(stack, { engineType: 'RABBITMQ', engineVersion: '3.13' }),
    path: 'Broker',
    expect: 'not-applicable',
  },
  {
    name: 'an escape-hatch override sets a customer managed key',
    build: (stack) =>
      broker(stack).addPropertyOverride('EncryptionOptions', {
        UseAwsOwnedKey: false,
        KmsKeyId: 'arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      }),
    path: 'Broker',
    expect: 'configured',
  },
  {
    name: 'the key is imported',
    build: (stack) => broker(stack, { encryptionOptions: { useAwsOwnedKey: false, kmsKeyId: Fn.importValue('MqKey') } }),
    path: 'Broker',
    expect: 'unknown',
  },
]);
