import { CfnParameter, Fn } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import { conditionOn, dutyCases } from '../../harness';

dutyCases('events-bus-policy-not-public', [
  {
    name: 'the L2 event bus keeps its defaults (no policy)',
    build: (stack) => new events.EventBus(stack, 'Bus'),
    path: 'Bus',
    expect: 'configured',
  },
  {
    name: 'the bus policy allows everyone in one organization',
    build: (stack) => {
      const bus = new events.EventBus(stack, 'Bus');
      bus.addToResourcePolicy(
        new iam.PolicyStatement({
          sid: 'Org',
          actions: ['events:PutEvents'],
          resources: [bus.eventBusArn],
          principals: [new iam.AnyPrincipal()],
          conditions: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } },
        }),
      );
    },
    path: 'Bus',
    expect: 'configured',
  },
  {
    name: 'the bus policy allows every account to put events',
    build: (stack) => {
      const bus = new events.EventBus(stack, 'Bus');
      bus.addToResourcePolicy(
        new iam.PolicyStatement({
          sid: 'All',
          actions: ['events:PutEvents'],
          resources: [bus.eventBusArn],
          principals: [new iam.AnyPrincipal()],
        }),
      );
    },
    path: 'Bus',
    expect: 'unconfigured',
  },
  {
    name: 'a legacy L1 policy on the default bus allows Principal "*" without a condition',
    build: (stack) => new events.CfnEventBusPolicy(stack, 'Raw', { statementId: 'all', action: 'events:PutEvents', principal: '*' }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override adds an organization condition to the legacy policy',
    build: (stack) => {
      const p = new events.CfnEventBusPolicy(stack, 'Raw', { statementId: 'all', action: 'events:PutEvents', principal: '*' });
      p.addPropertyOverride('Condition', { Type: 'StringEquals', Key: 'aws:PrincipalOrgID', Value: 'o-abc123' });
    },
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'the principal of the inline bus policy is a parameter',
    build: (stack) => {
      const who = new CfnParameter(stack, 'Who');
      new events.CfnEventBus(stack, 'RawBus', {
        name: 'raw',
        policy: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { AWS: who.valueAsString }, Action: 'events:PutEvents', Resource: '*' }],
        },
      });
    },
    path: 'RawBus',
    expect: 'unknown',
  },

  {
    name: 'a public L1 bus policy names the bus only in one branch of an Fn::If',
    build: (stack) => {
      const bus = new events.CfnEventBus(stack, 'Bus', { name: 'bus' });
      new events.CfnEventBusPolicy(stack, 'Policy', {
        eventBusName: Fn.conditionIf(conditionOn(stack), bus.ref, Fn.ref('AWS::NoValue')).toString(),
        statementId: 'all',
        statement: { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'events:PutEvents', Resource: bus.attrArn },
      });
    },
    path: 'Bus',
    expect: 'unknown',
  },
]);
