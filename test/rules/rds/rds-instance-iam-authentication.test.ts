import * as rds from 'aws-cdk-lib/aws-rds';
import { dutyCases } from '../../harness';
import { MYSQL80, cluster, instance, override, parameter, rawInstance } from './fixtures';

dutyCases('rds-instance-iam-authentication', [
  {
    name: 'the L2 PostgreSQL instance sets iamAuthentication',
    build: (s) => instance(s, { iamAuthentication: true }),
    path: 'Db',
    expect: 'configured',
  },
  { name: 'the L2 PostgreSQL instance keeps its defaults', build: (s) => instance(s), path: 'Db', expect: 'unconfigured' },
  { name: 'the L2 MySQL instance keeps its defaults', build: (s) => instance(s, { engine: MYSQL80 }), path: 'Db', expect: 'unconfigured' },
  {
    name: 'an L1 instance sets EnableIAMDatabaseAuthentication false',
    build: (s) => rawInstance(s, { enableIamDatabaseAuthentication: false }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'IAM authentication is added by an escape-hatch override',
    build: (s) => override(instance(s), 'EnableIAMDatabaseAuthentication', true),
    path: 'Db',
    expect: 'configured',
  },
  {
    name: 'EnableIAMDatabaseAuthentication is a parameter',
    build: (s) => override(instance(s), 'EnableIAMDatabaseAuthentication', parameter(s)),
    path: 'Db',
    expect: 'unknown',
  },
  {
    name: 'the instance runs SQL Server, which does not support IAM database authentication',
    build: (s) =>
      instance(s, {
        engine: rds.DatabaseInstanceEngine.sqlServerSe({ version: rds.SqlServerEngineVersion.VER_16 }),
        licenseModel: rds.LicenseModel.LICENSE_INCLUDED,
      }),
    path: 'Db',
    expect: 'not-applicable',
  },
  { name: 'the instance is an Aurora cluster member', build: (s) => cluster(s), path: 'Cluster/writer', expect: 'not-applicable' },
]);
