import * as kms from 'aws-cdk-lib/aws-kms';
import { dutyCases } from '../../harness';
import { cluster, instance, override, parameter, rawInstance } from './fixtures';

dutyCases('rds-instance-storage-encrypted', [
  {
    name: 'the L2 instance sets storageEncrypted',
    build: (s) => instance(s, { storageEncrypted: true }),
    path: 'Db',
    expect: 'configured',
  },
  {
    name: 'the L2 instance gives a storageEncryptionKey',
    build: (s) => instance(s, { storageEncryptionKey: new kms.Key(s, 'Key') }),
    path: 'Db',
    expect: 'configured',
  },
  {
    name: 'the L2 instance keeps its defaults (RDS does not encrypt by default)',
    build: (s) => instance(s),
    path: 'Db',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 instance sets StorageEncrypted false',
    build: (s) => rawInstance(s, { storageEncrypted: false }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'encryption is added by an escape-hatch override',
    build: (s) => override(instance(s), 'StorageEncrypted', true),
    path: 'Db',
    expect: 'configured',
  },
  {
    name: 'a read replica inherits encryption from its source',
    build: (s) => rawInstance(s, { sourceDbInstanceIdentifier: 'arn:aws:rds:us-east-1:111111111111:db:source', masterUsername: undefined }),
    path: 'Raw',
    expect: 'unknown',
  },
  {
    name: 'StorageEncrypted is a parameter',
    build: (s) => override(instance(s), 'StorageEncrypted', parameter(s)),
    path: 'Db',
    expect: 'unknown',
  },
  { name: 'the instance is an Aurora cluster member', build: (s) => cluster(s), path: 'Cluster/writer', expect: 'not-applicable' },
  {
    name: 'an instance with an Aurora engine that names no cluster is not judged as a standalone instance',
    build: (s) =>
      rawInstance(s, { engine: 'aurora-postgresql', engineVersion: '16.4', allocatedStorage: undefined, masterUsername: undefined }),
    path: 'Raw',
    expect: 'not-applicable',
  },
]);
