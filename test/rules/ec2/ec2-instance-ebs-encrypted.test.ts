import { CfnParameter, Fn } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { dutyCases } from '../../harness';
import { cfnInstance, instanceOf, rawInstance } from './fixtures';

const encryptedRoot = [{ deviceName: '/dev/xvda', volume: ec2.BlockDeviceVolume.ebs(8, { encrypted: true }) }];

dutyCases('ec2-instance-ebs-encrypted', [
  {
    name: 'the L2 instance encrypts its root volume in blockDevices',
    build: (stack) => instanceOf(stack, { blockDevices: encryptedRoot }),
    path: 'Instance',
    expect: 'configured',
  },
  {
    name: 'the L2 instance keeps its defaults, so the root volume comes unencrypted from the AMI',
    build: (stack) => instanceOf(stack),
    path: 'Instance',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 instance adds a data volume without encryption',
    build: (stack) =>
      instanceOf(stack, { blockDevices: [...encryptedRoot, { deviceName: '/dev/sdf', volume: ec2.BlockDeviceVolume.ebs(20) }] }),
    path: 'Instance',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch adds an encrypted root volume mapping',
    build: (stack) =>
      cfnInstance(instanceOf(stack)).addPropertyOverride('BlockDeviceMappings', [
        { DeviceName: '/dev/xvda', Ebs: { Encrypted: true, VolumeSize: 8 } },
      ]),
    path: 'Instance',
    expect: 'configured',
  },
  {
    name: 'an L1 instance launches from a launch template that encrypts its volumes',
    build: (stack) => {
      const lt = new ec2.CfnLaunchTemplate(stack, 'Lt', {
        launchTemplateData: { blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { encrypted: true } }] },
      });
      rawInstance(stack, { launchTemplate: { launchTemplateId: lt.ref, version: lt.attrLatestVersionNumber } });
    },
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'an L1 instance sets Encrypted false',
    build: (stack) => rawInstance(stack, { blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { encrypted: false } }] }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'Encrypted is a parameter',
    build: (stack) =>
      rawInstance(stack, {
        blockDeviceMappings: [
          {
            deviceName: '/dev/xvda',
            ebs: { encrypted: new CfnParameter(stack, 'Encrypt', { type: 'String' }).valueAsString as unknown as boolean },
          },
        ],
      }),
    path: 'Raw',
    expect: 'unknown',
  },
  {
    name: 'the volume is restored from an imported snapshot without Encrypted',
    build: (stack) =>
      rawInstance(stack, { blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { snapshotId: Fn.importValue('GoldenSnapshot') } }] }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
