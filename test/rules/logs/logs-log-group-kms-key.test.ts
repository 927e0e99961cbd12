import { Fn } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { dutyCases } from '../../harness';

dutyCases('logs-log-group-kms-key', [
  {
    name: 'the L2 log group uses a KMS key',
    build: (stack) => new logs.LogGroup(stack, 'Logs', { encryptionKey: new kms.Key(stack, 'Key') }),
    path: 'Logs',
    expect: 'configured',
  },
  {
    name: 'the L2 log group keeps its defaults (service-managed encryption)',
    build: (stack) => new logs.LogGroup(stack, 'Logs'),
    path: 'Logs',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override sets a key ARN',
    build: (stack) => {
      const group = new logs.LogGroup(stack, 'Logs');
      (group.node.defaultChild as logs.CfnLogGroup).addPropertyOverride(
        'KmsKeyId',
        'arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      );
    },
    path: 'Logs',
    expect: 'configured',
  },
  {
    name: 'the key is imported from another stack',
    build: (stack) => new logs.CfnLogGroup(stack, 'Raw', { kmsKeyId: Fn.importValue('LogsKeyArn') }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
