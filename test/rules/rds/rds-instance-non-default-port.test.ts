import { dutyCases } from '../../harness';
import { MYSQL80, instance, override, parameter, rawInstance } from './fixtures';

dutyCases('rds-instance-non-default-port', [
  { name: 'the L2 instance sets a custom port', build: (s) => instance(s, { port: 15432 }), path: 'Db', expect: 'configured' },
  { name: 'the L2 instance keeps its defaults (PostgreSQL 5432)', build: (s) => instance(s), path: 'Db', expect: 'unconfigured' },
  {
    name: 'the L2 MySQL instance sets port 3306',
    build: (s) => instance(s, { engine: MYSQL80, port: 3306 }),
    path: 'Db',
    expect: 'unconfigured',
  },
  { name: 'an L1 instance sets Port 6543', build: (s) => rawInstance(s, { port: '6543' }), path: 'Raw', expect: 'configured' },
  {
    name: 'the port is changed by an escape-hatch override',
    build: (s) => override(instance(s), 'Port', '25432'),
    path: 'Db',
    expect: 'configured',
  },
  { name: 'Port is a parameter', build: (s) => override(instance(s), 'Port', parameter(s)), path: 'Db', expect: 'unknown' },
]);
