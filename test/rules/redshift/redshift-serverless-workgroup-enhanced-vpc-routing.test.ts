import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { workgroup } from './fixtures';

dutyCases('redshift-serverless-workgroup-enhanced-vpc-routing', [
  {
    name: 'the workgroup sets EnhancedVpcRouting',
    build: (s) => workgroup(s, { enhancedVpcRouting: true }),
    path: 'Workgroup',
    expect: 'configured',
  },
  { name: 'the workgroup keeps its defaults', build: (s) => workgroup(s), path: 'Workgroup', expect: 'unconfigured' },
  {
    name: 'routing is turned on by an escape-hatch override',
    build: (s) => workgroup(s).addPropertyOverride('EnhancedVpcRouting', true),
    path: 'Workgroup',
    expect: 'configured',
  },
  {
    name: 'EnhancedVpcRouting is a parameter',
    build: (s) => workgroup(s).addPropertyOverride('EnhancedVpcRouting', parameter(s)),
    path: 'Workgroup',
    expect: 'unknown',
  },
]);
