import { CfnParameter } from 'aws-cdk-lib';
import { dutyCases } from '../../harness';
import { cluster } from './fixtures';

dutyCases('msk-cluster-in-cluster-tls', [
  {
    name: 'the cluster leaves EncryptionInfo unset (in-cluster TLS by default)',
    build: (stack) => cluster(stack),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'the cluster turns in-cluster encryption off',
    build: (stack) => cluster(stack, { encryptionInfo: { encryptionInTransit: { inCluster: false } } }),
    path: 'Cluster',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override turns it back on',
    build: (stack) =>
      cluster(stack, { encryptionInfo: { encryptionInTransit: { inCluster: false } } }).addPropertyOverride(
        'EncryptionInfo.EncryptionInTransit.InCluster',
        true,
      ),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'InCluster is a parameter',
    build: (stack) =>
      cluster(stack, {
        encryptionInfo: { encryptionInTransit: { inCluster: new CfnParameter(stack, 'InCluster').valueAsString as unknown as boolean } },
      }),
    path: 'Cluster',
    expect: 'unknown',
  },
]);
