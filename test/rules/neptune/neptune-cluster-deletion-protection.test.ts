import { Fn } from 'aws-cdk-lib';
import { dutyCases } from '../../harness';
import { graph } from './fixtures';

dutyCases('neptune-cluster-deletion-protection', [
  {
    name: 'the cluster keeps its defaults (Neptune enables deletion protection)',
    build: (s) => graph(s),
    path: 'Graph',
    expect: 'configured',
  },
  {
    name: 'the cluster sets DeletionProtection',
    build: (s) => graph(s, { deletionProtection: true }),
    path: 'Graph',
    expect: 'configured',
  },
  {
    name: 'the cluster sets DeletionProtection false',
    build: (s) => graph(s, { deletionProtection: false }),
    path: 'Graph',
    expect: 'unconfigured',
  },
  {
    name: 'protection is turned off by an escape-hatch override',
    build: (s) => graph(s).addPropertyOverride('DeletionProtection', false),
    path: 'Graph',
    expect: 'unconfigured',
  },
  {
    name: 'DeletionProtection is imported',
    build: (s) => graph(s).addPropertyOverride('DeletionProtection', Fn.importValue('Protect')),
    path: 'Graph',
    expect: 'unknown',
  },
]);
