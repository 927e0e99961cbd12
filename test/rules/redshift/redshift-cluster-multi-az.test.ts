import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { warehouse } from './fixtures';

dutyCases('redshift-cluster-multi-az', [
  { name: 'the RA3 cluster sets MultiAZ', build: (s) => warehouse(s, { multiAz: true }), path: 'Warehouse', expect: 'configured' },
  { name: 'the RA3 cluster keeps its defaults', build: (s) => warehouse(s), path: 'Warehouse', expect: 'unconfigured' },
  {
    name: 'Multi-AZ is turned on by an escape-hatch override',
    build: (s) => warehouse(s).addPropertyOverride('MultiAZ', true),
    path: 'Warehouse',
    expect: 'configured',
  },
  {
    name: 'MultiAZ is a parameter',
    build: (s) => warehouse(s).addPropertyOverride('MultiAZ', parameter(s)),
    path: 'Warehouse',
    expect: 'unknown',
  },
  {
    name: 'the cluster uses DC2 nodes',
    build: (s) => warehouse(s, { nodeType: 'dc2.large' }),
    path: 'Warehouse',
    expect: 'not-applicable',
  },
]);
