import { Fn } from 'aws-cdk-lib';
import { dutyCases } from '../../harness';
import { environment } from './fixtures';

dutyCases('cloud9-environment-ssm-connection', [
  {
    name: 'the environment connects with CONNECT_SSM',
    build: (stack) => environment(stack, { connectionType: 'CONNECT_SSM', subnetId: 'subnet-1' }),
    path: 'Env',
    expect: 'configured',
  },
  { name: 'the environment keeps the default (CONNECT_SSH)', build: (stack) => environment(stack), path: 'Env', expect: 'unconfigured' },
  {
    name: 'the environment sets CONNECT_SSH',
    build: (stack) => environment(stack, { connectionType: 'CONNECT_SSH' }),
    path: 'Env',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override sets CONNECT_SSM',
    build: (stack) => environment(stack).addPropertyOverride('ConnectionType', 'CONNECT_SSM'),
    path: 'Env',
    expect: 'configured',
  },
  {
    name: 'ConnectionType is imported',
    build: (stack) => environment(stack, { connectionType: Fn.importValue('Cloud9ConnectionType') }),
    path: 'Env',
    expect: 'unknown',
  },
]);
