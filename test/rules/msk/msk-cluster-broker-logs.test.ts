import { CfnParameter } from 'aws-cdk-lib';
import { dutyCases } from '../../harness';
import { cluster } from './fixtures';

dutyCases('msk-cluster-broker-logs', [
  {
    name: 'the cluster delivers broker logs to CloudWatch Logs',
    build: (stack) => cluster(stack, { loggingInfo: { brokerLogs: { cloudWatchLogs: { enabled: true, logGroup: 'msk-brokers' } } } }),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'the cluster sets no logging',
    build: (stack) => cluster(stack),
    path: 'Cluster',
    expect: 'unconfigured',
  },
  {
    name: 'the cluster lists destinations but enables none',
    build: (stack) => cluster(stack, { loggingInfo: { brokerLogs: { s3: { enabled: false, bucket: 'logs' } } } }),
    path: 'Cluster',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override enables S3 delivery',
    build: (stack) => cluster(stack).addPropertyOverride('LoggingInfo.BrokerLogs.S3', { Enabled: true, Bucket: 'logs' }),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'Enabled is a parameter',
    build: (stack) =>
      cluster(stack, {
        loggingInfo: {
          brokerLogs: { cloudWatchLogs: { enabled: new CfnParameter(stack, 'Log').valueAsString as unknown as boolean, logGroup: 'msk' } },
        },
      }),
    path: 'Cluster',
    expect: 'unknown',
  },
]);
