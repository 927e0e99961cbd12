import * as docdb from 'aws-cdk-lib/aws-docdb';
import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { docCluster, rawDocCluster } from './fixtures';

const group = (s: Parameters<typeof docCluster>[0], auditLogs: string) =>
  new docdb.ClusterParameterGroup(s, 'Params', { family: 'docdb5.0', parameters: { audit_logs: auditLogs } });

dutyCases('docdb-cluster-audit-logs-parameter', [
  {
    name: 'the L2 cluster exports audit logs and its group enables audit_logs',
    build: (s) => docCluster(s, { exportAuditLogsToCloudWatch: true, parameterGroup: group(s, 'enabled') }),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'the group records only DDL and DML writes',
    build: (s) => docCluster(s, { parameterGroup: group(s, 'ddl,dml_write') }),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'the L2 cluster exports audit logs but keeps the default parameter group',
    build: (s) => docCluster(s, { exportAuditLogsToCloudWatch: true }),
    path: 'Cluster',
    expect: 'unconfigured',
  },
  {
    name: 'the group sets audit_logs disabled',
    build: (s) => docCluster(s, { parameterGroup: group(s, 'disabled') }),
    path: 'Cluster',
    expect: 'unconfigured',
  },
  {
    name: 'audit_logs is enabled by an escape-hatch override on the group',
    build: (s) => {
      const g = group(s, 'disabled');
      docCluster(s, { parameterGroup: g });
      (g.node.defaultChild as docdb.CfnDBClusterParameterGroup).addPropertyOverride('Parameters.audit_logs', 'all');
    },
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'an L1 cluster names a group outside the app',
    build: (s) => rawDocCluster(s, { dbClusterParameterGroupName: 'shared-docdb' }),
    path: 'Raw',
    expect: 'unknown',
  },
  {
    name: 'the group audit_logs value comes from a parameter',
    build: (s) => docCluster(s, { parameterGroup: group(s, parameter(s, 'Audit')) }),
    path: 'Cluster',
    expect: 'unknown',
  },
]);
