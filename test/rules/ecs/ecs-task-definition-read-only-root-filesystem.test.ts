import { dutyCases } from '../../harness';
import { IMAGE, cfnTask, fargateTask, param } from './fixtures';

dutyCases('ecs-task-definition-read-only-root-filesystem', [
  {
    name: 'the L2 container sets readonlyRootFilesystem: true',
    build: (stack) => fargateTask(stack, { readonlyRootFilesystem: true }),
    path: 'TD',
    expect: 'configured',
  },
  { name: 'the L2 container keeps the default (writable)', build: (stack) => fargateTask(stack), path: 'TD', expect: 'unconfigured' },
  {
    name: 'one of two containers is writable',
    build: (stack) => fargateTask(stack, { readonlyRootFilesystem: true }).addContainer('sidecar', { image: IMAGE }),
    path: 'TD',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override sets ReadonlyRootFilesystem',
    build: (stack) => cfnTask(fargateTask(stack)).addPropertyOverride('ContainerDefinitions.0.ReadonlyRootFilesystem', true),
    path: 'TD',
    expect: 'configured',
  },
  {
    name: 'ReadonlyRootFilesystem is a parameter',
    build: (stack) => cfnTask(fargateTask(stack)).addPropertyOverride('ContainerDefinitions.0.ReadonlyRootFilesystem', param(stack)),
    path: 'TD',
    expect: 'unknown',
  },
]);
