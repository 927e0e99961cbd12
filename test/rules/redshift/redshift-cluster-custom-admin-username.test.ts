import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { warehouse } from './fixtures';

dutyCases('redshift-cluster-custom-admin-username', [
  { name: 'the cluster names a custom admin user', build: (s) => warehouse(s), path: 'Warehouse', expect: 'configured' },
  {
    name: 'the cluster uses awsuser',
    build: (s) => warehouse(s, { masterUsername: 'awsuser' }),
    path: 'Warehouse',
    expect: 'unconfigured',
  },
  {
    name: 'the user is renamed by an escape-hatch override',
    build: (s) => warehouse(s, { masterUsername: 'awsuser' }).addPropertyOverride('MasterUsername', 'dw_owner'),
    path: 'Warehouse',
    expect: 'configured',
  },
  {
    name: 'MasterUsername is a parameter',
    build: (s) => warehouse(s, { masterUsername: parameter(s) }),
    path: 'Warehouse',
    expect: 'unknown',
  },
]);
