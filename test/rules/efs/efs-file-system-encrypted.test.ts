import { CfnParameter } from 'aws-cdk-lib';
import * as efs from 'aws-cdk-lib/aws-efs';
import { dutyCases } from '../../harness';
import { smallVpc } from './fixtures';

dutyCases('efs-file-system-encrypted', [
  {
    name: 'the L2 file system keeps its defaults (encrypted)',
    build: (stack) => new efs.FileSystem(stack, 'Fs', { vpc: smallVpc(stack) }),
    path: 'Fs',
    expect: 'configured',
  },
  {
    name: 'the L2 file system is created unencrypted',
    build: (stack) => new efs.FileSystem(stack, 'Fs', { vpc: smallVpc(stack), encrypted: false }),
    path: 'Fs',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 file system leaves Encrypted unset',
    build: (stack) => new efs.CfnFileSystem(stack, 'Raw'),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override encrypts the L1 file system',
    build: (stack) => new efs.CfnFileSystem(stack, 'Raw').addPropertyOverride('Encrypted', true),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'Encrypted is a parameter',
    build: (stack) =>
      new efs.CfnFileSystem(stack, 'Raw', { encrypted: new CfnParameter(stack, 'Enc').valueAsString as unknown as boolean }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
