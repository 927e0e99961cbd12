import * as kms from 'aws-cdk-lib/aws-kms';
import { dutyCases } from '../../harness';
import { cfnCluster, cluster, param, rawCluster } from './fixtures';

dutyCases('eks-cluster-secrets-encryption', [
  {
    name: 'the L2 cluster sets secretsEncryptionKey',
    build: (stack) => cluster(stack, { secretsEncryptionKey: new kms.Key(stack, 'Key') }),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'the L2 cluster keeps the default (AWS owned key only)',
    build: (stack) => cluster(stack),
    path: 'Cluster',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override adds an EncryptionConfig with a key ARN',
    build: (stack) =>
      cfnCluster(cluster(stack)).addPropertyOverride('EncryptionConfig', [
        { Provider: { KeyArn: 'arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab' }, Resources: ['secrets'] },
      ]),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'the key ARN is a parameter',
    build: (stack) => rawCluster(stack, { encryptionConfig: [{ provider: { keyArn: param(stack) }, resources: ['secrets'] }] }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
