import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { ENCRYPTED, securityConfiguration } from './fixtures';

const ID = 'emr-security-configuration-encrypted-at-rest';

dutyCases(ID, [
  {
    name: 'the security configuration enables at-rest encryption',
    build: (s) => securityConfiguration(s),
    path: 'Security',
    expect: 'configured',
  },
  {
    name: 'fails when EnableAtRestEncryption is false',
    build: (s) =>
      securityConfiguration(s, { EncryptionConfiguration: { ...ENCRYPTED.EncryptionConfiguration, EnableAtRestEncryption: false } }),
    path: 'Security',
    expect: 'unconfigured',
  },
  {
    name: 'fails when the security configuration has no encryption section (it sets only authentication)',
    build: (s) => securityConfiguration(s, { AuthenticationConfiguration: { KerberosConfiguration: { Provider: 'ClusterDedicatedKdc' } } }),
    path: 'Security',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override turns at-rest encryption on',
    build: (s) =>
      securityConfiguration(s, { EncryptionConfiguration: { EnableInTransitEncryption: false } }).addPropertyOverride(
        'SecurityConfiguration.EncryptionConfiguration.EnableAtRestEncryption',
        true,
      ),
    path: 'Security',
    expect: 'configured',
  },
  {
    name: 'EnableAtRestEncryption comes from a parameter',
    build: (s) => securityConfiguration(s, { EncryptionConfiguration: { EnableAtRestEncryption: parameter(s, 'AtRest') } }),
    path: 'Security',
    expect: 'unknown',
  },
]);
