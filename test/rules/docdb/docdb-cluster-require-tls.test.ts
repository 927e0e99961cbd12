import * as docdb from 'aws-cdk-lib/aws-docdb';
import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { docCluster, rawDocCluster } from './fixtures';

const group = (s: Parameters<typeof docCluster>[0], tls: string) =>
  new docdb.ClusterParameterGroup(s, 'Params', { family: 'docdb5.0', parameters: { tls } });

dutyCases('docdb-cluster-require-tls', [
  { name: 'the L2 cluster keeps the default cluster parameter group', build: (s) => docCluster(s), path: 'Cluster', expect: 'configured' },
  {
    name: 'the L2 cluster uses a group with tls1.2+',
    build: (s) => docCluster(s, { parameterGroup: group(s, 'tls1.2+') }),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'the L2 cluster uses a group with tls disabled',
    build: (s) => docCluster(s, { parameterGroup: group(s, 'disabled') }),
    path: 'Cluster',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 cluster names a group outside the app',
    build: (s) => rawDocCluster(s, { dbClusterParameterGroupName: 'shared-docdb' }),
    path: 'Raw',
    expect: 'unknown',
  },
  {
    name: 'TLS is turned off by an escape-hatch override on the group',
    build: (s) => {
      const g = group(s, 'enabled');
      docCluster(s, { parameterGroup: g });
      (g.node.defaultChild as docdb.CfnDBClusterParameterGroup).addPropertyOverride('Parameters.tls', 'disabled');
    },
    path: 'Cluster',
    expect: 'unconfigured',
  },
  {
    name: 'the tls value is a parameter',
    build: (s) => docCluster(s, { parameterGroup: group(s, parameter(s)) }),
    path: 'Cluster',
    expect: 'unknown',
  },
]);
