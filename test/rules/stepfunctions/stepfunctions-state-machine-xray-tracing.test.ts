import { CfnParameter } from 'aws-cdk-lib';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { dutyCases } from '../../harness';

const body = () => sfn.DefinitionBody.fromString('{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}');

dutyCases('stepfunctions-state-machine-xray-tracing', [
  {
    name: 'the L2 state machine enables tracing',
    build: (stack) => new sfn.StateMachine(stack, 'Machine', { definitionBody: body(), tracingEnabled: true }),
    path: 'Machine',
    expect: 'configured',
  },
  {
    name: 'the L2 state machine keeps its defaults',
    build: (stack) => new sfn.StateMachine(stack, 'Machine', { definitionBody: body() }),
    path: 'Machine',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override enables tracing',
    build: (stack) => {
      const m = new sfn.StateMachine(stack, 'Machine', { definitionBody: body() });
      (m.node.defaultChild as sfn.CfnStateMachine).addPropertyOverride('TracingConfiguration.Enabled', true);
    },
    path: 'Machine',
    expect: 'configured',
  },
  {
    name: 'Enabled is a parameter',
    build: (stack) => {
      const m = new sfn.StateMachine(stack, 'Machine', { definitionBody: body() });
      (m.node.defaultChild as sfn.CfnStateMachine).addPropertyOverride(
        'TracingConfiguration.Enabled',
        new CfnParameter(stack, 'Trace').valueAsString,
      );
    },
    path: 'Machine',
    expect: 'unknown',
  },
]);
