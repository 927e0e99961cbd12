import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { warehouse } from './fixtures';

dutyCases('redshift-cluster-not-publicly-accessible', [
  { name: 'the cluster keeps its defaults (default false)', build: (s) => warehouse(s), path: 'Warehouse', expect: 'configured' },
  {
    name: 'the cluster sets PubliclyAccessible false',
    build: (s) => warehouse(s, { publiclyAccessible: false }),
    path: 'Warehouse',
    expect: 'configured',
  },
  {
    name: 'the cluster sets PubliclyAccessible true',
    build: (s) => warehouse(s, { publiclyAccessible: true }),
    path: 'Warehouse',
    expect: 'unconfigured',
  },
  {
    name: 'public access is turned on by an escape-hatch override',
    build: (s) => warehouse(s).addPropertyOverride('PubliclyAccessible', true),
    path: 'Warehouse',
    expect: 'unconfigured',
  },
  {
    name: 'PubliclyAccessible is a parameter',
    build: (s) => warehouse(s).addPropertyOverride('PubliclyAccessible', parameter(s)),
    path: 'Warehouse',
    expect: 'unknown',
  },
]);
