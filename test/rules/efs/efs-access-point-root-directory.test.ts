import { CfnParameter } from 'aws-cdk-lib';
import * as efs from 'aws-cdk-lib/aws-efs';
import { dutyCases } from '../../harness';
import { smallVpc } from './fixtures';

dutyCases('efs-access-point-root-directory', [
  {
    name: 'the L2 access point is rooted at an application directory',
    build: (stack) =>
      new efs.FileSystem(stack, 'Fs', { vpc: smallVpc(stack) }).addAccessPoint('Ap', {
        path: '/app',
        createAcl: { ownerUid: '1001', ownerGid: '1001', permissions: '750' },
      }),
    path: 'Fs/Ap',
    expect: 'configured',
  },
  {
    name: 'the L2 access point keeps its defaults (root /)',
    build: (stack) => new efs.FileSystem(stack, 'Fs', { vpc: smallVpc(stack) }).addAccessPoint('Ap'),
    path: 'Fs/Ap',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 access point names / explicitly',
    build: (stack) => new efs.CfnAccessPoint(stack, 'Raw', { fileSystemId: 'fs-12345678', rootDirectory: { path: '/' } }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override sets a subdirectory',
    build: (stack) =>
      new efs.CfnAccessPoint(stack, 'Raw', { fileSystemId: 'fs-12345678' }).addPropertyOverride('RootDirectory.Path', '/data'),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'the path is a parameter',
    build: (stack) =>
      new efs.CfnAccessPoint(stack, 'Raw', {
        fileSystemId: 'fs-12345678',
        rootDirectory: { path: new CfnParameter(stack, 'Path').valueAsString },
      }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
