import { dutyCases } from '../../harness';
import { instance, override, parameter, rawInstance } from './fixtures';

dutyCases('rds-instance-copy-tags-to-snapshot', [
  { name: 'the L2 instance keeps its defaults (CDK copies tags)', build: (s) => instance(s), path: 'Db', expect: 'configured' },
  {
    name: 'the L2 instance turns copyTagsToSnapshot off',
    build: (s) => instance(s, { copyTagsToSnapshot: false }),
    path: 'Db',
    expect: 'unconfigured',
  },
  { name: 'an L1 instance leaves CopyTagsToSnapshot unset', build: (s) => rawInstance(s), path: 'Raw', expect: 'unconfigured' },
  {
    name: 'copying is turned on by an escape-hatch override on an L1',
    build: (s) => rawInstance(s).addPropertyOverride('CopyTagsToSnapshot', true),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'CopyTagsToSnapshot is a parameter',
    build: (s) => override(instance(s), 'CopyTagsToSnapshot', parameter(s)),
    path: 'Db',
    expect: 'unknown',
  },
]);
