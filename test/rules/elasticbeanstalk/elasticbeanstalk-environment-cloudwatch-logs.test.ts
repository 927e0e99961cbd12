import { dutyCases } from '../../harness';
import { environment, param } from './fixtures';

const NS = 'aws:elasticbeanstalk:cloudwatch:logs';

dutyCases('elasticbeanstalk-environment-cloudwatch-logs', [
  {
    name: 'the environment streams logs',
    build: (stack) => environment(stack, { [NS]: { StreamLogs: 'true', RetentionInDays: '90' } }),
    path: 'Env',
    expect: 'configured',
  },
  {
    name: 'the environment sets no log streaming option (default false)',
    build: (stack) => environment(stack),
    path: 'Env',
    expect: 'unconfigured',
  },
  {
    name: 'the environment sets StreamLogs false',
    build: (stack) => environment(stack, { [NS]: { StreamLogs: 'false' } }),
    path: 'Env',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override turns log streaming on',
    build: (stack) => environment(stack, { [NS]: { StreamLogs: 'false' } }).addPropertyOverride('OptionSettings.0.Value', 'true'),
    path: 'Env',
    expect: 'configured',
  },
  {
    name: 'StreamLogs is a parameter',
    build: (stack) => environment(stack, { [NS]: { StreamLogs: param(stack) } }),
    path: 'Env',
    expect: 'unknown',
  },
]);
