import * as redshift from 'aws-cdk-lib/aws-redshift';
import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { warehouse } from './fixtures';

const params = (s: Parameters<typeof warehouse>[0], value: string) =>
  new redshift.CfnClusterParameterGroup(s, 'Params', {
    description: 'tls',
    parameterGroupFamily: 'redshift-2.0',
    parameters: [{ parameterName: 'require_ssl', parameterValue: value }],
  });

dutyCases('redshift-cluster-require-ssl', [
  {
    name: 'the cluster uses a parameter group with require_ssl true',
    build: (s) => warehouse(s, { clusterParameterGroupName: params(s, 'true').ref }),
    path: 'Warehouse',
    expect: 'configured',
  },
  {
    name: 'the cluster uses a parameter group with require_ssl false',
    build: (s) => warehouse(s, { clusterParameterGroupName: params(s, 'false').ref }),
    path: 'Warehouse',
    expect: 'unconfigured',
  },
  {
    name: 'the parameter group is attached by an escape-hatch override',
    build: (s) => warehouse(s).addPropertyOverride('ClusterParameterGroupName', params(s, 'true').ref),
    path: 'Warehouse',
    expect: 'configured',
  },
  {
    name: 'the cluster keeps the default parameter group (default not documented)',
    build: (s) => warehouse(s),
    path: 'Warehouse',
    expect: 'unknown',
  },
  {
    name: 'the require_ssl value is a parameter',
    build: (s) => warehouse(s, { clusterParameterGroupName: params(s, parameter(s)).ref }),
    path: 'Warehouse',
    expect: 'unknown',
  },
]);
