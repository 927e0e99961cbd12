import { dutyCases } from '../../harness';
import { cfnTask, fargateTask, param } from './fixtures';

const FS = 'fs-0123456789abcdef0';

dutyCases('ecs-task-definition-efs-transit-encryption', [
  {
    name: 'the L2 task definition mounts EFS with transitEncryption ENABLED',
    build: (s) => fargateTask(s).addVolume({ name: 'data', efsVolumeConfiguration: { fileSystemId: FS, transitEncryption: 'ENABLED' } }),
    path: 'TD',
    expect: 'configured',
  },
  {
    name: 'the L2 task definition mounts EFS with the default (DISABLED)',
    build: (s) => fargateTask(s).addVolume({ name: 'data', efsVolumeConfiguration: { fileSystemId: FS } }),
    path: 'TD',
    expect: 'unconfigured',
  },
  {
    name: 'one of two EFS volumes disables transit encryption',
    build: (s) => {
      const td = fargateTask(s);
      td.addVolume({ name: 'a', efsVolumeConfiguration: { fileSystemId: FS, transitEncryption: 'ENABLED' } });
      td.addVolume({ name: 'b', efsVolumeConfiguration: { fileSystemId: FS, transitEncryption: 'DISABLED' } });
    },
    path: 'TD',
    expect: 'unconfigured',
  },
  { name: 'the task definition mounts no EFS volume', build: (s) => fargateTask(s), path: 'TD', expect: 'not-applicable' },
  {
    name: 'transit encryption is enabled by an escape-hatch override',
    build: (s) => {
      const td = fargateTask(s);
      td.addVolume({ name: 'data', efsVolumeConfiguration: { fileSystemId: FS } });
      cfnTask(td).addPropertyOverride('Volumes.0.EFSVolumeConfiguration.TransitEncryption', 'ENABLED');
    },
    path: 'TD',
    expect: 'configured',
  },
  {
    name: 'transit encryption comes from a parameter',
    build: (s) => fargateTask(s).addVolume({ name: 'data', efsVolumeConfiguration: { fileSystemId: FS, transitEncryption: param(s) } }),
    path: 'TD',
    expect: 'unknown',
  },
]);
