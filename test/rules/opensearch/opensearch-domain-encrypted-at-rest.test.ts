import * as kms from 'aws-cdk-lib/aws-kms';
import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { domain, override, rawDomain } from './fixtures';

dutyCases('opensearch-domain-encrypted-at-rest', [
  {
    name: 'the L2 domain enables encryption at rest',
    build: (s) => domain(s, { encryptionAtRest: { enabled: true } }),
    path: 'Search',
    expect: 'configured',
  },
  {
    name: 'the L2 domain uses a KMS key',
    build: (s) => domain(s, { encryptionAtRest: { kmsKey: new kms.Key(s, 'Key') } }),
    path: 'Search',
    expect: 'configured',
  },
  { name: 'the L2 domain keeps its defaults', build: (s) => domain(s), path: 'Search', expect: 'unconfigured' },
  { name: 'an L1 domain sets no encryption options', build: (s) => rawDomain(s), path: 'Raw', expect: 'unconfigured' },
  {
    name: 'encryption is added by an escape-hatch override',
    build: (s) => override(domain(s), 'EncryptionAtRestOptions.Enabled', true),
    path: 'Search',
    expect: 'configured',
  },
  {
    name: 'the Enabled flag is a parameter',
    build: (s) => override(domain(s), 'EncryptionAtRestOptions.Enabled', parameter(s)),
    path: 'Search',
    expect: 'unknown',
  },
]);
