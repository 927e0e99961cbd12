import * as ecs from 'aws-cdk-lib/aws-ecs';
import { dutyCases } from '../../harness';
import { cfnTask, ec2Task, fargateTask, param } from './fixtures';

dutyCases('ecs-task-definition-no-host-network', [
  { name: 'the L2 Fargate task definition uses awsvpc', build: (stack) => fargateTask(stack), path: 'TD', expect: 'configured' },
  { name: 'the L2 EC2 task definition keeps the default (bridge)', build: (stack) => ec2Task(stack), path: 'TD', expect: 'configured' },
  {
    name: 'the L2 EC2 task definition sets networkMode HOST',
    build: (stack) => ec2Task(stack, { networkMode: ecs.NetworkMode.HOST }),
    path: 'TD',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override sets NetworkMode awsvpc',
    build: (stack) => cfnTask(ec2Task(stack, { networkMode: ecs.NetworkMode.HOST })).addPropertyOverride('NetworkMode', 'awsvpc'),
    path: 'TD',
    expect: 'configured',
  },
  {
    name: 'NetworkMode is a parameter',
    build: (stack) => cfnTask(ec2Task(stack)).addPropertyOverride('NetworkMode', param(stack)),
    path: 'TD',
    expect: 'unknown',
  },
]);
