import { CfnParameter } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { dutyCases } from '../../harness';

const code = lambda.Code.fromInline('exports.handler = async () => {}');
const base = { runtime: lambda.Runtime.NODEJS_24_X, handler: 'index.handler', code };

dutyCases('lambda-function-xray-tracing', [
  {
    name: 'the L2 function sets tracing ACTIVE',
    build: (stack) => new lambda.Function(stack, 'Fn', { ...base, tracing: lambda.Tracing.ACTIVE }),
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
    name: 'the L2 function sets tracing PASS_THROUGH',
    build: (stack) => new lambda.Function(stack, 'Fn', { ...base, tracing: lambda.Tracing.PASS_THROUGH }),
    path: 'Fn',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch sets TracingConfig Mode Active',
    build: (stack) => {
      const fn = new lambda.Function(stack, 'Fn', base);
      (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride('TracingConfig.Mode', 'Active');
    },
    path: 'Fn',
    expect: 'configured',
  },
  {
    name: 'the tracing mode is a parameter',
    build: (stack) => {
      const mode = new CfnParameter(stack, 'Mode');
      const fn = new lambda.Function(stack, 'Fn', base);
      (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride('TracingConfig.Mode', mode.valueAsString);
    },
    path: 'Fn',
    expect: 'unknown',
  },
]);
