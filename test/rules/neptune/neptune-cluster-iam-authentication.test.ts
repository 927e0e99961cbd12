import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { graph } from './fixtures';

dutyCases('neptune-cluster-iam-authentication', [
  { name: 'the cluster sets IamAuthEnabled', build: (s) => graph(s, { iamAuthEnabled: true }), path: 'Graph', expect: 'configured' },
  { name: 'the cluster keeps its defaults', build: (s) => graph(s), path: 'Graph', expect: 'unconfigured' },
  {
    name: 'the cluster sets IamAuthEnabled false',
    build: (s) => graph(s, { iamAuthEnabled: false }),
    path: 'Graph',
    expect: 'unconfigured',
  },
  {
    name: 'IAM authentication is added by an escape-hatch override',
    build: (s) => graph(s).addPropertyOverride('IamAuthEnabled', true),
    path: 'Graph',
    expect: 'configured',
  },
  {
    name: 'IamAuthEnabled is a parameter',
    build: (s) => graph(s).addPropertyOverride('IamAuthEnabled', parameter(s)),
    path: 'Graph',
    expect: 'unknown',
  },
]);
