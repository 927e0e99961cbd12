import { CfnParameter, Tags } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { ACCOUNT, dutyCases } from '../../harness';

dutyCases('data-store-classification-tag', [
  {
    name: 'the bucket is tagged through Tags.of',
    build: (s) => Tags.of(new s3.Bucket(s, 'Store')).add('DataClassification', 'internal'),
    path: 'Store',
    expect: 'configured',
  },
  {
    name: 'the table carries no classification tag and the app opted into classification',
    build: (s) => new dynamodb.Table(s, 'Store', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING } }),
    props: { dataClassification: {} },
    path: 'Store',
    expect: 'unconfigured',
  },
  {
    name: 'the table carries no tag and the app did not opt into classification (said once per app instead)',
    build: (s) => new dynamodb.Table(s, 'Store', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING } }),
    path: 'Store',
    expect: 'not-applicable',
  },
  {
    name: 'the app did not opt in and a store is untagged: said once, at info, on the app',
    build: (s) => {
      new sqs.Queue(s, 'Queue');
      Tags.of(new s3.Bucket(s, 'Store')).add('DataClassification', 'internal');
    },
    path: ACCOUNT,
    expect: 'needs-attestation',
  },
  {
    name: 'the app did not opt in and every store is tagged',
    build: (s) => Tags.of(new s3.Bucket(s, 'Store')).add('DataClassification', 'internal'),
    path: ACCOUNT,
    expect: 'configured',
  },
  {
    name: 'the app opted in, so the app-level result leaves it to each store',
    build: (s) => new sqs.Queue(s, 'Queue'),
    props: { dataClassification: {} },
    path: ACCOUNT,
    expect: 'not-applicable',
  },
  {
    name: 'the queue is tagged with a custom tag key set in the options',
    build: (s) => Tags.of(new sqs.Queue(s, 'Store')).add('data-sensitivity', 'public'),
    props: { dataClassification: { tagKey: 'data-sensitivity' } },
    path: 'Store',
    expect: 'configured',
  },
  {
    name: 'the queue has the default tag but the options name another key',
    build: (s) => Tags.of(new sqs.Queue(s, 'Store')).add('DataClassification', 'public'),
    props: { dataClassification: { tagKey: 'data-sensitivity' } },
    path: 'Store',
    expect: 'unconfigured',
  },
  {
    name: 'the tag is added by an escape-hatch override',
    build: (s) =>
      (new s3.Bucket(s, 'Store').node.defaultChild as s3.CfnBucket).addPropertyOverride('Tags', [
        { Key: 'DataClassification', Value: 'internal' },
      ]),
    path: 'Store',
    expect: 'configured',
  },
  {
    name: 'the tag value is a parameter',
    build: (s) => Tags.of(new s3.Bucket(s, 'Store')).add('DataClassification', new CfnParameter(s, 'Level').valueAsString),
    props: { dataClassification: {} },
    path: 'Store',
    expect: 'unknown',
  },
]);
