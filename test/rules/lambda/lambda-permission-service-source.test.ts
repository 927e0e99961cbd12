import { CfnParameter, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subs from 'aws-cdk-lib/aws-sns-subscriptions';
import { dutyCases } from '../../harness';

const code = lambda.Code.fromInline('exports.handler = async () => {}');
const fn = (stack: Stack) => new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_24_X, handler: 'index.handler', code });

dutyCases('lambda-permission-service-source', [
  {
    name: 'the L2 SNS subscription grants sns.amazonaws.com with SourceArn',
    build: (stack) => new sns.Topic(stack, 'T').addSubscription(new subs.LambdaSubscription(fn(stack))),
    path: 'Fn/AllowInvoke:TestT80F4B329',
    expect: 'configured',
  },
  {
    name: 'the L2 grants events.amazonaws.com with sourceArn',
    build: (stack) =>
      fn(stack).addPermission('Events', {
        principal: new iam.ServicePrincipal('events.amazonaws.com'),
        sourceArn: 'arn:aws:events:us-east-1:111111111111:rule/r',
      }),
    path: 'Fn/Events',
    expect: 'configured',
  },
  {
    name: 'grantInvoke gives sns.amazonaws.com no source condition',
    build: (stack) => fn(stack).grantInvoke(new iam.ServicePrincipal('sns.amazonaws.com')),
    path: 'Fn/InvokePAhlyjIG3CP8l8Cgnn54SqfC1My75Em--l5oYjNQSJnA=',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch adds SourceAccount',
    build: (stack) => {
      const f = fn(stack);
      f.addPermission('Events', { principal: new iam.ServicePrincipal('events.amazonaws.com') });
      (f.node.findChild('Events') as lambda.CfnPermission).addPropertyOverride('SourceAccount', '111111111111');
    },
    path: 'Fn/Events',
    expect: 'configured',
  },
  {
    name: 'the principal is an account',
    build: (stack) => fn(stack).addPermission('Acct', { principal: new iam.AccountPrincipal('222222222222') }),
    path: 'Fn/Acct',
    expect: 'not-applicable',
  },
  {
    name: 'the service principal is a parameter',
    build: (stack) => {
      const p = new CfnParameter(stack, 'Principal');
      new lambda.CfnPermission(stack, 'Perm', {
        action: 'lambda:InvokeFunction',
        functionName: fn(stack).functionName,
        principal: p.valueAsString,
      });
    },
    path: 'Perm',
    expect: 'unknown',
  },
]);
