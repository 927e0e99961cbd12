import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { warehouse } from './fixtures';

dutyCases('redshift-cluster-encrypted', [
  {
    name: 'the cluster keeps its defaults (CloudFormation default true)',
    build: (s) => warehouse(s),
    path: 'Warehouse',
    expect: 'configured',
  },
  { name: 'the cluster sets Encrypted', build: (s) => warehouse(s, { encrypted: true }), path: 'Warehouse', expect: 'configured' },
  { name: 'the cluster sets Encrypted false', build: (s) => warehouse(s, { encrypted: false }), path: 'Warehouse', expect: 'unconfigured' },
  {
    name: 'encryption is turned off by an escape-hatch override',
    build: (s) => warehouse(s).addPropertyOverride('Encrypted', false),
    path: 'Warehouse',
    expect: 'unconfigured',
  },
  {
    name: 'Encrypted is a parameter',
    build: (s) => warehouse(s).addPropertyOverride('Encrypted', parameter(s)),
    path: 'Warehouse',
    expect: 'unknown',
  },
]);
