import { Fn, NestedStack, type Stack } from 'aws-cdk-lib';
import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';
import * as batch from 'aws-cdk-lib/aws-batch';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { dutyCases } from '../../harness';
import { instanceOf, vpcOf } from './fixtures';

/** A launch template without block device mappings, and an instance that launches from it. */
function templateOfAnInstance(stack: Stack): ec2.LaunchTemplate {
  const lt = new ec2.LaunchTemplate(stack, 'Lt', { requireImdsv2: true });
  new ec2.CfnInstance(stack, 'Vm', { launchTemplate: { launchTemplateId: lt.launchTemplateId, version: lt.latestVersionNumber } });
  return lt;
}

dutyCases('ec2-launch-template-ebs-encrypted', [
  {
    name: 'the L2 launch template encrypts its root volume',
    build: (stack) =>
      new ec2.LaunchTemplate(stack, 'Lt', {
        blockDevices: [{ deviceName: '/dev/xvda', volume: ec2.BlockDeviceVolume.ebs(8, { encrypted: true }) }],
      }),
    path: 'Lt',
    expect: 'configured',
  },
  {
    name: 'the L2 launch template keeps its defaults (volumes from the AMI)',
    build: (stack) => new ec2.LaunchTemplate(stack, 'Lt'),
    path: 'Lt',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 launch template defines an unencrypted volume',
    build: (stack) =>
      new ec2.LaunchTemplate(stack, 'Lt', { blockDevices: [{ deviceName: '/dev/xvda', volume: ec2.BlockDeviceVolume.ebs(8) }] }),
    path: 'Lt',
    expect: 'unconfigured',
  },
  {
    name: 'an Auto Scaling group launches from a template without mappings',
    build: (stack) => {
      const vpc = vpcOf(stack);
      const lt = new ec2.LaunchTemplate(stack, 'Lt', {
        instanceType: new ec2.InstanceType('t3.micro'),
        machineImage: ec2.MachineImage.latestAmazonLinux2023(),
      });
      new autoscaling.AutoScalingGroup(stack, 'Asg', { vpc, launchTemplate: lt });
    },
    path: 'Lt',
    expect: 'unconfigured',
  },
  {
    name: 'the template CDK renders for an instance only carries metadata options (the instance is checked instead)',
    build: (stack) => instanceOf(stack, { requireImdsv2: true }),
    path: 'Instance/LaunchTemplate',
    expect: 'not-applicable',
  },
  {
    name: 'an instance launches from the template, and so does a Batch compute environment',
    build: (stack) => {
      const lt = templateOfAnInstance(stack);
      new batch.CfnComputeEnvironment(stack, 'Compute', {
        type: 'MANAGED',
        computeResources: {
          type: 'EC2',
          maxvCpus: 4,
          subnets: ['subnet-12345678'],
          instanceRole: 'ecsInstanceRole',
          launchTemplate: { launchTemplateId: lt.launchTemplateId },
        },
      });
    },
    path: 'Lt',
    expect: 'unconfigured',
  },
  {
    name: 'an instance launches from the template, and a nested stack takes it for an Auto Scaling group',
    build: (stack) => {
      const lt = templateOfAnInstance(stack);
      const nested = new NestedStack(stack, 'Fleet');
      new autoscaling.CfnAutoScalingGroup(nested, 'Asg', {
        minSize: '0',
        maxSize: '1',
        availabilityZones: ['us-east-1a'],
        launchTemplate: { launchTemplateId: lt.launchTemplateId, version: lt.latestVersionNumber },
      });
    },
    path: 'Lt',
    expect: 'unconfigured',
  },
  {
    name: 'an instance launches from the template and a parameter holds its id (a parameter launches nothing)',
    build: (stack) => {
      const lt = templateOfAnInstance(stack);
      new ssm.StringParameter(stack, 'TemplateId', { stringValue: lt.launchTemplateId! });
    },
    path: 'Lt',
    expect: 'not-applicable',
  },
  {
    name: 'an escape hatch encrypts the volume',
    build: (stack) => {
      const lt = new ec2.LaunchTemplate(stack, 'Lt', { blockDevices: [{ deviceName: '/dev/xvda', volume: ec2.BlockDeviceVolume.ebs(8) }] });
      (lt.node.defaultChild as ec2.CfnLaunchTemplate).addPropertyOverride('LaunchTemplateData.BlockDeviceMappings.0.Ebs.Encrypted', true);
    },
    path: 'Lt',
    expect: 'configured',
  },
  {
    name: 'Encrypted depends on a condition',
    build: (stack) =>
      new ec2.CfnLaunchTemplate(stack, 'Raw', {
        launchTemplateData: {
          blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { encrypted: Fn.conditionIf('Enc', true, false) as unknown as boolean } }],
        },
      }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
