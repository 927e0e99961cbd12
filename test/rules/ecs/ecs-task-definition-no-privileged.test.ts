import { dutyCases } from '../../harness';
import { cfnTask, ec2Task, fargateTask, param } from './fixtures';

dutyCases('ecs-task-definition-no-privileged', [
  {
    name: 'the L2 Fargate task definition has a container with defaults',
    build: (stack) => fargateTask(stack),
    path: 'TD',
    expect: 'configured',
  },
  {
    name: 'the L2 container sets privileged: false',
    build: (stack) => ec2Task(stack, {}, { privileged: false }),
    path: 'TD',
    expect: 'configured',
  },
  {
    name: 'the L2 EC2 container sets privileged: true',
    build: (stack) => ec2Task(stack, {}, { privileged: true }),
    path: 'TD',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override turns privileged off again',
    build: (stack) => cfnTask(ec2Task(stack, {}, { privileged: true })).addPropertyOverride('ContainerDefinitions.0.Privileged', false),
    path: 'TD',
    expect: 'configured',
  },
  {
    name: 'Privileged is a parameter',
    build: (stack) => cfnTask(ec2Task(stack)).addPropertyOverride('ContainerDefinitions.0.Privileged', param(stack)),
    path: 'TD',
    expect: 'unknown',
  },
]);
