import { Duration } from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';
import { dutyCases } from '../../harness';
import { cluster, instance, override, parameter, rawInstance } from './fixtures';

dutyCases('rds-instance-enhanced-monitoring', [
  {
    name: 'the L2 instance sets monitoringInterval',
    build: (s) => instance(s, { monitoringInterval: Duration.seconds(60) }),
    path: 'Db',
    expect: 'configured',
  },
  { name: 'the L2 instance keeps its defaults', build: (s) => instance(s), path: 'Db', expect: 'unconfigured' },
  {
    name: 'an L1 instance sets MonitoringInterval 0',
    build: (s) => rawInstance(s, { monitoringInterval: 0 }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  { name: 'the Aurora writer keeps its defaults', build: (s) => cluster(s), path: 'Cluster/writer', expect: 'unconfigured' },
  {
    name: 'the Aurora cluster turns on cluster-level Enhanced Monitoring',
    build: (s) => cluster(s, { monitoringInterval: Duration.seconds(30), enableClusterLevelEnhancedMonitoring: true }),
    path: 'Cluster/writer',
    expect: 'configured',
  },
  {
    name: 'the Aurora writer sets monitoring for its instances',
    build: (s) => cluster(s, { monitoringInterval: Duration.seconds(30), writer: rds.ClusterInstance.provisioned('writer') }),
    path: 'Cluster/writer',
    expect: 'configured',
  },
  {
    name: 'monitoring is turned on by an escape-hatch override',
    build: (s) => override(instance(s), 'MonitoringInterval', 15),
    path: 'Db',
    expect: 'configured',
  },
  {
    name: 'MonitoringInterval is a parameter',
    build: (s) => override(instance(s), 'MonitoringInterval', parameter(s, 'Interval', 'Number')),
    path: 'Db',
    expect: 'unknown',
  },
]);
