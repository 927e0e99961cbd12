import { CfnParameter } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3n from 'aws-cdk-lib/aws-s3-notifications';
import * as sns from 'aws-cdk-lib/aws-sns';
import { dutyCases } from '../../harness';

dutyCases('s3-bucket-event-notifications', [
  {
    name: 'the L2 bucket sets eventBridgeEnabled',
    build: (stack) => new s3.Bucket(stack, 'Bucket', { eventBridgeEnabled: true }),
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'the L2 bucket adds an SNS event notification',
    build: (stack) =>
      new s3.Bucket(stack, 'Bucket').addEventNotification(
        s3.EventType.OBJECT_REMOVED,
        new s3n.SnsDestination(new sns.Topic(stack, 'Topic')),
      ),
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'the L2 bucket keeps its defaults (no notifications)',
    build: (stack) => new s3.Bucket(stack, 'Bucket'),
    path: 'Bucket',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 bucket turns EventBridge delivery off',
    build: (stack) =>
      new s3.CfnBucket(stack, 'Raw', { notificationConfiguration: { eventBridgeConfiguration: { eventBridgeEnabled: false } } }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: "another bucket's notifications do not count for this one",
    build: (stack) => {
      new s3.Bucket(stack, 'Bucket');
      new s3.Bucket(stack, 'Other', { eventBridgeEnabled: true });
    },
    path: 'Bucket',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override turns EventBridge delivery on',
    build: (stack) => {
      const bucket = new s3.Bucket(stack, 'Bucket');
      (bucket.node.defaultChild as s3.CfnBucket).addPropertyOverride(
        'NotificationConfiguration.EventBridgeConfiguration.EventBridgeEnabled',
        true,
      );
    },
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'EventBridgeEnabled is a parameter',
    build: (stack) => {
      const p = new CfnParameter(stack, 'Events', { allowedValues: ['true', 'false'] });
      const bucket = new s3.CfnBucket(stack, 'Raw');
      bucket.addPropertyOverride('NotificationConfiguration.EventBridgeConfiguration.EventBridgeEnabled', p.valueAsString);
    },
    path: 'Raw',
    expect: 'unknown',
  },
]);
