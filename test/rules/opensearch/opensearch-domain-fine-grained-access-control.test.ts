import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { SECURE, domain, override, rawDomain } from './fixtures';

dutyCases('opensearch-domain-fine-grained-access-control', [
  {
    name: 'the L2 domain enables fine-grained access control',
    build: (s) => domain(s, { ...SECURE, fineGrainedAccessControl: { masterUserName: 'search_admin' } }),
    path: 'Search',
    expect: 'configured',
  },
  { name: 'the L2 domain keeps its defaults', build: (s) => domain(s), path: 'Search', expect: 'unconfigured' },
  {
    name: 'an L1 domain sets AdvancedSecurityOptions.Enabled false',
    build: (s) => rawDomain(s, { advancedSecurityOptions: { enabled: false } }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'it is enabled by an escape-hatch override',
    build: (s) => override(domain(s, SECURE), 'AdvancedSecurityOptions', { Enabled: true, InternalUserDatabaseEnabled: false }),
    path: 'Search',
    expect: 'configured',
  },
  {
    name: 'the Enabled flag is a parameter',
    build: (s) => override(domain(s), 'AdvancedSecurityOptions.Enabled', parameter(s)),
    path: 'Search',
    expect: 'unknown',
  },
]);
