import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { group } from './fixtures';

dutyCases('elasticache-replication-group-automatic-failover', [
  {
    name: 'the replication group enables automatic failover',
    build: (s) => group(s, { automaticFailoverEnabled: true }),
    path: 'Cache',
    expect: 'configured',
  },
  { name: 'the replication group keeps its defaults', build: (s) => group(s), path: 'Cache', expect: 'unconfigured' },
  {
    name: 'the replication group disables automatic failover',
    build: (s) => group(s, { automaticFailoverEnabled: false }),
    path: 'Cache',
    expect: 'unconfigured',
  },
  {
    name: 'failover is turned on by an escape-hatch override',
    build: (s) => group(s).addPropertyOverride('AutomaticFailoverEnabled', true),
    path: 'Cache',
    expect: 'configured',
  },
  {
    name: 'AutomaticFailoverEnabled is a parameter',
    build: (s) => group(s).addPropertyOverride('AutomaticFailoverEnabled', parameter(s)),
    path: 'Cache',
    expect: 'unknown',
  },
]);
