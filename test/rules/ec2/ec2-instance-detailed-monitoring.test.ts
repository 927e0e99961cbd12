import { CfnParameter } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { dutyCases } from '../../harness';
import { cfnInstance, instanceOf, rawInstance } from './fixtures';

dutyCases('ec2-instance-detailed-monitoring', [
  {
    name: 'the L2 instance sets detailedMonitoring',
    build: (stack) => instanceOf(stack, { detailedMonitoring: true }),
    path: 'Instance',
    expect: 'configured',
  },
  {
    name: 'the L2 instance keeps its defaults (basic monitoring)',
    build: (stack) => instanceOf(stack),
    path: 'Instance',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch sets Monitoring true',
    build: (stack) => cfnInstance(instanceOf(stack)).addPropertyOverride('Monitoring', true),
    path: 'Instance',
    expect: 'configured',
  },
  {
    name: 'the launch template enables monitoring',
    build: (stack) => {
      const lt = new ec2.LaunchTemplate(stack, 'Lt', { detailedMonitoring: true });
      rawInstance(stack, { launchTemplate: { launchTemplateId: lt.launchTemplateId, version: lt.latestVersionNumber } });
    },
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'Monitoring is a parameter',
    build: (stack) => rawInstance(stack, { monitoring: new CfnParameter(stack, 'Monitoring').valueAsString as unknown as boolean }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
