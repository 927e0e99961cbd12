import { CfnParameter } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { dutyCases } from '../../harness';

const code = lambda.Code.fromInline('exports.handler = async () => {}');

dutyCases('lambda-function-runtime-supported', [
  {
    name: 'the L2 function uses nodejs24.x',
    build: (stack) => new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_24_X, handler: 'index.handler', code }),
    path: 'Fn',
    expect: 'configured',
  },
  {
    name: 'the L2 function uses python3.14',
    build: (stack) => new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.PYTHON_3_14, handler: 'index.handler', code }),
    path: 'Fn',
    expect: 'configured',
  },
  {
    name: 'the L2 function uses nodejs20.x, deprecated on 2026-04-30',
    build: (stack) => new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code }),
    path: 'Fn',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 function uses python3.10, deprecated on 2026-10-31',
    build: (stack) => new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.PYTHON_3_10, handler: 'index.handler', code }),
    path: 'Fn',
    expect: 'unconfigured',
  },
  {
    name: 'the L1 function uses java17, scheduled but not yet deprecated',
    build: (stack) =>
      new lambda.CfnFunction(stack, 'Raw', {
        runtime: 'java17',
        handler: 'a.B::handle',
        role: 'arn:aws:iam::111111111111:role/r',
        code: { s3Bucket: 'b', s3Key: 'k.zip' },
      }),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'the L1 function uses python3.9',
    build: (stack) =>
      new lambda.CfnFunction(stack, 'Raw', {
        runtime: 'python3.9',
        handler: 'index.handler',
        role: 'arn:aws:iam::111111111111:role/r',
        code: { zipFile: 'x' },
      }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch replaces a deprecated runtime with nodejs22.x',
    build: (stack) => {
      const fn = new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_18_X, handler: 'index.handler', code });
      (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride('Runtime', 'nodejs22.x');
    },
    path: 'Fn',
    expect: 'configured',
  },
  {
    name: 'the function is a container image without Runtime',
    build: (stack) =>
      new lambda.CfnFunction(stack, 'Raw', {
        packageType: 'Image',
        role: 'arn:aws:iam::111111111111:role/r',
        code: { imageUri: '111111111111.dkr.ecr.us-east-1.amazonaws.com/app:1' },
      }),
    path: 'Raw',
    expect: 'not-applicable',
  },
  {
    name: 'the runtime is a parameter',
    build: (stack) => {
      const runtime = new CfnParameter(stack, 'Runtime');
      new lambda.CfnFunction(stack, 'Raw', {
        runtime: runtime.valueAsString,
        handler: 'index.handler',
        role: 'arn:aws:iam::111111111111:role/r',
        code: { zipFile: 'x' },
      });
    },
    path: 'Raw',
    expect: 'unknown',
  },
]);
