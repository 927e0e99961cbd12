import * as ecs from 'aws-cdk-lib/aws-ecs';
import { dutyCases } from '../../harness';
import { cfnTask, ec2Task, fargateTask, param } from './fixtures';

dutyCases('ecs-task-definition-no-added-capabilities', [
  { name: 'the L2 container has no linuxParameters', build: (stack) => fargateTask(stack), path: 'TD', expect: 'configured' },
  {
    name: 'the L2 container only drops capabilities',
    build: (stack) => {
      const lp = new ecs.LinuxParameters(stack, 'LP');
      lp.dropCapabilities(ecs.Capability.ALL);
      ec2Task(stack, {}, { linuxParameters: lp });
    },
    path: 'TD',
    expect: 'configured',
  },
  {
    name: 'the L2 container adds NET_ADMIN',
    build: (stack) => {
      const lp = new ecs.LinuxParameters(stack, 'LP');
      lp.addCapabilities(ecs.Capability.NET_ADMIN);
      ec2Task(stack, {}, { linuxParameters: lp });
    },
    path: 'TD',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override adds SYS_PTRACE',
    build: (stack) =>
      cfnTask(fargateTask(stack)).addPropertyOverride('ContainerDefinitions.0.LinuxParameters.Capabilities.Add', ['SYS_PTRACE']),
    path: 'TD',
    expect: 'unconfigured',
  },
  {
    name: 'the added capability is a parameter',
    build: (stack) =>
      cfnTask(fargateTask(stack)).addPropertyOverride('ContainerDefinitions.0.LinuxParameters.Capabilities.Add', [param(stack)]),
    path: 'TD',
    expect: 'unknown',
  },
]);
