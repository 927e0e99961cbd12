import { CfnParameter, SecretValue } from 'aws-cdk-lib';
import * as docdb from 'aws-cdk-lib/aws-docdb';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as redshift from 'aws-cdk-lib/aws-redshift';
import { dutyCases, synthWithChecks } from '../../harness';
import { cluster, instance } from './fixtures';

const DUTY = 'rds-master-password-not-in-template';
const PLAIN = 'Sup3r-Secret-Value';

dutyCases(DUTY, [
  { name: 'the L2 instance keeps its default generated secret', build: (stack) => instance(stack), path: 'Db', expect: 'configured' },
  { name: 'the L2 cluster keeps its default generated secret', build: (stack) => cluster(stack), path: 'Cluster', expect: 'configured' },
  {
    name: 'the L2 instance is given SecretValue.unsafePlainText',
    build: (stack) => instance(stack, { credentials: rds.Credentials.fromPassword('admin', SecretValue.unsafePlainText(PLAIN)) }),
    path: 'Db',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 cluster is given SecretValue.unsafePlainText',
    build: (stack) => cluster(stack, { credentials: rds.Credentials.fromPassword('admin', SecretValue.unsafePlainText(PLAIN)) }),
    path: 'Cluster',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 DocumentDB cluster sets a literal masterUserPassword',
    build: (stack) => new docdb.CfnDBCluster(stack, 'Docs', { masterUsername: 'admin', masterUserPassword: PLAIN }),
    path: 'Docs',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 Redshift cluster sets a literal masterUserPassword',
    build: (stack) =>
      new redshift.CfnCluster(stack, 'Warehouse', {
        clusterType: 'single-node',
        nodeType: 'ra3.xlplus',
        dbName: 'dev',
        masterUsername: 'admin',
        masterUserPassword: PLAIN,
      }),
    path: 'Warehouse',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 Redshift cluster lets Redshift manage the password',
    build: (stack) =>
      new redshift.CfnCluster(stack, 'Warehouse', {
        clusterType: 'single-node',
        nodeType: 'ra3.xlplus',
        dbName: 'dev',
        masterUsername: 'admin',
        manageMasterPassword: true,
      }),
    path: 'Warehouse',
    expect: 'configured',
  },
  {
    name: 'an escape-hatch override writes a literal password on the L2 instance',
    build: (stack) => (instance(stack).node.defaultChild as rds.CfnDBInstance).addPropertyOverride('MasterUserPassword', PLAIN),
    path: 'Db',
    expect: 'unconfigured',
  },
  {
    name: 'the password is a parameter (whose default may be in the template)',
    build: (stack) =>
      new docdb.CfnDBCluster(stack, 'Docs', { masterUsername: 'admin', masterUserPassword: new CfnParameter(stack, 'Pw').valueAsString }),
    path: 'Docs',
    expect: 'unknown',
  },
]);

test('the finding never quotes the password', () => {
  const { results } = synthWithChecks(
    (stack) => new docdb.CfnDBCluster(stack, 'Docs', { masterUsername: 'admin', masterUserPassword: PLAIN }),
  );
  expect(JSON.stringify(results)).not.toContain(PLAIN);
});
