import * as kms from 'aws-cdk-lib/aws-kms';
import { dutyCases } from '../../harness';
import { imported } from '../rds/fixtures';
import { memCluster } from './fixtures';

dutyCases('memorydb-cluster-customer-managed-key', [
  {
    name: 'the cluster uses a customer managed key from the app',
    build: (s) => memCluster(s, { kmsKeyId: new kms.Key(s, 'Key').keyArn }),
    path: 'Mem',
    expect: 'configured',
  },
  { name: 'the cluster keeps its defaults (service-managed key)', build: (s) => memCluster(s), path: 'Mem', expect: 'unconfigured' },
  {
    name: 'the cluster names an AWS managed key alias',
    build: (s) => memCluster(s, { kmsKeyId: 'alias/aws/memorydb' }),
    path: 'Mem',
    expect: 'unconfigured',
  },
  {
    name: 'the key is set by an escape-hatch override',
    build: (s) =>
      memCluster(s).addPropertyOverride('KmsKeyId', 'arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab'),
    path: 'Mem',
    expect: 'configured',
  },
  {
    name: 'the key is imported from another stack',
    build: (s) => memCluster(s, { kmsKeyId: imported('CacheKey') }),
    path: 'Mem',
    expect: 'unknown',
  },
]);
