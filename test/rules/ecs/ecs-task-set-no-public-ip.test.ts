import { CfnParameter, type Stack } from 'aws-cdk-lib';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import { dutyCases } from '../../harness';

function taskSet(stack: Stack, assignPublicIp?: string): ecs.CfnTaskSet {
  return new ecs.CfnTaskSet(stack, 'TaskSet', {
    cluster: 'my-cluster',
    service: 'my-service',
    taskDefinition: 'arn:aws:ecs:us-east-1:111111111111:task-definition/web:1',
    launchType: 'FARGATE',
    networkConfiguration: { awsVpcConfiguration: { subnets: ['subnet-12345678'], assignPublicIp } },
  });
}

dutyCases('ecs-task-set-no-public-ip', [
  {
    name: 'the task set does not set AssignPublicIp (default DISABLED)',
    build: (stack) => taskSet(stack),
    path: 'TaskSet',
    expect: 'configured',
  },
  {
    name: 'the task set sets AssignPublicIp DISABLED',
    build: (stack) => taskSet(stack, 'DISABLED'),
    path: 'TaskSet',
    expect: 'configured',
  },
  {
    name: 'the task set sets AssignPublicIp ENABLED',
    build: (stack) => taskSet(stack, 'ENABLED'),
    path: 'TaskSet',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override disables the public IP',
    build: (stack) => taskSet(stack, 'ENABLED').addPropertyOverride('NetworkConfiguration.AwsVpcConfiguration.AssignPublicIp', 'DISABLED'),
    path: 'TaskSet',
    expect: 'configured',
  },
  {
    name: 'AssignPublicIp is a parameter',
    build: (stack) => taskSet(stack, new CfnParameter(stack, 'Assign').valueAsString),
    path: 'TaskSet',
    expect: 'unknown',
  },
]);
