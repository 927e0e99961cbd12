import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { warehouse } from './fixtures';

dutyCases('redshift-cluster-allow-version-upgrade', [
  { name: 'the cluster keeps its defaults (default true)', build: (s) => warehouse(s), path: 'Warehouse', expect: 'configured' },
  {
    name: 'the cluster sets AllowVersionUpgrade false',
    build: (s) => warehouse(s, { allowVersionUpgrade: false }),
    path: 'Warehouse',
    expect: 'unconfigured',
  },
  {
    name: 'upgrades are blocked by an escape-hatch override',
    build: (s) => warehouse(s).addPropertyOverride('AllowVersionUpgrade', false),
    path: 'Warehouse',
    expect: 'unconfigured',
  },
  {
    name: 'AllowVersionUpgrade is a parameter',
    build: (s) => warehouse(s).addPropertyOverride('AllowVersionUpgrade', parameter(s)),
    path: 'Warehouse',
    expect: 'unknown',
  },
]);
