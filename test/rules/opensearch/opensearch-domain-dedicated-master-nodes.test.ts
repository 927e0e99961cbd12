import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { domain, override, rawDomain } from './fixtures';

dutyCases('opensearch-domain-dedicated-master-nodes', [
  {
    name: 'the L2 domain has 3 dedicated master nodes',
    build: (s) => domain(s, { capacity: { masterNodes: 3 } }),
    path: 'Search',
    expect: 'configured',
  },
  { name: 'the L2 domain keeps its defaults', build: (s) => domain(s), path: 'Search', expect: 'unconfigured' },
  {
    name: 'an L1 domain has 2 dedicated master nodes',
    build: (s) =>
      rawDomain(s, { clusterConfig: { dedicatedMasterEnabled: true, dedicatedMasterCount: 2, dedicatedMasterType: 'm6g.large.search' } }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'masters are added by an escape-hatch override',
    build: (s) => override(domain(s), 'ClusterConfig', { DedicatedMasterEnabled: true, DedicatedMasterCount: 5 }),
    path: 'Search',
    expect: 'configured',
  },
  {
    name: 'the master count is a parameter',
    build: (s) =>
      override(domain(s, { capacity: { masterNodes: 3 } }), 'ClusterConfig.DedicatedMasterCount', parameter(s, 'Masters', 'Number')),
    path: 'Search',
    expect: 'unknown',
  },
]);
