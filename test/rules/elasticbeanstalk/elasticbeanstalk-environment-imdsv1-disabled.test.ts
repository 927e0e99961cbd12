import { dutyCases } from '../../harness';
import { AL2, environment, param } from './fixtures';

const NS = 'aws:autoscaling:launchconfiguration';

dutyCases('elasticbeanstalk-environment-imdsv1-disabled', [
  {
    name: 'an Amazon Linux 2023 environment keeps the platform default (IMDSv1 off)',
    build: (stack) => environment(stack),
    path: 'Env',
    expect: 'configured',
  },
  {
    name: 'an Amazon Linux 2 environment sets DisableIMDSv1 true',
    build: (stack) => environment(stack, { [NS]: { DisableIMDSv1: 'true' } }, { solutionStackName: AL2 }),
    path: 'Env',
    expect: 'configured',
  },
  {
    name: 'an Amazon Linux 2 environment keeps the platform default (IMDSv1 on)',
    build: (stack) => environment(stack, {}, { solutionStackName: AL2 }),
    path: 'Env',
    expect: 'unconfigured',
  },
  {
    name: 'an Amazon Linux 2023 environment sets DisableIMDSv1 false',
    build: (stack) => environment(stack, { [NS]: { DisableIMDSv1: 'false' } }),
    path: 'Env',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override sets DisableIMDSv1 true',
    build: (stack) =>
      environment(stack, { [NS]: { DisableIMDSv1: 'false' } }, { solutionStackName: AL2 }).addPropertyOverride(
        'OptionSettings.0.Value',
        'true',
      ),
    path: 'Env',
    expect: 'configured',
  },
  {
    name: 'the platform is a parameter and DisableIMDSv1 is unset',
    build: (stack) => environment(stack, {}, { solutionStackName: param(stack) }),
    path: 'Env',
    expect: 'unknown',
  },
]);
