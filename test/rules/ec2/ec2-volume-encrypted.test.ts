import { CfnParameter, Size } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { dutyCases } from '../../harness';

const base = { availabilityZone: 'us-east-1a', size: Size.gibibytes(10) };

dutyCases('ec2-volume-encrypted', [
  {
    name: 'the L2 volume sets encrypted',
    build: (stack) => new ec2.Volume(stack, 'Volume', { ...base, encrypted: true }),
    path: 'Volume',
    expect: 'configured',
  },
  {
    name: 'the L2 volume keeps its defaults (Encrypted not set)',
    build: (stack) => new ec2.Volume(stack, 'Volume', base),
    path: 'Volume',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch sets Encrypted true',
    build: (stack) => (new ec2.Volume(stack, 'Volume', base).node.defaultChild as ec2.CfnVolume).addPropertyOverride('Encrypted', true),
    path: 'Volume',
    expect: 'configured',
  },
  {
    name: 'an L1 volume sets Encrypted false',
    build: (stack) => new ec2.CfnVolume(stack, 'Raw', { availabilityZone: 'us-east-1a', size: 10, encrypted: false }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'the volume is restored from a snapshot without Encrypted',
    build: (stack) => new ec2.CfnVolume(stack, 'Raw', { availabilityZone: 'us-east-1a', snapshotId: 'snap-12345678' }),
    path: 'Raw',
    expect: 'unknown',
  },
  {
    name: 'Encrypted is a parameter',
    build: (stack) =>
      new ec2.CfnVolume(stack, 'Raw', {
        availabilityZone: 'us-east-1a',
        size: 10,
        encrypted: new CfnParameter(stack, 'Enc').valueAsString as unknown as boolean,
      }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
