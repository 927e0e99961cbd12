import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { domain, override, rawDomain } from './fixtures';

dutyCases('opensearch-domain-data-node-fault-tolerance', [
  {
    name: 'the L2 domain has 3 data nodes across 3 zones',
    build: (s) => domain(s, { capacity: { dataNodes: 3 }, zoneAwareness: { enabled: true, availabilityZoneCount: 3 } }),
    path: 'Search',
    expect: 'configured',
  },
  { name: 'the L2 domain keeps its defaults (1 node)', build: (s) => domain(s), path: 'Search', expect: 'unconfigured' },
  {
    name: 'the L2 domain has 3 nodes without zone awareness',
    build: (s) => domain(s, { capacity: { dataNodes: 3 } }),
    path: 'Search',
    expect: 'unconfigured',
  },
  { name: 'an L1 domain sets no cluster config', build: (s) => rawDomain(s), path: 'Raw', expect: 'unconfigured' },
  {
    name: 'the nodes are raised by an escape-hatch override',
    build: (s) => override(domain(s, { zoneAwareness: { enabled: true, availabilityZoneCount: 3 } }), 'ClusterConfig.InstanceCount', 6),
    path: 'Search',
    expect: 'configured',
  },
  {
    name: 'the instance count is a parameter',
    build: (s) => override(domain(s), 'ClusterConfig.InstanceCount', parameter(s, 'Nodes', 'Number')),
    path: 'Search',
    expect: 'unknown',
  },
]);
