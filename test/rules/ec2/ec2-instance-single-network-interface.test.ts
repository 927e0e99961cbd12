import { Fn } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { dutyCases } from '../../harness';
import { instanceOf, rawInstance } from './fixtures';

dutyCases('ec2-instance-single-network-interface', [
  {
    name: 'the L2 instance keeps its defaults (one primary interface)',
    build: (stack) => instanceOf(stack),
    path: 'Instance',
    expect: 'configured',
  },
  {
    name: 'a second interface is attached to the L2 instance',
    build: (stack) => {
      const instance = instanceOf(stack);
      const eni = new ec2.CfnNetworkInterface(stack, 'Eni', { subnetId: 'subnet-12345678' });
      new ec2.CfnNetworkInterfaceAttachment(stack, 'Attach', {
        instanceId: instance.instanceId,
        networkInterfaceId: eni.ref,
        deviceIndex: '1',
      });
    },
    path: 'Instance',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 instance declares two network interfaces',
    build: (stack) =>
      rawInstance(stack, {
        networkInterfaces: [
          { deviceIndex: '0', subnetId: 'subnet-12345678' },
          { deviceIndex: '1', subnetId: 'subnet-87654321' },
        ],
      }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'the network interfaces depend on a condition',
    build: (stack) =>
      rawInstance(stack).addPropertyOverride(
        'NetworkInterfaces',
        Fn.conditionIf('TwoNics', [{ DeviceIndex: '0' }, { DeviceIndex: '1' }], [{ DeviceIndex: '0' }]),
      ),
    path: 'Raw',
    expect: 'unknown',
  },
]);
