import { CfnParameter } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { dutyCases } from '../../harness';

const code = lambda.Code.fromInline('exports.handler = async () => {}');
const fn = (stack: import('aws-cdk-lib').Stack) =>
  new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_24_X, handler: 'index.handler', code });

dutyCases('lambda-url-auth-required', [
  {
    name: 'the L2 function URL uses its default AuthType (AWS_IAM)',
    build: (stack) => fn(stack).addFunctionUrl(),
    path: 'Fn/FunctionUrl',
    expect: 'configured',
  },
  {
    name: 'the L2 function URL sets AuthType AWS_IAM',
    build: (stack) => fn(stack).addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM }),
    path: 'Fn/FunctionUrl',
    expect: 'configured',
  },
  {
    name: 'the L2 function URL has AuthType NONE',
    build: (stack) => fn(stack).addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE }),
    path: 'Fn/FunctionUrl',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch turns a NONE URL into AWS_IAM',
    build: (stack) => {
      const url = fn(stack).addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });
      (url.node.defaultChild as lambda.CfnUrl).addPropertyOverride('AuthType', 'AWS_IAM');
    },
    path: 'Fn/FunctionUrl',
    expect: 'configured',
  },
  {
    name: 'the AuthType is a parameter',
    build: (stack) => {
      const auth = new CfnParameter(stack, 'Auth');
      new lambda.CfnUrl(stack, 'Url', { authType: auth.valueAsString, targetFunctionArn: fn(stack).functionArn });
    },
    path: 'Url',
    expect: 'unknown',
  },
]);
