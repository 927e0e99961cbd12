import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { memCluster } from './fixtures';

dutyCases('memorydb-cluster-tls-enabled', [
  { name: 'the cluster keeps its defaults', build: (s) => memCluster(s), path: 'Mem', expect: 'configured' },
  { name: 'the cluster sets TLSEnabled', build: (s) => memCluster(s, { tlsEnabled: true }), path: 'Mem', expect: 'configured' },
  {
    name: 'the cluster sets TLSEnabled false',
    build: (s) => memCluster(s, { tlsEnabled: false, aclName: 'open-access' }),
    path: 'Mem',
    expect: 'unconfigured',
  },
  {
    name: 'TLS is turned off by an escape-hatch override',
    build: (s) => memCluster(s).addPropertyOverride('TLSEnabled', false),
    path: 'Mem',
    expect: 'unconfigured',
  },
  {
    name: 'TLSEnabled is a parameter',
    build: (s) => memCluster(s).addPropertyOverride('TLSEnabled', parameter(s)),
    path: 'Mem',
    expect: 'unknown',
  },
]);
