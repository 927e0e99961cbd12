import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { cluster, ENCRYPTED, securityConfiguration } from './fixtures';

const ID = 'emr-cluster-encrypted-in-transit';

dutyCases(ID, [
  {
    name: 'the cluster runs with a security configuration that enables in-transit encryption',
    build: (s) => cluster(s, securityConfiguration(s).ref),
    path: 'Cluster',
    expect: 'configured',
  },
  { name: 'fails when the cluster names no security configuration', build: (s) => cluster(s), path: 'Cluster', expect: 'unconfigured' },
  {
    name: 'fails when the security configuration encrypts only at rest',
    build: (s) =>
      cluster(
        s,
        securityConfiguration(s, { EncryptionConfiguration: { ...ENCRYPTED.EncryptionConfiguration, EnableInTransitEncryption: false } })
          .ref,
      ),
    path: 'Cluster',
    expect: 'unconfigured',
  },
  {
    name: 'the security configuration takes EnableInTransitEncryption from a parameter',
    build: (s) => cluster(s, securityConfiguration(s, { EncryptionConfiguration: { EnableInTransitEncryption: parameter(s, 'Tls') } }).ref),
    path: 'Cluster',
    expect: 'unknown',
  },
  {
    name: 'the cluster names a security configuration created outside the app',
    build: (s) => cluster(s, 'shared-security-config'),
    path: 'Cluster',
    expect: 'unknown',
  },
]);
