import { CfnParameter } from 'aws-cdk-lib';
import { dutyCases } from '../../harness';
import { cluster } from './fixtures';

dutyCases('msk-cluster-client-broker-tls', [
  {
    name: 'the cluster leaves ClientBroker unset (TLS by default)',
    build: (stack) => cluster(stack),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'the cluster also accepts plaintext clients',
    build: (stack) => cluster(stack, { encryptionInfo: { encryptionInTransit: { clientBroker: 'TLS_PLAINTEXT' } } }),
    path: 'Cluster',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override sets TLS only',
    build: (stack) =>
      cluster(stack, { encryptionInfo: { encryptionInTransit: { clientBroker: 'PLAINTEXT' } } }).addPropertyOverride(
        'EncryptionInfo.EncryptionInTransit.ClientBroker',
        'TLS',
      ),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'ClientBroker is a parameter',
    build: (stack) =>
      cluster(stack, { encryptionInfo: { encryptionInTransit: { clientBroker: new CfnParameter(stack, 'Mode').valueAsString } } }),
    path: 'Cluster',
    expect: 'unknown',
  },
]);
