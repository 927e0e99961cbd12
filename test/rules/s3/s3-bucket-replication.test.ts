import { Fn } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { conditionOn, dutyCases } from '../../harness';

dutyCases('s3-bucket-replication', [
  {
    name: 'the L2 bucket replicates to a bucket outside the template',
    build: (stack) =>
      new s3.Bucket(stack, 'Bucket', {
        versioned: true,
        replicationRules: [
          { destination: s3.Bucket.fromBucketArn(stack, 'Dest', 'arn:aws:s3:::amzn-s3-demo-replica-eu-west-1'), priority: 1 },
        ],
      }),
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'the L2 bucket keeps its defaults (no replication)',
    build: (stack) => new s3.Bucket(stack, 'Bucket'),
    path: 'Bucket',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 bucket replicates only to a bucket of the same stack (same Region)',
    build: (stack) =>
      new s3.Bucket(stack, 'Bucket', {
        versioned: true,
        replicationRules: [{ destination: new s3.Bucket(stack, 'Replica', { versioned: true }), priority: 1 }],
      }),
    path: 'Bucket',
    expect: 'unconfigured',
  },
  {
    name: "an L1 bucket's only replication rule is disabled",
    build: (stack) =>
      new s3.CfnBucket(stack, 'Raw', {
        versioningConfiguration: { status: 'Enabled' },
        replicationConfiguration: {
          role: 'arn:aws:iam::111111111111:role/replication',
          rules: [{ status: 'Disabled', destination: { bucket: 'arn:aws:s3:::amzn-s3-demo-replica' } }],
        },
      }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override points the rule at a bucket outside the template',
    build: (stack) => {
      const bucket = new s3.Bucket(stack, 'Bucket', {
        versioned: true,
        replicationRules: [{ destination: new s3.Bucket(stack, 'Replica', { versioned: true }), priority: 1 }],
      });
      (bucket.node.defaultChild as s3.CfnBucket).addPropertyOverride(
        'ReplicationConfiguration.Rules.0.Destination.Bucket',
        'arn:aws:s3:::amzn-s3-demo-replica-eu-west-1',
      );
    },
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'the rule status is an import',
    build: (stack) =>
      new s3.CfnBucket(stack, 'Raw', {
        versioningConfiguration: { status: 'Enabled' },
        replicationConfiguration: {
          role: 'arn:aws:iam::111111111111:role/replication',
          rules: [{ status: Fn.importValue('ReplicationStatus'), destination: { bucket: 'arn:aws:s3:::amzn-s3-demo-replica' } }],
        },
      }),
    path: 'Raw',
    expect: 'unknown',
  },

  {
    name: 'the destination of the only rule is a bucket of the template in one branch of an Fn::If',
    build: (stack) => {
      const replica = new s3.CfnBucket(stack, 'Replica', { versioningConfiguration: { status: 'Enabled' } });
      new s3.CfnBucket(stack, 'Raw', {
        versioningConfiguration: { status: 'Enabled' },
        replicationConfiguration: {
          role: 'arn:aws:iam::111111111111:role/replication',
          rules: [
            {
              status: 'Enabled',
              destination: { bucket: Fn.conditionIf(conditionOn(stack), replica.attrArn, 'arn:aws:s3:::amzn-s3-demo-replica').toString() },
            },
          ],
        },
      });
    },
    path: 'Raw',
    expect: 'unknown',
  },
]);
