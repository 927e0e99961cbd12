import { Fn } from 'aws-cdk-lib';
import * as efs from 'aws-cdk-lib/aws-efs';
import { dutyCases } from '../../harness';
import { smallVpc } from './fixtures';

dutyCases('efs-access-point-posix-user', [
  {
    name: 'the L2 access point enforces a POSIX user',
    build: (stack) =>
      new efs.FileSystem(stack, 'Fs', { vpc: smallVpc(stack) }).addAccessPoint('Ap', { posixUser: { uid: '1001', gid: '1001' } }),
    path: 'Fs/Ap',
    expect: 'configured',
  },
  {
    name: 'the L2 access point keeps its defaults (no POSIX user)',
    build: (stack) => new efs.FileSystem(stack, 'Fs', { vpc: smallVpc(stack) }).addAccessPoint('Ap'),
    path: 'Fs/Ap',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override adds a POSIX user',
    build: (stack) =>
      new efs.CfnAccessPoint(stack, 'Raw', { fileSystemId: 'fs-12345678' }).addPropertyOverride('PosixUser', { Uid: '1001', Gid: '1001' }),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'the POSIX user is chosen by a condition',
    build: (stack) =>
      new efs.CfnAccessPoint(stack, 'Raw', { fileSystemId: 'fs-12345678' }).addPropertyOverride(
        'PosixUser',
        Fn.conditionIf('Enforce', { Uid: '1001', Gid: '1001' }, Fn.ref('AWS::NoValue')),
      ),
    path: 'Raw',
    expect: 'unknown',
  },
]);
