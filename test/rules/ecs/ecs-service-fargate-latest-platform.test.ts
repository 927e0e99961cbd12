import { CfnParameter, type Stack } from 'aws-cdk-lib';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import { dutyCases } from '../../harness';
import { IMAGE, cluster, ec2Task, fargateTask } from './fixtures';

function service(stack: Stack, platformVersion?: ecs.FargatePlatformVersion): ecs.FargateService {
  return new ecs.FargateService(stack, 'Service', { cluster: cluster(stack), taskDefinition: fargateTask(stack), platformVersion });
}

function rawService(stack: Stack, platformVersion: string, taskDefinition: string): ecs.CfnService {
  return new ecs.CfnService(stack, 'Service', { cluster: 'c', launchType: 'FARGATE', platformVersion, taskDefinition });
}

dutyCases('ecs-service-fargate-latest-platform', [
  { name: 'the L2 Fargate service keeps the default (LATEST)', build: (stack) => service(stack), path: 'Service', expect: 'configured' },
  {
    name: 'the L2 Fargate service pins 1.4.0',
    build: (stack) => service(stack, ecs.FargatePlatformVersion.VERSION1_4),
    path: 'Service',
    expect: 'configured',
  },
  {
    name: 'the L2 Fargate service pins 1.3.0',
    build: (stack) => service(stack, ecs.FargatePlatformVersion.VERSION1_3),
    path: 'Service',
    expect: 'unconfigured',
  },
  {
    name: 'a Windows Fargate service pins 1.0.0',
    build: (stack) => {
      const td = new ecs.FargateTaskDefinition(stack, 'TD', {
        cpu: 1024,
        memoryLimitMiB: 2048,
        runtimePlatform: {
          operatingSystemFamily: ecs.OperatingSystemFamily.WINDOWS_SERVER_2022_CORE,
          cpuArchitecture: ecs.CpuArchitecture.X86_64,
        },
      });
      td.addContainer('web', { image: IMAGE });
      rawService(stack, '1.0.0', (td.node.defaultChild as ecs.CfnTaskDefinition).ref);
    },
    path: 'Service',
    expect: 'configured',
  },
  {
    name: 'a Linux Fargate service pins 1.0.0',
    build: (stack) => rawService(stack, '1.0.0', (fargateTask(stack).node.defaultChild as ecs.CfnTaskDefinition).ref),
    path: 'Service',
    expect: 'unconfigured',
  },
  {
    name: 'an EC2 service',
    build: (stack) =>
      new ecs.CfnService(stack, 'Service', {
        cluster: 'c',
        launchType: 'EC2',
        taskDefinition: (ec2Task(stack).node.defaultChild as ecs.CfnTaskDefinition).ref,
      }),
    path: 'Service',
    expect: 'not-applicable',
  },
  {
    name: 'an escape-hatch override sets PlatformVersion LATEST',
    build: (stack) =>
      (service(stack, ecs.FargatePlatformVersion.VERSION1_3).node.defaultChild as ecs.CfnService).addPropertyOverride(
        'PlatformVersion',
        'LATEST',
      ),
    path: 'Service',
    expect: 'configured',
  },
  {
    name: 'PlatformVersion is a parameter',
    build: (stack) =>
      rawService(stack, new CfnParameter(stack, 'Pv').valueAsString, 'arn:aws:ecs:us-east-1:111111111111:task-definition/web:1'),
    path: 'Service',
    expect: 'unknown',
  },
  {
    name: '1.0.0 on a task definition outside the app',
    build: (stack) => rawService(stack, '1.0.0', 'arn:aws:ecs:us-east-1:111111111111:task-definition/web:1'),
    path: 'Service',
    expect: 'unknown',
  },
]);
