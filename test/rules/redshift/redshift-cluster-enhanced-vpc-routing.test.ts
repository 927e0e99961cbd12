import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { warehouse } from './fixtures';

dutyCases('redshift-cluster-enhanced-vpc-routing', [
  {
    name: 'the cluster sets EnhancedVpcRouting',
    build: (s) => warehouse(s, { enhancedVpcRouting: true }),
    path: 'Warehouse',
    expect: 'configured',
  },
  { name: 'the cluster keeps its defaults', build: (s) => warehouse(s), path: 'Warehouse', expect: 'unconfigured' },
  {
    name: 'routing is turned on by an escape-hatch override',
    build: (s) => warehouse(s).addPropertyOverride('EnhancedVpcRouting', true),
    path: 'Warehouse',
    expect: 'configured',
  },
  {
    name: 'EnhancedVpcRouting is a parameter',
    build: (s) => warehouse(s).addPropertyOverride('EnhancedVpcRouting', parameter(s)),
    path: 'Warehouse',
    expect: 'unknown',
  },
]);
