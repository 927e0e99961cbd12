import * as ecs from 'aws-cdk-lib/aws-ecs';
import { dutyCases } from '../../harness';
import { cfnTask, ec2Task, fargateTask, param } from './fixtures';

dutyCases('ecs-task-definition-no-host-pid', [
  { name: 'the L2 Fargate task definition has no pidMode', build: (stack) => fargateTask(stack), path: 'TD', expect: 'configured' },
  {
    name: 'the L2 EC2 task definition sets pidMode TASK',
    build: (stack) => ec2Task(stack, { pidMode: ecs.PidMode.TASK }),
    path: 'TD',
    expect: 'configured',
  },
  {
    name: 'the L2 EC2 task definition sets pidMode HOST',
    build: (stack) => ec2Task(stack, { pidMode: ecs.PidMode.HOST }),
    path: 'TD',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override removes PidMode',
    build: (stack) => cfnTask(ec2Task(stack, { pidMode: ecs.PidMode.HOST })).addPropertyDeletionOverride('PidMode'),
    path: 'TD',
    expect: 'configured',
  },
  {
    name: 'PidMode is a parameter',
    build: (stack) => cfnTask(ec2Task(stack)).addPropertyOverride('PidMode', param(stack)),
    path: 'TD',
    expect: 'unknown',
  },
]);
