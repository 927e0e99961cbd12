import { CfnParameter, type CfnTag, Fn, Tags, aws_dynamodb as dynamodb, aws_ec2 as ec2, aws_efs as efs, aws_s3 as s3 } from 'aws-cdk-lib';
// Imported by the package's name, as an organization's policy pack would (jest maps it to the sources).
import { conditionOn, dutyCases } from 'cdk-shared-responsibility/testing';
import { dataStoreOwnerTag } from '../../examples/custom-duty';

dutyCases(dataStoreOwnerTag, [
  {
    name: 'the L2 bucket is tagged with an Acme team',
    build: (stack) => Tags.of(new s3.Bucket(stack, 'Bucket')).add('owner', 'payments'),
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'the owner tag is inherited from the stack',
    build: (stack) => {
      Tags.of(stack).add('owner', 'identity');
      new dynamodb.Table(stack, 'Table', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING } });
    },
    path: 'Table',
    expect: 'configured',
  },
  {
    name: 'an EFS file system carries the tag in FileSystemTags',
    build: (stack) => Tags.of(new efs.FileSystem(stack, 'Files', { vpc: new ec2.Vpc(stack, 'Vpc') })).add('owner', 'data-platform'),
    path: 'Files',
    expect: 'configured',
  },
  {
    name: 'the L1 bucket has no tags at all',
    build: (stack) => new s3.CfnBucket(stack, 'Bucket'),
    path: 'Bucket',
    expect: 'unconfigured',
  },
  {
    name: 'the bucket is tagged with a team that does not exist',
    build: (stack) => Tags.of(new s3.Bucket(stack, 'Bucket')).add('owner', 'alice'),
    path: 'Bucket',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch replaces the tags with a cost center only',
    build: (stack) => {
      const bucket = new s3.Bucket(stack, 'Bucket');
      Tags.of(bucket).add('owner', 'payments');
      (bucket.node.defaultChild as s3.CfnBucket).addPropertyOverride('Tags', [{ Key: 'cost-center', Value: '42' }]);
    },
    path: 'Bucket',
    expect: 'unconfigured',
  },
  {
    name: 'the owner is a stack parameter',
    build: (stack) => Tags.of(new s3.Bucket(stack, 'Bucket')).add('owner', new CfnParameter(stack, 'Owner').valueAsString),
    path: 'Bucket',
    expect: 'unknown',
  },
  {
    name: 'the whole tag list depends on a condition',
    build: (stack) =>
      new s3.CfnBucket(stack, 'Bucket', {
        tags: Fn.conditionIf(conditionOn(stack), [{ Key: 'owner', Value: 'payments' }], []) as unknown as CfnTag[],
      }),
    path: 'Bucket',
    expect: 'unknown',
  },
  {
    name: 'a shared store has no attestation of its CMDB record',
    build: (stack) => Tags.of(new s3.Bucket(stack, 'Bucket')).add('owner', 'shared'),
    path: 'Bucket',
    expect: 'needs-attestation',
  },
  {
    name: 'a shared store is attested with its CMDB record',
    build: (stack) => Tags.of(new s3.Bucket(stack, 'Bucket')).add('owner', 'shared'),
    path: 'Bucket',
    expect: 'attested',
    props: { attestations: [{ dutyId: 'acme-data-store-owner-tag', scope: 'Test/Bucket', evidence: 'CMDB CI-20931' }] },
  },
]);
