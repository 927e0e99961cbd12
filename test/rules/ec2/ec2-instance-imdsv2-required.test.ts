import { CfnParameter, Fn } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { dutyCases } from '../../harness';
import { cfnInstance, instanceOf, rawInstance } from './fixtures';

dutyCases('ec2-instance-imdsv2-required', [
  {
    name: 'the L2 instance sets requireImdsv2 (CDK renders a launch template with HttpTokens required)',
    build: (stack) => instanceOf(stack, { requireImdsv2: true }),
    path: 'Instance',
    expect: 'configured',
  },
  {
    name: 'the L2 instance keeps its defaults, leaving HttpTokens to the AMI and the account default',
    build: (stack) => instanceOf(stack),
    path: 'Instance',
    expect: 'unknown',
  },
  {
    name: 'an escape hatch sets MetadataOptions.HttpTokens required on the instance',
    build: (stack) => cfnInstance(instanceOf(stack)).addPropertyOverride('MetadataOptions.HttpTokens', 'required'),
    path: 'Instance',
    expect: 'configured',
  },
  {
    name: 'an L1 instance sets MetadataOptions.HttpTokens optional',
    build: (stack) => rawInstance(stack, { metadataOptions: { httpTokens: 'optional' } }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 instance launches from a launch template with HttpTokens optional',
    build: (stack) => {
      const lt = new ec2.CfnLaunchTemplate(stack, 'Lt', { launchTemplateData: { metadataOptions: { httpTokens: 'optional' } } });
      rawInstance(stack, { launchTemplate: { launchTemplateId: lt.ref, version: lt.attrLatestVersionNumber } });
    },
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: "the instance overrides its launch template's required with optional",
    build: (stack) => {
      const lt = new ec2.CfnLaunchTemplate(stack, 'Lt', { launchTemplateData: { metadataOptions: { httpTokens: 'required' } } });
      rawInstance(stack, {
        metadataOptions: { httpTokens: 'optional' },
        launchTemplate: { launchTemplateId: lt.ref, version: lt.attrLatestVersionNumber },
      });
    },
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'HttpTokens is a parameter',
    build: (stack) => rawInstance(stack, { metadataOptions: { httpTokens: new CfnParameter(stack, 'Tokens').valueAsString } }),
    path: 'Raw',
    expect: 'unknown',
  },
  {
    name: 'the launch template is imported from another stack',
    build: (stack) => rawInstance(stack, { launchTemplate: { launchTemplateId: Fn.importValue('SharedLaunchTemplate'), version: '1' } }),
    path: 'Raw',
    expect: 'unknown',
  },
  {
    name: 'the instance requires tokens itself, so its imported launch template does not matter',
    build: (stack) =>
      rawInstance(stack, {
        metadataOptions: { httpTokens: 'required' },
        launchTemplate: { launchTemplateId: Fn.importValue('SharedLaunchTemplate'), version: '1' },
      }),
    path: 'Raw',
    expect: 'configured',
  },
]);
