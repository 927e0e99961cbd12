import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { ENCRYPTED, securityConfiguration } from './fixtures';

const ID = 'emr-security-configuration-encrypted-in-transit';

dutyCases(ID, [
  {
    name: 'the security configuration enables in-transit encryption',
    build: (s) => securityConfiguration(s),
    path: 'Security',
    expect: 'configured',
  },
  {
    name: 'fails when EnableInTransitEncryption is false',
    build: (s) =>
      securityConfiguration(s, { EncryptionConfiguration: { ...ENCRYPTED.EncryptionConfiguration, EnableInTransitEncryption: false } }),
    path: 'Security',
    expect: 'unconfigured',
  },
  {
    name: 'fails when the security configuration encrypts only at rest',
    build: (s) => securityConfiguration(s, { EncryptionConfiguration: { EnableAtRestEncryption: true } }),
    path: 'Security',
    expect: 'unconfigured',
  },
  {
    name: 'the whole security configuration comes from a parameter',
    build: (s) => securityConfiguration(s, parameter(s, 'Json')),
    path: 'Security',
    expect: 'unknown',
  },
]);
