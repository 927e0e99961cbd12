import { CfnParameter, Tags } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { dutyCases } from '../../harness';

dutyCases('data-store-classification-tag', [
  {
    name: 'the bucket is tagged through Tags.of',
    build: (s) => Tags.of(new s3.Bucket(s, 'Store')).add('DataClassification', 'internal'),
    path: 'Store',
    expect: 'configured',
  },
  {
    name: 'the table carries no classification tag',
    build: (s) => new dynamodb.Table(s, 'Store', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING } }),
    path: 'Store',
    expect: 'unconfigured',
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
    path: 'Store',
    expect: 'unknown',
  },
]);
