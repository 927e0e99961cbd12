import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { graph } from './fixtures';

dutyCases('neptune-cluster-copy-tags-to-snapshot', [
  {
    name: 'the cluster sets CopyTagsToSnapshot',
    build: (s) => graph(s, { copyTagsToSnapshot: true }),
    path: 'Graph',
    expect: 'configured',
  },
  { name: 'the cluster keeps its defaults', build: (s) => graph(s), path: 'Graph', expect: 'unconfigured' },
  {
    name: 'copying is turned on by an escape-hatch override',
    build: (s) => graph(s).addPropertyOverride('CopyTagsToSnapshot', true),
    path: 'Graph',
    expect: 'configured',
  },
  {
    name: 'CopyTagsToSnapshot is a parameter',
    build: (s) => graph(s).addPropertyOverride('CopyTagsToSnapshot', parameter(s)),
    path: 'Graph',
    expect: 'unknown',
  },
]);
