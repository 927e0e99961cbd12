import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { domain, override, rawDomain } from './fixtures';

dutyCases('opensearch-domain-node-to-node-encryption', [
  {
    name: 'the L2 domain enables node-to-node encryption',
    build: (s) => domain(s, { nodeToNodeEncryption: true }),
    path: 'Search',
    expect: 'configured',
  },
  { name: 'the L2 domain keeps its defaults', build: (s) => domain(s), path: 'Search', expect: 'unconfigured' },
  { name: 'an L1 domain sets no node-to-node options', build: (s) => rawDomain(s), path: 'Raw', expect: 'unconfigured' },
  {
    name: 'encryption is added by an escape-hatch override',
    build: (s) => override(domain(s), 'NodeToNodeEncryptionOptions.Enabled', true),
    path: 'Search',
    expect: 'configured',
  },
  {
    name: 'the Enabled flag is a parameter',
    build: (s) => override(domain(s), 'NodeToNodeEncryptionOptions.Enabled', parameter(s)),
    path: 'Search',
    expect: 'unknown',
  },
]);
