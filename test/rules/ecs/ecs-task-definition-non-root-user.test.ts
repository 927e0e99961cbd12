import * as ecs from 'aws-cdk-lib/aws-ecs';
import { dutyCases } from '../../harness';
import { IMAGE, cfnTask, fargateTask, param } from './fixtures';

function windowsTask(stack: import('aws-cdk-lib').Stack, user?: string): ecs.FargateTaskDefinition {
  const td = new ecs.FargateTaskDefinition(stack, 'TD', {
    cpu: 1024,
    memoryLimitMiB: 2048,
    runtimePlatform: {
      operatingSystemFamily: ecs.OperatingSystemFamily.WINDOWS_SERVER_2022_CORE,
      cpuArchitecture: ecs.CpuArchitecture.X86_64,
    },
  });
  td.addContainer('web', { image: IMAGE, user });
  return td;
}

dutyCases('ecs-task-definition-non-root-user', [
  {
    name: 'the L2 container sets a non-root user',
    build: (stack) => fargateTask(stack, { user: '1000:1000' }),
    path: 'TD',
    expect: 'configured',
  },
  {
    name: 'the L2 container sets no user (image default, root for most images)',
    build: (stack) => fargateTask(stack),
    path: 'TD',
    expect: 'unconfigured',
  },
  { name: 'the L2 container sets user root', build: (stack) => fargateTask(stack, { user: 'root' }), path: 'TD', expect: 'unconfigured' },
  {
    name: 'the L2 container sets UID 0 with a group',
    build: (stack) => fargateTask(stack, { user: '0:1000' }),
    path: 'TD',
    expect: 'unconfigured',
  },
  {
    name: 'a Windows container sets ContainerUser',
    build: (stack) => windowsTask(stack, 'ContainerUser'),
    path: 'TD',
    expect: 'configured',
  },
  { name: 'a Windows container sets no user', build: (stack) => windowsTask(stack), path: 'TD', expect: 'unconfigured' },
  {
    name: 'an escape-hatch override sets a non-root User',
    build: (stack) => cfnTask(fargateTask(stack)).addPropertyOverride('ContainerDefinitions.0.User', 'app'),
    path: 'TD',
    expect: 'configured',
  },
  {
    name: 'User is a parameter',
    build: (stack) => cfnTask(fargateTask(stack)).addPropertyOverride('ContainerDefinitions.0.User', param(stack)),
    path: 'TD',
    expect: 'unknown',
  },
]);
