import { dutyCases } from '../../harness';
import { environment, param } from './fixtures';

const ENABLED = {
  'aws:elasticbeanstalk:managedactions': { ManagedActionsEnabled: 'true', PreferredStartTime: 'Sun:02:00' },
  'aws:elasticbeanstalk:managedactions:platformupdate': { UpdateLevel: 'minor' },
};

dutyCases('elasticbeanstalk-environment-managed-updates', [
  {
    name: 'the environment enables managed updates with a window and level',
    build: (stack) => environment(stack, ENABLED),
    path: 'Env',
    expect: 'configured',
  },
  {
    name: 'the environment sets no managed actions option (default false)',
    build: (stack) => environment(stack),
    path: 'Env',
    expect: 'unconfigured',
  },
  {
    name: 'the environment sets ManagedActionsEnabled false',
    build: (stack) => environment(stack, { 'aws:elasticbeanstalk:managedactions': { ManagedActionsEnabled: 'false' } }),
    path: 'Env',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override enables managed updates',
    build: (stack) =>
      environment(stack, { 'aws:elasticbeanstalk:managedactions': { ManagedActionsEnabled: 'false' } }).addPropertyOverride(
        'OptionSettings.0.Value',
        'true',
      ),
    path: 'Env',
    expect: 'configured',
  },
  {
    name: 'ManagedActionsEnabled is a parameter',
    build: (stack) => environment(stack, { 'aws:elasticbeanstalk:managedactions': { ManagedActionsEnabled: param(stack) } }),
    path: 'Env',
    expect: 'unknown',
  },
]);
