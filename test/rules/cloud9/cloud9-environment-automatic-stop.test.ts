import { CfnParameter } from 'aws-cdk-lib';
import { dutyCases } from '../../harness';
import { environment } from './fixtures';

dutyCases('cloud9-environment-automatic-stop', [
  {
    name: 'the environment stops after 30 minutes',
    build: (stack) => environment(stack, { automaticStopTimeMinutes: 30 }),
    path: 'Env',
    expect: 'configured',
  },
  { name: 'the environment sets no automatic stop', build: (stack) => environment(stack), path: 'Env', expect: 'unconfigured' },
  {
    name: 'the environment sets automatic stop to 0',
    build: (stack) => environment(stack, { automaticStopTimeMinutes: 0 }),
    path: 'Env',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override sets 60 minutes',
    build: (stack) => environment(stack).addPropertyOverride('AutomaticStopTimeMinutes', 60),
    path: 'Env',
    expect: 'configured',
  },
  {
    name: 'AutomaticStopTimeMinutes is a parameter',
    build: (stack) => environment(stack, { automaticStopTimeMinutes: new CfnParameter(stack, 'Stop', { type: 'Number' }).valueAsNumber }),
    path: 'Env',
    expect: 'unknown',
  },
]);
