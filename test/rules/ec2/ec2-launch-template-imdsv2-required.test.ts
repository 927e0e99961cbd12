import { CfnParameter } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { dutyCases } from '../../harness';
import { instanceOf } from './fixtures';

dutyCases('ec2-launch-template-imdsv2-required', [
  {
    name: 'the L2 launch template sets requireImdsv2',
    build: (stack) => new ec2.LaunchTemplate(stack, 'Lt', { requireImdsv2: true }),
    path: 'Lt',
    expect: 'configured',
  },
  {
    name: 'the L2 launch template keeps its defaults (HttpTokens not set)',
    build: (stack) => new ec2.LaunchTemplate(stack, 'Lt'),
    path: 'Lt',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 launch template sets httpTokens optional',
    build: (stack) => new ec2.LaunchTemplate(stack, 'Lt', { httpTokens: ec2.LaunchTemplateHttpTokens.OPTIONAL }),
    path: 'Lt',
    expect: 'unconfigured',
  },
  {
    name: 'the launch template CDK renders for an instance with requireImdsv2',
    build: (stack) => instanceOf(stack, { requireImdsv2: true }),
    path: 'Instance/LaunchTemplate',
    expect: 'configured',
  },
  {
    name: 'an escape hatch sets HttpTokens required',
    build: (stack) => {
      const lt = new ec2.LaunchTemplate(stack, 'Lt');
      (lt.node.defaultChild as ec2.CfnLaunchTemplate).addPropertyOverride('LaunchTemplateData.MetadataOptions.HttpTokens', 'required');
    },
    path: 'Lt',
    expect: 'configured',
  },
  {
    name: 'HttpTokens is a parameter',
    build: (stack) =>
      new ec2.CfnLaunchTemplate(stack, 'Raw', {
        launchTemplateData: { metadataOptions: { httpTokens: new CfnParameter(stack, 'Tokens').valueAsString } },
      }),
    path: 'Raw',
    expect: 'unknown',
  },
  {
    name: 'the L2 launch template on the latest AL2023 image leaves HttpTokens unset (the AMI requires IMDSv2 unless the account default says otherwise)',
    build: (stack) => new ec2.LaunchTemplate(stack, 'Lt', { machineImage: ec2.MachineImage.latestAmazonLinux2023() }),
    path: 'Lt',
    expect: 'unknown',
  },
  {
    name: 'an L1 launch template names AL2023 through an SSM dynamic reference and leaves HttpTokens unset',
    build: (stack) =>
      new ec2.CfnLaunchTemplate(stack, 'Raw', {
        launchTemplateData: { imageId: '{{resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64}}' },
      }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
