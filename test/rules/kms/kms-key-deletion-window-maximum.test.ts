import { CfnParameter, Duration } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import { dutyCases } from '../../harness';

dutyCases('kms-key-deletion-window-maximum', [
  {
    name: 'the L2 key keeps the default pending window',
    build: (stack) => new kms.Key(stack, 'Key'),
    path: 'Key',
    expect: 'configured',
  },
  {
    name: 'the L2 key sets pendingWindow to 30 days',
    build: (stack) => new kms.Key(stack, 'Key', { pendingWindow: Duration.days(30) }),
    path: 'Key',
    expect: 'configured',
  },
  {
    name: 'the L2 key sets pendingWindow to 7 days',
    build: (stack) => new kms.Key(stack, 'Key', { pendingWindow: Duration.days(7) }),
    path: 'Key',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override restores 30 days',
    build: (stack) =>
      (new kms.Key(stack, 'Key', { pendingWindow: Duration.days(7) }).node.defaultChild as kms.CfnKey).addPropertyOverride(
        'PendingWindowInDays',
        30,
      ),
    path: 'Key',
    expect: 'configured',
  },
  {
    name: 'the window is a parameter',
    build: (stack) =>
      new kms.CfnKey(stack, 'Raw', { pendingWindowInDays: new CfnParameter(stack, 'Window', { type: 'Number' }).valueAsNumber }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
