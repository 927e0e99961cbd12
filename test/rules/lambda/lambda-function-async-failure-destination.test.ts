import { CfnCondition, CfnJson, Fn } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as destinations from 'aws-cdk-lib/aws-lambda-destinations';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { conditionOn, dutyCases } from '../../harness';

const code = lambda.Code.fromInline('exports.handler = async () => {}');
const base = { runtime: lambda.Runtime.NODEJS_24_X, handler: 'index.handler', code };

dutyCases('lambda-function-async-failure-destination', [
  {
    name: 'the L2 function has an on-failure SQS destination',
    build: (stack) => new lambda.Function(stack, 'Fn', { ...base, onFailure: new destinations.SqsDestination(new sqs.Queue(stack, 'Q')) }),
    path: 'Fn',
    expect: 'configured',
  },
  {
    name: 'the L2 function enables its dead-letter queue',
    build: (stack) => new lambda.Function(stack, 'Fn', { ...base, deadLetterQueueEnabled: true }),
    path: 'Fn',
    expect: 'configured',
  },
  {
    name: 'the L2 function has its defaults',
    build: (stack) => new lambda.Function(stack, 'Fn', base),
    path: 'Fn',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch sets DeadLetterConfig',
    build: (stack) => {
      const fn = new lambda.Function(stack, 'Fn', base);
      (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride(
        'DeadLetterConfig.TargetArn',
        'arn:aws:sqs:us-east-1:111111111111:dlq',
      );
    },
    path: 'Fn',
    expect: 'configured',
  },
  {
    name: 'the dead-letter target depends on a condition',
    build: (stack) => {
      const cond = new CfnCondition(stack, 'C', { expression: Fn.conditionEquals('a', 'b') });
      const fn = new lambda.Function(stack, 'Fn', base);
      (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride(
        'DeadLetterConfig.TargetArn',
        Fn.conditionIf(cond.logicalId, 'arn:aws:sqs:us-east-1:111111111111:dlq', Fn.ref('AWS::NoValue')),
      );
    },
    path: 'Fn',
    expect: 'unknown',
  },
  {
    // CfnJson renders as an Fn::GetAtt of a custom resource: DeadLetterConfig.TargetArn lies below it, unknown.
    name: 'an escape hatch sets DeadLetterConfig to a CfnJson value',
    build: (stack) => {
      const fn = new lambda.Function(stack, 'Fn', base);
      (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride(
        'DeadLetterConfig',
        new CfnJson(stack, 'Json', { value: { Note: 'no TargetArn' } }).value,
      );
    },
    path: 'Fn',
    expect: 'unknown',
  },

  {
    // The other function's EventInvokeConfig names this one only as its destination; it used to count as this one's.
    name: "the function is only another function's on-failure destination",
    build: (stack) => {
      const fn = new lambda.Function(stack, 'Fn', base);
      new lambda.Function(stack, 'Other', { ...base, onFailure: new destinations.LambdaDestination(fn) });
    },
    path: 'Fn',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 EventInvokeConfig with an on-failure destination applies to the function only when a condition holds',
    build: (stack) => {
      const fn = new lambda.Function(stack, 'Fn', base);
      new lambda.CfnEventInvokeConfig(stack, 'Config', {
        functionName: Fn.conditionIf(conditionOn(stack), fn.functionName, 'other-function').toString(),
        qualifier: '$LATEST',
        destinationConfig: { onFailure: { destination: 'arn:aws:sqs:us-east-1:111111111111:dlq' } },
      });
    },
    path: 'Fn',
    expect: 'unknown',
  },
]);
