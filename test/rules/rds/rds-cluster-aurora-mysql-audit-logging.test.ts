import * as rds from 'aws-cdk-lib/aws-rds';
import { dutyCases } from '../../harness';
import { AURORA_PG, cluster, parameter, rawCluster } from './fixtures';

dutyCases('rds-cluster-aurora-mysql-audit-logging', [
  {
    name: 'the L2 cluster turns on server_audit_logging with events',
    build: (s) => cluster(s, { parameters: { server_audit_logging: '1', server_audit_events: 'CONNECT,QUERY_DDL' } }),
    path: 'Cluster',
    expect: 'configured',
  },
  { name: 'the L2 cluster keeps the default cluster parameter group', build: (s) => cluster(s), path: 'Cluster', expect: 'unconfigured' },
  {
    name: 'the L2 cluster turns logging on without events',
    build: (s) => cluster(s, { parameters: { server_audit_logging: '1' } }),
    path: 'Cluster',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 cluster has parameters without server_audit_logging',
    build: (s) => cluster(s, { parameters: { require_secure_transport: 'ON' } }),
    path: 'Cluster',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 cluster gets an auditing parameter group by an escape-hatch override',
    build: (s) => {
      const group = new rds.CfnDBClusterParameterGroup(s, 'Group', {
        family: 'aurora-mysql8.0',
        description: 'audit',
        parameters: { server_audit_logging: 'ON', server_audit_events: 'CONNECT' },
      });
      rawCluster(s).addPropertyOverride('DBClusterParameterGroupName', group.ref);
    },
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'server_audit_logging is a parameter',
    build: (s) => cluster(s, { parameters: { server_audit_logging: parameter(s), server_audit_events: 'CONNECT' } }),
    path: 'Cluster',
    expect: 'unknown',
  },
  {
    name: 'an L1 cluster names a parameter group outside the app',
    build: (s) => rawCluster(s, { dbClusterParameterGroupName: 'shared-aurora-mysql' }),
    path: 'Raw',
    expect: 'unknown',
  },
  {
    name: 'the cluster runs Aurora PostgreSQL',
    build: (s) => cluster(s, { engine: AURORA_PG }),
    path: 'Cluster',
    expect: 'not-applicable',
  },
]);
