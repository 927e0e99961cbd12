import { Fn } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { dutyCases } from '../../harness';

dutyCases('s3-bucket-server-access-logging', [
  {
    name: 'the L2 bucket logs to a log bucket',
    build: (stack) =>
      new s3.Bucket(stack, 'Bucket', { serverAccessLogsBucket: new s3.Bucket(stack, 'Logs'), serverAccessLogsPrefix: 'bucket/' }),
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'the L2 bucket sets only serverAccessLogsPrefix (it logs to itself)',
    build: (stack) => new s3.Bucket(stack, 'Bucket', { serverAccessLogsPrefix: 'logs/' }),
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'the L2 bucket keeps its defaults (server access logging is off)',
    build: (stack) => new s3.Bucket(stack, 'Bucket'),
    path: 'Bucket',
    expect: 'unconfigured',
  },
  {
    name: 'the bucket is the server access log target of another bucket',
    build: (stack) => new s3.Bucket(stack, 'Bucket', { serverAccessLogsBucket: new s3.Bucket(stack, 'Logs') }),
    path: 'Logs',
    expect: 'not-applicable',
  },
  {
    name: 'an escape-hatch override adds a LoggingConfiguration',
    build: (stack) => {
      const bucket = new s3.Bucket(stack, 'Bucket');
      (bucket.node.defaultChild as s3.CfnBucket).addPropertyOverride('LoggingConfiguration', {
        DestinationBucketName: 'amzn-s3-demo-logs',
        LogFilePrefix: 'b/',
      });
    },
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'the whole LoggingConfiguration is chosen by Fn::If',
    build: (stack) => {
      const bucket = new s3.CfnBucket(stack, 'Raw');
      bucket.addPropertyOverride(
        'LoggingConfiguration',
        Fn.conditionIf('LogAccess', { DestinationBucketName: 'amzn-s3-demo-logs' }, { Ref: 'AWS::NoValue' }),
      );
    },
    path: 'Raw',
    expect: 'unknown',
  },
]);
