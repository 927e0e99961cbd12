import * as eb from 'aws-cdk-lib/aws-elasticbeanstalk';
import { dutyCases } from '../../harness';
import { AL2023, environment, param, settings } from './fixtures';

const NS = 'aws:elasticbeanstalk:healthreporting:system';

dutyCases('elasticbeanstalk-environment-enhanced-health', [
  {
    name: 'the environment sets SystemType enhanced',
    build: (stack) => environment(stack, { [NS]: { SystemType: 'enhanced' } }),
    path: 'Env',
    expect: 'configured',
  },
  {
    name: 'the environment inherits SystemType enhanced from its configuration template',
    build: (stack) => {
      const template = new eb.CfnConfigurationTemplate(stack, 'Template', {
        applicationName: 'app',
        solutionStackName: AL2023,
        optionSettings: settings({ [NS]: { SystemType: 'enhanced' } }),
      });
      environment(stack, {}, { solutionStackName: undefined, templateName: template.ref });
    },
    path: 'Env',
    expect: 'configured',
  },
  {
    name: 'the environment sets no health option (basic through the API)',
    build: (stack) => environment(stack),
    path: 'Env',
    expect: 'unconfigured',
  },
  {
    name: 'the environment sets SystemType basic',
    build: (stack) => environment(stack, { [NS]: { SystemType: 'basic' } }),
    path: 'Env',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override sets SystemType enhanced',
    build: (stack) => environment(stack, { [NS]: { SystemType: 'basic' } }).addPropertyOverride('OptionSettings.0.Value', 'enhanced'),
    path: 'Env',
    expect: 'configured',
  },
  {
    name: 'SystemType is a parameter',
    build: (stack) => environment(stack, { [NS]: { SystemType: param(stack) } }),
    path: 'Env',
    expect: 'unknown',
  },
  {
    name: 'the option comes from a saved configuration outside the app',
    build: (stack) => environment(stack, {}, { solutionStackName: undefined, templateName: 'saved-config' }),
    path: 'Env',
    expect: 'unknown',
  },
]);
