import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { workgroup } from './fixtures';

dutyCases('redshift-serverless-workgroup-not-publicly-accessible', [
  { name: 'the workgroup keeps its defaults (default false)', build: (s) => workgroup(s), path: 'Workgroup', expect: 'configured' },
  {
    name: 'the workgroup sets PubliclyAccessible true',
    build: (s) => workgroup(s, { publiclyAccessible: true }),
    path: 'Workgroup',
    expect: 'unconfigured',
  },
  {
    name: 'public access is turned on by an escape-hatch override',
    build: (s) => workgroup(s).addPropertyOverride('PubliclyAccessible', true),
    path: 'Workgroup',
    expect: 'unconfigured',
  },
  {
    name: 'PubliclyAccessible is a parameter',
    build: (s) => workgroup(s).addPropertyOverride('PubliclyAccessible', parameter(s)),
    path: 'Workgroup',
    expect: 'unknown',
  },
]);
