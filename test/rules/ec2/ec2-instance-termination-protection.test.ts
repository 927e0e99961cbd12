import { Fn } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { dutyCases } from '../../harness';
import { cfnInstance, instanceOf, rawInstance } from './fixtures';

dutyCases('ec2-instance-termination-protection', [
  {
    name: 'the L2 instance sets disableApiTermination',
    build: (stack) => instanceOf(stack, { disableApiTermination: true }),
    path: 'Instance',
    expect: 'configured',
  },
  {
    name: 'the L2 instance keeps its defaults',
    build: (stack) => instanceOf(stack),
    path: 'Instance',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch turns termination protection on',
    build: (stack) => cfnInstance(instanceOf(stack)).addPropertyOverride('DisableApiTermination', true),
    path: 'Instance',
    expect: 'configured',
  },
  {
    name: 'the launch template turns termination protection on',
    build: (stack) => {
      const lt = new ec2.LaunchTemplate(stack, 'Lt', { disableApiTermination: true });
      rawInstance(stack, { launchTemplate: { launchTemplateId: lt.launchTemplateId, version: lt.latestVersionNumber } });
    },
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'DisableApiTermination depends on a condition',
    build: (stack) => {
      const raw = rawInstance(stack);
      raw.addPropertyOverride('DisableApiTermination', Fn.conditionIf('IsProd', true, false));
    },
    path: 'Raw',
    expect: 'unknown',
  },
]);
