import { Fn } from 'aws-cdk-lib';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import { dutyCases } from '../../harness';
import { IMAGE, cfnTask, fargateTask } from './fixtures';

dutyCases('ecs-task-definition-logging', [
  {
    name: 'the L2 container logs with the awslogs driver',
    build: (stack) => fargateTask(stack, { logging: ecs.LogDrivers.awsLogs({ streamPrefix: 'web' }) }),
    path: 'TD',
    expect: 'configured',
  },
  { name: 'the L2 container has no logging', build: (stack) => fargateTask(stack), path: 'TD', expect: 'unconfigured' },
  {
    name: 'a sidecar has no logging while the main container does',
    build: (stack) =>
      fargateTask(stack, { logging: ecs.LogDrivers.awsLogs({ streamPrefix: 'web' }) }).addContainer('sidecar', { image: IMAGE }),
    path: 'TD',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override adds a LogConfiguration',
    build: (stack) =>
      cfnTask(fargateTask(stack)).addPropertyOverride('ContainerDefinitions.0.LogConfiguration', {
        LogDriver: 'awslogs',
        Options: { 'awslogs-group': 'g', 'awslogs-region': 'us-east-1' },
      }),
    path: 'TD',
    expect: 'configured',
  },
  {
    name: 'the log driver is chosen by a condition',
    build: (stack) =>
      cfnTask(fargateTask(stack)).addPropertyOverride(
        'ContainerDefinitions.0.LogConfiguration.LogDriver',
        Fn.conditionIf('UseLogs', 'awslogs', Fn.ref('AWS::NoValue')),
      ),
    path: 'TD',
    expect: 'unknown',
  },
]);
