import { CfnParameter } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as kms from 'aws-cdk-lib/aws-kms';
import { dutyCases } from '../../harness';

dutyCases('events-bus-kms-key', [
  {
    name: 'the L2 event bus uses a customer managed key',
    build: (stack) => new events.EventBus(stack, 'Bus', { kmsKey: new kms.Key(stack, 'Key') }),
    path: 'Bus',
    expect: 'configured',
  },
  {
    name: 'the L2 event bus keeps its defaults (AWS owned key)',
    build: (stack) => new events.EventBus(stack, 'Bus'),
    path: 'Bus',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override sets a key ARN',
    build: (stack) => {
      const bus = new events.EventBus(stack, 'Bus');
      (bus.node.defaultChild as events.CfnEventBus).addPropertyOverride(
        'KmsKeyIdentifier',
        'arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      );
    },
    path: 'Bus',
    expect: 'configured',
  },
  {
    name: 'the key is a parameter',
    build: (stack) => new events.CfnEventBus(stack, 'Raw', { name: 'raw', kmsKeyIdentifier: new CfnParameter(stack, 'Key').valueAsString }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
